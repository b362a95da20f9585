import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running on a pseudo-terminal, driven as a person at a keyboard would:
/// type, wait to see something, type again. Needs no tmux and no terminal of its own
/// (CI has neither). Every wait has a deadline, so a test fails instead of hanging.
///
/// The child is started with `posix_spawn` rather than `forkpty`: forking a
/// multi-threaded test process is unsafe. It gets a new session, opens the pty's
/// slave side as its controlling terminal (so Ctrl-C is a SIGINT from the terminal,
/// as for a real user), an empty signal mask (test runners block SIGINT in their
/// threads and the mask is inherited) and default signal handlers.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let master: Int32
    let pid: pid_t
    private var bytes: [UInt8] = []
    /// Where the next `expect` starts looking: the end of the last match.
    private var mark = 0
    private var status: Int32?

    init(_ executable: String, arguments: [String], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        guard let pty = PseudoTerminal.ptyFunctions else { throw Failure(description: "no pty functions in libc") }
        master = pty.open(O_RDWR | O_NOCTTY)
        guard master >= 0, pty.grant(master) == 0, pty.unlock(master) == 0 else {
            throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var name = [CChar](repeating: 0, count: 256)
        guard pty.name(master, &name, name.count) == 0 else { throw Failure(description: "ptsname failed") }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let setSession: Int32 = 0x80  // POSIX_SPAWN_SETSID (a GNU extension Swift does not import)
        posix_spawnattr_setflags(&attributes, Int16(setSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGTERM, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid by a session leader without O_NOCTTY: the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var ignored: Int32 = 0
            waitpid(pid, &ignored, 0)
        }
        close(master)
    }

    /// libc's pty functions, which Swift's Glibc module leaves out (they need
    /// _XOPEN_SOURCE): looked up by name, as C function pointers.
    private struct PtyFunctions {
        let open: @convention(c) (Int32) -> Int32
        let grant: @convention(c) (Int32) -> Int32
        let unlock: @convention(c) (Int32) -> Int32
        let name: @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
    }

    private static let ptyFunctions: PtyFunctions? = {
        let libc = dlopen(nil, RTLD_NOW)
        guard let open = dlsym(libc, "posix_openpt"), let grant = dlsym(libc, "grantpt"),
              let unlock = dlsym(libc, "unlockpt"), let name = dlsym(libc, "ptsname_r") else { return nil }
        return PtyFunctions(open: unsafeBitCast(open, to: (@convention(c) (Int32) -> Int32).self),
                            grant: unsafeBitCast(grant, to: (@convention(c) (Int32) -> Int32).self),
                            unlock: unsafeBitCast(unlock, to: (@convention(c) (Int32) -> Int32).self),
                            name: unsafeBitCast(name, to: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int)
                                -> Int32).self))
    }()

    /// Everything the program has written, without carriage returns.
    var transcript: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Sends keys: text as typed, or control characters ("\u{3}" is Ctrl-C).
    func type(_ keys: String) {
        var data = Array(keys.utf8)
        var offset = 0
        while offset < data.count {
            let n = data.withUnsafeMutableBytes { write(master, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// Waits until `text` appears after the previous match, and moves past it.
    @discardableResult
    func expect(_ text: String, timeout: Double = 30, line: Int = #line) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let found = find(needle, from: mark) {
                let skipped = String(decoding: bytes[mark..<found], as: UTF8.self)
                mark = found + needle.count
                return skipped
            }
            guard Date() < deadline else {
                throw Failure(description: "\(line): waited \(timeout) s for \(text.debugDescription); the screen had:\n"
                              + String(decoding: bytes[mark...], as: UTF8.self).debugDescription)
            }
            pump(milliseconds: 50)
        }
    }

    /// Waits for the prompt and for libedit to have put the terminal in raw mode:
    /// libedit prints the prompt around the switch, and keys typed before it are
    /// echoed twice or lost.
    func expectPrompt(_ prompt: String = "funnel> ", timeout: Double = 30) throws {
        try expect(prompt, timeout: timeout)
        try waitForRawMode(timeout: timeout)
    }

    /// Waits for whichever of `prompts` comes first after the previous match, then for
    /// raw mode as `expectPrompt` does: which prompt it was, and what the screen showed
    /// before it (the echo of the line typed, then the output of what it ran).
    func expectAnyPrompt(_ prompts: [String], timeout: Double = 30) throws -> (prompt: String, before: String) {
        let needles = prompts.map { ($0, Array($0.utf8)) }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let found = needles.compactMap { prompt, needle in find(needle, from: mark).map { ($0, prompt, needle) } }
            if let (index, prompt, needle) = found.min(by: { $0.0 < $1.0 }) {
                let before = String(decoding: bytes[mark..<index], as: UTF8.self)
                mark = index + needle.count
                try waitForRawMode(timeout: timeout)
                return (prompt, before)
            }
            guard Date() < deadline else {
                throw Failure(description: "waited \(timeout) s for one of \(prompts); the screen had:\n"
                              + String(decoding: bytes[mark...], as: UTF8.self).debugDescription)
            }
            pump(milliseconds: 50)
        }
    }

    private func waitForRawMode(timeout: Double) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var settings = termios()
            if tcgetattr(master, &settings) == 0, settings.c_lflag & UInt32(ICANON) == 0 { return }
            guard Date() < deadline else { throw Failure(description: "the terminal never left canonical mode") }
            pump(milliseconds: 10)
        }
    }

    /// Waits for the program to end and gives its exit status.
    func waitForExit(timeout: Double = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid {
                pump(milliseconds: 0)
                let code = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
                status = code
                return code
            }
            guard Date() < deadline else { throw Failure(description: "the program did not exit") }
            pump(milliseconds: 20)
        }
    }

    /// Reads whatever the program has written within `milliseconds`.
    private func pump(milliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        // Carriage returns dropped: "\r\n" reads as "\n", and a redrawn line as its text.
        if n > 0 { bytes += chunk[0..<n].filter { $0 != UInt8(ascii: "\r") } }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count - start >= needle.count else { return nil }
        for i in start...(bytes.count - needle.count) where bytes[i] == needle[0] {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}
