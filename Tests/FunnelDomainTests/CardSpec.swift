import FunnelStore

/// A card written the way the spec talks about it: dates as `YYYY-MM-DD` text, `nil`
/// for "not set". Defaults give a complete walk-in card.
struct CardSpec: Sendable {
    var id: String
    var created: String
    var channel: Channel? = .walkin
    var name: String? = "张三"
    var phone: String? = "13812345678"
    var model: String? = "Octavia"
    var ordered: String? = nil
    var delivered: String? = nil
    var lost: String? = nil
    var dormant: String? = nil
    var nextFollowup: String? = nil
    var grade: Grade? = nil
}
