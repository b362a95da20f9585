/// Reads one input file's bytes into the tables: a JSON document
/// (`{"customers": [...], ...}`) or a JSON Lines table (`customers.jsonl`).
///
/// Problems with one record (a wrong type, an unknown enum value, a missing field) are
/// logged and reading goes on, so one run lists them all. Problems that leave the rest
/// of the file unreadable (the bytes are not JSON, a JSON Lines line is not closed)
/// are thrown as `JSONSyntaxError`.
struct JSONFileReader {
    let file: String
    var scanner: JSONScanner
    var problems: ProblemLog
    /// The record being read, for messages.
    var place: RecordPlace = .none
    /// The file's `dealer` and `as_of`, when it has them.
    var dealer: String?
    var asOf: Day?
    /// The cycles the file's `followup_cycles` sets, grade by grade.
    var cycles: [Grade: Int?] = [:]
    /// Where the read is, so it can stop and go on (see `ChunkedRead`).
    var state = ReadState()
    /// A record or line start where the read stops (returns `.stopped`) if it gets
    /// there exactly; `Int.max` for none.
    var stopOffset = Int.max
    /// The read went past `stopOffset` without a record starting there.
    var missedStop = false
    /// Counts the records read for a progress display, if one is shown.
    var counter: LoadProgress.Counter?
    private var locator: TextLocator

    init(file: String, bytes: UnsafeBufferPointer<UInt8>, lineMode: Bool, problems: ProblemLog) {
        self.file = file
        scanner = JSONScanner(bytes, lineMode: lineMode)
        locator = TextLocator(bytes)
        self.problems = problems
    }

    /// A reader for a speculative chunk that starts at `offset`, in the state `state`
    /// claims (see `ChunkedRead`).
    init(file: String, bytes: UnsafeBufferPointer<UInt8>, lineMode: Bool, startingAt offset: Int,
         state: ReadState) {
        self.init(file: file, bytes: bytes, lineMode: lineMode, problems: ProblemLog())
        scanner.resume(at: offset, depth: state.table == nil ? 0 : 2)
        self.state = state
        startTable = state.table
    }

    /// The table a speculative chunk assumed it started in.
    private(set) var startTable: Int?

    /// Whether the reader met any problem with the data.
    var hasProblems: Bool { problems.total > 0 }

    // MARK: - Problems

    /// Logs a problem with the current record; its text is built only if it will be shown.
    @inline(never)
    mutating func report(at offset: Int, field: String?, _ message: () -> String) {
        guard !problems.isFull else {
            problems.add { LoadDiagnostic(file: file, message: "") }
            return
        }
        let (line, column) = locator.location(of: offset)
        let diagnostic = LoadDiagnostic(file: file, line: line, column: column, record: place.label, field: field,
                                        message: message())
        problems.add { diagnostic }
    }

    /// A stopping error as the user sees it.
    func diagnostic(for error: JSONSyntaxError) -> LoadDiagnostic {
        var locator = TextLocator(scanner.bytes)
        let (line, column) = locator.location(of: error.offset)
        return LoadDiagnostic(file: file, line: line, column: column, record: error.record, field: error.field,
                              message: error.message)
    }

