import FunnelDomain
import FunnelStore

/// Turns a database's text values back into the store's typed columns, so a result
/// from SQL is the same `ResultTable` the in-memory engine builds and renders the same.
enum SQLColumnReader {
    /// A column of `type` from text values (`nil` for NULL); `minutes`, for a date
    /// column that keeps times, the minutes after midnight per row.
    static func column(_ name: String, _ type: ColumnType, _ texts: [String?],
                       minutes: [String?]? = nil) -> Column {
        let n = texts.count
        var present = Bitmap(count: n)
        let values: ColumnValues
        switch type {
        case .int:
            var numbers = [Int64](repeating: 0, count: n)
            for (row, text) in texts.enumerated() {
                guard let text, let number = Int64(text) ?? Double(text).flatMap({ Int64(exactly: $0.rounded()) })
                else { continue }
                numbers[row] = number
                present.insert(row)
            }
            values = .int(numbers)
        case .double:
            var numbers = [Double](repeating: 0, count: n)
            for (row, text) in texts.enumerated() {
                guard let text, let number = Double(text) else { continue }
                numbers[row] = number
                present.insert(row)
            }
            values = .double(numbers)
        case .bool:
            var bits = Bitmap(count: n)
            for (row, text) in texts.enumerated() {
                guard let text else { continue }
                present.insert(row)
                if text == "t" || text == "true" { bits.insert(row) }
            }
            values = .bool(bits)
        case .date:
            var days = [Int32](repeating: 0, count: n)
            for (row, text) in texts.enumerated() {
                guard let text, let day = Day(parsing: text.prefix(10)) else { continue }
                days[row] = day.rawValue
                present.insert(row)
            }
            values = .date(days)
        case .string:
            var dictionary = StringDictionary()
            var codes = [Int32](repeating: -1, count: n)
            var codeOf: [String: Int32] = [:]
            for (row, text) in texts.enumerated() {
                guard let text else { continue }
                if let code = codeOf[text] {
                    codes[row] = code
                } else {
                    let code = dictionary.append(text)
                    codeOf[text] = code
                    codes[row] = code
                }
                present.insert(row)
            }
            values = .string(codes: codes, dictionary: dictionary)
        case .enumeration(let vocabulary):
            var codes = [UInt8](repeating: EnumVocabulary.nullCode, count: n)
            for (row, text) in texts.enumerated() {
                guard let text, let code = vocabulary.code(for: text) else { continue }
                codes[row] = code
                present.insert(row)
            }
            values = .enumeration(codes: codes, vocabulary: vocabulary)
        }
        var times: [Int16]?
        if case .date = type, let minutes, minutes.count == n {
            times = minutes.map { $0.flatMap { Int16($0) } ?? TimeOfDay.none }
        }
        return Column(name: name, values: values, present: present, count: n, minutes: times)
    }
}
