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

    /// The words for the age band, which is no stored field (`age band`, `card_age`,
    /// 卡龄); the other dimensions are named by their field, in any of its names.
    public static let ageBandWords: Set<String> = ["age band", "age_band", "ageband", "card_age", "卡龄", "卡龄段"]

    /// The dimension of a stored customers field, by its canonical name.
    public init?(field: String) {
        guard let found = StructureDimension.allCases.first(where: { $0.field == field }) else { return nil }
        self = found
    }
}
