/// The layout of a snapshot file (docs/data.md §7), version 1. The header and the
/// table of contents are little-endian; the arrays are in the writing machine's byte
/// order, which the header's byte-order mark records (little-endian on every platform
/// Funnel builds for; a file from the other order is refused). Every section starts at
/// a multiple of 8.
///
/// ```
/// header, 64 bytes
///   0  magic        89 46 55 4E 4E 45 4C 0A  ("\x89FUNNEL\n")
///   8  version      UInt32 (1)
///  12  byte order   UInt32 0x01020304 as the writer stored it
///  16  file length  UInt64, the whole file
///  24  sections     UInt32, how many
///  28  reserved     UInt32 (0)
///  32  contents sum UInt64, the checksum of the table of contents
///  40  reserved     16 bytes (0)
///  56  header sum   UInt64, the checksum of bytes 0 ..< 56
/// table of contents, 32 bytes a section, from byte 64
///   offset UInt64, length UInt64, checksum UInt64, kind UInt32, reserved UInt32
/// sections: section 0 is the description (the dataset's facts, its tables and
/// columns, and the section of each array); the others are arrays of one element type.
/// ```
///
/// Checksums are XXH64 (`SnapshotChecksum`).
public enum SnapshotFormat {
    /// The first eight bytes of every snapshot: a byte above 127 first (no text file
    /// starts so), a line feed last (caught if line endings were converted).
    public static let magic: [UInt8] = [0x89, 0x46, 0x55, 0x4E, 0x4E, 0x45, 0x4C, 0x0A]
    /// The version this Funnel writes and the only one it reads.
    public static let version: UInt32 = 1
    /// Stored as the writer's machine stores it; read back the other way round on a
    /// machine of the other byte order.
    static let byteOrderMark: UInt32 = 0x0102_0304
    static let headerSize = 64
    static let entrySize = 32
    /// Bytes the header checksum covers (everything before it).
    static let checksummedHeader = 56
    /// The suffix a snapshot's name usually has (`dealer.funnel`); the content decides.
    public static let fileExtension = ".funnel"

    /// What a section holds, so that a reader can tell a section from another kind's.
    enum SectionKind: UInt32, Sendable {
        case description = 1
        case bytes = 2
        case int16 = 3
        case int32 = 4
        case int64 = 5
        case double = 6
        /// Bitmap words (`UInt64`).
        case words = 7

        /// Bytes per element.
        var stride: Int {
            switch self {
            case .description, .bytes: 1
            case .int16: 2
            case .int32: 4
            case .int64, .double, .words: 8
            }
        }
    }

    /// One entry of the table of contents.
    struct Entry: Sendable, Equatable {
        var offset: Int
        var length: Int
        var checksum: UInt64
        var kind: SectionKind
    }

    /// Column types as the description stores them.
    enum TypeTag: UInt8 {
        case int = 1, double, bool, date, string, enumeration
    }

    /// Marks an absent section in the description (no null mask, no times of day).
    static let noSection: UInt32 = .max

    /// The first and last day a date column may hold: the years 1 to 9999, what the
    /// loader accepts (0, 1970-01-01, stands for null and lies between).
    static let dayRange: ClosedRange<Int32> = -719_162...2_932_896

    /// Whether `bytes` start with the snapshot magic.
    public static func hasMagic(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= magic.count && zip(bytes.prefix(magic.count), magic).allSatisfy { $0 == $1 }
    }

    /// The same bytes with every checksum (header, table of contents, sections) worked
    /// out again where the header and contents can be read: the fuzzer uses it to reach
    /// past the checksums into the description and the arrays, tests to build a file
    /// that is damaged yet consistent. Anything unreadable is left as it is.
    public static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        guard out.count >= headerSize else { return out }
        let count = Int(readUInt32(out, 24))
        let tableEnd = headerSize.addingReportingOverflow(count.multipliedReportingOverflow(by: entrySize).partialValue)
        guard count > 0, count <= out.count / entrySize, !tableEnd.overflow, tableEnd.partialValue <= out.count else {
            return out
        }
        for index in 0..<count {
            let at = headerSize + index * entrySize
            guard let offset = Int(exactly: readUInt64(out, at)), let length = Int(exactly: readUInt64(out, at + 8)),
                  offset >= 0, length >= 0, offset <= out.count, length <= out.count - offset else { continue }
            let sum = out.withUnsafeBytes { SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[offset..<offset + length])) }
            writeUInt64(&out, at + 16, sum)
        }
        let contents = out.withUnsafeBytes {
            SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[headerSize..<tableEnd.partialValue]))
        }
        writeUInt64(&out, 32, contents)
        let header = out.withUnsafeBytes { SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[0..<checksummedHeader])) }
        writeUInt64(&out, checksummedHeader, header)
        return out
    }

    static func readUInt32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at <= bytes.count - 4 else { return 0 }
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[at + i]) << (8 * UInt32(i)) }
        return value
    }

    static func readUInt64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        guard at >= 0, at <= bytes.count - 8 else { return 0 }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
        return value
    }

    static func writeUInt64(_ bytes: inout [UInt8], _ at: Int, _ value: UInt64) {
        guard at >= 0, at <= bytes.count - 8 else { return }
        for i in 0..<8 { bytes[at + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
    }
}
