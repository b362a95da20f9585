import Dispatch

/// A snapshot's bytes with its header and table of contents checked: hands out each
/// section once, copied into a new array whose checksum is checked on the way
/// (`SnapshotChecksum.copy`). Nothing returned points into the bytes, so a mapping can
/// be released as soon as the dataset is built.
struct SnapshotSections {
    private let bytes: UnsafeRawBufferPointer
    let entries: [SnapshotFormat.Entry]
    /// The array sections once copied (`copyArrays`), each `nil` again once taken.
    private var copies: [CopiedSection?] = []

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
    }

    private static func isZero(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Bool {
        guard start <= end, start >= 0, end <= bytes.count else { return false }
        return bytes[start..<end].allSatisfy { $0 == 0 }
    }

    /// Section 0, the description, checked.
    func description() throws(SnapshotProblem) -> [UInt8] {
        let entry = entries[0]
        let copied = CopiedSection.copy(UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<entry.offset + entry.length]),
                                        kind: .description, checksum: entry.checksum)
        guard copied.checksumHolds, case .bytes(let values)? = copied.array else {
            throw .damagedSection(index: 0, place: "the description")
        }
        return values
    }

    /// Copies every array section out of the file (on two threads when there is enough
    /// to copy and a second core), checking checksums and taking value ranges on the way;
    /// `take` hands them out. A problem is only reported when its section is taken, so
    /// the problem reported is the first in the description's order.
    mutating func copyArrays() {
        let order = entries.indices.dropFirst().sorted { entries[$0].length > entries[$1].length }
        var groups: [[Int]] = [[], []]
        var loads = [0, 0]
        for index in order {
            let group = loads[0] <= loads[1] ? 0 : 1
            groups[group].append(index)
            loads[group] += entries[index].length
        }
        let work = groups
        var copies = [CopiedSection?](repeating: nil, count: entries.count)
        copies.withUnsafeMutableBufferPointer { out in
            let copier = CopyWork(bytes: bytes, entries: entries, out: out)
            if RowHalves.processorCount > 1 && loads[0] + loads[1] >= SnapshotSections.parallelBytes {
                DispatchQueue.concurrentPerform(iterations: 2) { copier.run(work[$0]) }
            } else {
                for group in work { copier.run(group) }
            }
        }
        self.copies = copies
    }

    /// Below this many bytes of arrays a second thread costs more than it saves.
    static let parallelBytes = 1 << 20

    /// A section's array, once: its kind must be `kind`, its length `count` elements
    /// (any whole number of them when `count` is nil), and its checksum must hold.
    mutating func take(_ section: Int, kind: SnapshotFormat.SectionKind, count: Int?, place: String)
        throws(SnapshotProblem) -> CopiedSection {
        guard section >= 0, section < entries.count else {
            throw .inconsistent(place: place, fault: .noSuchSection(section))
        }
        let entry = entries[section]
        guard entry.kind == kind else { throw .inconsistent(place: place, fault: .wrongSectionKind(section)) }
        guard section < copies.count, let copied = copies[section] else { throw .inconsistent(place: place, fault: .sectionReused(section)) }
        copies[section] = nil
        let stride = kind.stride
        if let count {
            let expected = count.multipliedReportingOverflow(by: stride)
            guard !expected.overflow, expected.partialValue == entry.length else {
                throw .inconsistent(place: place, fault: .wrongLength(section: section, bytes: entry.length,
                                                                      expected: expected.partialValue))
            }
        } else if entry.length % stride != 0 {
            throw .inconsistent(place: place, fault: .wrongLength(
                section: section, bytes: entry.length, expected: entry.length - entry.length % stride))
        }
        guard copied.checksumHolds, copied.array != nil else { throw .damagedSection(index: section, place: place) }
        return copied
    }

    /// Throws unless every array section has been handed out.
    func finish() throws(SnapshotProblem) {
        if let unused = copies.indices.dropFirst().first(where: { copies[$0] != nil }) {
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

/// The copying shared by the two threads; each writes only the sections of its group.
private final class CopyWork: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    let entries: [SnapshotFormat.Entry]
    let out: UnsafeMutableBufferPointer<CopiedSection?>

    init(bytes: UnsafeRawBufferPointer, entries: [SnapshotFormat.Entry], out: UnsafeMutableBufferPointer<CopiedSection?>) {
        self.bytes = bytes
        self.entries = entries
        self.out = out
    }

    func run(_ sections: [Int]) {
        for index in sections where index < out.count {
            let entry = entries[index]
            out[index] = CopiedSection.copy(UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<entry.offset + entry.length]),
                                            kind: entry.kind, checksum: entry.checksum)
        }
    }
}
