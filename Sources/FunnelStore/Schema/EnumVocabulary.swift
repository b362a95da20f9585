/// The allowed values of an enum field: English tokens (matched in any case) and
/// their Chinese words (domain.md §1.5). A value's code is its index in `tokens`.
public struct EnumVocabulary: Hashable, Sendable {
    /// The code stored for a null value.
    public static let nullCode: UInt8 = .max

    /// The field's name, used in messages ("grade").
    public let name: String
    /// Canonical English tokens; output uses these.
    public let tokens: [String]
    /// Chinese words for each token, the first being the display word.
    public let chinese: [[String]]

    public init(name: String, tokens: [String], chinese: [[String]]) {
        precondition(tokens.count == chinese.count && tokens.count < Int(EnumVocabulary.nullCode))
        self.name = name
        self.tokens = tokens
        self.chinese = chinese
    }

    /// Builds the vocabulary of a Swift enum whose raw values are the codes.
    public init<E: FieldEnum>(_ type: E.Type) {
        let cases = E.allCases.sorted { $0.rawValue < $1.rawValue }
        self.init(name: E.fieldName, tokens: cases.map(\.token), chinese: cases.map(\.chineseWords))
    }

    /// The code for a spelling: the English token in any case, or a Chinese word.
    public func code(for text: some StringProtocol) -> UInt8? {
        let lowered = text.lowercased()
        if let index = tokens.firstIndex(where: { $0.lowercased() == lowered }) { return UInt8(index) }
        if let index = chinese.firstIndex(where: { $0.contains(String(text)) }) { return UInt8(index) }
        return nil
    }

    /// The English token of a code, or `nil` for the null code.
    public func token(_ code: UInt8) -> String? {
        Int(code) < tokens.count ? tokens[Int(code)] : nil
    }

    /// The display word in Chinese of a code.
    public func chineseWord(_ code: UInt8) -> String? {
        Int(code) < chinese.count ? chinese[Int(code)].first : nil
    }

    /// "walkin (进店), phone (电话), outreach (外拓)": what a message lists as allowed.
    /// A word that itself joins alternatives with "/" ("短信/微信", also accepted as
    /// "短信" and "微信") is listed once, as its parts.
    public var allowedDescription: String {
        zip(tokens, chinese).map { token, words in
            var parts: [String] = []
            for word in words {
                for part in word.split(separator: "/").map(String.init) where !parts.contains(part) {
                    parts.append(part)
                }
            }
            return parts.isEmpty ? token : "\(token) (\(parts.joined(separator: "/")))"
        }.joined(separator: ", ")
    }
}

/// A Swift enum that is stored as an enum column: raw values are the codes.
public protocol FieldEnum: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == UInt8 {
    /// The field name used in messages.
    static var fieldName: String { get }
    /// The canonical English token.
    var token: String { get }
    /// Chinese words, the first being the display word.
    var chineseWords: [String] { get }
}

extension FieldEnum {
    public static var vocabulary: EnumVocabulary { EnumVocabulary(Self.self) }
}
