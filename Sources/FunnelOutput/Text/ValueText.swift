import FunnelDomain
import FunnelStore

/// Values in Chinese, for a dealer's own staff (`--lang zh`): the Chinese word of an
/// enum value (`walkin` 进店, `O` O级, `won` 成交, `Monday` 星期一: the first of the
/// schema's Chinese words, which queries accept too), a KPI's display name, a funnel
/// stage's, `numerator` 分子. Data — names, models, sources — is never translated.
public enum ValueText {
    /// Yes/no as a cell shows it.
    public static func chinese(_ value: Bool) -> String { value ? "是" : "否" }

    /// The Chinese of the text `text` in a column (or a pivot's columns) of the field or
    /// result column `name`, or `nil` when it has none.
    public static func chinese(_ text: String, column name: String) -> String? {
        switch name {
        case "kpi": return kpi(text)
        case "part": return ["numerator": "分子", "denominator": "分母"][text]
        case "stage": return FunnelStageKind.allCases.first { $0.name == text }?.chineseName
        case "age_band": return CardAgeBand.all.first { $0.description == text }?.chineseLabel
        case "counts": return TermText.chinese(meaning: text)
        default: break
        }
        let field = name.hasPrefix("customer.") ? String(name.dropFirst("customer.".count)) : name
        for vocabulary in vocabularies(of: field) {
            if let code = vocabulary.tokens.firstIndex(of: text), let word = vocabulary.chineseWord(UInt8(code)) {
                return word
            }
        }
        return nil
    }

    /// Whether a column named `name` can hold values `chinese(_:column:)` translates.
    static func translates(column name: String) -> Bool {
        let field = name.hasPrefix("customer.") ? String(name.dropFirst("customer.".count)) : name
        return ["kpi", "part", "stage", "age_band", "counts"].contains(name) || !vocabularies(of: field).isEmpty
    }

    /// A KPI's name, or the key report's `new_cards (walkin)`: `留档数（进店）`.
    static func kpi(_ text: String) -> String? {
        if let kpi = KPI(rawValue: text) { return kpi.definition.chineseName }
        guard text.hasSuffix(")"), let open = text.firstIndex(of: "(") else { return nil }
        let name = text[..<open].trimmingCharacters(" ")
        let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        guard let kpi = KPI(rawValue: name) else { return nil }
        let part = chinese(inner, column: "channel") ?? inner
        return kpi.definition.chineseName + "（" + part + "）"
    }

    /// The enum vocabularies of the fields named `field`: the card's first (its stored
    /// fields, `status`), then follow-ups' and traffic's (`kind`), and the weekday grain.
    static func vocabularies(of field: String) -> [EnumVocabulary] {
        var found: [EnumVocabulary] = []
        if field == CardStatus.fieldName { found.append(CardStatus.vocabulary) }
        if field == Weekday.fieldName { found.append(Weekday.vocabulary) }
        for schema in TableSchema.all {
            guard let spec = schema.fields.first(where: { $0.name == field }),
                  case .enumeration(let vocabulary) = spec.type, !found.contains(vocabulary) else { continue }
            found.append(vocabulary)
        }
        return found
    }
}

extension Substring {
    fileprivate func trimmingCharacters(_ character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
