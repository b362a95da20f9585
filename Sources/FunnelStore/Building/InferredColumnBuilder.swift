/// Collects the values of a field the schema does not know and, at the end,
/// picks the narrowest type that holds all of them:
/// bool, then int, then double, then date, else string.
struct InferredColumnBuilder: Sendable {
    let name: String
    private(set) var count = 0
    private var kinds: [Kind] = []
    /// Text of numbers, strings and nested JSON, interned.
    private var texts: [Int32] = []
    private var interner = StringInterner()

    private enum Kind: UInt8, Sendable { case null, integer, real, boolTrue, boolFalse, string, json }

    init(name: String) { self.name = name }

    mutating func append(_ value: RawScalar) {
        switch value {
        case .null: add(.null, nil)
        case .number(let text): add(Self.isIntegerSyntax(text) ? .integer : .real, text)
        case .bool(let flag): add(flag ? .boolTrue : .boolFalse, nil)
        case .string(let text): add(.string, text)
        case .json(let text): add(.json, text)
        }
    }

    private mutating func add(_ kind: Kind, _ text: String?) {
        kinds.append(kind)
        texts.append(text.map { interner.intern($0) } ?? -1)
        count += 1
    }

    private static func isIntegerSyntax(_ text: String) -> Bool {
        !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) && Int64(text) != nil
    }

    func finish() -> Column {
        let dictionary = interner.dictionary
        let present = Bitmap(count: count, rows: kinds.indices.filter { kinds[$0] != .null })
        let seen = Set(kinds).subtracting([.null])
        func text(_ row: Int) -> String { dictionary[texts[row]] ?? "" }

        if seen.isEmpty || seen.isSubset(of: [.boolTrue, .boolFalse]) {
            let values = Bitmap(count: count, rows: kinds.indices.filter { kinds[$0] == .boolTrue })
            return Column(name: name, values: .bool(values), present: present, count: count)
        }
        if seen == [.integer] {
            let values = (0..<count).map { kinds[$0] == .integer ? Int64(text($0)) ?? 0 : 0 }
            return Column(name: name, values: .int(values), present: present, count: count)
        }
        if seen.isSubset(of: [.integer, .real]) {
            let values = (0..<count).map { kinds[$0] == .null ? 0 : Double(text($0)) ?? 0 }
            return Column(name: name, values: .double(values), present: present, count: count)
        }
        if seen == [.string] {
            let days = (0..<count).map { kinds[$0] == .null ? Day(rawValue: 0) : Day(parsing: text($0)) }
            if days.allSatisfy({ $0 != nil }) {
                return Column(name: name, values: .date(days.map { $0?.rawValue ?? 0 }), present: present,
                              count: count)
            }
        }
        // Mixed or plain text: everything as its text, booleans spelled out.
        var builder = ColumnBuilder(name: name, type: .string)
        for row in 0..<count {
            switch kinds[row] {
            case .null: builder.appendNull()
            case .boolTrue: builder.append(string: "true")
            case .boolFalse: builder.append(string: "false")
            default: builder.append(string: text(row))
            }
        }
        return builder.finish()
    }
}
