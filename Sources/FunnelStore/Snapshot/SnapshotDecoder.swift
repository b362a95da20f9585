/// Builds a `Dataset` from a snapshot's sections: the description read value by value,
/// each array copied in bulk, then checked for what the loader would have guaranteed
/// (lengths, codes within their dictionary or vocabulary, days within the years 1 to
/// 9999, card links within the tables), so no later index or day arithmetic can trap.
struct SnapshotDecoder {
    private var sections: SnapshotSections
    private var description: DescriptionDecoder

    init(_ bytes: UnsafeRawBufferPointer) throws(SnapshotProblem) {
        sections = try SnapshotSections(bytes)
        description = DescriptionDecoder(try sections.description())
        sections.copyArrays()
    }

    /// Any number a Funnel dataset can hold as a row count or a size.
    private static let counts: ClosedRange<Int64> = 0...Int64(Int32.max)
    private static let sizes: ClosedRange<Int64> = 0...Int64.max
    private static let days = Int64(SnapshotFormat.dayRange.lowerBound)...Int64(SnapshotFormat.dayRange.upperBound)

    mutating func dataset() throws(SnapshotProblem) -> Dataset {
        let name = try description.text()
        let dealer = try description.optionalText()
        let asOf = try description.optionalInt(in: SnapshotDecoder.days).map { Day(rawValue: Int32($0)) }
        var cycles: FollowupCycles?
        if try description.flag() {
            let grades = try description.count(eachAtLeast: 1)
            guard grades == Grade.allCases.count else {
                throw .inconsistent(place: "the follow-up cycles", fault: .badNumber(Int64(grades)))
            }
            var changes: [Grade: Int?] = [:]
            for grade in Grade.allCases {
                let range = Int64(FollowupCycles.allowedDays.lowerBound)...Int64(FollowupCycles.allowedDays.upperBound)
                changes[grade] = .some(try description.optionalInt(in: range))
            }
            cycles = FollowupCycles.standard.setting(changes)
        }
        var sources: [String] = []
        for _ in 0..<(try description.count(eachAtLeast: 4)) { sources.append(try description.text()) }
        var sourceFiles: [SourceFile] = []
        for _ in 0..<(try description.count(eachAtLeast: 28)) {
            sourceFiles.append(SourceFile(path: try description.text(), size: try description.int64(),
                                          modifiedSeconds: try description.int64(),
                                          modifiedNanoseconds: try description.int64()))
        }
        var warnings: [LoadWarning] = []
        for _ in 0..<(try description.count(eachAtLeast: 16)) {
            let summary = try description.text()
            let count = try description.int(in: SnapshotDecoder.sizes)
            var examples: [LoadDiagnostic] = []
            for _ in 0..<(try description.count(eachAtLeast: 12)) { examples.append(try diagnostic()) }
            warnings.append(LoadWarning(summary: summary, count: count, examples: examples))
        }
        guard try description.count(eachAtLeast: 16) == TableKind.allCases.count else {
            throw .inconsistent(place: "the description", fault: .wrongTables)
        }
        var tables: [Table] = []
        for kind in TableKind.allCases { tables.append(try table(kind)) }
        let links = try cardLinks(cards: tables[0].rowCount, followups: tables[1].rowCount,
                                  traffic: tables[2].rowCount)
        description.place = "the description"
        try description.finish()
        try sections.finish()
        var dataset = Dataset(name: name, dealer: dealer, asOf: asOf, customers: tables[0], followups: tables[1],
                              traffic: tables[2], targets: tables[3], links: links, warnings: warnings,
                              sources: sources)
        dataset.followupCycles = cycles
        dataset.sourceFiles = sourceFiles
        return dataset
    }

    private mutating func diagnostic() throws(SnapshotProblem) -> LoadDiagnostic {
        let file = try description.text()
        let line = try description.optionalInt(in: SnapshotDecoder.sizes)
        let column = try description.optionalInt(in: SnapshotDecoder.sizes)
        let record = try description.optionalText()
        let field = try description.optionalText()
        let message = try description.text()
        return LoadDiagnostic(file: file, line: line, column: column, record: record, field: field, message: message)
    }

    private mutating func table(_ kind: TableKind) throws(SnapshotProblem) -> Table {
        description.place = kind.rawValue
        let name = try description.text()
        guard name == kind.rawValue else { throw .inconsistent(place: "the description", fault: .wrongTables) }
        let rows = try description.int(in: SnapshotDecoder.counts)
        var columns: [Column] = []
        for _ in 0..<(try description.count(eachAtLeast: 25)) { columns.append(try column(in: name, rows: rows)) }
        try SnapshotDecoder.checkSchema(kind, columns)
        return Table(name: name, rowCount: rows, columns: columns)
    }

