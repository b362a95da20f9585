/// Recognises files that are not UTF-8 text before the scanner sees them, so the user
/// reads "this is a gzip file" rather than "expected a value, found byte 0x1F".
enum TextCheck {
    /// How far into the file a NUL byte marks it as binary. JSON text cannot hold a NUL
    /// at all, so this only decides which message a NUL gets, not whether it fails.
    static let sniffLength = 4096

    /// Why the bytes are not text, or `nil` when they may be.
    static func problem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        func starts(with magic: [UInt8]) -> Bool { bytes.count >= magic.count && bytes.prefix(magic.count).elementsEqual(magic) }
        if starts(with: [0x1F, 0x8B]) { return "the file is gzip-compressed: decompress it first (gunzip)" }
        if starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "the file is a zip archive (an Excel workbook?), not JSON text: export the data as JSON"
        }
        if starts(with: [0xFF, 0xFE]) || starts(with: [0xFE, 0xFF]) {
            return "the file is UTF-16 text: save it as UTF-8"
        }
        if let nul = bytes.prefix(sniffLength).firstIndex(of: 0) {
            return "not a text file (a NUL byte at offset \(nul)): expected UTF-8 JSON text"
        }
        return nil
    }

    /// Whether the file holds nothing but whitespace (and perhaps a byte-order mark).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = UTF8Text.hasByteOrderMark(bytes) ? 3 : 0
        return bytes[start...].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }
}
