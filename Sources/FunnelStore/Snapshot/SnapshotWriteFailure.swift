/// A snapshot that could not be written. The file named is left as it was: the bytes
/// go to a temporary file beside it, which is removed again on failure.
public struct SnapshotWriteFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Step: Hashable, Sendable {
        /// Creating the temporary file beside it (a folder that does not exist or cannot be written).
        case create
        /// Writing or flushing the bytes (a full disk).
        case write
        /// Renaming the finished file onto its name (a folder of that name there).
        case replace
    }

    /// The file as the user named it.
    public let file: String
    public let step: Step
    /// The file system's words.
    public let reason: String

    public init(file: String, step: Step, reason: String) {
        self.file = file
        self.step = step
        self.reason = reason
    }

    /// `dealer.funnel: cannot write the snapshot: No space left on device`.
    public var description: String {
        let doing = switch step {
        case .create: "cannot create the snapshot"
        case .write: "cannot write the snapshot"
        case .replace: "cannot put the snapshot in place"
        }
        return "\(file): \(doing): \(reason)"
    }
}
