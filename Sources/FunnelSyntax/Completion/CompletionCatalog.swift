/// The names completion offers that depend on the data and the session: tables
/// and fields (with the extra columns found in the data and the derived card
/// fields), values, KPIs and their terms, help topics, variables. The syntax layer
/// knows where each kind of name goes; whoever holds the data says what the names
/// are. FunnelEngine implements it over a dataset (`SessionCatalog`).
///
/// A `FieldScope` handed in is never `.namedLater`: the completer has resolved it.
public protocol CompletionCatalog: Sendable {
    /// The tables' names; with `chinese`, their Chinese names too.
    func tables(chinese: Bool) -> [String]
    /// The field names a word in `scope` may be, in the order to list them; with
    /// `chinese`, the Chinese names too.
    func fields(in scope: FieldScope, chinese: Bool) -> [String]
    /// Words that reach another table's fields through a dot (`customer` on
    /// follow-ups), offered as `customer.`.
    func links(in scope: FieldScope) -> [String]
    /// The fields after `link.`; none when `link` reaches nothing.
    func fields(through link: String, in scope: FieldScope, chinese: Bool) -> [String]
    /// The date fields of `scope`, for `week( )` and the like.
    func dateFields(in scope: FieldScope) -> [String]
    /// The values of a field (its parts as written) worth offering: enum words, or
    /// the few values a text field holds in the data. Unquoted.
    func values(of field: [String], in scope: FieldScope, chinese: Bool) -> [String]
    /// What `structure by` takes.
    var structureDimensions: [String] { get }
    /// The names of an aggregate's result columns (`count`, `sum_key_questions`).
    func resultColumns(of items: [AggregateItem]) -> [String]
    var kpiNames: [String] { get }
    /// The term names of the KPI named `kpi` (any of its names); none when unknown.
    func terms(ofKPI kpi: String) -> [String]
    var helpTopics: [String] { get }
    /// Variables set with let, without `$`.
    var variables: [String] { get }
}
