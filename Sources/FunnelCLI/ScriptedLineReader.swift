/// Lines given in advance, for testing the shell loop without a terminal: each
/// `read` takes the next input (a line, a Ctrl-C, the end) and records the prompt.
final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    /// Every prompt shown, in order: lets a test see the continuation prompt.
    private(set) var prompts: [String] = []

    init(_ inputs: [LineInput]) {
        self.inputs = inputs.reversed()
    }

    convenience init(lines: [String]) {
        self.init(lines.map { .line($0) })
    }

    func read(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.popLast() ?? .end
    }
}
