import FunnelDomain
import FunnelStore

/// Compiles the fields and conditions of one bound statement over one table as of a
/// day T into SQL: the statement's rows are `r`, a linked card `k` (follow-ups and
/// traffic reach theirs through `_card`), and a card's follow-up facts as of T `f`
/// (SQLCompiler+Facts.swift). Every value the statement names is a quoted literal
/// (`SQLDialect.literal`), never text pasted in.
struct SQLCompiler {
    let catalog: SQLCatalog
    let table: TableKind
    let asOf: Day
    let cycles: FollowupCycles
    /// The rows join their card (`k`).
    private(set) var joinsCard = false
    /// The cards join their follow-up facts as of T (`f`).
    private(set) var joinsFacts = false
    /// Fields read whose notes the result must carry (grades before the snapshot, due
    /// plans by cycles).
    var readsGrades = false
    var readsDuePlans = false

    var dialect: SQLDialect { catalog.dialect }

    init(catalog: SQLCatalog, table: TableKind, asOf: Day, cycles: FollowupCycles) {
        self.catalog = catalog
        self.table = table
        self.asOf = asOf
        self.cycles = cycles
    }

    /// T as a date literal.
    var t: String { dialect.date(asOf) }
    /// Whether T is before the day the data was taken (plans unknown, grades from follow-ups).
    var beforeSnapshot: Bool { asOf < catalog.snapshotDay }

    /// `FROM table r` with the joins the compiled fields asked for.
    var from: String {
        var text = "FROM \(catalog.table(table)) AS r"
        if joinsCard { text += " LEFT JOIN \(catalog.table(.customers)) AS k ON k._row = r._card" }
        if joinsFacts { text += " LEFT JOIN (\(factsQuery)) AS f ON f._card = \(cardAlias)._row" }
        return text
    }

    /// Rows that exist as of T: nothing dated after T counts (targets always do).
    var existing: String {
        let schema = table.schema
        guard schema.rowsAreEvents else { return "TRUE" }
        return "r.\(dialect.identifier(schema.ownDate)) <= \(t)"
    }

    /// The alias of the card a derived field is about: the row itself on customers,
    /// the linked card elsewhere.
    var cardAlias: String { table == .customers ? "r" : "k" }

    /// A stored column of `alias` (`r."grade"`).
    func column(_ alias: String, _ name: String) -> String { alias + "." + dialect.identifier(name) }

    // MARK: - Fields

    /// The value of a bound field for each row, as of T: text for text and enum tokens,
    /// numbers, booleans, dates.
    mutating func value(_ field: BoundField) throws(SQLRefusal) -> String {
        try value(field, alias: "r", of: table)
    }

    private mutating func value(_ field: BoundField, alias: String, of rowTable: TableKind) throws(SQLRefusal)
        -> String {
        switch field.source {
        case .stored(let stored, let index):
            let columns = catalog.columns(of: stored)
            guard columns.indices.contains(index) else { throw SQLRefusal("the field \(field.name)") }
            return storedValue(columns[index].name, rule: field.asOf, alias: alias)
        case .card(let inner, _):
            joinsCard = true
            return try value(inner, alias: "k", of: .customers)
        case .derived(let derived):
            guard rowTable == .customers else { throw SQLRefusal("the field \(field.name)") }
            joinsFacts = true
            return try self.derived(derived, card: alias)
        }
    }

    /// The minutes after midnight of a date field's value, when its column keeps times.
    mutating func minute(_ field: BoundField) -> String? {
        switch field.source {
        case .stored(let stored, let index):
            let columns = catalog.columns(of: stored)
            guard columns.indices.contains(index), catalog.hasMinutes(stored, columns[index].name) else { return nil }
            return column("r", columns[index].name + "__minute")
        case .card(let inner, _):
            guard case .stored(let stored, let index) = inner.source else { return nil }
            let columns = catalog.columns(of: stored)
            guard columns.indices.contains(index), catalog.hasMinutes(stored, columns[index].name) else { return nil }
            joinsCard = true
            return column("k", columns[index].name + "__minute")
        case .derived:
            return nil
        }
    }

    /// A stored column as known at T (domain.md §2.1).
    private mutating func storedValue(_ name: String, rule: AsOfRule, alias: String) -> String {
        let value = column(alias, name)
        switch rule {
        case .fixed:
            return value
        case .event:
            return "(CASE WHEN \(value) <= \(t) THEN \(value) END)"
        case .lossReason:
            return "(CASE WHEN \(column(alias, "lost")) <= \(t) THEN \(value) END)"
        case .plan:
            return beforeSnapshot ? "NULL::date" : value
        case .grade:
            readsGrades = true
            guard beforeSnapshot else { return value }
            joinsFacts = true
            return gradeThen(card: alias)
        }
    }
}
