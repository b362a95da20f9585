import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one file, on two threads when it is large: the file is cut in two at a record
/// boundary and each half is read into its own tables, then the second half's tables
/// are appended to the first's.
///
/// Only JSON Lines can be cut with certainty (a line break never falls inside a
/// string). In a JSON document the cut is a guess: the first `{` after a `},` past the
/// middle, assumed to start a record of the table whose required keys it holds. The
/// first half's reader checks the guess when it gets there: it must arrive exactly at
/// that byte, inside that table's array. The second half is kept only if the guess
/// holds and it read without a single problem; otherwise the first reader simply goes
/// on through the second half itself. So the result, messages included, is always
/// what one reader would give, and the second thread only ever saves time.
struct ChunkedRead {
    /// Files smaller than this are read on one thread: the second thread and the merge
    /// cost more than they save.
    static let defaultThreshold = 8 << 20

    let file: String
    let kind: InputFile.Kind
    /// The size from which a file is cut in two.
    let threshold: Int
    /// Where the readers count the records they read, if anywhere.
    var progress: LoadProgress?

    /// What the read found besides rows.
    struct Facts: Sendable {
        var dealer: String?
        var asOf: Day?
        /// The cycles `followup_cycles` sets, grade by grade.
        var cycles: [Grade: Int?] = [:]
        /// The second half's tables were kept (for tests: the fast path was taken).
        var secondHalfKept = false
    }

