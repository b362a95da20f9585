import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `count ...` and `sum/avg/min/max ... from TABLE` with `by`: the database groups and
/// aggregates; each of its groups becomes one row of the keys the in-memory engine
/// makes (`GroupKey`), so groups come out in the same order with the same labels and
/// marks, and `order by` and `limit` pick rows as `AggregateExecutor` does.
extension SQLEngine {
    /// The database's groups of some of an aggregate's keys as the in-memory engine's
    /// keys and grouping, with each item's value per group (column row = group number).
    struct Groups {
        let keys: [GroupKey]
        let grouping: Grouping
        let items: [(column: Column, format: ValueFormat)]
        let notes: [ResultPhrase]
    }

    func groups(_ aggregate: BoundAggregate, keys boundKeys: [BoundAggregate.Key],
                cycles: FollowupCycles) throws -> Groups {
        var compiler = SQLCompiler(catalog: catalog, table: aggregate.table, asOf: aggregate.asOf, cycles: cycles)
        var outputs: [String] = []
        // Per key: whether rows reach it through a card.
        var throughCard: [Bool] = []
        for key in boundKeys {
            let (field, expression) = try compiler.keyValue(key)
            outputs.append(expression)
            let linked: Bool
            if case .card = field.source { linked = true } else { linked = false }
            if linked { outputs.append("(r._card IS NULL)") }
            throughCard.append(linked)
        }
        let keyCount = outputs.count
        for item in aggregate.items { outputs.append(try compiler.aggregateValue(item)) }
        var filter = compiler.existing
        if let condition = aggregate.condition { filter += " AND " + (try compiler.condition(condition)) }
        var sql = "SELECT " + outputs.joined(separator: ", ") + " " + compiler.from + " WHERE " + filter
        if keyCount > 0 { sql += " GROUP BY " + (1...keyCount).map(String.init).joined(separator: ", ") }
        let rows = try catalog.connection.query(sql)
        func texts(_ position: Int) -> [String?] { rows.rows.map { position < $0.count ? $0[position] : nil } }

        var keys: [GroupKey] = []
        var position = 0
        for (index, key) in boundKeys.enumerated() {
            let values = texts(position)
            position += 1
            var links: [Int32]?
            if throughCard[index] {
                let noCard = texts(position)
                position += 1
                links = noCard.enumerated().map { row, flag in flag == "t" ? -1 : Int32(row) }
            }
            keys.append(SQLEngine.groupKey(key, values, links: links))
        }
        let grouping = Grouping(keys: keys, selections: [nil])
        // The database row of each group.
        var rowOfGroup = [Int32](repeating: -1, count: grouping.groupCount)
        for (row, group) in (grouping.groupOfRow.first ?? []).enumerated() where group >= 0 && Int(group) < rowOfGroup.count {
            rowOfGroup[Int(group)] = Int32(row)
        }
        if keys.isEmpty { rowOfGroup = [0] }
        var items: [(column: Column, format: ValueFormat)] = []
        for item in aggregate.items {
            let (column, format) = SQLEngine.aggregateColumn(item, texts(position))
            position += 1
            items.append((column.gathered(rowOfGroup), format))
        }
        return Groups(keys: keys, grouping: grouping, items: items, notes: try readingNotes(compiler))
    }

    func aggregate(_ aggregate: BoundAggregate, cycles: FollowupCycles) throws -> ResultTable {
        let found = try groups(aggregate, keys: aggregate.keys, cycles: cycles)
        let keys = found.keys, grouping = found.grouping
        let values = found.items.map(\.column), formats = found.items.map(\.format)
        var table = AggregateExecutor.table(aggregate, keys: keys, grouping: grouping, values: values,
                                            formats: formats)
        table.notes += found.notes
        return table
    }

    /// The key the in-memory engine makes, over the database's groups: the group's
    /// value (a period's first day, an hour, an ISO weekday) per row; `links`, for a
    /// card's field reached from another table, -1 for a group of rows with no card.
    static func groupKey(_ key: BoundAggregate.Key, _ texts: [String?], links: [Int32]?) -> GroupKey {
        func make(_ column: Column) -> GroupKey {
            switch key {
            case .field(let field): GroupKey(column, name: field.name)
            case .grain(_, let grain, let label): GroupKey(column, grain: grain, name: label)
            }
        }
        let column: Column
        switch key {
        case .field(let field):
            column = SQLColumnReader.column(field.name, field.type, texts)
        case .grain(_, .period, let label):
            column = SQLColumnReader.column(label, .date, texts)
        case .grain(_, .hour, let label):
            let hours = texts.map { $0.flatMap { Int($0) } }
            column = Column(name: label, values: .date([Int32](repeating: 0, count: texts.count)),
                            present: Bitmap(count: texts.count, allSet: true), count: texts.count,
                            minutes: hours.map { $0.map { Int16($0 * 60) } ?? TimeOfDay.none })
        case .grain(_, .weekday, let label):
            // 1970-01-05 (day 4) was a Monday: ISO weekday w is day 3 + w.
            let days = texts.map { $0.flatMap { Int32($0) }.map { 3 + $0 } }
            var present = Bitmap(count: texts.count)
            for (row, day) in days.enumerated() where day != nil { present.insert(row) }
            column = Column(name: label, values: .date(days.map { $0 ?? 0 }), present: present, count: texts.count)
        }
        guard let links else { return make(column) }
        let name: String
        switch key {
        case .field(let field): name = field.name
        case .grain(_, _, let label): name = label
        }
        return GroupKey(name: name, reaching: make(column), through: links)
    }

