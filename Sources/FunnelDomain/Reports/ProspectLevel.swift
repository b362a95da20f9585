import FunnelStore

/// Seed 001's prospect levels (意向客户级别) P0..P4, read from the grades (domain.md §8,
/// ours): P0 is grade O (an order signed), P1 H, P2 A, P3 B, P4 C. Grade N (无望) has no
/// level.
public enum ProspectLevel: Int, CaseIterable, Hashable, Sendable {
    case p0, p1, p2, p3, p4

    /// `P0` ... `P4`, as the seed writes them.
    public var name: String { "P\(rawValue)" }

    /// The grade the level is read from.
    public var grade: Grade { [Grade.O, .H, .A, .B, .C][rawValue] }

    /// The level of a grade; `nil` for N.
    public init?(grade: Grade) {
        guard let level = ProspectLevel.allCases.first(where: { $0.grade == grade }) else { return nil }
        self = level
    }

    /// What the seed says a card at the level is about to do (下单时间).
    public var chineseMeaning: String {
        ["签订订单订车", "7日内可能订车", "7天以上15天内可能订车", "15天以上1个月内可能订车", "1个月以上1年以内可能订车"][rawValue]
    }

    /// The levels whose horizon ends within a month of the level day: each card at
    /// them is an order expected in the month of a progress sheet (ours). P0 has
    /// ordered already: it is a delivery expected in the month.
    public static let ordersExpected: [ProspectLevel] = [.p1, .p2, .p3]
}
