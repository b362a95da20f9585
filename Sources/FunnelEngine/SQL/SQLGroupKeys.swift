import FunnelDomain
import FunnelStore

/// The groups of one card field over cards and traffic in SQL, as `CardGroups` makes
/// them: each card's value as of today (`g.k0` after `cardJoin`), each traffic entry's
/// own value of the same party or its card's (`h.k0` after `trafficJoin`, `noCard` when
/// it has no card), and the groups of the kept cards and traffic that exist at today.
struct SQLGroupKeys {
    let field: BoundGroupField
    let cardJoin: String
    let trafficJoin: String
    let cardKey = "g.k0"
    let trafficKey = "h.k0"
    let noCard: String

    init(_ field: BoundGroupField, catalog: SQLCatalog, today: Day, cycles: FollowupCycles) throws(SQLRefusal) {
        self.field = field
        var compiler = SQLCompiler(catalog: catalog, table: .customers, asOf: today, cycles: cycles)
        var key = try compiler.value(field.field)
        if field.field.type == .string { key = compiler.blankless(key) }
        let keys = "SELECT r._row AS card, \(key) AS k0 \(compiler.from)"
        cardJoin = " LEFT JOIN (\(keys)) AS g ON g.card = r._row"
        if let own = field.traffic {
            var onTraffic = SQLCompiler(catalog: catalog, table: .traffic, asOf: today, cycles: cycles)
            var value = try onTraffic.value(own)
            if own.type == .string { value = onTraffic.blankless(value) }
            trafficJoin = " LEFT JOIN (SELECT r._row AS entry, \(value) AS k0 \(onTraffic.from)) AS h ON h.entry = r._row"
            noCard = "FALSE"
        } else {
            trafficJoin = " LEFT JOIN (\(keys)) AS h ON h.card = r._card"
            noCard = "(r._card IS NULL)"
        }
    }

    /// A group from a key's text and its no-card flag (`t`).
    static func part(_ key: String?, noCard flag: String?) -> [SQLEngine.GroupPart] {
        if flag == "t" { return [.noCard] }
        return [key.map { .value($0) } ?? .missing]
    }

    /// The groups of the cards and traffic kept (`cards`, `traffic`: conditions on `r`, or
    /// nil for all) that exist at today, in `CardGrouping`'s order, with their labels.
    func groups(catalog: SQLCatalog, today: Day, cards: String?, traffic: String?,
                withTraffic: Bool = true) throws -> ([[SQLEngine.GroupPart]], [[SQLEngine.GroupPart: String]]) {
        let dialect = catalog.dialect
        var slots = Set<[SQLEngine.GroupPart]>()
        for row in try catalog.connection.query("SELECT DISTINCT \(cardKey) FROM \(catalog.table(.customers)) AS r"
            + "\(cardJoin) WHERE r.\(dialect.identifier("created")) <= \(dialect.date(today))"
            + (cards.map { " AND " + $0 } ?? "")).rows {
            slots.insert(SQLGroupKeys.part(row.first ?? nil, noCard: nil))
        }
        if withTraffic {
            for row in try catalog.connection.query("SELECT DISTINCT \(trafficKey), \(noCard) FROM "
                + "\(catalog.table(.traffic)) AS r\(trafficJoin) WHERE r.\(dialect.identifier("time")) <= "
                + "\(dialect.date(today))" + (traffic.map { " AND " + $0 } ?? "")).rows {
                slots.insert(SQLGroupKeys.part(row.first ?? nil, noCard: row.count > 1 ? row[1] : nil))
            }
        }
        return SQLEngine.order(slots, fields: [field.field])
    }
}
