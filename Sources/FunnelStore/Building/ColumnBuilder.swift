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
    /// Times of day of a date column, made when the first date-time comes: until then
    /// (and in a column of plain dates, always) nothing is kept per row.
    private var minutes: [Int16] = []
    /// Whether `minutes` is kept (from the first date-time on; it may still be empty).
    private var timed = false
    private var stringCodes: [Int32] = []
    private var interner = StringInterner()
    private var enumCodes: [UInt8] = []

    /// `type == .bool`, kept apart so the per-row path does not match on `type`.
    private let isBool: Bool

    init(name: String, type: ColumnType) {
        self.name = name
        self.type = type
        if case .bool = type { isBool = true } else { isBool = false }
    }

    @inline(__always)
    private mutating func advance(present isPresent: Bool) {
        let word = count >> 6
        if word == presentWords.count {
            presentWords.append(0)
            if isBool { boolWords.append(0) }
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
        case .date:
            days.append(0)
            if timed { minutes.append(TimeOfDay.none) }
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
        if timed { minutes.append(TimeOfDay.none) }
        advance(present: true)
    }

    /// A day with its time of day (`TimeOfDay.none`: a plain date).
    @inline(__always)
    mutating func append(day value: Day, minute given: Int16) {
        let minute = given >= 0 && Int(given) < TimeOfDay.minutesPerDay ? given : TimeOfDay.none
        if minute >= 0, !timed {
            minutes = [Int16](repeating: TimeOfDay.none, count: count)
            timed = true
        }
        days.append(value.rawValue)
        if timed { minutes.append(minute) }
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
        case .dateTime(let v, let minute): append(day: v, minute: minute)
        case .string(let v): append(string: v)
        case .code(let v): append(code: v)
        }
    }

    /// Appends the rows of a column built apart (a chunk of the same input read on
    /// another thread). String codes are re-interned in the other column's code order,
    /// which is its first-seen order, so the result is what one builder reading both
    /// parts in turn would hold.
    mutating func append(contentsOf other: ColumnBuilder) {
        BitWords.append(other.presentWords, count: other.count, to: &presentWords, at: count)
        if isBool { BitWords.append(other.boolWords, count: other.count, to: &boolWords, at: count) }
        hasNull = hasNull || other.hasNull
        ints.append(contentsOf: other.ints)
        doubles.append(contentsOf: other.doubles)
        if other.timed || timed {
            if !timed { minutes = [Int16](repeating: TimeOfDay.none, count: days.count) }
            timed = true
            if !other.timed {
                minutes.append(contentsOf: repeatElement(TimeOfDay.none, count: other.days.count))
            } else {
                minutes.append(contentsOf: other.minutes)
            }
        }
        days.append(contentsOf: other.days)
        enumCodes.append(contentsOf: other.enumCodes)
        if !other.stringCodes.isEmpty {
            let map = interner.codes(adding: other.interner.dictionary)
            stringCodes.reserveCapacity(stringCodes.count + other.stringCodes.count)
            for code in other.stringCodes { stringCodes.append(code >= 0 ? map[Int(code)] : -1) }
        }
        count += other.count
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
        return Column(name: name, values: values, present: presence, count: count,
                      minutes: timed ? minutes : nil)
    }
}
