import FunnelEngine
import FunnelSyntax

/// The interactive prompt: a line at a time, continuing while a statement is
/// unfinished. (Line editing and history come with the libedit reader.)
struct Shell {
    let console: Console

    func run(session: inout Session) {
        let dataset = session.dataset
        console.output.write("funnel — \(dataset.name): \(dataset.customers.rowCount) cards, "
                             + "\(dataset.followups.rowCount) follow-ups, \(dataset.traffic.rowCount) traffic entries, "
                             + "as of \(session.today). Type help for statements, Ctrl-D to leave.\n")
        console.output.flush()
        let runner = ScriptRunner(keepGoing: true)
        var pending = ""
        while true {
            console.output.write(pending.isEmpty ? "funnel> " : "   ...> ")
            console.output.flush()
            guard let line = readLine(strippingNewline: true) else { break }
            pending += pending.isEmpty ? line : "\n" + line
            if pending.trimmingWhitespace().isEmpty {
                pending = ""
                continue
            }
            if Parser.isIncomplete(pending) { continue }
            console.run(pending, name: nil, session: &session, runner: runner)
            pending = ""
        }
        console.output.write("\n")
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}
