/// The language people read results and errors in: `--lang en|zh`, `.lang en|zh`.
///
/// It changes words only, and only where people read them: table and markdown
/// output (headers, enum values, KPI names, phrases, notes) and error text. CSV and
/// JSON, which programs read, are the same in every language (docs/language.md,
/// "Chinese display"). Statements are typed the same way in both: keywords and
/// names stay what they are, and the Chinese names of fields, values and KPIs are
/// accepted in both.
public enum DisplayLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case chinese = "zh"

    /// The language named `en`, `zh` (any case; `zh-CN`, `zh_CN` and `中文` too), or `nil`.
    public init?(named name: String) {
        let lowered = name.lowercased()
        switch lowered {
        case "en", "english", "英文", "英语": self = .english
        case "zh", "zh-cn", "zh_cn", "zh-hans", "chinese", "中文", "汉语": self = .chinese
        default: return nil
        }
    }

    /// The language phrases are worded in while a result is rendered: `Renderer` sets
    /// it from `RenderOptions.language` around each rendering, so every renderer (and
    /// `CellText`, which words phrase cells for all of them) says `(none)` or `（无）`
    /// without a language of its own to pass along. English everywhere else.
    @TaskLocal public static var current: DisplayLanguage = .english

    /// The names `--lang` and `.lang` list: `en, zh`.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
