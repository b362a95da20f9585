import FunnelDomain
import FunnelStore

/// Column headers in Chinese, for a dealer's own staff (`--lang zh`).
///
/// A header is found, in this order: a column only results have (`numerator` 分子,
/// `share` 占比), a KPI (its display name), a funnel stage counted per group, a
/// derived card field, then a stored field of customers, follow-ups, traffic and
/// targets (its first Chinese alias, so the header is a name queries accept), then
/// the forms results build from field names: `customer.grade` (客户意向级别),
/// `avg_card_age` (平均卡龄), `month(created)` (月(留档日期)). A name none of these
/// knows — a field only the data has, such as `city` — is kept as it is.
///
/// The column's type settles the names results use twice: `phone` is the phone
/// number as text but the channel as a count (capture progress), `due` is the work
/// list's yes/no but a callback's date, `ordered` a date but a funnel stage's count.
public enum HeaderText {
    public static func chinese(_ name: String, type: ColumnType?) -> String? {
        if let word = byType(name, type) { return word }
        if let word = resultColumns[name] { return word }
        if let kpi = KPI(rawValue: name) { return kpi.definition.chineseName }
        if let field = DerivedField(rawValue: name) { return field.aliases.first }
        if let word = storedField(name, type) { return word }
        return built(name, type)
    }

    /// Columns only results have: KPI tables, reports, plans, explanations.
    static let resultColumns: [String: String] = [
        "id": "编号",
        "kpi": "指标",
        "period": "期间",
        "numerator": "分子",
        "denominator": "分母",
        "value": "数值",
        "count": "数量",
        "total": "合计",
        "cards": "卡数",
        "share": "占比",
        "group": "组",
        "stage": "阶段",
        "of_previous": "占上一阶段",
        "of_new_cards": "占新增",
        "skipped": "跳过",
        "delivered_of_new": "新增中成交",
        "term": "项",
        "part": "部分",
        "counts": "含义",
        "list_with": "列出明细的语句",
        "due_events": "应跟进事件数",
        "opening": "期初库存",
        "in": "新增",
        "losses": "战败数",
        "out": "消耗",
        "closing": "期末库存",
        "check": "核对",
        "deliveries_came_from": "成交来源",
        "traffic": "展厅流量",
        "captures": "留档流量",
        "no_channel": "无渠道",
        "orders_expected": "预计订单",
        "deliveries_expected": "预计成交",
        "level": "级别",
        "age_band": "卡龄段",
        "days_after": "交车后天数",
        "step": "步骤",
        "arithmetic": "算式",
        "result": "结果",
        "target": "目标",
        "score": "得分",
        "change": "变化",
        "change_points": "变化(百分点)",
        "relative": "相对变化",
        "hour": "小时",
        "weekday": "星期几",
        "day": "日",
        "week": "周",
        "month": "月份",
        "quarter": "季度",
        "year": "年",
    ]

    /// Names whose meaning goes with the column's type.
    private static func byType(_ name: String, _ type: ColumnType?) -> String? {
        switch (name, type) {
        case ("kind", .enumeration(let vocabulary)?):
            if vocabulary == FollowupKind.vocabulary { return "跟进方式" }
            if vocabulary == TrafficKind.vocabulary { return "流量类型" }
            return "客户类型"
        case ("due", .date?): return "应回访日期"
        case ("walkin", .int?), ("phone", .int?), ("outreach", .int?):
            return Channel.vocabulary.code(for: name).flatMap(Channel.vocabulary.chineseWord)
        case (_, .int?):
            return FunnelStageKind(rawValue: name).map(\.chineseName)
        default: return nil
        }
    }

    /// A stored field's first Chinese alias, customers' before the other tables'.
    private static func storedField(_ name: String, _ type: ColumnType?) -> String? {
        if name == "kind" { return "类型" }
        for schema in TableSchema.all {
            if let field = schema.fields.first(where: { $0.name == name }) { return field.aliases.first }
        }
        return nil
    }

    /// `customer.grade`, `avg_card_age`, `sum_key_questions`, `min_created`,
    /// `max_created`, `month(created)`.
    private static func built(_ name: String, _ type: ColumnType?) -> String? {
        if name.hasPrefix("customer.") {
            let field = String(name.dropFirst("customer.".count))
            return chinese(field, type: type).map { "客户" + $0 }
        }
        let isDate = type == .date
        let aggregates: [(String, (String) -> String)] = [
            ("avg_", { "平均" + $0 }), ("sum_", { $0 + "合计" }),
            ("min_", { (isDate ? "最早" : "最小") + $0 }), ("max_", { (isDate ? "最晚" : "最大") + $0 }),
        ]
        for (prefix, word) in aggregates where name.hasPrefix(prefix) {
            let field = String(name.dropFirst(prefix.count))
            if let chinese = chinese(field, type: nil) { return word(chinese) }
        }
        if name.hasSuffix(")"), let open = name.firstIndex(of: "(") {
            let grain = String(name[..<open])
            let field = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            if let grainWord = ChineseNames.grain(grain), let fieldWord = chinese(field, type: nil) {
                return grainWord + "(" + fieldWord + ")"
            }
        }
        return nil
    }
}
