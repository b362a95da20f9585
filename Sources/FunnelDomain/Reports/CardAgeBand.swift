/// A band of card ages for the customer-structure report.
///
/// The bands are 0-7, 8-15, 16-30, 31-60, 61-90 and over 90 days: 7 and 15 days
/// are seed 001's and seed 002's short horizons (P1 within 7 days; grades H and A
/// buy within 15 days, and a phone or outreach card not visited after 15 days may be
/// set dormant), 30 and 90 days are grades B (within a month) and C (within three
/// months), and 60 days is the seed's own `card_age > 60` example. A following card
/// older than its grade's horizon shows up in a band past it.
public struct CardAgeBand: Hashable, Sendable, CustomStringConvertible {
    /// Youngest age in the band, in days.
    public let lower: Int32
    /// Oldest age in the band; `nil` for the last, open band.
    public let upper: Int32?

    public static let all: [CardAgeBand] = [
        CardAgeBand(lower: 0, upper: 7), CardAgeBand(lower: 8, upper: 15), CardAgeBand(lower: 16, upper: 30),
        CardAgeBand(lower: 31, upper: 60), CardAgeBand(lower: 61, upper: 90), CardAgeBand(lower: 91, upper: nil),
    ]

    /// `0-7`, `>90`.
    public var description: String { upper.map { "\(lower)-\($0)" } ?? ">\(lower - 1)" }

    /// `0-7天`, `90天以上`.
    public var chineseLabel: String { upper.map { "\(lower)-\($0)天" } ?? "\(lower - 1)天以上" }

    public func contains(_ age: Int32) -> Bool { age >= lower && (upper.map { age <= $0 } ?? true) }

    /// The index in `all` of the band holding `age` (a negative age, a card from the
    /// future, falls in the first band; following cards never have one).
    static func index(of age: Int32) -> Int {
        switch age {
        case ...7: 0
        case ...15: 1
        case ...30: 2
        case ...60: 3
        case ...90: 4
        default: 5
        }
    }
}
