/// A problem in statement text, located by its range. It holds facts, not prose:
/// what kind of problem, and what was found and wanted. The English words are in
/// `SyntaxError+Message.swift` alone, so the output layer can word them (or give
/// them as data) without the parser's help.
public struct SyntaxError: Error, Hashable, Sendable {
    /// What went wrong, with the facts a message needs.
    public indirect enum Kind: Hashable, Sendable {
        // Lexical: text no token can be made of.

        /// A character no token starts with (`&`, `!` alone, a control character).
        case unexpectedCharacter(String)
        /// A quoted string that runs to the end of the text.
        case unclosedString(quote: Character)
        /// A backslash escape the lexer does not know (`\q`).
        case unknownEscape(Character)
        /// A number with letters glued on (`60days`, `2010-10x`).
        case numberWithLetters(String)
        /// Digits and dashes that make no date or period (`2010-1-05`).
        case malformedDate(String)
        /// A `$` with no name after it.
        case missingVariableName

        // Grammatical: tokens in an order the grammar does not allow.

        /// The parser wanted `expected` and found `found`; `found` is nil when the
        /// text ended inside a bracket or list, and the range is then its opener.
        /// `keywords`: where it found a word, the keywords it would have taken there,
        /// for "did you mean" (`were` where `where` goes).
        case expected(Expected, found: Token?, keywords: [String] = [])
        /// A statement's first word that is no statement; `candidates` are the
        /// statement words, for "did you mean".
        case unknownStatement(String, candidates: [String])
        /// A keyword that continues statements, where it cannot (`select customers and ...`).
        case misplacedKeyword(String)
        /// A clause written twice in one statement.
        case repeatedClause(String)
        /// Brackets or `not`s deeper than the parser goes.
        case nestedTooDeep(limit: Int)
    }

    /// What the parser was looking for when it failed.
    public enum Expected: Hashable, Sendable {
        case statement
        case statementEnd
        /// After `select`.
        case tableOrFields
        /// After a `,` in `select`'s field list.
        case listedField
        case fromAfterStar
        case fromAfterFields
        case aggregateFunction
        case aggregateFunctionAfterComma
        /// The field of `sum`, `count`, ...
        case aggregatedField(AggregateFunction)
        /// `from TABLE` after one aggregate or (`count` > 1) several.
        case tableAfterAggregates(count: Int)
        case variableName
        case equalsAfterVariable
        case kpiName
        /// `for` and a period after the KPI names, a KPI name, a report's name, the deliveries.
        case forPeriod(after: PeriodOwner)
        case kpiAfterExplain
        case termName
        /// `by` and a dimension after `structure`.
        case structureDimension
        case deliveriesAfterPlan
        case deliveryCount
        case rateAfterClose
        case closeRatio
        case ratioColon
        case ratioProspects
        case periodOrCloseRate
        case targetAfterPeriod
        case downAfterUp
        case vsAfterPeriod
        /// `funnel` or `kpi` after `chart`.
        case chartSubject
        /// The file, in quotes, after `to` (to "funnel.svg").
        case chartFile
        /// The days after delivery after `at` (callbacks at 1, 7, 30).
        case callbackDays
        /// The days of grace after `grace`.
        case graceDays
        case byAfterOrder
        case rowCount
        case ofAfterAs
        /// The date field inside `week( )`.
        case grainField(grain: String)
        /// The `)` of `week(`.
        case grainClose(grain: String)
        case groupItem
        case orderItem
        case closingParenthesis
        case listContinuation
        case betweenAnd
        /// `null` after `is` or (`afterNot`) `is not`.
        case null(afterNot: Bool)
        case operatorAfterNot
        /// An operator after a field in a condition.
        case comparison(after: String)
        /// A field or a whole number after `+` or `-` (`ordered - created`, `created + 3`).
        case arithmeticOperand
        case condition
        case value
        case table
    }

    /// What a `for PERIOD` follows.
    public enum PeriodOwner: Hashable, Sendable {
        case kpiNames
        case kpiName
        case report(ReportKind)
        case deliveries
    }

    public let kind: Kind
    public let range: SourceRange
    /// The text ended where more had to follow (an open quote or bracket, a clause
    /// cut short). The REPL reads another line instead of reporting it.
    public let isIncomplete: Bool

    public init(_ kind: Kind, at range: SourceRange, incomplete: Bool = false) {
        self.kind = kind
        self.range = range
        self.isIncomplete = incomplete
    }
}
