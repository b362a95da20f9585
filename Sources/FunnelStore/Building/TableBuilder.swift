/// Builds a table row by row: set the fields of the current row, then `endRow()`.
///
/// Known fields go to typed columns; any other key becomes an extra column whose
/// type is inferred at `finish()`. Fields left unset get the schema's absent value
/// or null. The builder checks nothing about meaning: the loader does.
public struct TableBuilder: Sendable {
    public let schema: TableSchema
    public private(set) var rowCount = 0
    private var known: [ColumnBuilder]
    private var absentValues: [FieldValue]
    private var extras: [InferredColumnBuilder] = []
    private var extraIndex: [String: Int] = [:]
    /// Bit `f` is set when known field `f` (< 64) has a value in the current row, so
    /// `isSet` and `endRow` need not look at every column (the loader calls them for
    /// every field of millions of rows). Fields from 64 on are checked by count.
    private var rowMask: UInt64 = 0
    /// The bits of every known field below 64.
    private let fullMask: UInt64
    /// Extra columns given a value in the current row.
    private var extrasSetInRow = 0

    public init(schema: TableSchema) {
        self.schema = schema
        known = schema.fields.map { ColumnBuilder(name: $0.name, type: $0.type.columnType) }
        absentValues = schema.fields.map { field in
            guard let text = field.absentValue else { return .null }
            return TableBuilder.convert(text, as: field.type) ?? .null
        }
        let masked = min(schema.fields.count, 64)
        fullMask = masked == 64 ? ~0 : (1 << UInt64(masked)) - 1
    }

    /// Index of the known field named `key` (its name or a Chinese alias).
    public func fieldIndex(forKey key: String) -> Int? {
        schema.fields.firstIndex { $0.name == key } ?? schema.fields.firstIndex { $0.aliases.contains(key) }
    }

    /// Whether the current row already has a value for a known field.
    @inline(__always)
    public func isSet(field: Int) -> Bool {
        field < 64 ? rowMask & (1 << UInt64(field)) != 0 : known[field].count > rowCount
    }

    @inline(__always)
    private mutating func mark(_ field: Int) {
        if field < 64 { rowMask |= 1 << UInt64(field) }
    }

    /// Whether the current row already has a value for an extra field.
    public func isSet(extra key: String) -> Bool {
        guard let index = extraIndex[key] else { return false }
        return extras[index].count > rowCount
    }

    /// Sets a known field of the current row. The value must match the field's type.
    public mutating func set(_ value: FieldValue, field: Int) {
        known[field].append(value)
        mark(field)
    }

    /// Sets a known string field straight from input bytes.
    public mutating func setString(bytes: UnsafeBufferPointer<UInt8>, field: Int) {
        known[field].append(stringBytes: bytes)
        mark(field)
    }

    // Typed setters for the loader's hot path: no `FieldValue` to build and switch on.
    // Each value must match the field's type, as for `set(_:field:)`.
    mutating func setInt(_ value: Int64, field: Int) {
        known[field].append(int: value)
        mark(field)
    }

    mutating func setDouble(_ value: Double, field: Int) {
        known[field].append(double: value)
        mark(field)
    }

    mutating func setBool(_ value: Bool, field: Int) {
        known[field].append(bool: value)
        mark(field)
    }

    mutating func setDay(_ value: Day, field: Int) {
        known[field].append(day: value)
        mark(field)
    }

    /// A date field's day and time of day (`TimeOfDay.none`: none given).
    mutating func setDay(_ value: Day, minute: Int16, field: Int) {
        known[field].append(day: value, minute: minute)
        mark(field)
    }

    mutating func setCode(_ value: UInt8, field: Int) {
        known[field].append(code: value)
        mark(field)
    }

    mutating func setNull(field: Int) {
        known[field].appendNull()
        mark(field)
    }

    /// Sets a field the schema does not know.
    public mutating func setExtra(_ value: RawScalar, key: String) {
        let index = extraColumn(named: key)
        extras[index].append(value)
        extrasSetInRow += 1
    }

    /// The index of the extra column named `key`, created (null so far) when new. The
    /// loader resolves each unknown key once and then sets values by index.
    mutating func extraColumn(named key: String) -> Int {
        if let existing = extraIndex[key] { return existing }
        var column = InferredColumnBuilder(name: key)
        column.appendNulls(rowCount)
        extras.append(column)
        extraIndex[key] = extras.count - 1
        return extras.count - 1
    }

    /// Whether the current row already has a value for extra column `index`.
    func isSet(extraColumn index: Int) -> Bool { extras[index].count > rowCount }

