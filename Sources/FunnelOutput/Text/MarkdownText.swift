/// Text made safe for Markdown (CommonMark with GitHub's tables): what a value or a
/// note says is shown as written, never read as formatting or table structure.
enum MarkdownText {
    /// Inline text with the characters that could format it escaped: `\`, `` ` ``, `*`,
    /// `[`, `]`, `<`, `>`, `|`, `~`, and `_` where it could open or close emphasis
    /// (at the edge of a word; `overall_visit_rate` stays as it is).
    static func inline(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "[", "]", "<", ">", "|", "~":
                result += "\\" + String(character)
            case "_":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                let insideWord = (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber)
                result += insideWord ? "_" : "\\_"
            default:
                result.append(character)
            }
        }
        return result
    }

    /// A line as a paragraph of its own: inline text without the indent (which would
    /// make it code), with a first character that would start a heading, a list, a
    /// quote or a rule escaped (`# `, `- `, `1. `).
    static func paragraph(_ line: String) -> String {
        var text = inline(String(line.map { $0.isNewline ? " " : $0 }.drop { $0 == " " || $0 == "\t" }))
        guard let first = text.first else { return text }
        if "#-+=".contains(first) {
            text.insert("\\", at: text.startIndex)
        } else if first.isASCII, first.isNumber,
                  let end = text.firstIndex(where: { !($0.isASCII && $0.isNumber) }), text[end] == "." || text[end] == ")" {
            text.insert("\\", at: end)
        }
        return text
    }

    /// A code span holding `text` as it is: delimited by one backtick more than the
    /// longest run inside, padded with spaces when it starts or ends with one.
    static func code(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        let ticks = String(repeating: "`", count: longestRun(of: "`", in: flat) + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return ticks + pad + flat + pad + ticks
    }

    /// A code fence longer than any run of backticks in `text` (at least three).
    static func fence(for text: String) -> String {
        String(repeating: "`", count: max(3, longestRun(of: "`", in: text) + 1))
    }

    private static func longestRun(of mark: Character, in text: String) -> Int {
        var longest = 0, run = 0
        for character in text {
            run = character == mark ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
