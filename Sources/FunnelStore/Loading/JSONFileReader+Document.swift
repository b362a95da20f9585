extension JSONFileReader {
    /// JSON-text = ws object ws
    /// object    = { "dealer": string, "as_of": date, "followup_cycles": { grade: days },
    ///               "customers": [record...], "followups": [...], "traffic": [...], "targets": [...],
    ///               other keys skipped }
    ///
    /// Any table may be absent or null. Keys other than these are checked to be JSON and
    /// skipped, so a file exported with extra sections (a version, a comment) still loads.
    /// Returns `.stopped` when the read reached `stopOffset` at a record; calling again
    /// goes on from there.
    mutating func readDocument(into tables: inout TableSet) throws(JSONSyntaxError) -> ReadOutcome {
        if !state.started {
            scanner.skipWhitespace()
            let start = scanner.position
            let kind = try scanner.nextValue()
            guard kind == .object else {
                let hint = kind == .array ? #"; put the records under their table: {"customers": [...]}"# : ""
                throw JSONSyntaxError(offset: start, "expected a JSON object at the top of the file, found "
                    + kind.article + hint)
            }
            try scanner.beginObject()
            state.started = true
        }
        if let table = state.table, try readRecords(of: table, into: &tables) == .stopped { return .stopped }
        while let key = try scanner.nextKey(first: &state.firstMember) {
            scanner.skipWhitespace()
            let valueStart = scanner.position
            if let table = TableSet.index(ofTable: key) {
                if state.seenTables[table] {
                    report(at: valueStart, field: TableSchema.all[table].name) {
                        ValueMessage.duplicateTopLevelKey(key)
                    }
                    try scanner.skipValue()
                    continue
                }
                state.seenTables[table] = true
                if try readTable(table, into: &tables) == .stopped { return .stopped }
            } else if key.elementsEqual("dealer".utf8) {
                if state.seenDealer {
                    report(at: valueStart, field: "dealer") { ValueMessage.duplicateTopLevelKey(key) }
                    try scanner.skipValue()
                    continue
                }
                state.seenDealer = true
                try readDealer()
            } else if key.elementsEqual("as_of".utf8) {
                if state.seenAsOf {
                    report(at: valueStart, field: "as_of") { ValueMessage.duplicateTopLevelKey(key) }
                    try scanner.skipValue()
                    continue
                }
                state.seenAsOf = true
                try readAsOf()
            } else if key.elementsEqual("followup_cycles".utf8) {
                if state.seenCycles {
                    report(at: valueStart, field: "followup_cycles") { ValueMessage.duplicateTopLevelKey(key) }
                    try scanner.skipValue()
                    continue
                }
                state.seenCycles = true
                try readCycles()
            } else {
                try scanner.skipValue()
            }
        }
        try scanner.expectEnd(after: "the top-level object")
        return .finished
    }

    /// "customers": [ record, record, ... ]
    private mutating func readTable(_ table: Int, into tables: inout TableSet) throws(JSONSyntaxError)
        -> ReadOutcome {
        let name = TableSchema.all[table].name
        let start = scanner.position
        let kind = try scanner.nextValue()
        if kind == .null { return .finished }
        guard kind == .array else {
            let found = try finishDescribing(kind)
            report(at: start, field: name) { "expected an array of records, found \(found)" }
            return .finished
        }
        try scanner.beginArray()
        state.table = table
        state.firstElement = true
        state.atRecord = false
        state.recordNumber = 0
        state.firstRow = tables.builders[table].rowCount
        return try readRecords(of: table, into: &tables)
    }

    /// The records of the array being read, up to its `]` or to `stopOffset`.
    private mutating func readRecords(of table: Int, into tables: inout TableSet) throws(JSONSyntaxError)
        -> ReadOutcome {
        let name = TableSchema.all[table].name
        while true {
            if !state.atRecord {
                guard try scanner.nextElement(first: &state.firstElement) else { break }
                scanner.skipWhitespace()
            }
            state.atRecord = false
            if scanner.position >= stopOffset {
                if scanner.position == stopOffset {
                    state.atRecord = true
                    return .stopped
                }
                missedStop = true
                stopOffset = .max
            }
            state.recordNumber += 1
            place = .element(table: name, number: state.recordNumber)
            if scanner.current == UInt8(ascii: "{") {
                try readRecord(into: &tables.builders[table], layout: &tables.layouts[table])
            } else {
                let recordStart = scanner.position
                let found = try finishDescribing(try scanner.nextValue())
                report(at: recordStart, field: nil) { "expected an object (one record), found \(found)" }
            }
        }
        place = .none
        state.table = nil
        tables.origins[table].append(RowOrigins.Segment(
            file: file, firstRow: state.firstRow, rowCount: tables.builders[table].rowCount - state.firstRow,
            lines: nil))
        return .finished
    }

    /// "dealer": a string (a number is taken as its text), or null.
    private mutating func readDealer() throws(JSONSyntaxError) {
        let start = scanner.position
        switch try scanner.nextValue() {
        case .string: dealer = String(decoding: try scanner.readString(), as: UTF8.self)
        case .number: dealer = String(decoding: scanner.text(of: try scanner.readNumber()), as: UTF8.self)
        case .null: dealer = nil
        case let kind:
            let found = try finishDescribing(kind)
            report(at: start, field: "dealer") { ValueMessage.wrongType(.string, found: found) }
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
        case let kind:
            let found = try finishDescribing(kind)
            report(at: start, field: "as_of") { ValueMessage.wrongType(.date, found: found) }
        }
    }

    /// "followup_cycles": { "H": 2, "A": 4, "N": null, ... } or null: days per grade
    /// (a grade's token in any case, or its Chinese word), a whole number from 1 to 365,
    /// or null for no cycle. Grades not named keep their standard cycle (domain.md §8).
    private mutating func readCycles() throws(JSONSyntaxError) {
        let start = scanner.position
        let kind = try scanner.nextValue()
        if kind == .null { return }
        guard kind == .object else {
            let found = try finishDescribing(kind)
            report(at: start, field: "followup_cycles") { ValueMessage.cyclesObject(found: found) }
            return
        }
        try scanner.beginObject()
        var first = true
        while let key = try scanner.nextKey(first: &first) {
            let name = String(decoding: key, as: UTF8.self)
            scanner.skipWhitespace()
            let valueStart = scanner.position
            let field = "followup_cycles." + name
            guard let grade = FollowupCycles.grade(named: name) else {
                report(at: valueStart, field: field) { ValueMessage.unknownCycleGrade(name) }
                try scanner.skipValue()
                continue
            }
            if cycles[grade] != nil {
                report(at: valueStart, field: field) { ValueMessage.duplicateCycle(grade.token) }
                try scanner.skipValue()
                continue
            }
            switch try scanner.nextValue() {
            case .null:
                cycles[grade] = .some(nil)
            case .number:
                let number = try scanner.readNumber()
                if let days = number.integer, FollowupCycles.allowedDays.contains(Int(days)) {
                    cycles[grade] = .some(Int(days))
                } else {
                    let text = ByteDescription.number(scanner.text(of: number))
                    report(at: valueStart, field: field) { ValueMessage.badCycle("the number " + text) }
                }
            case let other:
                let found = try finishDescribing(other)
                report(at: valueStart, field: field) { ValueMessage.badCycle(found) }
            }
        }
    }
}
