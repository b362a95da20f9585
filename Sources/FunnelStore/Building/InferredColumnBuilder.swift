/// Collects the values of a field the schema does not know and, at the end,
/// picks the narrowest type that holds all of them:
/// bool, then int, then double, then date (keeping times of day), else string.
struct InferredColumnBuilder: Sendable {
    let name: String
    private(set) var count = 0
    private var kinds: [Kind] = []
    /// Text of numbers, strings and nested JSON, interned (-1 for null and booleans).
    private var texts: [Int32] = []
    private var interner = StringInterner()

    private enum Kind: UInt8, Sendable { case null, integer, real, boolTrue, boolFalse, string, json }

    /// What a value given as bytes is: its text is kept as written.
    enum RawKind: Sendable { case number, string, json }

    init(name: String) { self.name = name }

    mutating func append(_ value: RawScalar) {
        switch value {
        case .null: add(.null, nil)
        case .number(let text):
            var copy = text
            copy.withUTF8 { append(.number, bytes: $0) }
        case .bool(let flag): add(flag ? .boolTrue : .boolFalse, nil)
        case .string(let text): add(.string, text)
        case .json(let text): add(.json, text)
        }
    }

    /// Appends a number, string or nested JSON value from its bytes, with no `String`.
    mutating func append(_ kind: RawKind, bytes: UnsafeBufferPointer<UInt8>) {
        let stored: Kind
        switch kind {
        case .number: stored = Self.integer(bytes) != nil ? .integer : .real
        case .string: stored = .string
        case .json: stored = .json
        }
        kinds.append(stored)
        texts.append(interner.intern(bytes))
        count += 1
    }

    mutating func appendNulls(_ n: Int) {
        guard n > 0 else { return }
        kinds.append(contentsOf: repeatElement(.null, count: n))
        texts.append(contentsOf: repeatElement(-1, count: n))
        count += n
    }

    /// Appends the rows of a column built apart, as `ColumnBuilder.append(contentsOf:)`.
    mutating func append(contentsOf other: InferredColumnBuilder) {
        let map = interner.codes(adding: other.interner.dictionary)
        kinds.append(contentsOf: other.kinds)
        texts.reserveCapacity(texts.count + other.texts.count)
        for code in other.texts { texts.append(code >= 0 ? map[Int(code)] : -1) }
        count += other.count
    }

    private mutating func add(_ kind: Kind, _ text: String?) {
        kinds.append(kind)
        texts.append(text.map { interner.intern($0) } ?? -1)
        count += 1
    }

    /// The value of integer syntax (`-`? digits) that fits `Int64`; `nil` otherwise.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { i = 1 }
        guard i < bytes.count else { return nil }
        var magnitude: UInt64 = 0
        while i < bytes.count {
            let digit = bytes[i] &- 0x30
            guard digit < 10 else { return nil }
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(digit))
            if o1 || o2 { return nil }
            magnitude = sum
            i += 1
        }
        if negative { return magnitude <= UInt64(Int64.max) + 1 ? Int64(bitPattern: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Converts each distinct text once (a column of a million rows usually holds far
    /// fewer distinct values), then maps the rows.
    func finish() -> Column {
        let dictionary = interner.dictionary
        // One pass for the kinds seen and the presence and boolean bits (no `Set` of a
        // million kinds, no list of rows).
        var seenBits: UInt8 = 0
        var presentWords = [UInt64](repeating: 0, count: (count + 63) >> 6)
        var trueWords = presentWords
        for row in 0..<count {
            let kind = kinds[row]
            seenBits |= 1 << kind.rawValue
            guard kind != .null else { continue }
            presentWords[row >> 6] |= 1 << UInt64(row & 63)
            if kind == .boolTrue { trueWords[row >> 6] |= 1 << UInt64(row & 63) }
        }
        let present = Bitmap(words: presentWords, count: count)
        let seen = Set((0..<7).compactMap { Kind(rawValue: UInt8($0)) }.filter { $0 != .null && seenBits & (1 << $0.rawValue) != 0 })
        func perCode<T>(_ convert: (UnsafeBufferPointer<UInt8>) -> T?) -> [T?] {
            (0..<Int32(dictionary.count)).map { code in dictionary.withBytes(of: code) { convert($0) } }
        }

        if seen.isEmpty || seen.isSubset(of: [.boolTrue, .boolFalse]) {
            return Column(name: name, values: .bool(Bitmap(words: trueWords, count: count)), present: present,
                          count: count)
        }
        if seen == [.integer] {
            let values = perCode(Self.integer)
            let ints = (0..<count).map { texts[$0] >= 0 ? values[Int(texts[$0])] ?? 0 : 0 }
            return Column(name: name, values: .int(ints), present: present, count: count)
        }
        if seen.isSubset(of: [.integer, .real]) {
            let values = perCode { Double(String(decoding: $0, as: UTF8.self)) }
            let doubles = (0..<count).map { texts[$0] >= 0 ? values[Int(texts[$0])] ?? 0 : 0 }
            return Column(name: name, values: .double(doubles), present: present, count: count)
        }
        if seen == [.string] {
            let moments = perCode { Day.parseMoment($0) }
            if moments.allSatisfy({ $0 != nil }) {
                let values = (0..<count).map { texts[$0] >= 0 ? moments[Int(texts[$0])]?.day.rawValue ?? 0 : 0 }
                // Times of day only when some value is a date-time, as for a known date field.
                let timed = moments.contains { ($0?.minute ?? TimeOfDay.none) >= 0 }
                let minutes = timed ? (0..<count).map {
                    texts[$0] >= 0 ? moments[Int(texts[$0])]?.minute ?? TimeOfDay.none : TimeOfDay.none
                } : nil
                return Column(name: name, values: .date(values), present: present, count: count, minutes: minutes)
            }
        }
        // Mixed or plain text: everything as its text, booleans spelled out.
        var builder = ColumnBuilder(name: name, type: .string)
        for row in 0..<count {
            switch kinds[row] {
            case .null: builder.appendNull()
            case .boolTrue: builder.append(string: "true")
            case .boolFalse: builder.append(string: "false")
            default: dictionary.withBytes(of: texts[row]) { builder.append(stringBytes: $0) }
            }
        }
        return builder.finish()
    }
}
