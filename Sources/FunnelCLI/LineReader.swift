/// What reading a line gave.
enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: abandon what is being typed and prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case end
}

/// Where the prompt's lines come from: libedit on a terminal (`EditLineReader`),
/// plain reads otherwise (`PlainLineReader`), a list in tests (`ScriptedLineReader`).
/// The shell loop is the same for all three.
protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line, without its line end.
    func read(prompt: String) -> LineInput
}
