import FunnelStore

/// Builds one typed result column a value at a time, for results assembled from
/// report rows rather than gathered from a table (KPIs, reports, plans).
struct ResultColumnBuilder {
    enum Kind { case text, integer, number, day }

    let name: String
    let kind: Kind
    var format: ValueFormat = .plain
    private var texts = StringDictionary()
    private var codes: [Int32] = []
    private var integers: [Int64] = []
    private var numbers: [Double] = []
    private var days: [Int32] = []
    private var present: [Int] = []
    /// Rows whose text is a phrase (a group without a value, a plan step's words).
    private(set) var phrases: [Int: ResultPhrase] = [:]
    private(set) var count = 0

    init(_ name: String, _ kind: Kind, format: ValueFormat = .plain) {
        self.name = name
        self.kind = kind
        self.format = format
    }

    mutating func append(text value: String?) {
        if let value {
            codes.append(texts.code(of: value) ?? texts.append(value))
            present.append(count)
        } else {
            codes.append(-1)
        }
        count += 1
    }

    /// A group's label: its value, or what a group without one stands for.
    mutating func append(group value: GroupValueLabel) {
        switch value {
        case .text(let text): append(text: text)
        case .mark(let mark): append(phrase: .group(mark))
        }
    }

    /// A cell whose text the output layer words.
    mutating func append(phrase: ResultPhrase) {
        phrases[count] = phrase
        append(text: nil)
    }

    mutating func append(integer value: Int?) {
        integers.append(Int64(value ?? 0))
        if value != nil { present.append(count) }
        count += 1
    }

    mutating func append(number value: Double?) {
        let defined = value.map(\.isFinite) ?? false
        numbers.append(defined ? (value ?? 0) : 0)
        if defined { present.append(count) }
        count += 1
    }

    mutating func append(day value: Day?) {
        days.append(value?.rawValue ?? 0)
        if value != nil { present.append(count) }
        count += 1
    }

    var column: Column {
        let values: ColumnValues
        switch kind {
        case .text: values = .string(codes: codes, dictionary: texts)
        case .integer: values = .int(integers)
        case .number: values = .double(numbers)
        case .day: values = .date(days)
        }
        return Column(name: name, values: values, present: Bitmap(count: count, rows: present), count: count)
    }
}

extension ResultTable {
    /// A table from builders of equal length, with their formats.
    init(_ builders: [ResultColumnBuilder], totalRows: Set<Int> = [], notes: [ResultPhrase] = [], title: String? = nil) {
        self.init(columns: builders.map(\.column), formats: builders.map(\.format), totalRows: totalRows,
                  notes: notes)
        self.title = title
        for (column, builder) in builders.enumerated() {
            for (row, phrase) in builder.phrases { phrases[ResultCell(row: row, column: column)] = phrase }
        }
    }
}

/// A group's label as a result shows it: the value's text, or a mark.
enum GroupValueLabel {
    case text(String)
    case mark(GroupMark)
}
