#if Spark
import Synchronization

/// The server's own id for a session, learnt from its first answer and sent back with every
/// later call, as Spark 4's clients do. A server restarted between two calls has lost the
/// session's views and settings; with the id it refuses the call
/// (`INVALID_HANDLE.SESSION_CHANGED`) instead of answering without them.
final class ServerSessionID: Sendable {
    private let value = Mutex<String?>(nil)

    var current: String? {
        value.withLock { $0 }
    }

    /// Records the id an answer carries; an answer with another id than the first is refused.
    func observe(_ id: String) throws(SparkError) {
        guard !id.isEmpty else { return }
        let known = value.withLock { stored -> String? in
            if stored == nil { stored = id }
            return stored
        }
        guard known == id else {
            throw .protocolViolation("the server's session changed from \(known ?? "") to \(id): it was restarted")
        }
    }
}
#endif
