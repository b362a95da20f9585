/// Why a file cannot be opened as a snapshot: facts only; `SnapshotMessage` words them
/// and `SnapshotReader` hands them on as a `LoadFailure` naming the file.
public enum SnapshotProblem: Error, Hashable, Sendable {
    /// The file cannot be opened or read (the file system's words).
    case unreadable(String)
    /// It does not start with the magic bytes (named `*.funnel` but something else).
    case notASnapshot(startsLikeText: Bool)
    /// Shorter than the header itself.
    case shorterThanHeader(size: Int)
    /// Written by another version of the format.
    case unsupportedVersion(found: UInt32)
    /// Written on a machine of the other byte order.
    case otherByteOrder
    /// The header's checksum does not match.
    case damagedHeader
    /// Shorter than the header says it was written: cut off while copied or written.
    case cutShort(size: Int, written: Int)
    /// Longer than the header says: something was appended.
    case longerThanWritten(size: Int, written: Int)
    /// The table of contents does not fit in the file, or its checksum does not match.
    case damagedContents
    /// A section the table of contents places (partly) outside the file.
    case sectionOutside(index: Int, offset: Int, length: Int, size: Int)
    /// A section whose bytes do not match its checksum: `place` says what it holds.
    case damagedSection(index: Int, place: String)
    /// The checksums hold, but what the file says does not fit together: a file written
    /// by something else than Funnel, or damaged and sealed again.
    case inconsistent(place: String, fault: Fault)

    /// What does not fit together, for `inconsistent`.
    public enum Fault: Hashable, Sendable {
        /// The description ends in the middle of a value.
        case descriptionEndsEarly
        /// A count in the description larger than the bytes that would hold it.
        case countTooLarge(Int)
        /// A column type the format does not have.
        case unknownType(UInt8)
        /// A section number beyond the table of contents.
        case noSuchSection(Int)
        /// A section used twice, or never used.
        case sectionReused(Int)
        case sectionUnused(Int)
        /// A section that does not follow the one before it at the next multiple of 8
        /// with zeros between (`count` for the end of the file).
        case sectionMisplaced(Int)
        /// A section of another element type than the column needs.
        case wrongSectionKind(Int)
        /// A section whose length is not what the rows need.
        case wrongLength(section: Int, bytes: Int, expected: Int)
        /// A value outside what the column can hold (a code past its dictionary, a day
        /// outside the years 1 to 9999): `row` counts from 0.
        case valueOutOfRange(row: Int, value: Int64)
        /// A number in the description outside what it may be (a day, a row count).
        case badNumber(Int64)
        /// Dictionary offsets that do not start at 0, go back or end elsewhere than the bytes.
        case badDictionary
        /// An enum with no room for its null code, or tokens without their Chinese words.
        case badVocabulary
        /// A column whose length is not the table's.
        case wrongRowCount(rows: Int, expected: Int)
        /// A table whose known fields are not the schema's, in its order and types:
        /// `expected` is the field the schema has there.
        case notTheSchema(expected: String)
        /// Null rows in a field every record must have.
        case nullInRequiredField
        /// The tables are not customers, followups, traffic and targets in that order.
        case wrongTables
        /// Text that is not UTF-8.
        case notText
        /// More rows than Funnel can count (32-bit row numbers).
        case tooManyRows(Int)
        /// Bytes after the end of the description.
        case trailingBytes(Int)
    }
}