    /// A table's first columns are its known fields, in the schema's order and with its
    /// types, the required ones without nulls and integers within their range: what the
    /// loader's `TableBuilder` always gives and the domain relies on.
    private static func checkSchema(_ kind: TableKind, _ columns: [Column]) throws(SnapshotProblem) {
        let fields = kind.schema.fields
        for (index, field) in fields.enumerated() {
            let expected = "\(field.name) (\(field.type.columnType))"
            guard index < columns.count else {
                throw .inconsistent(place: kind.rawValue, fault: .notTheSchema(expected: expected))
            }
            let column = columns[index]
            let place = "\(kind.rawValue).\(column.name)"
            guard column.name == field.name, column.type == field.type.columnType else {
                throw .inconsistent(place: place, fault: .notTheSchema(expected: expected))
            }
            if field.required && column.present != nil {
                throw .inconsistent(place: place, fault: .nullInRequiredField)
            }
            if case .int(let range?) = field.type, case .int(let values) = column.values {
                for (row, value) in values.enumerated() where !range.contains(value) && !column.isNull(row) {
                    throw .inconsistent(place: place, fault: .valueOutOfRange(row: row, value: value))
                }
            }
        }
    }

    private mutating func column(in table: String, rows: Int) throws(SnapshotProblem) -> Column {
        let name = try description.text()
        let place = "\(table).\(name)"
        description.place = place
        let count = try description.int(in: SnapshotDecoder.counts)
        guard count == rows else { throw .inconsistent(place: place, fault: .wrongRowCount(rows: count, expected: rows)) }
        let tag = try description.byte()
        guard let type = SnapshotFormat.TypeTag(rawValue: tag) else {
            throw .inconsistent(place: place, fault: .unknownType(tag))
        }
        let wordCount = (count + 63) >> 6
        var present: Bitmap?
        if let section = try description.section() {
            let words = try take(section, .words, count: wordCount, place: place + " (its null mask)").words
            present = Bitmap(words: words ?? [], count: count)
        }
        var minutes: [Int16]?
        if let section = try description.section() {
            let copied = try take(section, .int16, count: count, place: place + " (its times of day)")
            let values = copied.int16s ?? []
            if !copied.isWithin(Int64(TimeOfDay.none), Int64(TimeOfDay.minutesPerDay - 1)) {
                try SnapshotDecoder.check(values, place: place) { $0 >= TimeOfDay.none && Int($0) < TimeOfDay.minutesPerDay }
            }
            minutes = values
        }
        let values: ColumnValues
        switch type {
        case .int:
            values = .int(try next(.int64, count: count, place: place).int64s ?? [])
        case .double:
            values = .double(try next(.double, count: count, place: place).doubles ?? [])
        case .bool:
            values = .bool(Bitmap(words: try next(.words, count: wordCount, place: place).words ?? [], count: count))
        case .date:
            let copied = try next(.int32, count: count, place: place)
            let days = copied.int32s ?? []
            if !copied.isWithin(Int64(SnapshotFormat.dayRange.lowerBound), Int64(SnapshotFormat.dayRange.upperBound)) {
                try SnapshotDecoder.check(days, place: place) { SnapshotFormat.dayRange.contains($0) }
            }
            values = .date(days)
        case .string:
            let copied = try next(.int32, count: count, place: place)
            let bytes = try next(.bytes, count: nil, place: place + " (its values)").bytes ?? []
            let offsets = try next(.int32, count: nil, place: place + " (its values)").int32s ?? []
            guard let dictionary = StringDictionary(bytes: bytes, offsets: offsets) else {
                throw .inconsistent(place: place, fault: .badDictionary)
            }
            let codes = copied.int32s ?? []
            let distinct = Int32(clamping: dictionary.count)
            if !copied.isWithin(-1, Int64(distinct) - 1) {
                try SnapshotDecoder.check(codes, place: place) { $0 >= -1 && $0 < distinct }
            }
            values = .string(codes: codes, dictionary: dictionary)
        case .enumeration:
            let copied = try next(.bytes, count: count, place: place)
            let codes = copied.bytes ?? []
            let vocabulary = try self.vocabulary(place: place)
            let tokens = vocabulary.tokens.count
            // `high` is the greatest code other than the null code.
            if copied.high >= Int64(tokens) {
                try SnapshotDecoder.check(codes, place: place) { Int($0) < tokens || $0 == EnumVocabulary.nullCode }
            }
            values = .enumeration(codes: codes, vocabulary: vocabulary)
        }
        return Column(name: name, values: values, present: present, count: count, minutes: minutes)
    }

