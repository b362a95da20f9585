/// Recursive-descent parser for grammar/funnel.ebnf. Each parse function quotes
/// the rule it implements.
///
/// Line ends: a statement may run over several lines. Where the grammar requires
/// more (after `where`, `and`, a comma) line ends are skipped; where the statement
/// could end, a line end ends it unless the next line opens with a clause keyword.
///
/// Lexical errors: the lexer leaves an invalid token where the text makes none, and
/// the parser fails the statement that holds it, with the lexer's error, when it
/// meets the token. So a bad character at the end of a statement fails the whole
/// statement instead of cutting it short.
///
/// Completion: run by `expectations(before:)`, every check the parser makes on the
/// end of the text records what it looked for (see `Parser+Checks.swift`). Tab
/// offers exactly what the parser would accept; there is no second grammar.
public struct Parser {
    /// Parentheses deeper than this are refused rather than risking the stack.
    public static let maximumNesting = 100

    let tokens: [Token]
    var index = 0
    var depth = 0
    /// Set when parsing for completion: what each check on the end of the text wanted.
    let log: ExpectationLog?
    /// The table the fields being read belong to, as far as the statement has told.
    var scope: FieldScope = .everyTable
    /// The aggregates of the statement being read, whose result columns `order by` can name.
    var aggregates: [AggregateItem] = []
    /// The SQL spellings read in the statement being read.
    var readings: [Reading] = []
    /// Reading a chart's statement: its clauses may say `to "FILE"`.
    var charting = false

    init(tokens: [Token], log: ExpectationLog? = nil) {
        self.tokens = tokens
        self.log = log
    }

    /// Parses a whole script; the first lexical error anywhere fails it.
    public static func parse(_ text: String) throws(SyntaxError) -> [Statement] {
        var parser = Parser(tokens: try Lexer.tokens(text))
        return try parser.script()
    }

    /// Whether `text` is a statement cut short (open quote or bracket, a clause
    /// waiting for more): the REPL then asks for another line.
    public static func isIncomplete(_ text: String) -> Bool {
        do {
            _ = try parse(text)
            return false
        } catch {
            return error.isIncomplete
        }
    }

    /// Parses a script statement by statement, going on after an error at the next
    /// `;` or line end, so a runner can execute what precedes a mistake and, with
    /// --keep-going, what follows it. A statement with a bad character in it is a
    /// failure as a whole: no part of it is handed on to run.
    public static func parseEach(_ text: String) -> [Result<Statement, SyntaxError>] {
        var parser = Parser(tokens: Lexer.allTokens(text))
        var results: [Result<Statement, SyntaxError>] = []
        while true {
            parser.skipSeparators()
            if parser.current.kind == .end { break }
            do throws(SyntaxError) {
                results.append(.success(try parser.statementToItsEnd()))
            } catch {
                results.append(.failure(error))
                parser.skipToSeparator()
            }
        }
        return results
    }

    /// What may stand at the end of `text`, the statement text before the cursor
    /// (earlier statements and lines included): the parser reads it, and each check
    /// it makes on the end of the text records what it looked for.
    public static func expectations(before text: String) -> [Expectation] {
        let log = ExpectationLog()
        var parser = Parser(tokens: Lexer.allTokens(text), log: log)
        while true {
            parser.skipSeparators()
            if parser.current.kind == .end {
                // A statement starts here only after a separator or at the very start.
                if parser.index == 0 || parser.isSeparator(parser.tokens[parser.index - 1]) {
                    log.expectations.append(.statement)
                }
                break
            }
            do throws(SyntaxError) {
                _ = try parser.statementToItsEnd()
            } catch {
                if parser.current.kind == .end { break }
                parser.skipToSeparator()
            }
        }
        return log.expectations
    }

    // script ::= separator* ( statement ( separator+ statement )* separator* )?
    mutating func script() throws(SyntaxError) -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if current.kind == .end { return statements }
            statements.append(try statementToItsEnd())
        }
    }

    /// A statement, which must end at a separator or the end of the text; an
    /// invalid token right after it fails it with the lexer's error.
    mutating func statementToItsEnd() throws(SyntaxError) -> Statement {
        let start = index
        do throws(SyntaxError) {
            var statement = try self.statement()
            guard isSeparator(current) || current.kind == .end else {
                throw failure(.expected(.statementEnd, found: current), at: current)
            }
            statement.readings = readings
            return statement
        } catch {
            throw withKeywords(error, statementFrom: start)
        }
    }

    /// A failure at a word, with the keywords the parser would have taken in its
    /// place (`were` where `where`, `and` or `order by` could go), so the message can
    /// ask "did you mean". The statement is read again from `start` watching that
    /// word: the same checks that give Tab its words give these.
    func withKeywords(_ error: SyntaxError, statementFrom start: Int) -> SyntaxError {
        guard log == nil, case .expected(let wanted, let found?, _) = error.kind, found.kind == .word else {
            return error
        }
        let probe = ExpectationLog(probe: found.range)
        var parser = Parser(tokens: tokens, log: probe)
        parser.index = start
        _ = try? parser.statementToItsEnd()
        var keywords: [String] = []
        for case .keyword(let word) in probe.expectations where !keywords.contains(word) { keywords.append(word) }
        guard !keywords.isEmpty else { return error }
        return SyntaxError(.expected(wanted, found: found, keywords: keywords), at: error.range,
                           incomplete: error.isIncomplete)
    }

    // statement ::= select | aggregate | kpi | explain | report | seed_report | callbacks | plan | score | compare
    //             | chart | let | help
    mutating func statement() throws(SyntaxError) -> Statement {
        scope = .namedLater(orEveryTable: true)
        aggregates = []
        readings = []
        charting = false
        let first = current
        guard first.kind == .word else { throw failure(.expected(.statement, found: first), at: first) }
        switch first.text.lowercased() {
        case "select" where selectsAnAggregate():
            // `select count(*) from T`, as SQL writes it: the aggregate statement.
            index += 1
            readings.append(.selectAggregate)
            return try aggregate(from: first.range.start)
        case "select": return try select()
        case "count", "sum", "avg", "min", "max": return try aggregate()
        case "let": return try letBinding()
        case "help": return help()
        case "kpi": return try kpi()
        case "explain": return try explain()
        case "plan": return try plan()
        case "score": return try score()
        case "compare": return try compare()
        case "chart": return try chart()
        default:
            if let kind = reportKind() { return try report(kind) }
            // The first word of a two-word report with a mistyped second (`lost reasns`):
            // the two words are the statement that was meant.
            let opening = first.text.lowercased()
            let reports = ReportKind.allCases.filter { $0.words.count > 1 && $0.words.first == opening }.map(\.rawValue)
            if !reports.isEmpty, index + 1 < tokens.count, tokens[index + 1].kind == .word {
                let second = tokens[index + 1]
                throw SyntaxError(.unknownStatement(first.text + " " + second.text, candidates: reports),
                                  at: first.range.union(second.range))
            }
            throw SyntaxError(.unknownStatement(first.text, candidates: reports.isEmpty ? Keyword.statements : reports),
                              at: first.range)
        }
    }
}
