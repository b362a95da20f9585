import Testing
@testable import FunnelStore

/// Appending a table built apart must give what one builder fed both parts holds.
@Suite struct TableBuilderMergeTests {
    @Test(arguments: [0, 1, 63, 64, 65, 127, 200])
    func bitRunsAppendAtAnyOffset(offset: Int) {
        var rng = SplitMix(seed: UInt64(offset))
        for count in [0, 1, 5, 63, 64, 65, 130] {
            let first = (0..<offset).map { _ in rng.next(2) == 0 }
            let second = (0..<count).map { _ in rng.next(2) == 0 }
            var target = Self.words(first)
            BitWords.append(Self.words(second), count: count, to: &target, at: offset)
            #expect(target == Self.words(first + second), "offset \(offset) count \(count)")
        }
    }

    static func words(_ bits: [Bool]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: (bits.count + 63) / 64)
        for (i, bit) in bits.enumerated() where bit { words[i / 64] |= 1 << UInt64(i % 64) }
        return words
    }

    @Test(arguments: [0, 1, 37, 64, 70])
    func tablesAppendLikeOneBuilder(split: Int) {
        var rng = SplitMix(seed: 99)
        let rows: [[(String, FieldValue)]] = (0..<100).map { i in
            var row: [(String, FieldValue)] = [("customer", .string("C\(rng.next(30))")), ("date", .day(Day(rawValue: Int32(i))))]
            if rng.next(3) > 0 { row.append(("intro", .bool(rng.next(2) == 0))) }
            if rng.next(4) == 0 { row.append(("grade", .code(UInt8(rng.next(6))))) }
            if rng.next(5) == 0 { row.append(("mood", .string(["ok", "2010-01-01", "7"][rng.next(3)]))) }
            if i >= split && rng.next(3) == 0 { row.append(("late", .int(Int64(i)))) }
            return row
        }
        func build(_ slice: ArraySlice<[(String, FieldValue)]>) -> TableBuilder {
            var builder = TableBuilder(schema: .followups)
            for row in slice {
                for (key, value) in row {
                    if let index = builder.fieldIndex(forKey: key) {
                        builder.set(value, field: index)
                    } else if case .string(let text) = value {
                        builder.setExtra(.string(text), key: key)
                    } else if case .int(let number) = value {
                        builder.setExtra(.number(String(number)), key: key)
                    }
                }
                builder.endRow()
            }
            return builder
        }
        var whole = build(rows[...])
        var merged = build(rows[..<split])
        merged.append(contentsOf: build(rows[split...]))
        #expect(ChunkedReadTests.fingerprint(table: merged.finish()) == ChunkedReadTests.fingerprint(table: whole.finish()))
    }
}

extension ChunkedReadTests {
    static func fingerprint(table: Table) -> String {
        table.columns.map { column in
            var text = "\(column.name) \(column.type) " + (0..<table.rowCount).map { column.text(at: $0) ?? "∅" }.joined(separator: "|")
            if case .string(_, let dictionary) = column.values { text += " dict=" + dictionary.values.joined(separator: "|") }
            return text
        }.joined(separator: "\n")
    }
}
