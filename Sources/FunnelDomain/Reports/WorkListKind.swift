/// The daily work lists of seed 002's system (domain.md §6), except duplicates,
/// which come in groups (`DuplicateCards`).
public enum WorkListKind: String, CaseIterable, Hashable, Sendable {
    /// 今日待跟进: following, not dormant, next follow-up planned for the day.
    case due
    /// 逾期未跟进: following, not dormant, next follow-up planned before the day.
    case overdue
    /// 今日接触: cards with a follow-up on the day, or captured on it.
    case contacted
    /// 可休眠: active cards that meet seed 002's dormancy condition.
    case dormantEligible = "dormant_eligible"
    /// 按周期逾期: following, not dormant, the cycle due date (last contact + the cycle of
    /// the grade at T) before the day (domain.md §8.1).
    case overdueByCycle = "overdue_by_cycle"
    /// 明日待跟进: following, not dormant, the cycle due date the day after (seed 001's
    /// DSM reminds a day ahead).
    case dueTomorrow = "due_tomorrow"

    public var chineseName: String {
        switch self {
        case .due: "今日待跟进"
        case .overdue: "逾期未跟进"
        case .contacted: "今日接触"
        case .dormantEligible: "可休眠"
        case .overdueByCycle: "按周期逾期"
        case .dueTomorrow: "明日待跟进"
        }
    }
}
