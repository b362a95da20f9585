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

    public init(schema: TableSchema) {
        self.schema = schema
        known = schema.fields.map { ColumnBuilder(name: $0.name, type: $0.type.columnType) }
        absentValues = schema.fields.map { field in
            guard let text = field.absentValue else { return .null }
            return TableBuilder.convert(text, as: field.type) ?? .null
        }
    }

    /// Index of the known field named `key` (its name or a Chinese alias).
    public func fieldIndex(forKey key: String) -> Int? {
        schema.fields.firstIndex { $0.name == key } ?? schema.fields.firstIndex { $0.aliases.contains(key) }
    }

    /// Whether the current row already has a value for a known field.
    public func isSet(field: Int) -> Bool { known[field].count > rowCount }

    /// Whether the current row already has a value for an extra field.
    public func isSet(extra key: String) -> Bool {
        guard let index = extraIndex[key] else { return false }
        return extras[index].count > rowCount
    }

    /// Sets a known field of the current row. The value must match the field's type.
    public mutating func set(_ value: FieldValue, field: Int) {
        known[field].append(value)
    }

    /// Sets a known string field straight from input bytes.
    public mutating func setString(bytes: UnsafeBufferPointer<UInt8>, field: Int) {
        known[field].append(stringBytes: bytes)
    }

    /// Sets a field the schema does not know.
    public mutating func setExtra(_ value: RawScalar, key: String) {
        let index: Int
        if let existing = extraIndex[key] {
            index = existing
        } else {
            var column = InferredColumnBuilder(name: key)
            for _ in 0..<rowCount { column.append(.null) }
            index = extras.count
            extras.append(column)
            extraIndex[key] = index
        }
        extras[index].append(value)
    }

    /// Names of required fields the current row lacks.
    public func missingRequiredFields() -> [String] {
        schema.fields.indices.filter { schema.fields[$0].required && !isSet(field: $0) }.map { schema.fields[$0].name }
    }

    /// Completes the current row, filling unset fields.
    public mutating func endRow() {
        for index in known.indices where known[index].count == rowCount {
            known[index].append(absentValues[index])
        }
        for index in extras.indices where extras[index].count == rowCount {
            extras[index].append(.null)
        }
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
        case .date: return Day(parsing: text).map { .day($0) }
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
