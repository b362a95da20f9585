import FunnelDomain
import FunnelEngine
import FunnelStore

/// `funnel import --to postgresql://... PATH`: writes a loaded dataset to the four
/// tables (created anew, with types and indexes) with `COPY FROM STDIN`, and its
/// facts (name, dealer, as_of, the day it was taken, follow-up cycles) to `funnel_meta`.
/// All in one transaction: a failed import leaves the tables as they were.
public struct Importer {
    public struct Report: Sendable {
        /// Rows written per table, in `TableKind` order.
        public let rows: [(table: String, count: Int)]
        public let seconds: Double
    }

    let connection: PostgresConnection
    let dialect = SQLDialect.postgresql

    public init(connection: PostgresConnection) {
        self.connection = connection
    }

    public func run(_ dataset: Dataset) throws(SQLFailure) -> Report {
        let clock = ContinuousClock()
        let start = clock.now
        try connection.execute("BEGIN")
        do {
            var counts: [(String, Int)] = []
            for kind in TableKind.allCases {
                let table = dataset.table(kind)
                try connection.execute("DROP TABLE IF EXISTS \(dialect.identifier(kind.rawValue))")
                try connection.execute(createTable(kind, table))
                let taken = try copy(kind, table, dataset)
                counts.append((kind.rawValue, taken))
            }
            for statement in indexes { try connection.execute(statement) }
            try writeMeta(dataset)
            try connection.execute("COMMIT")
            try connection.execute("ANALYZE")
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return Report(rows: counts, seconds: seconds)
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }

    private var indexes: [String] {
        [
            "CREATE INDEX ON customers (created)",
            "CREATE INDEX ON customers (id)",
            "CREATE INDEX ON followups (_card, date)",
            "CREATE INDEX ON followups (date)",
            "CREATE INDEX ON traffic (_card)",
            "CREATE INDEX ON traffic (time)",
        ]
    }

    private func sqlType(_ type: ColumnType) -> String {
        switch type {
        case .int: "bigint"
        case .double: "double precision"
        case .bool: "boolean"
        case .date: "date"
        case .string, .enumeration: "text"
        }
    }

    private func createTable(_ kind: TableKind, _ table: Table) -> String {
        var columns: [String] = []
        for column in table.columns {
            columns.append("\(dialect.identifier(column.name)) \(sqlType(column.type))")
            if column.minutes != nil { columns.append("\(dialect.identifier(column.name + "__minute")) smallint") }
        }
        switch kind {
        case .customers: columns += ["_row integer PRIMARY KEY", "_complete boolean NOT NULL"]
        case .followups: columns += ["_row integer PRIMARY KEY", "_card integer", "_seq integer"]
        case .traffic: columns += ["_row integer PRIMARY KEY", "_card integer"]
        case .targets: columns += ["_row integer PRIMARY KEY"]
        }
        return "CREATE TABLE \(dialect.identifier(kind.rawValue)) (\(columns.joined(separator: ", ")))"
    }

    /// The table's rows in COPY's text format, sent in chunks of about a megabyte.
    private func copy(_ kind: TableKind, _ table: Table, _ dataset: Dataset) throws(SQLFailure) -> Int {
        var names: [String] = []
        for column in table.columns {
            names.append(dialect.identifier(column.name))
            if column.minutes != nil { names.append(dialect.identifier(column.name + "__minute")) }
        }
        names += SQLCatalog.helperColumns(kind)
        let rowCount = table.rowCount
        let complete = kind == .customers ? CardCompleteness.bitmap(customers: table) : nil
        let cards = dataset.links.cardOfRow(in: kind)
        var sequence: [Int32]?
        if kind == .followups {
            var seq = [Int32](repeating: -1, count: rowCount)
            let links = dataset.links
            for card in 0..<max(0, links.followupOffsets.count - 1) {
                let from = Int(links.followupOffsets[card]), to = Int(links.followupOffsets[card + 1])
                for index in from..<to where index < links.followupRows.count {
                    let row = Int(links.followupRows[index])
                    if row >= 0, row < rowCount { seq[row] = Int32(index) }
                }
            }
            sequence = seq
        }
        var row = 0
        let sql = "COPY \(dialect.identifier(kind.rawValue)) (\(names.joined(separator: ", "))) FROM STDIN"
        return try connection.copy(sql) {
            guard row < rowCount else { return nil }
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 20)
            while row < rowCount, buffer.count < 1 << 20 {
                for column in table.columns {
                    CopyText.append(column, row, to: &buffer)
                    buffer.append(0x09)
                    if let minutes = column.minutes {
                        if !column.isNull(row), row < minutes.count, minutes[row] >= 0 {
                            buffer += Array(String(minutes[row]).utf8)
                        } else {
                            buffer += CopyText.null
                        }
                        buffer.append(0x09)
                    }
                }
                buffer += Array(String(row).utf8)
                switch kind {
                case .customers:
                    buffer.append(0x09)
                    buffer += (complete.map { row < $0.count && $0[row] } ?? false) ? [0x74] : [0x66]
                case .followups, .traffic:
                    buffer.append(0x09)
                    if let cards, row < cards.count, cards[row] >= 0 {
                        buffer += Array(String(cards[row]).utf8)
                    } else {
                        buffer += CopyText.null
                    }
                    if let sequence {
                        buffer.append(0x09)
                        buffer += row < sequence.count && sequence[row] >= 0 ? Array(String(sequence[row]).utf8)
                            : CopyText.null
                    }
                case .targets:
                    break
                }
                buffer.append(0x0A)
                row += 1
            }
            return buffer
        }
    }

