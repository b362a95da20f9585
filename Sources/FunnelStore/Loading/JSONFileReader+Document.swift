extension JSONFileReader {
    /// JSON-text = ws object ws
    /// object    = { "dealer": string, "as_of": date, "customers": [record...], "followups": [...],
    ///               "traffic": [...], "targets": [...], other keys skipped }
    ///
    /// Any table may be absent or null. Keys other than these are checked to be JSON and
    /// skipped, so a file exported with extra sections (a version, a comment) still loads.
    mutating func readDocument(into tables: inout TableSet) throws(JSONSyntaxError) {
        scanner.skipWhitespace()
        guard !scanner.isAtEnd else {
            throw JSONSyntaxError(offset: scanner.position,
                                  #"empty file: expected a JSON object such as {"customers": [...]}"#)
        }
        let start = scanner.position
        let kind = try scanner.nextValue()
        guard kind == .object else {
            let hint = kind == .array ? #"; put the records under their table: {"customers": [...]}"# : ""
            throw JSONSyntaxError(offset: start, "expected a JSON object at the top of the file, found "
                + kind.article + hint)
        }
        try scanner.beginObject()
        var first = true
        var seenTables = [Bool](repeating: false, count: TableSchema.all.count)
        var seenDealer = false
        var seenAsOf = false
        while let key = try scanner.nextKey(first: &first) {
            scanner.skipWhitespace()
            let valueStart = scanner.position
            if let table = TableSet.index(ofTable: key) {
                let name = TableSchema.all[table].name
                if seenTables[table] {
                    report(at: valueStart, field: name) { ValueMessage.duplicateKey(key) }
                    try scanner.skipValue()
                    continue
                }
                seenTables[table] = true
                try readTable(table, into: &tables)
            } else if key.elementsEqual("dealer".utf8) {
                if seenDealer {
                    report(at: valueStart, field: "dealer") { ValueMessage.duplicateKey(key) }
                    try scanner.skipValue()
                    continue
                }
                seenDealer = true
                try readDealer()
            } else if key.elementsEqual("as_of".utf8) {
                if seenAsOf {
                    report(at: valueStart, field: "as_of") { ValueMessage.duplicateKey(key) }
                    try scanner.skipValue()
                    continue
                }
                seenAsOf = true
                try readAsOf()
            } else {
                try scanner.skipValue()
            }
        }
        try scanner.expectEnd(after: "the top-level object")
    }

    /// "customers": [ record, record, ... ]
    private mutating func readTable(_ table: Int, into tables: inout TableSet) throws(JSONSyntaxError) {
        let name = TableSchema.all[table].name
        let start = scanner.position
        let kind = try scanner.nextValue()
        if kind == .null { return }
        guard kind == .array else {
            report(at: start, field: name) { "expected an array of records, found \(kind.article)" }
            try finish(kind)
            return
        }
        try scanner.beginArray()
        let firstRow = tables.builders[table].rowCount
        var number = 0
        var first = true
        while try scanner.nextElement(first: &first) {
            number += 1
            place = .element(table: name, number: number)
            scanner.skipWhitespace()
            if scanner.current == UInt8(ascii: "{") {
                try readRecord(into: &tables.builders[table], layout: &tables.layouts[table])
            } else {
                let recordStart = scanner.position
                let kind = try scanner.nextValue()
                report(at: recordStart, field: nil) { "expected an object (one record), found \(kind.article)" }
                try finish(kind)
            }
        }
        place = .none
        tables.origins[table].append(RowOrigins.Segment(
            file: file, firstRow: firstRow, rowCount: tables.builders[table].rowCount - firstRow, lines: nil))
    }

    /// "dealer": a string (a number is taken as its text), or null.
    private mutating func readDealer() throws(JSONSyntaxError) {
        let start = scanner.position
        switch try scanner.nextValue() {
        case .string: dealer = String(decoding: try scanner.readString(), as: UTF8.self)
        case .number: dealer = String(decoding: scanner.text(of: try scanner.readNumber()), as: UTF8.self)
        case .null: dealer = nil
        case let kind:
            report(at: start, field: "dealer") { ValueMessage.wrongType(.string, found: kind.article) }
            try finish(kind)
        }
    }

    /// "as_of": a date (or date-time, whose date is kept), or null.
    private mutating func readAsOf() throws(JSONSyntaxError) {
        let start = scanner.position
        switch try scanner.nextValue() {
        case .string:
            let text = try scanner.readString()
            if let day = Day.parse(text) {
                asOf = day
            } else {
                report(at: start, field: "as_of") { ValueMessage.badDate(text) }
            }
        case .null:
            asOf = nil
        case .number:
            let text = scanner.text(of: try scanner.readNumber())
            report(at: start, field: "as_of") {
                ValueMessage.wrongType(.date, found: "the number " + ByteDescription.number(text))
            }
        case let kind:
            report(at: start, field: "as_of") { ValueMessage.wrongType(.date, found: kind.article) }
            try finish(kind)
        }
    }
}
