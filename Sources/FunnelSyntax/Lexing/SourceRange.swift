/// A span of the statement text, in UTF-8 byte offsets. Line and column are worked
/// out only when an error is shown (see `SourceText`).
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    public var description: String { "\(start)..<\(end)" }
}

/// The text of a script, with what error messages need: line and column of an
/// offset, and the line itself.
public struct SourceText: Sendable {
    public let text: String
    /// Name shown in messages: a file name, or `nil` for typed input.
    public let name: String?
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    public init(_ text: String, name: String? = nil) {
        self.text = text
        self.name = name
        bytes = Array(text.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        lineStarts = starts
    }

    /// 1-based line and column (in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(0, offset), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        let column = String(decoding: bytes[start..<clamped], as: UTF8.self).count + 1
        return (low + 1, column)
    }

    /// The text of a 1-based line, without its line end.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The text of a range (clamped to the source).
    public func slice(_ range: SourceRange) -> String {
        let s = min(max(0, range.start), bytes.count), e = min(max(s, range.end), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    public var byteCount: Int { bytes.count }
}
