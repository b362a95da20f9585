/// How a call to read a file ended: at its end, or at the chunk boundary it was told
/// to stop at (`JSONFileReader.stopOffset`).
enum ReadOutcome: Sendable, Equatable {
    case finished
    case stopped
}
