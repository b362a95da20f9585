import FunnelStore

/// One `by` item over the rows of one or more tables: a small id per row, the value
/// each id stands for, and the order ids come out in. Every grouping of every
/// statement (`count ... by`, `kpi ... by`, the reports) is made of these, so a
/// value is grouped and shown the same way wherever it appears.
///
/// Ids: `missing` (0) for rows with no value — null, or text of spaces only (a blank
/// name or model is no value, as for a complete card) — then `1...valueCount` for the
/// values, then `noCard` for rows of a table that reach their group through a card
/// and have none (traffic that left nothing). Groups come out values first in their
/// natural order, then missing, then no card.
public struct GroupKey: Sendable {
    /// The column name shown for the key (`consultant`, `month(created)`).
    public let name: String
    /// The value of id `i` at row `i - 1`, typed as the field (a month as its label).
    public let values: Column
    /// Sort position of each id, `0..<cardinality`.
    public let rank: [Int32]
    /// Id of each row, per table the key covers (one table for `count ... by`; cards
    /// and traffic for a KPI).
    public let ids: [[Int32]]

    public static let missing: Int32 = 0
    public var valueCount: Int { values.count }
    public var noCard: Int32 { Int32(valueCount + 1) }
    /// Ids including `missing` and `noCard`.
    public var cardinality: Int { valueCount + 2 }

    /// What an id stands for.
    public func meaning(of id: Int32) -> GroupValue {
        if id == GroupKey.missing { return .missing }
        if id == noCard { return .noCard }
        return .value(Int(id) - 1)
    }

    init(name: String, values: Column, rank: [Int32], ids: [[Int32]]) {
        self.name = name
        self.values = values
        self.rank = rank
        self.ids = ids
    }

    /// The key of a column's values over its own table's rows.
    public init(_ column: Column, name: String) {
        let coded = GroupKey.code(column)
        self.init(name: name, values: coded.values, rank: GroupKey.rank(of: coded), ids: [coded.ids])
    }

    /// A date column bucketed by a grain, each bucket shown as its period (`2010-W41`).
    public init(_ column: Column, grain: PeriodGrain, name: String) {
        var starts = [Int32](repeating: 0, count: column.count)
        if case .date(let days) = column.values {
            for row in 0..<min(days.count, starts.count) where !column.isNull(row) {
                starts[row] = grain.start(of: Day(rawValue: days[row])).rawValue
            }
        }
        let bucketed = Column(name: name, values: .date(starts), present: column.present, count: column.count)
        let coded = GroupKey.code(bucketed)
        var labels = StringDictionary()
        var codes: [Int32] = []
        for index in 0..<coded.values.count {
            let start = coded.values.day(at: index) ?? Day(rawValue: 0)
            codes.append(labels.append(grain.period(containing: start).label))
        }
        let values = Column(name: name, values: .string(codes: codes, dictionary: labels), present: nil,
                            count: codes.count)
        self.init(name: name, values: values, rank: GroupKey.rank(of: coded), ids: [coded.ids])
    }

    /// A date column grouped by a grain: the period holding each day (see
    /// `init(_:grain:name:)`), the hour of each time of day (0...23; a row with no time
    /// is missing, `(none)`), or the weekday of each day (Monday...Sunday in that order).
    public init(_ column: Column, grain: GroupGrain, name: String) {
        switch grain {
        case .period(let period):
            self.init(column, grain: period, name: name)
        case .hour:
            let n = column.count
            var hours = [Int64](repeating: 0, count: n)
            var present = Bitmap(count: n)
            if let minutes = column.minutes {
                for row in 0..<min(n, minutes.count) where !column.isNull(row) {
                    guard let hour = TimeOfDay.hour(minutes[row]) else { continue }
                    hours[row] = Int64(hour)
                    present.insert(row)
                }
            }
            self.init(Column(name: name, values: .int(hours), present: present, count: n), name: name)
        case .weekday:
            var codes = [UInt8](repeating: EnumVocabulary.nullCode, count: column.count)
            if case .date(let days) = column.values {
                for row in 0..<min(days.count, codes.count) where !column.isNull(row) {
                    codes[row] = Weekday(Day(rawValue: days[row])).rawValue
                }
            }
            self.init(Column(name: name, values: .enumeration(codes: codes, vocabulary: Weekday.vocabulary),
                             present: column.present, count: column.count), name: name)
        }
    }

