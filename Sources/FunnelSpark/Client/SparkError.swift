/// Why a call to Spark failed, as a value the engine can word and turn into exit code 2.
public enum SparkError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The connection string is not `sc://host:port` (with the reason).
    case badURL(String, reason: String)
    /// No server answered at the address (refused, unknown host, dropped connection).
    case unreachable(endpoint: String, message: String)
    /// Spark refused the statement or failed running it: a parse error, a missing table or
    /// column, a failed job. `errorClass` is Spark's (`TABLE_OR_VIEW_NOT_FOUND`,
    /// `PARSE_SYNTAX_ERROR`, ...) when it gives one; `message` is Spark's own words.
    case server(errorClass: String?, sqlState: String?, message: String)
    /// The call took longer than the time it was given.
    case timedOut(endpoint: String)
    /// The server's answer was not what the protocol says (a missing part, counts that disagree).
    case protocolViolation(String)
    /// A result's Arrow data could not be read.
    case arrow(ArrowError)
    /// This funnel was built without the Spark trait, so it has no Spark client.
    case clientNotBuilt

    /// One line: for Spark's own errors the first line of its message (Spark adds the plan or
    /// the statement with a caret on the lines after), otherwise the description.
    public var headline: String {
        guard case .server = self else { return description }
        return description.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? description
    }

    public var description: String {
        switch self {
        case .badURL(let text, let reason):
            return "\(text) is not a Spark Connect address (sc://host:port): \(reason)"
        case .unreachable(let endpoint, let message):
            return "no Spark Connect server answers at \(endpoint): \(message)"
        case .server(let errorClass, _, let message):
            if let errorClass, !message.hasPrefix("[\(errorClass)]") {
                return "Spark: [\(errorClass)] \(message)"
            }
            return "Spark: \(message)"
        case .timedOut(let endpoint):
            return "Spark Connect server at \(endpoint) did not answer in time"
        case .protocolViolation(let what):
            return "unexpected answer from Spark Connect: \(what)"
        case .arrow(let error):
            return error.description
        case .clientNotBuilt:
            return "this funnel was built without Spark (build with: swift build --traits Spark)"
        }
    }
}
