/// Turns byte offsets into 1-based line and column numbers, only when a problem is
/// reported: the scanner never counts lines on the way.
///
/// Columns count characters, not bytes (a Chinese character is one column), so they
/// match what an editor shows. A byte-order mark at the start takes no column.
/// Offsets asked for in increasing order (as problems are found) cost one pass over
/// the file in all, however many are asked.
struct TextLocator {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let start: Int
    private var offset: Int
    private var line = 1
    private var column = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        start = UTF8Text.hasByteOrderMark(bytes) ? 3 : 0
        offset = start
    }

    mutating func location(of target: Int) -> (line: Int, column: Int) {
        let target = min(max(target, start), bytes.count)
        if target < offset {
            offset = start
            line = 1
            column = 1
        }
        while offset < target {
            let b = bytes[offset]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
        return (line, column)
    }

    /// "3:14", for messages that point back at an opening bracket or quote.
    static func describe(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var locator = TextLocator(bytes)
        let (line, column) = locator.location(of: offset)
        return "\(line):\(column)"
    }
}
