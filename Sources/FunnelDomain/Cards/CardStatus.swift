import FunnelStore

/// Where a card stands as of a day T (domain.md §3), decided by its dates with this
/// precedence: `won` if delivered <= T, else `lost` if lost <= T, else `order` if
/// ordered <= T, else `dormant` if set dormant <= T, else `active`.
///
/// Raw values are the codes stored in `CardFacts.status` and follow the precedence,
/// so "following" (not won, not lost: order, dormant or active) is `rawValue >= 2`.
public enum CardStatus: UInt8, FieldEnum {
    case won, lost, order, dormant, active

    public static let fieldName = "status"

    public var token: String { ["won", "lost", "order", "dormant", "active"][Int(rawValue)] }

    public var chineseWords: [String] {
        [["成交", "成交客户", "车主"], ["战败", "战败客户"], ["订单", "订单客户"], ["休眠", "休眠客户"],
         ["活跃", "活跃客户"]][Int(rawValue)]
    }

    /// Following (跟进客户): a card still being worked, i.e. not won and not lost.
    public var isFollowing: Bool { rawValue >= CardStatus.order.rawValue }

    /// The statuses that make up the pseudo-status `following`.
    public static let following: [CardStatus] = [.order, .dormant, .active]

    /// The pseudo-status a query may name in `status = following`.
    public static let followingToken = "following"
    public static let followingWords = ["跟进客户", "跟进中"]

    /// The statuses a name stands for: one for a real status (English in any case, or
    /// Chinese), the three following ones for `following`; `nil` for anything else.
    public static func statuses(named text: some StringProtocol) -> [CardStatus]? {
        if text.lowercased() == followingToken || followingWords.contains(String(text)) { return following }
        return vocabulary.code(for: text).flatMap { CardStatus(rawValue: $0) }.map { [$0] }
    }

    /// The precedence rule on raw day numbers (`Int32.max` = not set), as the kernels use it.
    @inlinable
    public static func at(_ t: Int32, ordered: Int32, delivered: Int32, lost: Int32, dormant: Int32) -> CardStatus {
        if delivered <= t { return .won }
        if lost <= t { return .lost }
        if ordered <= t { return .order }
        if dormant <= t { return .dormant }
        return .active
    }
}
