import FunnelDomain
import FunnelStore
import FunnelSyntax

/// What every statement evaluates against: the dataset and its derived card fields.
struct EvaluationContext: Sendable {
    let dataset: Dataset
    let derived: DerivedCardColumns
    /// KPIs and reports, sharing the derived fields (and caching each period's sets).
    let kpis: KPIEvaluator
    /// The earliest day anything happened (a card captured, a follow-up, a visit);
    /// nil for a dataset without events. `as of` a day before it is refused.
    let firstEventDay: Day?

    init(dataset: Dataset) {
        self.dataset = dataset
        derived = DerivedCardColumns(dataset: dataset)
        kpis = KPIEvaluator(fields: derived.fields)
        var first = Int32.max
        for (table, field) in [(dataset.customers, "created"), (dataset.followups, "date"), (dataset.traffic, "time")] {
            if let days = table.column(field)?.daysOrMax, let least = days.min() { first = min(first, least) }
        }
        firstEventDay = first == .max ? nil : Day(rawValue: first)
    }

    /// The scope of a table as of T.
    func scope(of table: Table, asOf: Day) -> TableScope {
        let schema = TableSchema.all.first { $0.name == table.name } ?? TableSchema.customers
        return TableScope(table: table, schema: schema, asOf: asOf, context: self)
    }

    func cardScope(asOf: Day) throws(EvaluationError) -> TableScope {
        scope(of: dataset.customers, asOf: asOf)
    }

    func derivedField(named name: String, asOf: Day) throws(EvaluationError) -> ResolvedField? {
        derived.field(named: name, asOf: asOf)
    }

    var derivedFieldNames: [String] { derived.names }

    /// Computes today's derived card fields while the data is being opened, so the
    /// first statement about today (`card_age`, `status`, ...) does not pay for them:
    /// on a million cards that pass is about 0.1 s, most of a first answer's time.
    func prepare(asOf today: Day) {
        _ = derived.fields.facts(asOf: today)
    }

    /// Derived facts of every card as of T (for KPIs and reports).
    func facts(asOf: Day) -> CardFacts { derived.fields.facts(asOf: asOf) }

    /// Rows that exist as of T: nothing dated after T counts (domain.md §2), so a card
    /// captured after T, or a follow-up or visit after it, is not there yet.
    func existing(_ scope: TableScope) -> Bitmap {
        guard let dateField = scope.primaryDateField, scope.schema.name != "targets",
              case .date(let days)? = scope.table.column(dateField)?.values else {
            return Bitmap(count: scope.rowCount, allSet: true)
        }
        return Bitmap.rows(of: days, atOrBefore: scope.asOf.rawValue)
    }
}
