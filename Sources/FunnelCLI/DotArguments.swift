/// The words of a dot-command line, split as a shell would: blanks separate words,
/// `"..."` and `'...'` group them, and a backslash takes the next character as it is
/// (`.load my\ data.json`). Each word keeps its place in the line for the caret.
struct DotArguments: Equatable {
    struct Word: Equatable {
        let text: String
        /// UTF-8 byte range of the word as written, quotes and backslashes included.
        let range: Range<Int>
    }

    let words: [Word]
    /// The line ends inside a word (no blank after it): Tab completes that word.
    let endsInWord: Bool

    init(_ line: String) {
        var words: [Word] = []
        var text = ""
        var start: Int?
        var quote: UInt8?
        var escaped = false
        let bytes = Array(line.utf8)
        var pending: [UInt8] = []
        func flush(_ end: Int) {
            if let begun = start {
                text = String(decoding: pending, as: UTF8.self)
                words.append(Word(text: text, range: begun..<end))
            }
            pending.removeAll()
            start = nil
        }
        for (i, b) in bytes.enumerated() {
            if escaped {
                pending.append(b)
                escaped = false
                continue
            }
            if let open = quote {
                if b == open { quote = nil } else { pending.append(b) }
                continue
            }
            switch b {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                flush(i)
            case UInt8(ascii: "\\"):
                if start == nil { start = i }
                escaped = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if start == nil { start = i }
                quote = b
            default:
                if start == nil { start = i }
                pending.append(b)
            }
        }
        endsInWord = start != nil
        flush(bytes.count)
        self.words = words
    }

    /// A path as the completion inserts it: blanks, quotes and backslashes escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == " " || character == "\t" || character == "\"" || character == "'" || character == "\\" {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }
}
