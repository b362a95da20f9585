import FunnelDomain

/// Why a KPI has no target, in words.
public enum TargetText {
    public static func absence(_ absence: TargetAbsence) -> String {
        switch absence {
        case .notSetPer(let field): "targets are set per dealer and consultant, not per \(field)"
        case .withoutValue(let field): "no target for cards without a \(field)"
        case .conditionNotSimple:
            "targets follow only consultant = X or consultant in (X, Y) joined by and, not or / not"
        case .notGiven: "no target given for the group"
        }
    }

    public static func shortfall(_ shortfall: TargetShortfall) -> String {
        switch shortfall {
        case .notApplicable(let reason): absence(reason)
        case .noTarget(let consultants?, let period): "no target for \(consultants.joined(separator: ", ")) in \(period)"
        case .noTarget(nil, let period): "no target in \(period)"
        case .missingMonths(let months, let more):
            "no target for " + months.joined(separator: ", ") + (more > 0 ? " and \(more) more months" : "")
        }
    }
}
