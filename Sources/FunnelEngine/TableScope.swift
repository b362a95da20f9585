import FunnelDomain
import FunnelStore
import FunnelSyntax
import FunnelText

/// The table a statement works on, as of its day T: resolves field names (stored,
/// Chinese aliases, derived card fields, and `customer.` paths from follow-ups and
/// traffic) to whole columns.
struct TableScope {
    let table: Table
    let schema: TableSchema
    let asOf: Day
    let context: EvaluationContext

    /// Words that reach a follow-up's or traffic entry's card.
    static let cardLinkNames = ["customer", "card", "客户"]

    var rowCount: Int { table.rowCount }

    func resolve(_ path: FieldPath) throws(EvaluationError) -> ResolvedField {
        guard let first = path.parts.first else { throw EvaluationError("expected a field", at: path.range) }
        if path.parts.count == 1 { return try resolveOwn(first) }
        // customer.grade: the card's field, gathered to this table's rows.
        guard schema.name == "followups" || schema.name == "traffic",
              TableScope.cardLinkNames.contains(first.text.lowercased()), path.parts.count == 2 else {
            let hint = schema.name == "customers" ? "" : " (write customer.FIELD for the card's fields)"
            throw EvaluationError("'\(path.text)' is not a field of \(schema.name)\(hint)", at: path.range)
        }
        let cards = try context.cardScope(asOf: asOf)
        let cardField = try cards.resolveOwn(path.parts[1])
        let links = schema.name == "followups" ? context.dataset.links.followupCard : context.dataset.links.trafficCard
        return ResolvedField(name: "customer." + cardField.name, column: cardField.column.gathered(links),
                             valueGroups: cardField.valueGroups)
    }

    /// A field of this table itself, by name or alias.
    func resolveOwn(_ name: Name) throws(EvaluationError) -> ResolvedField {
        let text = name.text
        if let column = table.column(text) { return ResolvedField(name: text, column: column) }
        if let spec = schema.field(named: text), let column = table.column(spec.name) {
            return ResolvedField(name: spec.name, column: column)
        }
        let lowered = text.lowercased()
        if lowered != text, let column = table.column(lowered) { return ResolvedField(name: lowered, column: column) }
        if schema.name == "customers", let derived = try context.derivedField(named: text, asOf: asOf) {
            return derived
        }
        var message = "unknown field '\(text)' in \(schema.name)"
        if let guess = Suggestion.nearest(to: text, in: fieldNames) {
            message += " — did you mean '\(guess)'?"
        } else {
            message += "; its fields are " + fieldNames.prefix(40).joined(separator: ", ")
        }
        if schema.name != "customers", context.derivedFieldNames.contains(lowered)
            || TableSchema.customers.field(named: text) != nil {
            message = "unknown field '\(text)' in \(schema.name): it is a card field, write customer.\(text)"
        }
        throw EvaluationError(message, at: name.range)
    }

    /// Every name this table answers to, for suggestions and completion.
    var fieldNames: [String] {
        var names = table.columnNames
        names += schema.fields.flatMap(\.aliases)
        if schema.name == "customers" { names += context.derivedFieldNames }
        return names
    }

    /// The table's own date, the one `by week` and friends group on.
    var primaryDateField: String? {
        switch schema.name {
        case "customers": "created"
        case "followups": "date"
        case "traffic": "time"
        case "targets": "month"
        default: nil
        }
    }
}
