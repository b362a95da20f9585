/// A monthly delivery target of one consultant.
struct TargetRecord: Sendable {
    var year: Int
    var month: Int
    var consultant: Int32
    var deliveries: Int
}
