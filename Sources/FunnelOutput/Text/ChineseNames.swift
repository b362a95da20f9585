import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The Chinese names the Chinese sentences and headers share: of fields, KPIs, types,
/// periods as of a day, grains and the follow-up cycles. The names come from the
/// catalogs where they have one (a field's first Chinese alias, a KPI's display name,
/// a work list's), so a name shown is one a query accepts.
enum ChineseNames {
    /// `“grde”`: how a Chinese sentence quotes a name or a value as written.
    static func quoted(_ text: String) -> String { "“" + text + "”" }

    /// A field by its Chinese name (`意向级别` for `grade`, `客户意向级别` for
    /// `customer.grade`), or its own name when it has none (a field only the data has).
    static func field(_ name: String) -> String {
        HeaderText.chinese(name, type: nil) ?? name
    }

    /// A KPI by its Chinese display name (`总体进店率`), or the name as given when no KPI
    /// has it.
    static func kpi(_ name: String) -> String {
        KPICatalog.named(name)?.chineseName ?? name
    }

    /// A KPI term by its Chinese name, looked up by the name a formula shows
    /// (`visited in opening` → `期初库存中已进店`).
    static func term(named name: String) -> String {
        for definition in KPICatalog.all {
            if let term = definition.terms.first(where: { $0.name == name }) { return term.chineseName }
        }
        return name
    }

    /// A table: `客户档案（customers）`.
    static func table(_ kind: TableKind) -> String {
        let schema = TableSchema.of(kind)
        return (schema.aliases.last ?? schema.name) + "（\(schema.name)）"
    }

    /// A column type in words: `整数`, `日期`, `选项`.
    static func type(_ type: ColumnType) -> String {
        switch type {
        case .int: "整数"
        case .double: "数字"
        case .bool: "是/否"
        case .date: "日期"
        case .string: "文本"
        case .enumeration(let vocabulary):
            "选项（" + vocabulary.tokens.joined(separator: "、") + "）"
        }
    }

    /// A period as of its day: `2010-10`, `2010-10（截至 2010-10-20）`,
    /// `2010-09（跟踪至 2010-10-31）`.
    static func window(_ window: AsOfPeriod) -> String {
        if window.isCohort { return "\(window.period.label)（跟踪至 \(window.asOf)）" }
        return window.isComplete ? window.period.label : "\(window.period.label)（截至 \(window.asOf)）"
    }

    /// A grain's word as a header or a piece says it: `月`, `周`, `星期几`.
    static func grain(_ grain: String) -> String? {
        switch grain {
        case "day": "日"
        case "week": "周"
        case "month": "月"
        case "quarter": "季度"
        case "year": "年"
        case "hour": "小时"
        case "weekday": "星期几"
        default: nil
        }
    }

    /// `最后一个月`, `最后一周`: the last piece of a period split by a grain.
    static func lastPiece(_ grain: String) -> String {
        switch grain {
        case "day": "最后一天"
        case "week": "最后一周"
        case "month": "最后一个月"
        case "quarter": "最后一个季度"
        case "year": "最后一年"
        default: "最后一段（\(grain)）"
        }
    }

    /// `O级 7天、H级 2天、A级 4天、B级 7天、C级 15天、N级 不跟进`: the follow-up cycles.
    static func cycles(_ cycles: FollowupCycles) -> String {
        Grade.allCases.map { grade in
            (grade.chineseWords.first ?? grade.token) + " " + (cycles[grade].map { "\($0)天" } ?? "不跟进")
        }.joined(separator: "、")
    }

    /// Whether a character is a Chinese (Han) character: what tells a Chinese line from
    /// an English one.
    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// A list as Chinese writes it: `a、b、c`.
    static func list(_ items: [String]) -> String { items.joined(separator: "、") }

    /// Where a KPI's definition comes from: `资料 002 §4.8`, `本项目定义`.
    static func source(_ source: KPISource) -> String {
        switch source {
        case .seed002(let section): "资料 002 \(section)"
        case .seed000(let name): "资料 000 \(name)"
        case .seed004(let place): "资料 004 \(place)"
        case .ours: "本项目定义（理由见 docs/kpis.md）"
        }
    }
}
