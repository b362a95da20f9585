extension JSONFileReader {
    /// JSON Lines: each non-blank line holds one record object. Blank lines (spaces,
    /// tabs and `\r` allowed) are skipped; an empty file is a table with no records.
    /// Each row remembers its line, which is how later problems name it.
    mutating func readLines(table: Int, into tables: inout TableSet) throws(JSONSyntaxError) {
        let firstRow = tables.builders[table].rowCount
        var lines: [Int32] = []
        var line = 1
        while true {
            scanner.skipSpacesInLine()
            guard let b = scanner.current else { break }
            if b == 0x0A {
                scanner.position += 1
                line += 1
                continue
            }
            place = .line(line)
            if b == UInt8(ascii: "{") {
                try readRecord(into: &tables.builders[table], layout: &tables.layouts[table])
                lines.append(Int32(truncatingIfNeeded: line))
            } else {
                let start = scanner.position
                let kind = try scanner.nextValue()
                report(at: start, field: nil) { "expected an object (one record per line), found \(kind.article)" }
                try finish(kind)
            }
            scanner.skipSpacesInLine()
            guard let next = scanner.current else { break }
            guard next == 0x0A else {
                throw stop(at: scanner.position, "expected the end of the line after the record, found "
                    + "\(scanner.found(scanner.position)) (JSON Lines holds one record per line)")
            }
            scanner.position += 1
            line += 1
        }
        place = .none
        tables.origins[table].append(RowOrigins.Segment(
            file: file, firstRow: firstRow, rowCount: tables.builders[table].rowCount - firstRow, lines: lines))
    }
}
