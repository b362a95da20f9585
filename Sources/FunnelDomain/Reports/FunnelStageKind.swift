/// The stages of the sales funnel (销售漏斗, domain.md §6), in order.
public enum FunnelStageKind: String, CaseIterable, Hashable, Sendable {
    case showroomTraffic = "showroom_traffic"
    case newCards = "new_cards"
    case visited
    case testDriven = "test_driven"
    case ordered
    case delivered

    /// `new cards`, `visited by T`, ...
    public var name: String {
        switch self {
        case .showroomTraffic: "showroom traffic"
        case .newCards: "new cards"
        case .visited: "visited by T"
        case .testDriven: "test-driven by T"
        case .ordered: "ordered by T"
        case .delivered: "delivered by T"
        }
    }

    public var chineseName: String {
        switch self {
        case .showroomTraffic: "展厅流量"
        case .newCards: "新增有望客户(留档)"
        case .visited: "已进店"
        case .testDriven: "已试乘试驾"
        case .ordered: "已下订"
        case .delivered: "已成交(交车)"
        }
    }
}
