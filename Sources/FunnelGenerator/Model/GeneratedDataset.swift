import FunnelStore

/// A whole dataset in memory, in the compact form the writers read.
///
/// Cards are in id order (C000001 first) and ids follow creation dates; traffic is
/// in time order and gets its ids (T000001...) from its position.
struct GeneratedDataset: Sendable {
    var dealer: String
    var asOf: Day
    var consultants: [String]
    var cards: [CardRecord]
    var traffic: [TrafficRecord]
    var targets: [TargetRecord]

    var followupCount: Int { cards.reduce(0) { $0 + $1.followups.count } }

    /// `C000001` for index 0: at least six digits, more for huge datasets.
    static func cardID(_ index: Int) -> String { "C" + zeroPadded(index + 1, width: 6) }
    /// `T000001` for index 0.
    static func trafficID(_ index: Int) -> String { "T" + zeroPadded(index + 1, width: 6) }

    static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
