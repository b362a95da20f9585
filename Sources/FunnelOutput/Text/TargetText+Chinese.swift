import FunnelDomain

/// Why a KPI has no target, in Chinese.
extension TargetText {
    public static func chinese(_ absence: TargetAbsence) -> String {
        switch absence {
        case .notSetPer(let field): "目标按经销商和销售顾问设定，不按\(ChineseNames.field(field))"
        case .withoutValue(let field): "没有\(ChineseNames.field(field))的卡没有目标"
        case .conditionNotSimple:
            "目标只适用于用 and 连接的 consultant = X 或 consultant in (X, Y)，不适用于 or 或 not"
        case .notGiven: "没有给这一组设定目标"
        }
    }

    public static func chinese(_ shortfall: TargetShortfall) -> String {
        switch shortfall {
        case .notApplicable(let reason): chinese(reason)
        case .noTarget(let consultants?, let period): "\(period) 没有\(ChineseNames.list(consultants))的目标"
        case .noTarget(nil, let period): "\(period) 没有目标"
        case .missingMonths(let months, let more):
            ChineseNames.list(months) + (more > 0 ? " 等（另有 \(more) 个月）" : "") + "没有目标"
        }
    }
}
