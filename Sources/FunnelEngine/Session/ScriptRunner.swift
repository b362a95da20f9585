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
        run(text, name: name, session: &session, writing: { outcome in
            emit(outcome)
            return true
        })
    }

    /// As `run(_:name:session:emit:)`, for a front end that can fail a statement after
    /// it ran: `write` returns false when it could not write a result as asked (csv
    /// output that holds a table already), and that statement fails like any other,
    /// stopping the run unless told to keep going.
    @discardableResult
    public func run(_ text: String, name: String?, session: inout Session,
                    writing write: (Outcome) -> Bool) -> Bool {
        let source = SourceText(text, name: name)
        var succeeded = true
        for parsed in Parser.parseEach(text) {
            switch parsed {
            case .success(let statement):
                do {
                    let result = try session.execute(statement)
                    if !write(.result(statement, result)) { succeeded = false }
                } catch {
                    _ = write(.failure(error, source))
                    succeeded = false
                }
            case .failure(let error):
                _ = write(.failure(.syntax(error), source))
                succeeded = false
            }
            if !succeeded && !keepGoing { return false }
        }
        return succeeded
    }
}
