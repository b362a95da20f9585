import Synchronization

/// Lets a Ctrl-C handler stop a running statement: the handler sets the flag (an
/// atomic store is safe in a signal handler), and the engine checks it between the
/// steps of a statement and between statements.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public func reset() { flag.store(false, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
