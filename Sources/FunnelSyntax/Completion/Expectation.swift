/// What may stand where the text before the cursor ends: recorded by the parser
/// itself, at each check it makes on the end of the text, when it runs for
/// completion (`Parser.expectations(before:)`). There is no second grammar:
/// whatever the parser would accept next is what Tab offers.
public enum Expectation: Hashable, Sendable {
    /// The first word of a statement.
    case statement
    /// A keyword; completion inserts its phrase (`order` → `order by`).
    case keyword(String)
    /// A symbol; only `*` (all fields) is offered, the rest is punctuation one types.
    case symbol(Token.Symbol)
    case table
    /// A field of the table in scope.
    case field(FieldScope)
    /// The part after `link.` (`customer.grade` on follow-ups).
    case subfield(link: String, FieldScope)
    /// A date field, inside `week( )`.
    case dateField(FieldScope)
    /// day, week, month, quarter, year, hour or weekday, where a group goes.
    case grain
    /// A value, or a `$variable` in its place.
    case value(ValueSlot)
    /// A literal number (a row count, a ratio): nothing to offer.
    case number
    case kpiName
    /// A term of this KPI (as written), after `explain kpi K for P term`.
    case term(kpi: String)
    case helpTopic
    /// What `structure by` breaks the cards down by.
    case structureDimension
    /// A result column of these aggregates, which `order by` can name.
    case resultColumn([AggregateItem])
}

/// Which table a field name at the cursor belongs to.
public enum FieldScope: Hashable, Sendable {
    /// The statement's table as written (any case, a Chinese name, or unknown).
    case table(String)
    /// KPIs, reports, plan, score and compare: their conditions and groups are about cards.
    case cards
    /// Every table's fields.
    case everyTable
    /// Named after the cursor (`select name, | from customers`); when it is not,
    /// every table's fields, or (`orEveryTable` false: right after select or count,
    /// where the word may be the table itself) no fields.
    case namedLater(orEveryTable: Bool)
}

/// What kind of value a value position takes.
public enum ValueSlot: Hashable, Sendable {
    /// A value of this field (its parts: `["customer", "grade"]`).
    case field([String], FieldScope)
    /// A period (`for P`, `using P`, `let m =`).
    case period
    /// A day (`as of D`, `due D`).
    case day
    /// Anything else (a score's target).
    case any
}
