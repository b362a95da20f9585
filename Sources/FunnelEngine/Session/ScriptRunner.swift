import FunnelSyntax

/// Runs a script's statements in order against a session: one loop for typed input,
/// `-c`, script files and stdin. A statement runs only when all of it lexes, parses
/// and binds; the statements before a failing one have run, and the run stops at
/// the first failure unless told to keep going.
public struct ScriptRunner {
    /// What happened to one statement.
    public enum Outcome: Sendable {
        case result(Statement, StatementResult)
        /// A failed statement, with the text it is in (for its place and caret).
        case failure(StatementError, SourceText)
    }

    public var keepGoing: Bool

    public init(keepGoing: Bool = false) { self.keepGoing = keepGoing }

    /// Runs `text` (named `name` in messages) and hands each outcome to `emit` as soon
    /// as it is known. Returns whether every statement succeeded.
    @discardableResult
    public func run(_ text: String, name: String?, session: inout Session,
                    emit: (Outcome) -> Void) -> Bool {
        let source = SourceText(text, name: name)
        var succeeded = true
        for parsed in Parser.parseEach(text) {
            switch parsed {
            case .success(let statement):
                do {
                    emit(.result(statement, try session.execute(statement)))
                } catch {
                    emit(.failure(error, source))
                    succeeded = false
                }
            case .failure(let error):
                emit(.failure(.syntax(error), source))
                succeeded = false
            }
            if !succeeded && !keepGoing { return false }
        }
        return succeeded
    }
}
