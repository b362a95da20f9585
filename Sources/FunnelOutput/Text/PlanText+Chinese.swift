import FunnelDomain

/// A plan's steps in Chinese, as a trainer reads them out: `所需有望客户基数`,
/// `30 ÷ 16.0% = 30 × 150 ÷ 24` (the arithmetic is the same in every language),
/// `188 张卡`.
extension PlanText {
    public static func chineseLabel(_ step: PlanStep) -> String {
        switch step.kind {
        case .closeRate(let reference, _, _): "\(reference) 的成交率"
        case .requiredBase: "所需有望客户基数"
        case .openingStock(let period, _): "\(period) 期初库存"
        case .requiredNewCards: "所需新增有望客户"
        case .requiredChannelCards(let channel, _, _, _, _):
            "所需\(channel?.chineseWords.first ?? "无渠道")留档"
        case .requiredShowroomCards: "所需展厅留档"
        case .captureRate(let reference, _, _): "\(reference) 的留档率"
        case .requiredNewTraffic: "所需新增流量"
        case .requiredTraffic: "所需展厅流量"
        case .refillCloseRate: "成交率"
        case .prospectsPerSale: "每成交一台所需新增有望客户"
        case .requiredNewProspects: "所需新增有望客户"
        }
    }

    public static func chineseResult(_ step: PlanStep) -> String {
        let rounded = step.rounded.map(String.init) ?? ""
        switch step.kind {
        case .closeRate, .captureRate, .refillCloseRate:
            return step.result.map(NumberText.percent) ?? "无定义"
        case .requiredBase, .openingStock, .requiredNewCards, .requiredShowroomCards:
            return "\(rounded) 张卡"
        case .requiredChannelCards(_, _, _, _, let share):
            return "\(rounded) 张卡（占比 \(NumberText.percent(share))）"
        case .requiredNewTraffic, .requiredTraffic:
            return "\(rounded) 条流量"
        case .prospectsPerSale:
            return step.result.map(NumberText.term) ?? "无定义"
        case .requiredNewProspects:
            return "\(rounded) 个新增有望客户"
        }
    }

    public static func chinese(_ remark: PlanRemark) -> String {
        switch remark {
        case .noDeliveriesIn(let reference): "\(reference) 没有成交：无法据此规划有望客户基数"
        case .notStarted(let period, let today):
            "\(period) 尚未开始：以今天（\(today)）的跟进客户作为它的期初库存"
        case .stockCoversBase: "期初库存已够所需的有望客户基数"
        }
    }

    public static func chinese(_ stop: PlanStop) -> String {
        switch stop {
        case .negativeTarget: "成交目标须为 0 或以上"
        case .closeRateUnusable(let reference, let undefined): "\(reference) 的成交率\(undefined ? "无定义" : "为 0")"
        case .targetTooLarge: "目标太大，无法规划"
        case .noNewCards(let reference): "\(reference) 没有新增有望客户：没有渠道构成可据以规划留档"
        case .captureRateUnusable(let reference, let undefined):
            "\(reference) 的留档率\(undefined ? "无定义" : "为 0")：无法据此规划展厅流量"
        }
    }
}
