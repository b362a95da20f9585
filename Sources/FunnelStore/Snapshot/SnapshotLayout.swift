/// A dataset laid out as a snapshot: its description and the arrays it points to, in
/// section order, with the header and table of contents that place them
/// (`SnapshotFormat`). Building it copies nothing but the description.
struct SnapshotLayout {
    /// Sections 1, 2, ...: the arrays (section 0 is the description).
    private(set) var payloads: [SnapshotPayload] = []
    private var description = DescriptionEncoder()

    init(_ dataset: Dataset) {
        describe(dataset)
    }

    /// Section 0's bytes.
    var descriptionBytes: [UInt8] { description.bytes }

    private mutating func add(_ payload: SnapshotPayload) {
        payloads.append(payload)
        description.uint32(UInt32(payloads.count))
    }

    private mutating func addOptional(_ payload: SnapshotPayload?) {
        if let payload { add(payload) } else { description.uint32(SnapshotFormat.noSection) }
    }

    private mutating func describe(_ dataset: Dataset) {
        description.text(dataset.name)
        description.optionalText(dataset.dealer)
        description.optionalInt(dataset.asOf.map { Int($0.rawValue) })
        description.flag(dataset.followupCycles != nil)
        if let cycles = dataset.followupCycles {
            description.count(Grade.allCases.count)
            for grade in Grade.allCases { description.optionalInt(cycles[grade]) }
        }
        description.count(dataset.sources.count)
        for source in dataset.sources { description.text(source) }
        description.count(dataset.sourceFiles.count)
        for file in dataset.sourceFiles {
            description.text(file.path)
            description.int64(file.size)
            description.int64(file.modifiedSeconds)
            description.int64(file.modifiedNanoseconds)
        }
        description.count(dataset.warnings.count)
        for warning in dataset.warnings {
            description.text(warning.summary)
            description.int(warning.count)
            description.count(warning.examples.count)
            for example in warning.examples { describe(example) }
        }
        description.count(dataset.tables.count)
        for table in dataset.tables { describe(table) }
        add(.int32(dataset.links.followupCard))
        add(.int32(dataset.links.trafficCard))
        add(.int32(dataset.links.followupOffsets))
        add(.int32(dataset.links.followupRows))
    }

    private mutating func describe(_ diagnostic: LoadDiagnostic) {
        description.text(diagnostic.file)
        description.optionalInt(diagnostic.line)
        description.optionalInt(diagnostic.column)
        description.optionalText(diagnostic.record)
        description.optionalText(diagnostic.field)
        description.text(diagnostic.message)
    }

    private mutating func describe(_ table: Table) {
        description.text(table.name)
        description.int(table.rowCount)
        description.count(table.columns.count)
        for column in table.columns { describe(column) }
    }

    private mutating func describe(_ column: Column) {
        description.text(column.name)
        description.int(column.count)
        let tag: SnapshotFormat.TypeTag = switch column.values {
        case .int: .int
        case .double: .double
        case .bool: .bool
        case .date: .date
        case .string: .string
        case .enumeration: .enumeration
        }
        description.byte(tag.rawValue)
        addOptional(column.present.map { .words($0.words) })
        addOptional(column.minutes.map { .int16($0) })
        switch column.values {
        case .int(let values): add(.int64(values))
        case .double(let values): add(.double(values))
        case .bool(let bitmap): add(.words(bitmap.words))
        case .date(let days): add(.int32(days))
        case .string(let codes, let dictionary):
            add(.int32(codes))
            add(.bytes(dictionary.bytes))
            add(.int32(dictionary.offsets))
        case .enumeration(let codes, let vocabulary):
            add(.bytes(codes))
            description.text(vocabulary.name)
            description.count(vocabulary.tokens.count)
            for (token, words) in zip(vocabulary.tokens, vocabulary.chinese) {
                description.text(token)
                description.count(words.count)
                for word in words { description.text(word) }
            }
        }
    }

    /// The table of contents for the sections in order (the description first), each
    /// at the next multiple of 8 after the header and the table itself, with its checksum.
    func entries() -> [SnapshotFormat.Entry] {
        var entries: [SnapshotFormat.Entry] = []
        let count = payloads.count + 1
        var offset = SnapshotLayout.aligned(SnapshotFormat.headerSize + count * SnapshotFormat.entrySize)
        let first = descriptionBytes
        entries.append(SnapshotFormat.Entry(offset: offset, length: first.count, checksum: SnapshotChecksum.of(first),
                                            kind: .description))
        offset = SnapshotLayout.aligned(offset + first.count)
        for payload in payloads {
            let (length, checksum) = payload.withBytes { ($0.count, SnapshotChecksum.of($0)) }
            entries.append(SnapshotFormat.Entry(offset: offset, length: length, checksum: checksum, kind: payload.kind))
            offset = SnapshotLayout.aligned(offset + length)
        }
        return entries
    }

    /// The header and the table of contents, bytes 0 ..< the first section.
    static func head(_ entries: [SnapshotFormat.Entry]) -> [UInt8] {
        var contents = DescriptionEncoder()
        for entry in entries {
            contents.int(entry.offset)
            contents.int(entry.length)
            contents.int64(Int64(bitPattern: entry.checksum))
            contents.uint32(entry.kind.rawValue)
            contents.uint32(0)
        }
        let fileLength = entries.last.map { aligned($0.offset + $0.length) } ?? SnapshotFormat.headerSize
        var header = DescriptionEncoder()
        for byte in SnapshotFormat.magic { header.byte(byte) }
        header.uint32(SnapshotFormat.version)
        withUnsafeBytes(of: SnapshotFormat.byteOrderMark) { for byte in $0 { header.byte(byte) } }
        header.int(fileLength)
        header.count(entries.count)
        header.uint32(0)
        header.int64(Int64(bitPattern: SnapshotChecksum.of(contents.bytes)))
        header.int64(0)
        header.int64(0)
        header.int64(Int64(bitPattern: SnapshotChecksum.of(header.bytes)))
        var head = header.bytes + contents.bytes
        head.append(contentsOf: repeatElement(0, count: aligned(head.count) - head.count))
        return head
    }

    static func aligned(_ offset: Int) -> Int { (offset + 7) & ~7 }
}
