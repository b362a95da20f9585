import FunnelStore

/// Why a dataset could not be generated or written.
public enum GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
    case negativeCardCount(Int)
    case tooManyCards(Int)
    case emptyDateRange(start: Day, asOf: Day)
    case dateOutOfRange(start: Day, asOf: Day)
    case invalidConsultantCount(Int)
    /// A file or folder could not be created or written; `reason` is the system's message.
    case io(path: String, reason: String)
    /// The demo dataset missed one of its promised numbers: a bug in the generator.
    case demoCalibration(String)

    public var description: String {
        switch self {
        case .negativeCardCount(let n):
            return "the number of cards must be 0 or more, not \(n)"
        case .tooManyCards(let n):
            return "at most \(GeneratorOptions.maximumCards) cards can be generated, not \(n)"
        case .emptyDateRange(let start, let asOf):
            return "the start day \(start) is after the as-of day \(asOf)"
        case .dateOutOfRange(let start, let asOf):
            return "the days \(start)..\(asOf) must lie between 1900 and 9998"
        case .invalidConsultantCount(let n):
            return "the number of consultants must be between 1 and \(GeneratorOptions.maximumConsultants), not \(n)"
        case .io(let path, let reason):
            return "cannot write \(path): \(reason)"
        case .demoCalibration(let what):
            return "the demo dataset does not reproduce its worked example: \(what)"
        }
    }
}
