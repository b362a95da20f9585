#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit
import FunnelSyntax

/// Line editing with libedit's native API: emacs keys, arrows, Home/End, word
/// moves, Up/Down and Ctrl-R through the shared `EditHistory`, Tab through
/// `complete`. Chosen over the readline-compatible API because every callback gets
/// the `EditLine`, whose client data leads back to this object: no global state.
///
/// Keys bound here: Tab completes; Ctrl-C abandons the line (the terminal's `isig`
/// is off while editing, so it arrives as a key); Ctrl-Z suspends, as it would with
/// `isig` on; Ctrl-D ends the input on an empty line and deletes the character under
/// the cursor otherwise, without libedit's stray `^D` echo.
final class EditLineReader: LineReader {
    /// libedit's `EditLine *`.
    private let editor: OpaquePointer
    private var promptText: UnsafeMutablePointer<CChar>?
    private var interrupted = false
    /// Called on Tab with the line before and after the cursor.
    var complete: ((_ before: String, _ after: String) -> Completion)?

    /// Nil when libedit cannot start on this terminal.
    init?(program: String, history: EditHistory) {
        guard let editor = funnel_el_init(program) else { return nil }
        self.editor = editor
        _ = funnel_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        _ = funnel_el_set_prompt(editor, promptCallback)
        _ = funnel_el_set_editor(editor, "emacs")
        _ = funnel_el_set_signal(editor, 1)
        _ = funnel_el_set_history(editor, history.handle)
        _ = funnel_el_setty_no_signals(editor)
        _ = funnel_el_addfn(editor, "funnel-complete", "Complete the word before the cursor", completeKey)
        _ = funnel_el_addfn(editor, "funnel-interrupt", "Abandon the line", interruptKey)
        _ = funnel_el_addfn(editor, "funnel-eof", "Leave on an empty line, else delete a character", endKey)
        _ = funnel_el_addfn(editor, "funnel-suspend", "Suspend, as Ctrl-Z does in a shell", suspendKey)
        for (keys, function) in EditLineReader.bindings { _ = funnel_el_bind(editor, keys, function) }
        // ~/.editrc last, so the user's own bindings win.
        _ = el_source(editor, nil)
    }

    deinit {
        el_end(editor)
        free(promptText)
    }

    /// More choices than this are counted, not listed.
    static let listLimit = 100

    /// Keys beyond libedit's emacs defaults, in the sequences common terminals send.
    static let bindings: [(String, String)] = [
        ("^I", "funnel-complete"),
        ("^C", "funnel-interrupt"),
        ("^D", "funnel-eof"),
        ("^Z", "funnel-suspend"),
        ("^R", "em-inc-search-prev"),
        ("\\e[H", "ed-move-to-beg"), ("\\e[F", "ed-move-to-end"),
        ("\\eOH", "ed-move-to-beg"), ("\\eOF", "ed-move-to-end"),
        ("\\e[1~", "ed-move-to-beg"), ("\\e[4~", "ed-move-to-end"),
        ("\\e[7~", "ed-move-to-beg"), ("\\e[8~", "ed-move-to-end"),
        ("\\e[3~", "ed-delete-next-char"),
        ("\\e[1;5D", "ed-prev-word"), ("\\e[1;5C", "em-next-word"),
        ("\\e[1;3D", "ed-prev-word"), ("\\e[1;3C", "em-next-word"),
        ("\\e\\e[D", "ed-prev-word"), ("\\e\\e[C", "em-next-word"),
    ]

    func read(prompt: String) -> LineInput {
        free(promptText)
        promptText = strdup(prompt)
        interrupted = false
        let signalsBefore = InterruptSignal.count
        var count: Int32 = 0
        guard let line = el_gets(editor, &count) else {
            // A SIGINT from outside (kill -INT) interrupts the read itself.
            return interrupted || InterruptSignal.count != signalsBefore ? .interrupted : .end
        }
        if interrupted { return .interrupted }
        var text = String(cString: line)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return .line(text)
    }

    // MARK: - Callbacks