    /// A stopping error at `offset` that belongs to the current record.
    func stop(at offset: Int, field: String? = nil, _ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, message, record: place.label, field: field)
    }

    /// Reads past the rest of a value that was not wanted and says what it was, for
    /// "found ...": `the number 5`, `the string "x"`, `an array`.
    mutating func finishDescribing(_ kind: JSONValueKind) throws(JSONSyntaxError) -> String {
        switch kind {
        case .string: return ValueMessage.string(try scanner.readString())
        case .number: return "the number " + ByteDescription.number(scanner.text(of: try scanner.readNumber()))
        case .object, .array:
            try scanner.skipValue()
            return kind.article
        case .true, .false, .null: return kind.article
        }
    }

    // MARK: - Records

    /// object = begin-object [ member *( value-separator member ) ] end-object
    ///
    /// Reads the record object at the position into `builder` and ends its row.
    mutating func readRecord(into builder: inout TableBuilder, layout: inout RecordLayout)
        throws(JSONSyntaxError) {
        let recordStart = scanner.position
        try scanner.beginObject()
        var first = true
        var previous = -1
        while try scanner.nextMember(first: &first) {
            let match: KeyMatcher.Match
            if let (entry, length) = layout.keys.predictedKey(after: previous, in: scanner.bytes, at: scanner.position),
               scanner.consumeKey(length: length) {
                match = layout.keys.accept(entry, previous: &previous)
            } else {
                match = layout.keys.match(try scanner.readKey(), previous: &previous)
            }
            // The key as written is needed only for messages: `previous` is its entry.
            let entry = previous
            switch match {
            case .field(let field):
                if builder.isSet(field: field) {
                    scanner.skipWhitespace()
                    report(at: scanner.position, field: layout.schema.fields[field].name) {
                        ValueMessage.duplicateKey(layout.keys.text(of: entry))
                    }
                    try scanner.skipValue()
                } else {
                    try readField(field, layout: layout, into: &builder)
                }
            case .extra(let n):
                guard let column = layout.keys.column(ofExtra: n, in: &builder) else {
                    throw stop(at: recordStart, "more than \(KeyMatcher.extraLimit) different unknown keys in "
                        + "\(layout.schema.name): Funnel keeps at most \(KeyMatcher.extraLimit) extra columns per table")
                }
                if builder.isSet(extraColumn: column) {
                    scanner.skipWhitespace()
                    report(at: scanner.position, field: layout.keys.extraNames[n]) {
                        ValueMessage.duplicateKey(layout.keys.text(of: entry))
                    }
                    try scanner.skipValue()
                } else {
                    try readExtra(column: column, name: layout.keys.extraNames[n], into: &builder)
                }
            }
        }
        for field in layout.required where !builder.isSet(field: field) {
            report(at: recordStart, field: nil) {
                ValueMessage.missing(layout.required.filter { !builder.isSet(field: $0) }
                    .map { layout.schema.fields[$0].name })
            }
            break
        }
        builder.endRow()
        counter?.count(at: scanner.position)
    }

    /// Reads a known field's value and converts it where it lies in the input.
    private mutating func readField(_ field: Int, layout: RecordLayout, into builder: inout TableBuilder)
        throws(JSONSyntaxError) {
        scanner.skipWhitespace()
        let start = scanner.position
        let kind = try scanner.nextValue()
        let plan = layout.plans[field]
        switch kind {
        case .string:
            let text = try scanner.readString()
            switch plan {
            case .string:
                builder.setString(bytes: text, field: field)
                return
            case .enumeration(let matcher):
                if let code = layout.enums[matcher].code(for: text) {
                    builder.setCode(code, field: field)
                    return
                }
                report(at: start, field: layout.schema.fields[field].name) {
                    ValueMessage.unknownEnum(text, layout.schema.fields[field].type)
                }
            case .date:
                if let moment = Day.parseMoment(text) {
                    builder.setDay(moment.day, minute: moment.minute, field: field)
                    return
                }
                report(at: start, field: layout.schema.fields[field].name) { ValueMessage.badDate(text) }
            case .month:
                if let day = MonthText.parse(String(decoding: text, as: UTF8.self)) {
                    builder.setDay(day, field: field)
                    return
                }
                report(at: start, field: layout.schema.fields[field].name) { ValueMessage.badMonth(text) }
            case .int, .double, .bool:
                wrongType(at: start, field: field, layout: layout, found: ValueMessage.string(text))
            }
        case .number:
            let number = try scanner.readNumber()
            let text = scanner.text(of: number)
            switch plan {
            case .string:
                // A phone or an id written as a number keeps its text as written.
                builder.setString(bytes: text, field: field)
                return
            case .int(let range):
                if let value = integer(number) {
                    if range?.contains(value) ?? true {
                        builder.setInt(value, field: field)
                        return
                    }
                    report(at: start, field: layout.schema.fields[field].name) {
                        ValueMessage.outOfRange(ByteDescription.number(text), layout.schema.fields[field].type)
                    }
                } else if number.isIntegerSyntax || isWhole(text) {
                    report(at: start, field: layout.schema.fields[field].name) {
                        ValueMessage.outOfRange(ByteDescription.number(text), layout.schema.fields[field].type)
                    }
                } else {
                    report(at: start, field: layout.schema.fields[field].name) {
                        ValueMessage.notInteger(ByteDescription.number(text), layout.schema.fields[field].type)
                    }
                }
            case .double:
                if let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite {
                    builder.setDouble(value, field: field)
                    return
                }
                report(at: start, field: layout.schema.fields[field].name) {
                    ValueMessage.outOfRange(ByteDescription.number(text), layout.schema.fields[field].type)
                }
            case .bool, .date, .month, .enumeration:
                wrongType(at: start, field: field, layout: layout, found: "the number " + ByteDescription.number(text))
            }
        case .true, .false:
            if case .bool = plan {
                builder.setBool(kind == .true, field: field)
                return
            }
            wrongType(at: start, field: field, layout: layout, found: kind.article)
        case .null:
            if layout.schema.fields[field].required {
                report(at: start, field: layout.schema.fields[field].name) { ValueMessage.nullRequired }
            }
        case .object, .array:
            try scanner.skipValue()
            wrongType(at: start, field: field, layout: layout, found: kind.article)
        }
        // Null, or a value that was reported: the row stays whole and the field counts as set.
        builder.setNull(field: field)
    }

    @inline(never)
    private mutating func wrongType(at offset: Int, field: Int, layout: RecordLayout, found: String) {
        report(at: offset, field: layout.schema.fields[field].name) {
            ValueMessage.wrongType(layout.schema.fields[field].type, found: found)
        }
    }

    /// An integer field's value: integer syntax within `Int64`, or a number with a
    /// fraction or exponent that is exactly whole (`5.0`, `1e3`), as tools that store
    /// every number as a double write integers.
    private func integer(_ number: JSONNumber) -> Int64? {
        if number.isIntegerSyntax { return number.integer }
        guard let value = Double(String(decoding: scanner.text(of: number), as: UTF8.self)),
              value == value.rounded(.towardZero), abs(value) <= 9_007_199_254_740_992 else { return nil }
        return Int64(value)
    }

    private func isWhole(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let value = Double(String(decoding: text, as: UTF8.self)) else { return false }
        return !value.isFinite || value == value.rounded(.towardZero)
    }

    /// A key the schema does not know: kept as it was written, typed when the table ends.
    private mutating func readExtra(column: Int, name: String, into builder: inout TableBuilder)
        throws(JSONSyntaxError) {
        scanner.skipWhitespace()
        let start = scanner.position
        switch try scanner.nextValue() {
        case .string: builder.setExtra(.string, bytes: try scanner.readString(), column: column)
        case .number:
            let number = try scanner.readNumber()
            let text = scanner.text(of: number)
            // 1e400 would become infinity, shown as n/a: refused like a known number
            // field's. Only numbers that are not small integers need the check.
            if number.integer == nil, !(Double(String(decoding: text, as: UTF8.self))?.isFinite ?? false) {
                report(at: start, field: name) { ValueMessage.outOfRange(ByteDescription.number(text), .double) }
                builder.setExtra(.null, column: column)
                return
            }
            builder.setExtra(.number, bytes: text, column: column)
        case .true: builder.setExtra(.bool(true), column: column)
        case .false: builder.setExtra(.bool(false), column: column)
        case .null: builder.setExtra(.null, column: column)
        case .object, .array:
            try scanner.skipValue()
            builder.setExtra(.json, bytes: UnsafeBufferPointer(rebasing: scanner.bytes[start..<scanner.position]),
                             column: column)
        }
    }
}