    /// A section's array, checked (`SnapshotSections.take`).
    private mutating func take(_ section: Int, _ kind: SnapshotFormat.SectionKind, count: Int?, place: String)
        throws(SnapshotProblem) -> CopiedSection {
        try sections.take(section, kind: kind, count: count, place: place)
    }

    /// The array of the next section number in the description.
    private mutating func next(_ kind: SnapshotFormat.SectionKind, count: Int?, place: String)
        throws(SnapshotProblem) -> CopiedSection {
        guard let section = try description.section() else {
            throw .inconsistent(place: place, fault: .noSuchSection(Int(SnapshotFormat.noSection)))
        }
        return try take(section, kind, count: count, place: place)
    }

    private mutating func vocabulary(place: String) throws(SnapshotProblem) -> EnumVocabulary {
        let name = try description.text()
        let count = try description.count(eachAtLeast: 8)
        guard count < Int(EnumVocabulary.nullCode) else { throw .inconsistent(place: place, fault: .badVocabulary) }
        var tokens: [String] = [], chinese: [[String]] = []
        for _ in 0..<count {
            tokens.append(try description.text())
            var words: [String] = []
            for _ in 0..<(try description.count(eachAtLeast: 4)) { words.append(try description.text()) }
            chinese.append(words)
        }
        return EnumVocabulary(name: name, tokens: tokens, chinese: chinese)
    }

    private mutating func cardLinks(cards: Int, followups: Int, traffic: Int) throws(SnapshotProblem) -> CardLinks {
        let place = "the card links"
        description.place = place
        let cardCopy = try next(.int32, count: followups, place: place)
        let trafficCopy = try next(.int32, count: traffic, place: place)
        let offsetCopy = try next(.int32, count: nil, place: place)
        let rowCopy = try next(.int32, count: nil, place: place)
        let followupCard = cardCopy.int32s ?? [], trafficCard = trafficCopy.int32s ?? []
        let offsets = offsetCopy.int32s ?? [], rows = rowCopy.int32s ?? []
        let cardCount = Int32(clamping: cards), followupCount = Int32(clamping: followups)
        if !cardCopy.isWithin(-1, Int64(cardCount) - 1) {
            try SnapshotDecoder.check(followupCard, place: place) { $0 >= -1 && $0 < cardCount }
        }
        if !trafficCopy.isWithin(-1, Int64(cardCount) - 1) {
            try SnapshotDecoder.check(trafficCard, place: place) { $0 >= -1 && $0 < cardCount }
        }
        if !rowCopy.isWithin(0, Int64(followupCount) - 1) {
            try SnapshotDecoder.check(rows, place: place) { $0 >= 0 && $0 < followupCount }
        }
        // Offsets: none, or one per card and one more, from 0 up to the rows, never back.
        if !offsets.isEmpty {
            guard offsets.count == cards + 1 else {
                throw .inconsistent(place: place, fault: .wrongRowCount(rows: offsets.count, expected: cards + 1))
            }
            let total = Int32(clamping: rows.count)
            if offsets.first != 0 || offsets.last != total || SnapshotDecoder.goesBack(offsets) {
                var previous: Int32 = 0
                try SnapshotDecoder.check(offsets, place: place) { offset in
                    defer { previous = offset }
                    return offset >= previous && offset <= total
                }
                throw .inconsistent(place: place, fault: .valueOutOfRange(row: 0, value: Int64(offsets.first ?? 0)))
            }
        }
        return CardLinks(followupCard: followupCard, trafficCard: trafficCard, followupOffsets: offsets,
                         followupRows: rows)
    }

    /// Whether a value is less than the one before it: one pass without branches.
    static func goesBack(_ values: [Int32]) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            guard buffer.count > 1 else { return false }
            var back: UInt8 = 0
            for index in 1..<buffer.count { back |= buffer[index] < buffer[index - 1] ? 1 : 0 }
            return back != 0
        }
    }

    /// Throws at the first value `isValid` refuses, naming its row.
    private static func check<Value: BinaryInteger>(_ values: [Value], place: String,
                                                    _ isValid: (Value) -> Bool) throws(SnapshotProblem) {
        let bad: Int? = values.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where !isValid(buffer[index]) { return index }
            return nil
        }
        if let bad {
            throw .inconsistent(place: place, fault: .valueOutOfRange(row: bad, value: Int64(truncatingIfNeeded: values[bad])))
        }
    }
}