    /// This key over one more table whose rows follow a card of this key's first table:
    /// each row takes its card's id, and a row with no card (`-1`) takes `noCard`.
    public func following(cardOfRow links: [Int32]) -> GroupKey {
        let cardIDs = ids.first ?? []
        let noCard = self.noCard
        let linked = links.map { card in card >= 0 && Int(card) < cardIDs.count ? cardIDs[Int(card)] : noCard }
        return GroupKey(name: name, values: values, rank: rank, ids: ids + [linked])
    }

    /// A cards' key over the rows of another table instead, each row taking its
    /// card's id (`noCard` for a row with none): `count traffic by customer.model`.
    public init(name: String, reaching cards: GroupKey, through links: [Int32]) {
        let linked = cards.following(cardOfRow: links)
        self.init(name: name, values: cards.values, rank: cards.rank, ids: Array(linked.ids.suffix(1)))
    }

    /// This key over one more table that has a text field of its own naming the same
    /// thing (traffic's consultant, who received the visitor): its rows are matched to
    /// this key's values by text, and values only that table has are added.
    public func sharing(_ column: Column) -> GroupKey {
        guard case .string(let codes, let dictionary) = column.values else {
            return GroupKey(name: name, values: values, rank: rank,
                            ids: ids + [[Int32](repeating: GroupKey.missing, count: column.count)])
        }
        var labels: [String] = (0..<valueCount).map { values.text(at: $0) ?? "" }
        var idOfLabel: [String: Int32] = [:]
        for (index, label) in labels.enumerated() where idOfLabel[label] == nil { idOfLabel[label] = Int32(index + 1) }
        var idOfCode = [Int32](repeating: GroupKey.missing, count: dictionary.count)
        for code in 0..<dictionary.count {
            guard let text = dictionary[Int32(code)], !CardCompleteness.isBlank(text) else { continue }
            if let id = idOfLabel[text] {
                idOfCode[code] = id
            } else {
                labels.append(text)
                idOfLabel[text] = Int32(labels.count)
                idOfCode[code] = Int32(labels.count)
            }
        }
        // The values grew: `noCard` moved up, so the ids given so far are renumbered
        // (in the tables that have any: cards never do).
        let oldNoCard = noCard, newNoCard = Int32(labels.count + 1)
        let renumbered = oldNoCard == newNoCard ? ids : ids.map { table in
            table.contains(oldNoCard) ? table.map { $0 == oldNoCard ? newNoCard : $0 } : table
        }
        let own = (0..<column.count).map { row -> Int32 in
            let code = Int(codes[row])
            return code >= 0 && code < idOfCode.count && !column.isNull(row) ? idOfCode[code] : GroupKey.missing
        }
        let dictionaryOfLabels = StringDictionary(labels)
        let shared = Column(name: name, values: .string(codes: (0..<Int32(labels.count)).map { $0 },
                                                        dictionary: dictionaryOfLabels),
                            present: nil, count: labels.count)
        let coded = Coded(values: shared, ids: [], order: GroupKey.textOrder(labels))
        return GroupKey(name: name, values: shared, rank: GroupKey.rank(of: coded), ids: renumbered + [own])
    }

    // MARK: - Coding a column

    /// A column's values as ids, with the order of the values.
    private struct Coded {
        /// One row per value.
        let values: Column
        /// Id of each row of the column coded.
        let ids: [Int32]
        /// The values' indices in their natural order.
        let order: [Int]
    }