    /// An aggregate's column over the database's groups, typed as `Aggregator` types it.
    static func aggregateColumn(_ item: BoundAggregate.Item, _ texts: [String?]) -> (Column, ValueFormat) {
        guard let field = item.field, item.function != .count else {
            return (SQLColumnReader.column(item.name, .int, texts), .plain)
        }
        switch (item.function, field.type) {
        case (.avg, _):
            return (SQLColumnReader.column(item.name, .double, texts), .decimal(2))
        case (.sum, .int):
            // Exact while it fits, as the in-memory sum; past Int64 a double.
            if texts.allSatisfy({ $0.map { Int64($0) != nil } ?? true }) {
                return (SQLColumnReader.column(item.name, .int, texts.map { $0 ?? "0" }), .plain)
            }
            return (SQLColumnReader.column(item.name, .double, texts.map { $0 ?? "0" }), .plain)
        case (.sum, _):
            return (SQLColumnReader.column(item.name, .double, texts.map { $0 ?? "0" }), .plain)
        case (.min, .date), (.max, .date):
            // Day * 2000 + minute + 1 (0 for a plain date), so a plain date comes first in its day.
            var days = [Int32](repeating: 0, count: texts.count)
            var minutes = [Int16](repeating: TimeOfDay.none, count: texts.count)
            var present = Bitmap(count: texts.count)
            var timed = false
            for (row, text) in texts.enumerated() {
                guard let text, let packed = Int64(text) else { continue }
                let day = packed >= 0 ? packed / 2000 : -((-packed + 1999) / 2000)
                let rest = packed - day * 2000
                days[row] = Int32(clamping: day)
                minutes[row] = Int16(clamping: rest - 1)
                if rest > 0 { timed = true }
                present.insert(row)
            }
            return (Column(name: item.name, values: .date(days), present: present, count: texts.count,
                           minutes: timed ? minutes : nil), .plain)
        case (.min, .enumeration(let vocabulary)), (.max, .enumeration(let vocabulary)):
            let tokens = texts.map { $0.flatMap { Int($0) }.flatMap { $0 >= 1 && $0 <= vocabulary.tokens.count
                ? vocabulary.tokens[$0 - 1] : nil } }
            return (SQLColumnReader.column(item.name, field.type, tokens), .plain)
        case (.min, .double), (.max, .double):
            return (SQLColumnReader.column(item.name, .double, texts), .plain)
        case (.min, .bool), (.max, .bool):
            return (SQLColumnReader.column(item.name, .int, texts), .plain)
        case (.min, let type), (.max, let type):
            return (SQLColumnReader.column(item.name, type, texts), .plain)
        case (.count, _):
            return (SQLColumnReader.column(item.name, .int, texts), .plain)
        }
    }
}

extension SQLCompiler {
    /// A `by` key's value per row: the field's (blank text as no value), or the first
    /// day of its period, its hour, its ISO weekday.
    mutating func keyValue(_ key: BoundAggregate.Key) throws(SQLRefusal) -> (BoundField, String) {
        switch key {
        case .field(let field):
            let value = try self.value(field)
            if field.type == .string { return (field, blankless(value)) }
            return (field, value)
        case .grain(let field, let grain, _):
            let value = try self.value(field)
            switch grain {
            case .period(let period):
                return (field, dialect.periodStart(value, period))
            case .hour:
                guard let minute = minute(field) else { return (field, "NULL::int") }
                return (field, "(CASE WHEN \(value) IS NOT NULL AND \(minute) >= 0 THEN \(minute) / 60 END)")
            case .weekday:
                return (field, dialect.isoWeekday(value))
            }
        }
    }

    /// Text with no value when it is only spaces (as `CardCompleteness.isBlank`).
    func blankless(_ value: String) -> String {
        "(CASE WHEN \(dialect.trim(value, characters: " \t\n\r\u{3000}")) = '' THEN NULL ELSE \(value) END)"
    }

    /// An aggregate's SQL, read back by `SQLEngine.aggregateColumn`.
    mutating func aggregateValue(_ item: BoundAggregate.Item) throws(SQLRefusal) -> String {
        guard let field = item.field else { return "count(*)" }
        let value = try self.value(field)
        switch (item.function, field.type) {
        case (.count, _):
            return "count(\(value))"
        case (.sum, .int):
            return "sum(\(value))"
        case (.sum, .double):
            return "sum(\(value))"
        case (.avg, .int), (.avg, .double):
            return "avg((\(value))::double precision)"
        case (.min, .date), (.max, .date):
            let minute = self.minute(field).map { "coalesce(\($0), -1) + 1" } ?? "0"
            return "\(item.function.rawValue)(\(dialect.dayNumber(value))::bigint * 2000 + \(minute))"
        case (.min, .string), (.max, .string):
            return "\(item.function.rawValue)(\(dialect.textOrder(value)))"
        case (.min, .enumeration(let vocabulary)), (.max, .enumeration(let vocabulary)):
            return "\(item.function.rawValue)(\(dialect.position(value, in: vocabulary.tokens)))"
        case (.min, .int), (.max, .int), (.min, .double), (.max, .double):
            return "\(item.function.rawValue)(\(value))"
        case (.min, .bool), (.max, .bool):
            return "NULL::bigint"
        default:
            throw SQLRefusal("\(item.function.rawValue) of \(field.name)")
        }
    }
}
