import FunnelSyntax

/// A script cut where dot-commands stand: statement text runs through the engine,
/// each command line through `DotCommand`. A line starting with `.` is a command
/// only where a statement could end; inside an open quote or bracket it belongs to
/// the statement, which then reports it.
enum ScriptPiece: Equatable {
    /// Statement text, padded with the line ends before it so the engine's line
    /// numbers are the script's.
    case statements(String)
    /// A command line and its 1-based line number.
    case command(String, line: Int)

    static func split(_ text: String) -> [ScriptPiece] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.contains(where: { DotCommand.isCommand(String($0)) }) else { return [.statements(text)] }
        var pieces: [ScriptPiece] = []
        var block: [Substring] = []
        var blockStart = 0
        func flush() {
            if block.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
                pieces.append(.statements(String(repeating: "\n", count: blockStart) + block.joined(separator: "\n")))
            }
            block.removeAll()
        }
        for (index, line) in lines.enumerated() {
            if DotCommand.isCommand(String(line)), !Parser.isIncomplete(block.joined(separator: "\n")) {
                flush()
                pieces.append(.command(String(line), line: index + 1))
                blockStart = index + 1
            } else {
                block.append(line)
            }
        }
        flush()
        return pieces
    }
}