    /// Sets extra column `index` to a scalar.
    mutating func setExtra(_ value: RawScalar, column index: Int) {
        extras[index].append(value)
        extrasSetInRow += 1
    }

    /// Sets extra column `index` from the input's bytes: no `String` per value.
    mutating func setExtra(_ kind: InferredColumnBuilder.RawKind, bytes: UnsafeBufferPointer<UInt8>,
                           column index: Int) {
        extras[index].append(kind, bytes: bytes)
        extrasSetInRow += 1
    }

    /// How many extra columns the table has so far.
    var extraColumnCount: Int { extras.count }

    func hasExtraColumn(named key: String) -> Bool { extraIndex[key] != nil }

    /// The extra columns' names, in the order they were first seen.
    var extraColumnNames: [String] { extras.map(\.name) }

    /// Appends the rows of a table built apart from the same schema (a chunk of the
    /// same input read on another thread); both must be between rows. Extra columns
    /// keep their first-seen order, so the result is what one builder reading both
    /// parts in turn would hold.
    mutating func append(contentsOf other: TableBuilder) {
        precondition(rowMask == 0 && other.rowMask == 0 && known.count == other.known.count,
                     "tables merged mid-row or across schemas")
        for index in known.indices { known[index].append(contentsOf: other.known[index]) }
        var merged = Set<Int>()
        for column in other.extras {
            let index = extraColumn(named: column.name)
            extras[index].append(contentsOf: column)
            merged.insert(index)
        }
        for index in extras.indices where !merged.contains(index) { extras[index].appendNulls(other.rowCount) }
        rowCount += other.rowCount
    }

    /// Names of required fields the current row lacks.
    public func missingRequiredFields() -> [String] {
        schema.fields.indices.filter { schema.fields[$0].required && !isSet(field: $0) }.map { schema.fields[$0].name }
    }

    /// Completes the current row, filling unset fields.
    public mutating func endRow() {
        var missing = fullMask & ~rowMask
        while missing != 0 {
            let index = missing.trailingZeroBitCount
            known[index].append(absentValues[index])
            missing &= missing - 1
        }
        if known.count > 64 {
            for index in 64..<known.count where known[index].count == rowCount {
                known[index].append(absentValues[index])
            }
        }
        if extrasSetInRow < extras.count {
            for index in extras.indices where extras[index].count == rowCount {
                extras[index].append(.null)
            }
        }
        rowMask = 0
        extrasSetInRow = 0
        rowCount += 1
    }

    /// A convenience for tests and generators: one whole row by field name. Known
    /// fields take typed values; other keys become extra columns.
    public mutating func appendRow(_ values: KeyValuePairs<String, FieldValue>) {
        for (key, value) in values {
            if let index = fieldIndex(forKey: key) {
                set(value, field: index)
            } else {
                setExtra(TableBuilder.raw(value), key: key)
            }
        }
        endRow()
    }

    public mutating func finish() -> Table {
        let columns = known.map { $0.finish() } + extras.map { $0.finish() }
        return Table(name: schema.name, rowCount: rowCount, columns: columns)
    }

    /// Converts text (as found in JSON strings) to a field's type; `nil` when it does not fit.
    public static func convert(_ text: String, as type: FieldType) -> FieldValue? {
        switch type {
        case .int(let range):
            guard let v = Int64(text), range?.contains(v) ?? true else { return nil }
            return .int(v)
        case .double: return Double(text).map { .double($0) }
        case .bool:
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return nil
            }
        case .date:
            guard let moment = Day.moment(parsing: text) else { return nil }
            return moment.minute >= 0 ? .dateTime(moment.day, minute: moment.minute) : .day(moment.day)
        case .month: return MonthText.parse(text).map { .day($0) }
        case .string: return .string(text)
        case .enumeration(let vocabulary): return vocabulary.code(for: text).map { .code($0) }
        }
    }

    private static func raw(_ value: FieldValue) -> RawScalar {
        switch value {
        case .null: .null
        case .int(let v): .number(String(v))
        case .double(let v): .number(String(v))
        case .bool(let v): .bool(v)
        case .day(let v): .string(v.description)
        case .dateTime(let v, let minute): .string(v.description + (TimeOfDay.text(minute).map { "T" + $0 } ?? ""))
        case .string(let v): .string(v)
        case .code(let v): .number(String(v))
        }
    }
}

/// `YYYY-MM` month text, as targets name their month.
public enum MonthText {
    /// The first day of the month, or `nil`.
    public static func parse(_ text: some StringProtocol) -> Day? {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || ($0.element >= 48 && $0.element <= 57) }),
              let year = Int(text.prefix(4)), let month = Int(text.suffix(2)) else { return nil }
        return Day(year: year, month: month, day: 1)
    }
}
