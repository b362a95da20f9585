import FunnelDomain
import FunnelStore

/// One grouping key over a table's rows: a small dense id per row (0 for a missing
/// value) and, per id, the value to show. Strings and enums use their codes as ids
/// directly; numbers and days are given ids by a single pass.
struct GroupKey {
    let name: String
    /// Dense id per row; 0 means "no value".
    let ids: [Int32]
    /// Number of ids, including 0.
    let cardinality: Int
    /// The shown value of each id (id 0 is null), as a column of `cardinality` rows.
    let labels: Column
    /// Sort position of each id, so groups come out in the values' natural order.
    let rank: [Int32]

    init(field: ResolvedField) {
        name = field.name
        let column = field.column
        let n = column.count
        switch column.values {
        case .string(let codes, let dictionary):
            ids = (0..<n).map { column.isNull($0) || codes[$0] < 0 ? 0 : codes[$0] + 1 }
            cardinality = dictionary.count + 1
            labels = Column(name: name, values: .string(codes: [-1] + (0..<Int32(dictionary.count)).map { $0 },
                                                          dictionary: dictionary),
                            present: Bitmap(count: cardinality, rows: 1..<cardinality), count: cardinality)
            let order = (0..<dictionary.count).sorted {
                (dictionary[Int32($0)] ?? "") < (dictionary[Int32($1)] ?? "")
            }
            var rank = [Int32](repeating: Int32(cardinality), count: cardinality)
            for (position, code) in order.enumerated() { rank[code + 1] = Int32(position) }
            self.rank = rank
        case .enumeration(let codes, let vocabulary):
            ids = (0..<n).map { column.isNull($0) || Int(codes[$0]) >= vocabulary.tokens.count ? 0 : Int32(codes[$0]) + 1 }
            cardinality = vocabulary.tokens.count + 1
            labels = Column(name: name, values: .enumeration(codes: [EnumVocabulary.nullCode]
                                                                + (0..<UInt8(vocabulary.tokens.count)).map { $0 },
                                                              vocabulary: vocabulary),
                            present: Bitmap(count: cardinality, rows: 1..<cardinality), count: cardinality)
            rank = [Int32(cardinality)] + (0..<Int32(vocabulary.tokens.count)).map { $0 }
        case .bool(let bits):
            ids = (0..<n).map { column.isNull($0) ? 0 : (bits[$0] ? 2 : 1) }
            cardinality = 3
            labels = Column(name: name, values: .bool(Bitmap(count: 3, rows: [2])),
                            present: Bitmap(count: 3, rows: [1, 2]), count: 3)
            rank = [3, 0, 1]
        case .int(let values):
            (ids, cardinality, labels, rank) = GroupKey.dense(values, column: column, name: name) { .int($0) }
        case .double(let values):
            (ids, cardinality, labels, rank) = GroupKey.dense(values, column: column, name: name) { .double($0) }
        case .date(let values):
            (ids, cardinality, labels, rank) = GroupKey.dense(values, column: column, name: name) { .date($0) }
        }
    }

    /// A date field bucketed by a grain: ids per bucket, labelled `2010-W41`, `2010-10`, ...
    init(field: ResolvedField, grain: PeriodGrain, label: String) {
        name = label
        let column = field.column
        // Callers pass date fields only; anything else groups as all-missing.
        var days: [Int32] = Array(repeating: 0, count: column.count)
        if case .date(let values) = column.values { days = values }
        let starts: [Int32] = (0..<column.count).map {
            column.isNull($0) ? 0 : grain.start(of: Day(rawValue: days[$0])).rawValue
        }
        let bucketed = Column(name: label, values: .date(starts), present: column.present, count: column.count)
        let (ids, cardinality, startLabels, rank) = GroupKey.dense(starts, column: bucketed, name: label) { .date($0) }
        self.ids = ids
        self.cardinality = cardinality
        self.rank = rank
        // Show the bucket as its period label, not its first day.
        var dictionary = StringDictionary()
        var codes: [Int32] = [-1]
        for id in 1..<max(1, cardinality) {
            guard let start = startLabels.day(at: id) else { codes.append(-1); continue }
            codes.append(dictionary.append(grain.period(containing: start).label))
        }
        labels = Column(name: label, values: .string(codes: codes, dictionary: dictionary),
                        present: Bitmap(count: cardinality, rows: 1..<cardinality), count: cardinality)
    }

    private static func dense<T: Hashable & Comparable>(
        _ values: [T], column: Column, name: String, wrap: ([T]) -> ColumnValues
    ) -> ([Int32], Int, Column, [Int32]) {
        var idOf: [T: Int32] = [:]
        var distinct: [T] = []
        var ids = [Int32](repeating: 0, count: values.count)
        for row in 0..<values.count where !column.isNull(row) {
            let v = values[row]
            if let id = idOf[v] {
                ids[row] = id
            } else {
                distinct.append(v)
                let id = Int32(distinct.count)
                idOf[v] = id
                ids[row] = id
            }
        }
        let cardinality = distinct.count + 1
        let order = distinct.indices.sorted { distinct[$0] < distinct[$1] }
        var rank = [Int32](repeating: Int32(cardinality), count: cardinality)
        for (position, index) in order.enumerated() { rank[index + 1] = Int32(position) }
        let filler = distinct.first ?? values.first
        let labelValues = filler.map { [$0] + distinct } ?? []
        let labels = Column(name: name, values: wrap(labelValues),
                            present: Bitmap(count: cardinality, rows: 1..<cardinality), count: labelValues.count)
        return (ids, cardinality, labels, rank)
    }
}
