import FunnelDomain

/// A KPI's explanation in Chinese: the formula in the terms' Chinese names, the same
/// numbers, and the notes.
///
///     总体进店率 = (期初库存中已进店 + 新增中已进店) ÷ (期初库存有望客户 + 新增有望客户)
///               = (160 + 50) ÷ (200 + 100) = 70.0%
extension ExplanationText {
    /// `(期初库存中已进店 + 新增中已进店) ÷ (期初库存有望客户 + 新增有望客户)`.
    public static func chineseFormula(_ definition: KPIDefinition) -> String {
        let top = KPIDefinition.sum(definition.numerator.map { ($0.chineseName, $0.subtracted) })
        guard !definition.denominator.isEmpty else { return top }
        let bottom = KPIDefinition.sum(definition.denominator.map { ($0.chineseName, $0.subtracted) })
        return KPIDefinition.bracketed(top, parts: definition.numerator.count) + " ÷ "
            + KPIDefinition.bracketed(bottom, parts: definition.denominator.count)
    }

    /// The value: `70.0%`, `3.33`, `80`, or `无定义`.
    public static func chineseValue(_ explanation: KPIExplanation) -> String {
        explanation.value.value.map { NumberText.value($0, kind: explanation.definition.kind) } ?? "无定义"
    }

    // swiftlint:disable:next function_body_length
    public static func chinese(_ note: KPIExplanation.Note) -> String {
        switch note {
        case .countedAsOf(let window):
            return "截至 \(window.asOf) 统计：\(window.period.label) 到 \(window.end) 结束，\(window.asOf) 之后的记录不计入"
        case .days(let window):
            return "天数：\(window.start)..\(window.asOf)，共 \(window.elapsedDays) 天"
        case .targetMonth(let month):
            var line = "\(month.month.label)：目标 \(month.target)"
            if month.daysInPeriod != month.month.dayCount {
                line += " × \(month.daysInPeriod)/\(month.month.dayCount) 天 = " + NumberText.term(month.prorated)
            }
            if month.summedFromConsultants { line += "（各销售顾问的目标之和：没有全店的目标行）" }
            return line
        case .noTarget(let reason):
            return "无定义：" + TargetText.chinese(reason)
        case .zeroDenominator:
            return "无定义：分母为 0"
        case .outsideTheBase(let count, let term):
            return "“\(ChineseNames.term(named: term))”中有 \(count) 张卡不在有望客户基数内（日期前后矛盾），仍照样计入"
        case .inventoryIdentity(let opening, let new, let deliveries, let losses):
            return "进销存恒等式：期初 + 新增 − 成交 − 战败 = \(opening) + \(new) − \(deliveries) − \(losses) = "
                + "\(opening + new - deliveries - losses)"
        case .brokenIdentity(let count):
            return "\(count) 张卡的日期不满足该恒等式（进销存报表列出这些卡）"
        case .cycles(let cycles):
            return "每次联系后，下次联系按当时级别的跟进周期到期：" + ChineseNames.cycles(cycles)
        case .uncountedDueEvents(let closed, let open, let ungraded):
            var parts: [String] = []
            if closed > 0 { parts.append("\(closed) 个应跟进事件在到期前已结束（卡已成交、战败或休眠）") }
            if open > 0 { parts.append("\(open) 个在 \(Self.dayOfT) 当天到期、尚未跟进") }
            if ungraded > 0 { parts.append("本期 \(ungraded) 次联系当天的级别未知（不产生应跟进事件）") }
            return "未计入：" + parts.joined(separator: "；")
        case .withoutResponseTimes(let count):
            return PhraseText.chineseWithoutResponseTimes(count)
        }
    }
}
