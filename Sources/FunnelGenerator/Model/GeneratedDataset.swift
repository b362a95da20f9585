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
}
