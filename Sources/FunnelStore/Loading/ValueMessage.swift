/// The wording of problems with one field's value. Each says what was found and what
/// the field takes (`FieldType.expectation`), so the user can fix the data unaided.
enum ValueMessage {
    /// "expected an integer from 0 to 7, found the string \"5\"".
    static func wrongType(_ type: FieldType, found: String) -> String {
        "expected \(type.expectation), found \(found)"
    }

    /// How a string value is named after "found".
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        "the string \(ByteDescription.quoted(bytes))"
    }

    static func unknownEnum(_ bytes: UnsafeBufferPointer<UInt8>, _ type: FieldType) -> String {
        "unknown value \(ByteDescription.quoted(bytes)): expected \(type.expectation)"
    }

    static func outOfRange(_ text: String, _ type: FieldType) -> String {
        "\(text) is out of range: expected \(type.expectation)"
    }

    static func notInteger(_ text: String, _ type: FieldType) -> String {
        "\(text) is not a whole number: expected \(type.expectation)"
    }

    static let nullRequired = "a required field cannot be null"

    static func duplicateKey(_ key: String) -> String {
        "duplicate key \(ByteDescription.quoted(key)): the record already has this field"
    }

    static func cyclesObject(found: String) -> String {
        #"expected an object of days per grade such as {"H": 2, "A": 4}, found "# + found
    }

    static func unknownCycleGrade(_ name: String) -> String {
        "unknown grade \(ByteDescription.quoted(name)): the cycles are per grade, O, H, A, B, C or N"
    }

    static func duplicateCycle(_ grade: String) -> String {
        "the cycle of grade \(grade) is already given"
    }

    static func badCycle(_ found: String) -> String {
        "expected a whole number of days from \(FollowupCycles.allowedDays.lowerBound) to "
            + "\(FollowupCycles.allowedDays.upperBound), or null for no cycle, found \(found)"
    }

    static func duplicateTopLevelKey(_ key: UnsafeBufferPointer<UInt8>) -> String {
        "duplicate key \(ByteDescription.quoted(key)): the file already has it"
    }

    static func missing(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        if quoted.count == 1 { return "missing required field \(quoted[0])" }
        return "missing required fields " + quoted.dropLast().joined(separator: ", ") + " and " + (quoted.last ?? "")
    }

    /// Why a string is not a date: an impossible day is told apart from text that is not
    /// shaped like a date at all, since the fix differs.
    static func badDate(_ s: UnsafeBufferPointer<UInt8>) -> String {
        let quoted = ByteDescription.quoted(s)
        let expectation = FieldType.date.expectation
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                guard JSONScanner.isDigit(s[i]) else { return nil }
                value = value * 10 + Int(s[i] - 0x30)
            }
            return value
        }
        if s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
           let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2) {
            if year == 0 { return "\(quoted) is not a real date (years start at 0001): expected \(expectation)" }
            if !(1...12).contains(month) {
                return "\(quoted) is not a real date (there is no month \(month)): expected \(expectation)"
            }
            let days = Day.daysIn(month: month, year: year)
            if day < 1 || day > days {
                let yearMonth = String(decoding: s.prefix(7), as: UTF8.self)
                return "\(quoted) is not a real date (\(yearMonth) has \(days) days): expected \(expectation)"
            }
            return "\(quoted) has a date but not a valid time after it: expected \(expectation)"
        }
        return "\(quoted) is not a date: expected \(expectation)"
    }

    static func badMonth(_ s: UnsafeBufferPointer<UInt8>) -> String {
        "\(ByteDescription.quoted(s)) is not a month: expected \(FieldType.month.expectation)"
    }
}
