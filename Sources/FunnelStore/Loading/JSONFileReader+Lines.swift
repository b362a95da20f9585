extension JSONFileReader {
    /// JSON Lines: each non-blank line holds one record object. Blank lines (spaces,
    /// tabs and `\r` allowed) are skipped; an empty file is a table with no records.
    /// Each row remembers its line, which is how later problems name it. Returns
    /// `.stopped` at the line that starts at `stopOffset`; calling again goes on.
    mutating func readLines(table: Int, into tables: inout TableSet) throws(JSONSyntaxError) -> ReadOutcome {
        if !state.started {
            state.started = true
            state.firstRow = tables.builders[table].rowCount
        }
        while true {
            if scanner.position >= stopOffset {
                if scanner.position == stopOffset { return .stopped }
                missedStop = true
                stopOffset = .max
            }
            scanner.skipSpacesInLine()
            guard let b = scanner.current else { break }
            if b == 0x0A {
                scanner.position += 1
                state.line += 1
                continue
            }
            place = .line(state.line)
            if b == UInt8(ascii: "{") {
                try readRecord(into: &tables.builders[table], layout: &tables.layouts[table])
                state.lines.append(Int32(truncatingIfNeeded: state.line))
            } else {
                let start = scanner.position
                let found = try finishDescribing(try scanner.nextValue())
                report(at: start, field: nil) { "expected an object (one record per line), found \(found)" }
            }
            scanner.skipSpacesInLine()
            guard let next = scanner.current else { break }
            guard next == 0x0A else {
                throw stop(at: scanner.position, "expected the end of the line after the record, found "
                    + "\(scanner.found(scanner.position)) (JSON Lines holds one record per line)")
            }
            scanner.position += 1
            state.line += 1
        }
        place = .none
        tables.origins[table].append(RowOrigins.Segment(
            file: file, firstRow: state.firstRow, rowCount: tables.builders[table].rowCount - state.firstRow,
            lines: state.lines))
        return .finished
    }
}