    fileprivate static func owner(of editor: OpaquePointer?) -> EditLineReader? {
        guard let editor, let data = funnel_el_clientdata(editor) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    fileprivate var prompt: UnsafeMutablePointer<CChar>? { promptText }

    /// The line split at the cursor, as UTF-8 text.
    fileprivate static func line(of editor: OpaquePointer) -> (before: String, after: String) {
        guard let info = el_line(editor)?.pointee, let buffer = info.buffer else { return ("", "") }
        let cursor = max(0, buffer.distance(to: info.cursor))
        let end = max(cursor, buffer.distance(to: info.lastchar))
        let bytes = UnsafeRawBufferPointer(start: buffer, count: end).bindMemory(to: UInt8.self)
        return (String(decoding: bytes[..<cursor], as: UTF8.self), String(decoding: bytes[cursor...], as: UTF8.self))
    }

    fileprivate func completeWord(_ editor: OpaquePointer) -> UInt8 {
        let (before, after) = EditLineReader.line(of: editor)
        guard let completion = complete?(before, after) else { return UInt8(CC_REFRESH_BEEP) }
        switch completion.action {
        case .insert(let text):
            // libedit counts characters (wchar_t: one per Unicode scalar), not bytes.
            el_deletestr(editor, Int32(completion.replacing.unicodeScalars.count))
            _ = el_insertstr(editor, text)
            return UInt8(CC_REFRESH)
        case .list(let choices):
            let width = Terminal.width(of: 1) ?? 80
            // A screenful of names helps; three hundred scroll the line being typed away.
            let text = choices.count > EditLineReader.listLimit
                ? "\n(\(choices.count) choices: type the first letters and press Tab again)\n"
                : "\n" + TextColumns.grid(choices, width: width).joined(separator: "\n") + "\n"
            let out = funnel_stdout()
            fputs(text, out)
            fflush(out)
            return UInt8(CC_REDISPLAY)
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        }
    }

    fileprivate func interrupt(_ editor: OpaquePointer) -> UInt8 {
        interrupted = true
        // Show ^C at the end of the abandoned line, as shells do.
        let (_, after) = EditLineReader.line(of: editor)
        _ = el_cursor(editor, Int32(after.unicodeScalars.count))
        _ = el_insertstr(editor, "^C")
        // A pushed line end shows the ^C and moves to a new line the way Enter does;
        // returning CC_NEWLINE here would leave the cursor on the abandoned line.
        el_push(editor, "\n")
        return UInt8(CC_REFRESH)
    }

    fileprivate func endOrDelete(_ editor: OpaquePointer) -> UInt8 {
        let (before, after) = EditLineReader.line(of: editor)
        if before.isEmpty && after.isEmpty { return UInt8(CC_EOF) }
        guard !after.isEmpty else { return UInt8(CC_NORM) }
        _ = el_cursor(editor, 1)
        el_deletestr(editor, 1)
        return UInt8(CC_REFRESH)
    }
}

/// An empty prompt for the moment before the first `read` (libedit may ask early).
nonisolated(unsafe) private let emptyPrompt: UnsafeMutablePointer<CChar>? = strdup("")

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { editor in
    EditLineReader.owner(of: editor)?.prompt ?? emptyPrompt
}

private let completeKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
    guard let editor, let reader = EditLineReader.owner(of: editor) else { return UInt8(CC_ERROR) }
    return reader.completeWord(editor)
}

private let interruptKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
    guard let editor, let reader = EditLineReader.owner(of: editor) else { return UInt8(CC_ERROR) }
    return reader.interrupt(editor)
}

private let endKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
    guard let editor, let reader = EditLineReader.owner(of: editor) else { return UInt8(CC_EOF) }
    return reader.endOrDelete(editor)
}

/// libedit's own SIGTSTP handling (EL_SIGNAL) puts the terminal back before the
/// stop and in raw mode again, redrawn, on `fg`.
private let suspendKey: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { _, _ in
    _ = raise(SIGTSTP)
    // Back after `fg`, on whatever line the shell left: draw the prompt and line anew.
    return UInt8(CC_REDISPLAY)
}
