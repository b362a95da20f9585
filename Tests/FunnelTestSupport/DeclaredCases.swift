import Foundation

/// The cases an enum declares, read from its source file, and the case a value is:
/// with both, a table of samples can be checked to hold one of every case, so a case
/// added later without its words (a Chinese sentence, say) fails a test instead of
/// going unnoticed.
public enum DeclaredCases {
    /// The repository: this file is Tests/FunnelTestSupport/DeclaredCases.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The case names of the first `enum NAME` in the file at `path` (from the
    /// repository's root), in order: `case a(...)`, `case b, c`, `indirect case d`.
    /// Nested types' cases are not its own.
    public static func of(_ name: String, in path: String) -> [String] {
        guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { return [] }
        var depth = 0
        var base: Int?
        var names: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let code = line.components(separatedBy: "//").first ?? ""
            let trimmed = code.trimmingCharacters(in: .whitespaces)
            if let base, depth == base + 1 {
                var declaration = trimmed
                if declaration.hasPrefix("indirect ") { declaration.removeFirst("indirect ".count) }
                if declaration.hasPrefix("case ") {
                    names += caseNames(String(declaration.dropFirst("case ".count)))
                }
            } else if base == nil {
                let words = trimmed.split(separator: " ")
                if let index = words.firstIndex(of: "enum"), index + 1 < words.count,
                   words[index + 1].split(separator: ":").first.map(String.init) == name {
                    base = depth
                }
            }
            for character in code {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
            }
            if let base, depth <= base, code.contains("}") { break }
        }
        return names
    }

    /// `a(x: Int), b = "b", c` → a, b, c (commas inside brackets are a payload's).
    private static func caseNames(_ text: String) -> [String] {
        var names: [String] = []
        var current = ""
        var brackets = 0
        var skipping = false
        for character in text {
            switch character {
            case "(": brackets += 1; skipping = true
            case ")": brackets -= 1
            case "=" where brackets == 0: skipping = true
            case "," where brackets == 0:
                names.append(current)
                current = ""
                skipping = false
            default:
                if !skipping, brackets == 0, character.isLetter || character.isNumber || character == "_" {
                    current.append(character)
                }
            }
        }
        if !current.isEmpty { names.append(current) }
        return names.filter { !$0.isEmpty }
    }

    /// The case `value` is: `unknownField` for `.unknownField("grde", ...)`.
    public static func name(of value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .enum, let label = mirror.children.first?.label { return label }
        let text = String(describing: value)
        return String(text.prefix { $0 != "(" })
    }
}
