import FunnelDomain
import FunnelStore

/// `structure by A [, B]` in SQL: the cards following at T that the `where` keeps, by
/// card-age band or by a field's values as of T (every value of an enum or a yes/no
/// field, the others by count), within the groups of a first field — as
/// `CustomerStructure` and `ReportExecutor.structure` make them.
extension SQLEngine {
    func structure(_ statement: BoundStructure, cycles: FollowupCycles) throws -> ResultTable {
        let asOf = statement.asOf
        let scope = try KPIScopeSQL(catalog: catalog, filter: statement.filter, today: asOf, cycles: cycles)
        var compiler = SQLCompiler(catalog: catalog, table: .customers, asOf: asOf, cycles: cycles)
        let following = "coalesce(\(try compiler.derived(.following, card: "r")), false)"
        var field: BoundField?
        if case .field(let group)? = statement.items.last { field = group.field }
        let value: String
        if let field {
            let raw = try compiler.value(field)
            value = field.type == .string ? compiler.blankless(raw) : raw
        } else {
            let age = try compiler.derived(.cardAge, card: "r")
            value = "(CASE WHEN \(age) <= 7 THEN 0 WHEN \(age) <= 15 THEN 1 WHEN \(age) <= 30 THEN 2 "
                + "WHEN \(age) <= 60 THEN 3 WHEN \(age) <= 90 THEN 4 ELSE 5 END)"
        }
        var outer: BoundGroupField?
        if statement.items.count == 2, case .field(let first)? = statement.items.first { outer = first }
        var outerKey = "NULL::text"
        if let outer {
            var key = try compiler.value(outer.field)
            if outer.field.type == .string { key = compiler.blankless(key) }
            outerKey = key
        }
        var kept = following
        if let cards = scope.cards { kept += " AND " + cards }
        let rows = try catalog.connection.query("SELECT \(outerKey), \(value), count(*) \(compiler.from) WHERE \(kept) "
            + "GROUP BY 1, 2").rows

        // The report's rows over every following card: (key, chinese, value text or nil for none).
        var perValue: [String?: Int] = [:]
        var perGroup: [[GroupPart]: [String?: Int]] = [:]
        for row in rows {
            let count = Int((row.count > 2 ? row[2] : nil) ?? "") ?? 0
            let text = row.count > 1 ? row[1] : nil
            perValue[text, default: 0] += count
            let group: [GroupPart] = [(row.first ?? nil).map { .value($0) } ?? .missing]
            perGroup[group, default: [:]][text, default: 0] += count
        }
        let total = perValue.values.reduce(0, +)
        struct Line {
            let key: KPIGroupKey
            let chinese: String
            let value: String?
        }
        var lines: [Line] = []
        var every = true
        if let field {
            switch field.type {
            case .enumeration(let vocabulary):
                for (code, token) in vocabulary.tokens.enumerated() {
                    lines.append(Line(key: .value(token), chinese: vocabulary.chineseWord(UInt8(code)) ?? token, value: token))
                }
            case .bool:
                lines = [Line(key: .value("false"), chinese: "false", value: "f"),
                         Line(key: .value("true"), chinese: "true", value: "t")]
            default:
                every = false
                let present = perValue.keys.compactMap { $0 }
                let column = SQLColumnReader.column(field.name, field.type, present)
                let labelled = present.indices.map { (label: column.text(at: $0) ?? present[$0], value: present[$0]) }
                let sorted = labelled.sorted { a, b in
                    let ca = perValue[a.value] ?? 0, cb = perValue[b.value] ?? 0
                    return ca != cb ? ca > cb : a.label < b.label
                }
                lines = sorted.map { Line(key: .value($0.label), chinese: $0.label, value: $0.value) }
            }
            if (perValue[nil] ?? 0) > 0 { lines.append(Line(key: .missing, chinese: "未填写", value: nil)) }
        } else {
            lines = CardAgeBand.all.enumerated().map { index, band in
                Line(key: .value(band.description), chinese: band.chineseLabel, value: String(index))
            }
        }
        let listsEvery = every && !statement.filterNamesBreakdown
        let name = field?.name ?? "age_band"
        let notes: [ResultPhrase] = [.followingAsOf(asOf)]
        func count(_ counts: [String?: Int], _ line: Line) -> Int { counts[line.value] ?? 0 }
        guard let outer else {
            var table = SharesTableSQL(name: name, group: nil)
            for line in lines where listsEvery || count(perValue, line) > 0 {
                let n = count(perValue, line)
                table.append(group: nil, key: line.key, chinese: line.chinese, count: n,
                             share: KPIValue.ratio(n, over: total).value)
            }
            table.appendTotal(group: nil, count: total)
            return table.result(notes: notes)
        }
        var table = SharesTableSQL(name: name, group: outer.field.name)
        let (ordered, labels) = SQLEngine.order(Set(perGroup.keys), fields: [outer.field])
        for group in ordered {
            let counts = perGroup[group] ?? [:]
            let groupTotal = counts.values.reduce(0, +)
            if group.contains(.missing), groupTotal == 0 { continue }
            let label = SQLEngine.labels(of: group, labels).first ?? .mark(.missing)
            for line in lines where listsEvery || count(counts, line) > 0 {
                let n = count(counts, line)
                table.append(group: label, key: line.key, chinese: line.chinese, count: n,
                             share: KPIValue.ratio(n, over: groupTotal).value)
            }
            table.appendTotal(group: label, count: groupTotal)
        }
        table.appendTotal(group: nil, count: total)
        return table.result(notes: notes)
    }
}
