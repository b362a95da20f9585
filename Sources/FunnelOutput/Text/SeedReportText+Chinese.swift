import FunnelDomain
import FunnelEngine
import FunnelStore

/// The key management report, the prospect progress sheet and callbacks in Chinese,
/// in the words of seeds 001 and 002 (关键管理报表, 意向客户进度状况表, 成交回访).
extension SeedReportText {
    static func chinese(_ phrase: SeedReportPhrase) -> String {
        switch phrase {
        case .keyReportHeading(let current, let previous, let field):
            "关键管理报表 \(ChineseNames.window(current))，对比 \(ChineseNames.window(previous))"
                + (field.map { "，按\(ChineseNames.field($0))" } ?? "")
        case .keyReportChange:
            "变化：比率为相差的百分点，计数为差值；相对变化：(P − Q) ÷ Q"
        case .previousLikeForLike(let previous, let current):
            "\(previous.period.label) 截至 \(previous.asOf) 统计，与 \(current.period.label) 到今天走过的进度相同"
        case .levelsHeading(let day, let period):
            "\(day)（\(period) 的前一天）的跟进客户按级别（资料 001）："
                + ProspectLevel.allCases.map { "\($0.name) = \($0.grade.chineseWords.first ?? $0.grade.token)" }
                    .joined(separator: "、")
                + "，其后为 N级 和无级别"
        case .sourcesHeading(let period):
            "\(period) 的新增有望客户按来源："
        case .noSourceField:
            "数据没有来源（source）字段：新增有望客户不按来源细分"
        case .expectationsHeading(let period):
            "\(period) 的订单与成交，预计与实际："
        case .expectationsMeaning(let day):
            "预计：订单来自 \(day) 处于 P1、P2 或 P3 的卡（一个月内下订），成交来自处于 P0 的卡（已下订、未交车）；"
                + "实际：本期所有卡的订单与成交；目标：目标表的成交目标"
        case .callbacksToMake(let listed, let tally, let day, let rule):
            "\(day) 要做的成交回访 \(listed) 个：当天未结 \(tally.considered) 个，当天到期 \(tally.dueOnDay) 个，"
                + "已做 \(tally.made) 个；" + chinese(rule)
        case .callbacksMissed(let listed, let tally, let window, let rule):
            "\(window.period.label) 漏做的成交回访 \(listed) 个：在 \(window.today) 之前于本期截止的 "
                + "\(tally.considered) 个中，按时做了 \(tally.made) 个；" + chinese(rule)
        }
    }

    /// `交车后第 1、7、30 天应回访，应回访日至其后 2 天内有跟进即算已做`.
    private static func chinese(_ rule: CallbackRule) -> String {
        "交车后第 " + rule.days.map(String.init).joined(separator: "、") + " 天应回访，应回访日至其后 "
            + "\(rule.grace) 天内有跟进即算已做"
    }
}
