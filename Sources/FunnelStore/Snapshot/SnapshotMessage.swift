/// The words of snapshot problems, in the loader's manner (docs/data.md §5): what was
/// found, then what to do. The front end shows them after the file's name.
enum SnapshotMessage {
    static func text(_ problem: SnapshotProblem) -> String {
        switch problem {
        case .unreadable(let reason):
            return reason
        case .notASnapshot(let startsLikeText):
            return "not a Funnel snapshot: it does not start with a snapshot's header"
                + (startsLikeText ? " (a script of statements runs as funnel FILE, not with --data)"
                    : "; make one with funnel snapshot DATA --out FILE")
        case .shorterThanHeader(let size):
            return "cut short: a snapshot has a \(SnapshotFormat.headerSize)-byte header, this file has "
                + "\(size) bytes; make it again with funnel snapshot"
        case .unsupportedVersion(let found):
            return "snapshot format \(found), which this Funnel does not read (it reads format "
                + "\(SnapshotFormat.version)): make the snapshot again with this funnel from the JSON"
        case .otherByteOrder:
            return "the snapshot was made on a machine of the other byte order: make it again here from the JSON"
        case .damagedHeader:
            return "the snapshot's header is damaged (its checksum does not match): make it again with funnel snapshot"
        case .cutShort(let size, let written):
            return "cut short: the snapshot was written with \(written) bytes and this file has \(size) "
                + "(copied or written only in part?); make it again with funnel snapshot"
        case .longerThanWritten(let size, let written):
            return "the snapshot was written with \(written) bytes and this file has \(size): something was "
                + "added to it; make it again with funnel snapshot"
        case .damagedContents:
            return "the snapshot's table of contents is damaged: make it again with funnel snapshot"
        case .sectionOutside(let index, let offset, let length, let size):
            return "section \(index) of the snapshot lies outside the file (bytes \(offset) to "
                + "\(offset &+ length) of \(size)): make it again with funnel snapshot"
        case .damagedSection(let index, let place):
            return "section \(index) of the snapshot (\(place)) is damaged: its checksum does not match its "
                + "bytes; make it again with funnel snapshot"
        case .inconsistent(let place, let fault):
            return "the snapshot does not hold data Funnel can use: \(place): \(text(fault)); "
                + "make it again with funnel snapshot"
        }
    }

    private static func text(_ fault: SnapshotProblem.Fault) -> String {
        switch fault {
        case .descriptionEndsEarly: "the description ends in the middle of a value"
        case .countTooLarge(let count): "a count of \(count) is more than the file could hold"
        case .unknownType(let tag): "unknown column type \(tag)"
        case .noSuchSection(let index): "section \(index) is not in the table of contents"
        case .sectionReused(let index): "section \(index) is used twice"
        case .sectionUnused(let index): "section \(index) belongs to no column"
        case .sectionMisplaced(let index): "section \(index) does not follow the one before it"
        case .wrongSectionKind(let index): "section \(index) holds another type of values"
        case .wrongLength(let section, let bytes, let expected):
            "section \(section) has \(bytes) bytes where the rows need \(expected)"
        case .valueOutOfRange(let row, let value): "row \(row + 1) holds \(value), out of range"
        case .badNumber(let value): "\(value) is out of range"
        case .badDictionary: "the offsets of its values do not fit its bytes"
        case .badVocabulary: "its list of values is not one an enum can have"
        case .wrongRowCount(let rows, let expected): "\(rows) rows where the table has \(expected)"
        case .notTheSchema(let expected): "the table's fields are not Funnel's: \(expected) belongs here"
        case .nullInRequiredField: "a required field with rows that have no value"
        case .wrongTables: "the tables are not customers, followups, traffic and targets"
        case .notText: "a name is not UTF-8 text"
        case .tooManyRows(let rows): "\(rows) rows, more than Funnel counts (\(Int32.max))"
        case .trailingBytes(let count): "\(count) bytes follow the end of the description"
        }
    }
}
