#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FunnelEngine
import Synchronization

/// Ctrl-C while a statement runs. The prompt turns Ctrl-C into an ordinary key while
/// a line is edited (see `EditLineReader`); between lines the terminal sends SIGINT,
/// and this handler asks the running statement to stop through its session's
/// `Cancellation` instead of killing the program.
///
/// Installed with `sigaction` and no `SA_RESTART`, so a blocked `read` returns
/// `EINTR` and the plain reader can abandon its line; glibc's `signal()` would restart
/// the read and Ctrl-C would seem to do nothing.
enum InterruptSignal {
    /// SIGINTs received so far: a reader compares it before and after a read to tell
    /// an interrupted read from the end of input.
    static var count: Int { interruptCount.load(ordering: .relaxed) }

    /// Ctrl-C pressed this many times during one input leaves the program, as in
    /// sqlite3: the way out of a statement that does not reach a cancellation check.
    static let exitAfter = 3

    /// Starts counting presses afresh; the prompt calls it before each input.
    static func resetPresses() {
        pressesSinceInput.store(0, ordering: .relaxed)
    }

    /// Installs the handler for the rest of the process, cancelling `cancellation`.
    static func install(cancelling cancellation: Cancellation) {
        // Touch the globals now: their lazy initialisation must not first run in the handler.
        _ = interruptCount.load(ordering: .relaxed)
        _ = pressesSinceInput.load(ordering: .relaxed)
        _ = exitAfter
        let retained = UInt(bitPattern: Unmanaged.passRetained(cancellation).toOpaque())
        let previous = cancellationTarget.exchange(retained, ordering: .relaxed)
        if let pointer = UnsafeMutableRawPointer(bitPattern: previous) {
            Unmanaged<Cancellation>.fromOpaque(pointer).release()
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = interruptHandler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(SIGINT, &action, nil)
        // A blocked SIGINT is inherited across exec (test runners block it in their
        // worker threads): unblock it, or Ctrl-C would never arrive.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}

private let interruptCount = Atomic<Int>(0)
private let pressesSinceInput = Atomic<Int>(0)
/// The retained `Cancellation` to set, as an address (0: none): a raw pointer is
/// not `Sendable`, an integer is.
private let cancellationTarget = Atomic<UInt>(0)

/// Only atomic operations and `_exit`: safe in a signal handler.
private let interruptHandler: @convention(c) (Int32) -> Void = { _ in
    interruptCount.add(1, ordering: .relaxed)
    // The history is saved after every statement, so leaving loses nothing typed.
    if pressesSinceInput.add(1, ordering: .relaxed).newValue >= InterruptSignal.exitAfter {
        var newline = UInt8(ascii: "\n")
        _ = write(2, &newline, 1)
        _exit(130)
    }
    if let target = UnsafeMutableRawPointer(bitPattern: cancellationTarget.load(ordering: .relaxed)) {
        Unmanaged<Cancellation>.fromOpaque(target)._withUnsafeGuaranteedRef { $0.cancel() }
    }
}
