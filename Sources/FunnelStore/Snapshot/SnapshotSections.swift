/// A snapshot's bytes with its header and table of contents checked: hands out each
/// section once, copied into a new array whose checksum is checked on the way
/// (`SnapshotChecksum.copy`). Nothing returned points into the bytes, so a mapping can
/// be released as soon as the dataset is built.
struct SnapshotSections {
    private let bytes: UnsafeRawBufferPointer
    let entries: [SnapshotFormat.Entry]
    private var used: [Bool]

    /// Checks the header and the table of contents, in the order that words a problem
    /// best: not a snapshot, another version, damaged, cut short.
    init(_ bytes: UnsafeRawBufferPointer) throws(SnapshotProblem) {
        self.bytes = bytes
        let size = bytes.count
        guard SnapshotFormat.hasMagic(bytes) else {
            if size < SnapshotFormat.magic.count, zip(bytes, SnapshotFormat.magic).allSatisfy({ $0 == $1 }) {
                throw .shorterThanHeader(size: size)
            }
            throw .notASnapshot(startsLikeText: bytes.first.map { $0 < 0x80 } ?? true)
        }
        guard size >= SnapshotFormat.headerSize else { throw .shorterThanHeader(size: size) }
        let version = SnapshotSections.uint32(bytes, 8)
        let headerSum = SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[0..<SnapshotFormat.checksummedHeader]))
        let sealed = headerSum == SnapshotSections.uint64(bytes, SnapshotFormat.checksummedHeader)
        // Another version's header may be laid out otherwise, so its checksum says
        // nothing; but a version past any there will be is damage, not the future.
        guard version == SnapshotFormat.version else {
            throw sealed || version <= 0xFFFF ? .unsupportedVersion(found: version) : .damagedHeader
        }
        guard sealed else { throw .damagedHeader }
        let mark = bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        guard mark == SnapshotFormat.byteOrderMark else {
            throw mark == SnapshotFormat.byteOrderMark.byteSwapped ? .otherByteOrder : .damagedHeader
        }
        guard let written = Int(exactly: SnapshotSections.uint64(bytes, 16)) else { throw .damagedHeader }
        if size < written { throw .cutShort(size: size, written: written) }
        if size > written { throw .longerThanWritten(size: size, written: written) }
        let count = Int(SnapshotSections.uint32(bytes, 24))
        guard count >= 1, count <= (size - SnapshotFormat.headerSize) / SnapshotFormat.entrySize else {
            throw .damagedContents
        }
        let contentsEnd = SnapshotFormat.headerSize + count * SnapshotFormat.entrySize
        let contentsSum = SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[SnapshotFormat.headerSize..<contentsEnd]))
        guard contentsSum == SnapshotSections.uint64(bytes, 32) else { throw .damagedContents }
        var entries: [SnapshotFormat.Entry] = []
        entries.reserveCapacity(count)
        for index in 0..<count {
            let at = SnapshotFormat.headerSize + index * SnapshotFormat.entrySize
            let rawOffset = SnapshotSections.uint64(bytes, at), rawLength = SnapshotSections.uint64(bytes, at + 8)
            guard let offset = Int(exactly: rawOffset), let length = Int(exactly: rawLength),
                  offset >= contentsEnd, offset <= size, length <= size - offset else {
                throw .sectionOutside(index: index, offset: Int(clamping: rawOffset), length: Int(clamping: rawLength),
                                      size: size)
            }
            guard let kind = SnapshotFormat.SectionKind(rawValue: SnapshotSections.uint32(bytes, at + 24)),
                  (index == 0) == (kind == .description) else {
                throw .inconsistent(place: "the table of contents", fault: .wrongSectionKind(index))
            }
            entries.append(SnapshotFormat.Entry(offset: offset, length: length,
                                                checksum: SnapshotSections.uint64(bytes, at + 16), kind: kind))
        }
        // One section after the other, in order, zeros between them and after the last:
        // then every byte of the file is under a checksum or known to be zero.
        var end = contentsEnd
        for (index, entry) in entries.enumerated() {
            guard entry.offset == SnapshotLayout.aligned(end),
                  SnapshotSections.isZero(bytes, from: end, to: entry.offset) else {
                throw .inconsistent(place: "the table of contents", fault: .sectionMisplaced(index))
            }
            end = entry.offset + entry.length
        }
        guard SnapshotLayout.aligned(end) == size, SnapshotSections.isZero(bytes, from: end, to: size) else {
            throw .inconsistent(place: "the table of contents", fault: .sectionMisplaced(count))
        }
        self.entries = entries
        used = Array(repeating: false, count: count)
    }

    private static func isZero(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Bool {
        guard start <= end, start >= 0, end <= bytes.count else { return false }
        return bytes[start..<end].allSatisfy { $0 == 0 }
    }

    /// Section 0, the description, checked.
    mutating func description() throws(SnapshotProblem) -> [UInt8] {
        try array(UInt8.self, section: 0, kind: .description, count: nil, place: "the description")
    }

    /// A section's elements, copied and checked: its kind must be `kind`, its length
    /// `count` elements (any whole number of them when `count` is nil), and it must not
    /// have been handed out before.
    mutating func array<Element: BitwiseCopyable>(
        _ type: Element.Type, section: Int, kind: SnapshotFormat.SectionKind, count: Int?, place: String
    ) throws(SnapshotProblem) -> [Element] {
        guard section >= 0, section < entries.count else {
            throw .inconsistent(place: place, fault: .noSuchSection(section))
        }
        let entry = entries[section]
        guard entry.kind == kind else { throw .inconsistent(place: place, fault: .wrongSectionKind(section)) }
        guard !used[section] else { throw .inconsistent(place: place, fault: .sectionReused(section)) }
        let stride = MemoryLayout<Element>.stride
        let elements: Int
        if let count {
            let expected = count.multipliedReportingOverflow(by: stride)
            guard !expected.overflow, expected.partialValue == entry.length else {
                throw .inconsistent(place: place, fault: .wrongLength(section: section, bytes: entry.length,
                                                                      expected: expected.partialValue))
            }
            elements = count
        } else {
            guard entry.length % stride == 0 else {
                throw .inconsistent(place: place, fault: .wrongLength(
                    section: section, bytes: entry.length, expected: entry.length - entry.length % stride))
            }
            elements = entry.length / stride
        }
        used[section] = true
        let source = UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<entry.offset + entry.length])
        var checksum: UInt64 = 0
        let result = [Element](unsafeUninitializedCapacity: elements) { buffer, initialized in
            if let base = buffer.baseAddress {
                checksum = SnapshotChecksum.copy(source, to: UnsafeMutableRawPointer(base))
            } else {
                checksum = SnapshotChecksum.of(source)
            }
            initialized = elements
        }
        guard checksum == entry.checksum else { throw .damagedSection(index: section, place: place) }
        return result
    }

    /// Throws unless every section has been handed out.
    func finish() throws(SnapshotProblem) {
        if let unused = used.firstIndex(of: false) {
            throw .inconsistent(place: "the table of contents", fault: .sectionUnused(unused))
        }
    }

    private static func uint32(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        guard at >= 0, at <= bytes.count - 4 else { return 0 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }

    private static func uint64(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt64 {
        guard at >= 0, at <= bytes.count - 8 else { return 0 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
}
