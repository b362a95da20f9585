/// What the customer-structure report breaks the following cards down by.
public enum StructureDimension: String, CaseIterable, Hashable, Sendable {
    case grade, channel, model, source
    case ageBand = "age band"

    /// The customers field behind the dimension; `nil` for the age band (derived).
    public var field: String? {
        switch self {
        case .grade: "grade"
        case .channel: "channel"
        case .model: "model"
        case .source: "source"
        case .ageBand: nil
        }
    }

    /// The dimension for `grade`, `age band` / `age_band` / `card_age`, or a Chinese name.
    public init?(name: some StringProtocol) {
        let text = String(name).trimmingSpaces.lowercased()
        switch text {
        case "grade", "意向级别", "级别": self = .grade
        case "channel", "留档渠道", "渠道": self = .channel
        case "model", "意向车型", "车型": self = .model
        case "source", "来源": self = .source
        case "age band", "age_band", "ageband", "card_age", "卡龄", "卡龄段": self = .ageBand
        default: return nil
        }
    }
}
