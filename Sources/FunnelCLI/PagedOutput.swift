import FunnelText

/// A result on its way to the terminal at the prompt: held while it still fits on the
/// screen; once it is longer than the screen, handed to the pager, what was held first,
/// then the rest as the renderer writes it (so a long result starts showing before it
/// is all made). A result that fits is written to the terminal when it ends.
final class PagedOutput: TextOutputStream {
    private let terminal: StandardStream
    private let rows: Int
    private let columns: Int
    private let command: String
    private var held = ""
    /// Screen rows the held text takes, and the display width of its last, open line.
    private var rowsUsed = 0
    private var lineWidth = 0
    private var pager: Pager?
    /// The pager could not be started: everything goes to the terminal.
    private var direct = false

    init(terminal: StandardStream, rows: Int, columns: Int, pager command: String) {
        self.terminal = terminal
        self.rows = rows
        self.columns = max(1, columns)
        self.command = command
    }

    func write(_ string: String) {
        if let pager {
            pager.input.write(string)
            return
        }
        if direct {
            terminal.write(string)
            return
        }
        held += string
        for piece in string.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if piece.offset > 0 {
                rowsUsed += max(1, (lineWidth + columns - 1) / columns)
                lineWidth = 0
            }
            lineWidth += DisplayWidth.of(piece.element)
        }
        // The prompt needs the last row.
        if rowsUsed >= rows - 1 { startPager() }
    }

    private func startPager() {
        terminal.flush()
        guard let started = Pager(command: command) else {
            direct = true
            terminal.write(held)
            held = ""
            return
        }
        pager = started
        started.input.write(held)
        held = ""
    }

    /// Writes what is held, or waits for the pager to be quit. Returns a warning when
    /// the pager could not run.
    func finish() -> String? {
        guard let pager else {
            terminal.write(held)
            held = ""
            terminal.flush()
            return nil
        }
        self.pager = nil
        let status = pager.finish()
        guard status == 126 || status == 127 else { return nil }
        return "warning: the pager '\(pager.command)' could not be run: set PAGER to another, or .pager off"
    }
}
