/// SQL `LIKE`: `%` any run of characters, `_` one character; case-insensitive, as in sqlite.
public struct LikePattern: Sendable {
    /// The pattern, lowercased (the SQL engine sends it as `lower(x) LIKE pattern`).
    let text: String
    private let pattern: [Character]

    init(_ text: String) {
        self.text = text.lowercased()
        pattern = Array(self.text)
    }

    func matches(_ text: String) -> Bool {
        let s = Array(text.lowercased())
        // Iterative wildcard matching with one backtrack point: linear in practice,
        // never recursive, so no input can blow the stack.
        var p = 0, i = 0
        var star = -1, mark = 0
        while i < s.count {
            if p < pattern.count, pattern[p] == "_" || (pattern[p] != "%" && pattern[p] == s[i]) {
                p += 1
                i += 1
            } else if p < pattern.count, pattern[p] == "%" {
                star = p
                mark = i
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                i = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "%" { p += 1 }
        return p == pattern.count
    }
}