    /// Reads `bytes` into `tables`, logging record problems in `problems`.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, into tables: inout TableSet, problems: inout ProblemLog)
        throws(LoadFailure) -> Facts {
        let lineMode: Bool
        if case .lines = kind { lineMode = true } else { lineMode = false }
        var main = JSONFileReader(file: file, bytes: bytes, lineMode: lineMode, problems: problems)
        main.counter = progress.map { LoadProgress.Counter($0, slot: 0, origin: 0) }
        guard bytes.count >= threshold, Self.processorCount > 1, let cut = cut(bytes) else {
            defer { problems = main.problems }
            try run(&main, into: &tables)
            return Facts(dealer: main.dealer, asOf: main.asOf, cycles: main.cycles)
        }
        let startState: ReadState
        if let table = cut.table {
            startState = .inArray(of: table)
        } else {
            var lines = ReadState()
            lines.started = true
            startState = lines
        }
        main.stopOffset = cut.offset
        var second = JSONFileReader(file: file, bytes: bytes, lineMode: lineMode, startingAt: cut.offset,
                                    state: startState)
        second.counter = progress.map { LoadProgress.Counter($0, slot: 1, origin: cut.offset) }
        let halves = Halves(first: main, second: second)
        // The tables move into the shared box for the parallel part and back after it.
        swap(&halves.firstTables, &tables)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                halves.firstOutcome = Result { () throws(LoadFailure) in
                    try step(&halves.first, into: &halves.firstTables)
                }
            } else {
                halves.readSecond(kind: kind)
            }
        }
        swap(&halves.firstTables, &tables)
        main = halves.first
        defer { problems = main.problems }

        guard try halves.firstOutcome.get() == .stopped else { return Facts(dealer: main.dealer, asOf: main.asOf, cycles: main.cycles) }
        if halves.secondIsUsable, let secondTables = halves.secondTables,
           accepts(halves.second, secondTables, after: main, tables) {
            merge(secondTables, into: &tables, after: main)
            return Facts(dealer: main.dealer ?? halves.second.dealer, asOf: main.asOf ?? halves.second.asOf,
                         cycles: main.cycles.merging(halves.second.cycles) { first, _ in first },
                         secondHalfKept: true)
        }
        // The guess did not hold, or the second half has something to report: read it here.
        progress?.dropSecondHalf()
        main.stopOffset = .max
        try run(&main, into: &tables)
        return Facts(dealer: main.dealer, asOf: main.asOf, cycles: main.cycles)
    }

    /// Reads to the end of the file.
    private func run(_ reader: inout JSONFileReader, into tables: inout TableSet) throws(LoadFailure) {
        while try step(&reader, into: &tables) == .stopped {}
    }

    private func step(_ reader: inout JSONFileReader, into tables: inout TableSet) throws(LoadFailure)
        -> ReadOutcome {
        do throws(JSONSyntaxError) {
            switch kind {
            case .document: return try reader.readDocument(into: &tables)
            case .lines(let table): return try reader.readLines(table: table, into: &tables)
            }
        } catch {
            throw LoadFailure(reader.diagnostic(for: error))
        }
    }

    // MARK: - Where to cut

    /// A record start past the middle, and (in a document) the table it is guessed to
    /// belong to; `nil` when there is no good place.
    private func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, table: Int?)? {
        let middle = bytes.count / 2
        let searchEnd = min(bytes.count, middle + (1 << 20))
        switch kind {
        case .lines:
            guard let newline = (middle..<searchEnd).first(where: { bytes[$0] == 0x0A }),
                  newline + 1 < bytes.count else { return nil }
            return (newline + 1, nil)
        case .document:
            var i = middle
            while i < searchEnd {
                defer { i += 1 }
                guard bytes[i] == UInt8(ascii: "}") else { continue }
                var j = i + 1
                while j < searchEnd, Self.isSpace(bytes[j]) { j += 1 }
                guard j < searchEnd, bytes[j] == UInt8(ascii: ",") else { continue }
                j += 1
                while j < searchEnd, Self.isSpace(bytes[j]) { j += 1 }
                guard j < searchEnd, bytes[j] == UInt8(ascii: "{") else { continue }
                guard let table = Self.tableOfRecord(in: bytes, at: j) else { return nil }
                return (j, table)
            }
            return nil
        }
    }

    /// The one table whose required keys the object at `offset` all has, if there is one.
    private static func tableOfRecord(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        var scanner = JSONScanner(bytes)
        scanner.resume(at: offset, depth: 0)
        var keys: Set<String> = []
        do throws(JSONSyntaxError) {
            try scanner.beginObject()
            var first = true
            while let key = try scanner.nextKey(first: &first) {
                keys.insert(String(decoding: key, as: UTF8.self))
                try scanner.skipValue()
            }
        } catch {
            return nil
        }
        let matching = TableSchema.all.indices.filter { table in
            TableSchema.all[table].fields.filter(\.required).allSatisfy { field in
                keys.contains(field.name) || field.aliases.contains(where: keys.contains)
            }
        }
        return matching.count == 1 ? matching[0] : nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    static var processorCount: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    // MARK: - Joining the halves

    /// Whether the second half can stand for the rest of the file: the first reader
    /// stopped where the second started, in the table it assumed, and nothing the
    /// second read repeats a top-level key or pushes a table past its column limit.
    private func accepts(_ second: JSONFileReader, _ secondTables: TableSet, after main: JSONFileReader,
                         _ tables: TableSet) -> Bool {
        if case .document = kind {
            guard main.state.table == second.startTable else { return false }
            let repeated = zip(main.state.seenTables, second.state.seenTables).contains { $0 && $1 }
            if repeated || (main.state.seenDealer && second.state.seenDealer)
                || (main.state.seenAsOf && second.state.seenAsOf) { return false }
        }
        for table in tables.builders.indices {
            let mine = Set(tables.builders[table].extraColumnNames)
            let added = secondTables.builders[table].extraColumnNames.filter { !mine.contains($0) }
            if mine.count + added.count > KeyMatcher.extraLimit { return false }
        }
        return true
    }

    private func merge(_ second: TableSet, into tables: inout TableSet, after main: JSONFileReader) {
        for table in tables.builders.indices {
            let rowsBefore = tables.builders[table].rowCount
            tables.builders[table].append(contentsOf: second.builders[table])
            var origins = RowOrigins(table: tables.origins[table].table)
            for segment in tables.origins[table].segments { origins.append(segment) }
            var secondSegments = second.origins[table].segments[...]
            switch kind {
            case .lines(let linesTable) where linesTable == table:
                // One segment for the whole file: the first half's lines, then the second's,
                // which counted from 1 at the cut.
                let shift = Int32(truncatingIfNeeded: main.state.line - 1)
                let lines = main.state.lines + (secondSegments.first?.lines ?? []).map { $0 + shift }
                origins.append(RowOrigins.Segment(file: file, firstRow: main.state.firstRow,
                                                  rowCount: tables.builders[table].rowCount - main.state.firstRow,
                                                  lines: lines))
                secondSegments = []
            case .document where main.state.table == table:
                // The array the cut fell in: its records are numbered on from the first half's.
                let continued = secondSegments.first?.rowCount ?? 0
                origins.append(RowOrigins.Segment(file: file, firstRow: main.state.firstRow,
                                                  rowCount: rowsBefore - main.state.firstRow + continued,
                                                  lines: nil))
                secondSegments = secondSegments.dropFirst()
            default:
                break
            }
            for segment in secondSegments {
                origins.append(RowOrigins.Segment(file: segment.file, firstRow: segment.firstRow + rowsBefore,
                                                  rowCount: segment.rowCount, lines: segment.lines))
            }
            tables.origins[table] = origins
        }
    }
}

/// The two halves' readers and tables, shared with the two threads of
/// `concurrentPerform`: each thread touches only its own half, and the caller reads
/// them only after `concurrentPerform` has returned, which orders the accesses.
private final class Halves: @unchecked Sendable {
    var first: JSONFileReader
    var firstTables = TableSet()
    var firstOutcome: Result<ReadOutcome, LoadFailure> = .success(.finished)
    var second: JSONFileReader
    var secondTables: TableSet?
    /// The second half read to the end of the file without a problem.
    var secondIsUsable = false

    init(first: JSONFileReader, second: JSONFileReader) {
        self.first = first
        self.second = second
    }

    func readSecond(kind: InputFile.Kind) {
        var tables = TableSet()
        do throws(JSONSyntaxError) {
            let outcome: ReadOutcome
            switch kind {
            case .document: outcome = try second.readDocument(into: &tables)
            case .lines(let table): outcome = try second.readLines(table: table, into: &tables)
            }
            secondIsUsable = outcome == .finished && !second.hasProblems
            secondTables = tables
        } catch {
            secondIsUsable = false
        }
    }
}
