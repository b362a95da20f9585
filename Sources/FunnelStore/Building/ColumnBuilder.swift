/// Accumulates one column of a known type, a row at a time.
///
/// Only the array matching `type` is used; keeping them as separate stored
/// properties (rather than enum payloads) lets appends mutate in place.
struct ColumnBuilder: Sendable {
    let name: String
    let type: ColumnType
    private(set) var count = 0
    private var presentWords: [UInt64] = []
    private var hasNull = false

    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var boolWords: [UInt64] = []
    private var days: [Int32] = []
    private var stringCodes: [Int32] = []
    private var interner = StringInterner()
    private var enumCodes: [UInt8] = []

    init(name: String, type: ColumnType) {
        self.name = name
        self.type = type
    }

    private mutating func advance(present isPresent: Bool) {
        let word = count >> 6
        if word == presentWords.count {
            presentWords.append(0)
            if case .bool = type { boolWords.append(0) }
        }
        if isPresent {
            presentWords[word] |= 1 << UInt64(count & 63)
        } else {
            hasNull = true
        }
        count += 1
    }

    mutating func appendNull() {
        switch type {
        case .int: ints.append(0)
        case .double: doubles.append(0)
        case .bool: break
        case .date: days.append(0)
        case .string: stringCodes.append(-1)
        case .enumeration: enumCodes.append(EnumVocabulary.nullCode)
        }
        advance(present: false)
    }

    mutating func append(int value: Int64) {
        ints.append(value)
        advance(present: true)
    }

    mutating func append(double value: Double) {
        doubles.append(value)
        advance(present: true)
    }

    mutating func append(bool value: Bool) {
        let row = count
        advance(present: true)
        if value { boolWords[row >> 6] |= 1 << UInt64(row & 63) }
    }

    mutating func append(day value: Day) {
        days.append(value.rawValue)
        advance(present: true)
    }

    mutating func append(stringBytes value: UnsafeBufferPointer<UInt8>) {
        stringCodes.append(interner.intern(value))
        advance(present: true)
    }

    mutating func append(string value: String) {
        stringCodes.append(interner.intern(value))
        advance(present: true)
    }

    mutating func append(code value: UInt8) {
        enumCodes.append(value)
        advance(present: true)
    }

    /// Appends a converted value; the caller guarantees it matches the column's type.
    mutating func append(_ value: FieldValue) {
        switch value {
        case .null: appendNull()
        case .int(let v): append(int: v)
        case .double(let v): append(double: v)
        case .bool(let v): append(bool: v)
        case .day(let v): append(day: v)
        case .string(let v): append(string: v)
        case .code(let v): append(code: v)
        }
    }

    func finish() -> Column {
        let presence = hasNull ? Bitmap(words: presentWords, count: count) : nil
        let values: ColumnValues
        switch type {
        case .int: values = .int(ints)
        case .double: values = .double(doubles)
        case .bool: values = .bool(Bitmap(words: boolWords, count: count))
        case .date: values = .date(days)
        case .string: values = .string(codes: stringCodes, dictionary: interner.dictionary)
        case .enumeration(let vocabulary): values = .enumeration(codes: enumCodes, vocabulary: vocabulary)
        }
        return Column(name: name, values: values, present: presence, count: count)
    }
}
