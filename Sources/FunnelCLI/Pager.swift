#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit

/// The pager a result longer than the screen goes to at the prompt: `$PAGER` (run by
/// the shell, as psql and git do), or `less -SFRX` (chop long lines rather than wrap
/// them, quit at once if it all fits after all, pass colours, leave the screen as it
/// was) when `less` is on the PATH. Empty `PAGER` means no pager.
///
/// While it runs, Ctrl-C belongs to the pager (less uses it to stop a search) and a
/// pager that quits before reading everything must not kill funnel with SIGPIPE: both
/// are ignored here until it has exited, and given back to their defaults in the pager.
final class Pager {
    /// The command to run, or nil when there is no pager to be had.
    static func command(environment: (String) -> String? = Terminal.environment) -> String? {
        if let pager = environment("PAGER") {
            return pager.allSatisfy(\.isWhitespace) ? nil : pager
        }
        return onPath("less", path: environment("PATH") ?? "/usr/bin:/bin") ? "less -SFRX" : nil
    }

    private static func onPath(_ name: String, path: String) -> Bool {
        path.split(separator: ":").contains { access(String($0) + "/" + name, X_OK) == 0 }
    }

    let command: String
    private let pid: pid_t
    /// The pager's standard input.
    let input: StandardStream
    private let inputDescriptor: Int32
    private var savedInterrupt = sigaction()
    private var savedPipe = sigaction()

    /// Starts `command`, or gives nil when it cannot be started.
    init?(command: String) {
        self.command = command
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[0])

        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        sigaction(SIGINT, &ignore, &savedInterrupt)
        sigaction(SIGPIPE, &ignore, &savedPipe)

        let words: [String] = ["/bin/sh", "-c", command]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let started = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, funnel_environ())
        close(ends[0])
        guard started == 0 else {
            close(ends[1])
            sigaction(SIGINT, &savedInterrupt, nil)
            sigaction(SIGPIPE, &savedPipe, nil)
            return nil
        }
        pid = child
        inputDescriptor = ends[1]
        input = StandardStream(descriptor: ends[1])
    }

    /// Ends the pager's input and waits for the reader to quit it. Returns the exit
    /// status: 126 or 127 when the shell could not run the command.
    func finish() -> Int32 {
        input.flush()
        close(inputDescriptor)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        sigaction(SIGINT, &savedInterrupt, nil)
        sigaction(SIGPIPE, &savedPipe, nil)
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
