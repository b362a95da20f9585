import FunnelStore

/// One showroom traffic entry; ids are given in time order when the dataset is written.
struct TrafficRecord: Sendable {
    var day: Day
    var minute: Int16
    var hasTime: Bool
    var kind: TrafficKind
    var result: TrafficResult
    /// Card index, or -1 for a visitor who left nothing.
    var customer: Int32
    /// Consultant index, or -1 when nobody was noted.
    var consultant: Int32
}