    private func writeMeta(_ dataset: Dataset) throws(SQLFailure) {
        try connection.execute("DROP TABLE IF EXISTS funnel_meta")
        try connection.execute("CREATE TABLE funnel_meta (key text PRIMARY KEY, value text NOT NULL)")
        var facts: [(String, String)] = [("name", dataset.name)]
        if let dealer = dataset.dealer { facts.append(("dealer", dealer)) }
        if let asOf = dataset.asOf { facts.append(("as_of", asOf.description)) }
        facts.append(("snapshot", DerivedFields.snapshotDay(of: dataset).description))
        var first = Int32.max
        for kind in [TableKind.customers, .followups, .traffic] {
            if let days = dataset.table(kind).column(kind.schema.ownDate)?.daysOrMax, let least = days.min() {
                first = min(first, least)
            }
        }
        if first != .max { facts.append(("first_event", Day(rawValue: first).description)) }
        if let cycles = dataset.followupCycles { facts.append(("followup_cycles", SQLCatalog.text(of: cycles))) }
        facts.append(("sources", dataset.sources.joined(separator: ", ")))
        for (key, value) in facts {
            _ = try connection.query("INSERT INTO funnel_meta (key, value) VALUES ($1, $2)", parameters: [key, value])
        }
    }
}

/// Values in COPY's text format: `\N` for NULL; backslash, tab, newline and carriage
/// return escaped.
enum CopyText {
    static let null: [UInt8] = [0x5C, 0x4E]

    static func append(_ column: Column, _ row: Int, to buffer: inout [UInt8]) {
        guard row < column.count, !column.isNull(row) else {
            buffer += null
            return
        }
        switch column.values {
        case .int(let values):
            buffer += Array(String(values[row]).utf8)
        case .double(let values):
            let value = values[row]
            if value.isNaN {
                buffer += Array("NaN".utf8)
            } else if value.isInfinite {
                buffer += Array((value > 0 ? "Infinity" : "-Infinity").utf8)
            } else {
                buffer += Array(String(value).utf8)
            }
        case .bool(let bits):
            buffer.append(bits[row] ? 0x74 : 0x66)
        case .date(let days):
            buffer += Array(Day(rawValue: days[row]).description.utf8)
        case .string(let codes, let dictionary):
            guard row < codes.count else { return buffer += null }
            dictionary.withBytes(of: codes[row]) { escape($0, to: &buffer) }
        case .enumeration(let codes, let vocabulary):
            guard row < codes.count, let token = vocabulary.token(codes[row]) else { return buffer += null }
            buffer += Array(token.utf8)
        }
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case 0x5C: buffer += [0x5C, 0x5C]
            case 0x09: buffer += [0x5C, 0x74]
            case 0x0A: buffer += [0x5C, 0x6E]
            case 0x0D: buffer += [0x5C, 0x72]
            case 0x00: break
            default: buffer.append(byte)
            }
        }
    }
}
