/// The values of one column, typed.
public enum ColumnValues: Sendable {
    case int([Int64])
    case double([Double])
    /// Booleans as a bitmap; a null row is clear here and in the column's `present` mask.
    case bool(Bitmap)
    /// Day numbers (see `Day`); a null row holds 0 here. A row's time of day, when
    /// its value was a date-time, is in the column's `minutes`.
    case date([Int32])
    /// Codes into the dictionary; a null row holds -1.
    case string(codes: [Int32], dictionary: StringDictionary)
    /// Codes into the vocabulary; a null row holds `EnumVocabulary.nullCode`.
    case enumeration(codes: [UInt8], vocabulary: EnumVocabulary)
}

/// One named, typed column of a table.
public struct Column: Sendable {
    public let name: String
    public let values: ColumnValues
    /// Rows that hold a value; `nil` when no row is null.
    public let present: Bitmap?
    public let count: Int
    /// A date column's time of day per row, as minutes after midnight
    /// (`TimeOfDay.none` for a row whose value was a plain date); `nil` when no row has
    /// a time, and for every other type. Comparisons and periods read the day alone;
    /// the time is shown, sorted by and grouped by (`by hour`).
    public let minutes: [Int16]?

    public init(name: String, values: ColumnValues, present: Bitmap?, count: Int, minutes: [Int16]? = nil) {
        self.name = name
        self.values = values
        self.count = count
        // A mask with every row set carries no information: drop it.
        if let present, present.cardinality == count {
            self.present = nil
        } else {
            self.present = present
        }
        if case .date = values, let minutes, minutes.count == count {
            self.minutes = minutes
        } else {
            self.minutes = nil
        }
    }

    /// The same values and times with another presence mask (or name).
    public func with(present: Bitmap?, name: String? = nil) -> Column {
        Column(name: name ?? self.name, values: values, present: present, count: count, minutes: minutes)
    }

    /// The time of day at `row` as minutes after midnight, or `nil` when the row is
    /// null or its value had no time.
    @inlinable
    public func minute(at row: Int) -> Int16? {
        guard let minutes, row >= 0, row < minutes.count, !isNull(row), minutes[row] >= 0 else { return nil }
        return minutes[row]
    }

    public var type: ColumnType {
        switch values {
        case .int: .int
        case .double: .double
        case .bool: .bool
        case .date: .date
        case .string: .string
        case .enumeration(_, let vocabulary): .enumeration(vocabulary)
        }
    }

    public func isNull(_ row: Int) -> Bool {
        guard let present else { return false }
        return !present[row]
    }

    public var nullCount: Int { present.map { count - $0.cardinality } ?? 0 }

    /// The day stored at `row`, or `nil` when the row is null or the column is not a date.
    @inlinable
    public func day(at row: Int) -> Day? {
        guard case .date(let days) = values, row >= 0, row < days.count, !isNull(row) else { return nil }
        return Day(rawValue: days[row])
    }

    /// The column's values as day numbers with `Int32.max` for null, the form the
    /// derived-field kernels compare against ("not set" sorts after every real day).
    public var daysOrMax: [Int32] {
        guard case .date(let days) = values else { return Array(repeating: .max, count: count) }
        guard let present else { return days }
        var result = days
        for row in 0..<count where !present[row] { result[row] = .max }
        return result
    }

    /// The string at `row`, or `nil` when null or not a string column.
    public func string(at row: Int) -> String? {
        guard case .string(let codes, let dictionary) = values, row >= 0, row < codes.count else { return nil }
        return dictionary[codes[row]]
    }

    /// A human-readable rendering of the value at `row` (`nil` for null), for tests,
    /// diagnostics, csv and json: a date-time as `2010-09-10T15:00`.
    public func text(at row: Int) -> String? {
        guard row >= 0, row < count, !isNull(row) else { return nil }
        switch values {
        case .int(let v): return String(v[row])
        case .double(let v): return String(v[row])
        case .bool(let v): return v[row] ? "true" : "false"
        case .date(let v):
            let day = Day(rawValue: v[row]).description
            return minute(at: row).flatMap(TimeOfDay.text).map { day + "T" + $0 } ?? day
        case .string(let codes, let dictionary): return dictionary[codes[row]]
        case .enumeration(let codes, let vocabulary): return vocabulary.token(codes[row])
        }
    }
}