    private static func code(_ column: Column) -> Coded {
        let n = column.count
        var ids = [Int32](repeating: missing, count: n)
        switch column.values {
        case .string(let codes, let dictionary):
            let blank = (0..<Int32(dictionary.count)).map { code in
                dictionary.withBytes(of: code) { CardCompleteness.isBlank($0) }
            }
            for row in 0..<min(n, codes.count) {
                let code = Int(codes[row])
                if code >= 0, code < blank.count, !blank[code], !column.isNull(row) { ids[row] = Int32(code) + 1 }
            }
            let texts = (0..<Int32(dictionary.count)).map { dictionary[$0] ?? "" }
            let values = Column(name: column.name, values: .string(codes: (0..<Int32(texts.count)).map { $0 },
                                                                   dictionary: dictionary),
                                present: nil, count: texts.count)
            return Coded(values: values, ids: ids, order: textOrder(texts))
        case .enumeration(let codes, let vocabulary):
            let known = vocabulary.tokens.count
            for row in 0..<min(n, codes.count) where Int(codes[row]) < known && !column.isNull(row) {
                ids[row] = Int32(codes[row]) + 1
            }
            let values = Column(name: column.name, values: .enumeration(codes: (0..<UInt8(known)).map { $0 },
                                                                        vocabulary: vocabulary),
                                present: nil, count: known)
            return Coded(values: values, ids: ids, order: Array(0..<known))
        case .bool(let bits):
            for row in 0..<n where !column.isNull(row) { ids[row] = bits[row] ? 2 : 1 }
            let values = Column(name: column.name, values: .bool(Bitmap(count: 2, rows: [1])), present: nil, count: 2)
            return Coded(values: values, ids: ids, order: [0, 1])
        case .int(let numbers):
            return dense(numbers, column: column) { .int($0) }
        case .double(let numbers):
            return dense(numbers, column: column) { .double($0) }
        case .date(let days):
            return dense(days, column: column) { .date($0) }
        }
    }

    /// Ids in order of first appearance, one pass with a hash table.
    private static func dense<T: Hashable & Comparable>(_ numbers: [T], column: Column,
                                                        wrap: ([T]) -> ColumnValues) -> Coded {
        var idOf: [T: Int32] = [:]
        var distinct: [T] = []
        var ids = [Int32](repeating: missing, count: column.count)
        for row in 0..<min(numbers.count, ids.count) where !column.isNull(row) {
            let value = numbers[row]
            if let id = idOf[value] {
                ids[row] = id
            } else {
                distinct.append(value)
                let id = Int32(distinct.count)
                idOf[value] = id
                ids[row] = id
            }
        }
        let order = distinct.indices.sorted { distinct[$0] < distinct[$1] }
        let values = Column(name: column.name, values: wrap(distinct), present: nil, count: distinct.count)
        return Coded(values: values, ids: ids, order: order)
    }

    private static func textOrder(_ texts: [String]) -> [Int] {
        texts.indices.sorted { texts[$0] < texts[$1] }
    }

    /// Ranks: values in order, then missing, then no card.
    private static func rank(of coded: Coded) -> [Int32] {
        let valueCount = coded.values.count
        var rank = [Int32](repeating: 0, count: valueCount + 2)
        for (position, index) in coded.order.enumerated() where index + 1 < rank.count {
            rank[index + 1] = Int32(position)
        }
        rank[0] = Int32(valueCount)
        rank[valueCount + 1] = Int32(valueCount + 1)
        return rank
    }
}

/// What one key's id stands for in a group.
public enum GroupValue: Hashable, Sendable {
    /// The value at this row of the key's `values`.
    case value(Int)
    /// No value: null, or blank text. Shown as `(none)`.
    case missing
    /// A row with no card, grouped by a card field. Shown as `(no card)`.
    case noCard
}
