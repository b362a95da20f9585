import FunnelDomain
import FunnelStore

/// A seeded random dealer for the KPI and report property tests: a few thousand cards
/// with consultants, models, grades, sources and lost reasons, their follow-ups, the
/// showroom traffic they came from, and monthly targets, written as JSON and loaded
/// the way a dealer's file is.
///
/// Dates are consistent: a card has at most one terminal event (delivered or lost), on
/// or after its capture; an order falls between capture and the terminal date;
/// follow-ups between capture and the terminal date. `strays` adds a few cards whose
/// dates contradict each other (delivered and lost, a terminal date before capture),
/// which the inventory report must name.
enum KPIRandomDealer {
    static let firstDay = day("2009-01-01")
    static let consultants = ["Li", "Wang", "Zhao", "Chen", "Liu"]
    static let models = ["Octavia", "Superb", "Fabia", "Yeti"]
    static let sources = ["website", "autohome", "auto_show", "referral"]
    static let grades = ["O", "H", "A", "B", "C", "N"]
    static let reasons = ["competitor", "same_brand", "gave_up", "out_of_region", "unreachable"]
    static let channels = ["walkin", "phone", "outreach"]

    static func dataset(seed: UInt64, cards cardCount: Int, strays: Bool = false) throws -> Dataset {
        var rng = SplitMix64(state: seed)
        var customers: [String] = [], followups: [String] = [], traffic: [String] = [], targets: [String] = []
        func pick(_ values: [String], missing percent: Int = 0) -> String? {
            rng.chance(percent) ? nil : values[rng.below(values.count)]
        }
        func field(_ key: String, _ value: String?) -> String { value.map { #", "\#(key)": "\#($0)""# } ?? "" }

        for index in 0..<cardCount {
            let id = "c\(index)"
            let created = firstDay + rng.below(700)
            let channel = pick(channels, missing: 2)
            let consultant = pick(consultants, missing: 5)
            var text = #"{"id": "\#(id)", "created": "\#(created)""#
            text += field("channel", channel) + field("consultant", consultant)
            text += field("model", rng.chance(3) ? " " : pick(models, missing: 2))
            text += field("source", pick(sources, missing: 30)) + field("grade", pick(grades, missing: 3))
            text += field("name", rng.chance(4) ? "" : "客户\(index)")
            text += field("phone", rng.chance(5) ? "12345" : "13\(String(100_000_000 + rng.below(3000)))")

            var terminal: Day?
            switch rng.below(100) {
            case 0..<30:
                let delivered = created + rng.below(120)
                terminal = delivered
                text += field("delivered", delivered.description)
                if rng.chance(85) { text += field("ordered", (created + rng.below(delivered - created + 1)).description) }
            case 30..<50:
                let lost = created + rng.below(200)
                terminal = lost
                text += field("lost", lost.description) + field("lost_reason", pick(reasons, missing: 20))
                if rng.chance(10) { text += field("ordered", (created + rng.below(lost - created + 1)).description) }
            default:
                if rng.chance(15) { text += field("ordered", (created + rng.below(150)).description) }
            }
            if strays && rng.chance(2) {
                // Contradicting dates: a loss on top of a delivery, or a loss before capture.
                text += terminal == nil ? field("lost", (created - 1 - rng.below(20)).description)
                    : field(text.contains("delivered") ? "lost" : "delivered", (terminal ?? created).description)
            }
            let horizon = terminal.map { $0 - created } ?? 250
            if rng.chance(20) { text += field("dormant", (created + rng.below(horizon + 1)).description) }
            if rng.chance(70) { text += field("next_followup", (created + rng.below(horizon + 30)).description) }
            customers.append(text + "}")

            // The showroom entry the card came from.
            if channel == "walkin" || channel == "phone" {
                let receiver = rng.chance(80) ? consultant : pick(consultants)
                let kind = channel == "walkin" ? "visit" : "call"
                traffic.append(#"{"time": "\#(created)", "kind": "\#(kind)", "result": "captured", "#
                    + #""customer": "\#(id)""# + field("consultant", receiver) + "}")
            }
            for _ in 0..<rng.below(7) {
                let date = rng.chance(15) ? created : created + rng.below(horizon + 1)
                let kind = ["visit", "call", "message", "home_visit"][rng.below(4)]
                followups.append(#"{"customer": "\#(id)", "date": "\#(date)", "kind": "\#(kind)", "#
                    + #""intro": \#(rng.chance(40)), "test_drive": \#(rng.chance(25)), "#
                    + #""negotiation": \#(rng.chance(30))}"#)
                if kind == "visit" && rng.chance(70) {
                    traffic.append(#"{"time": "\#(date)", "kind": "visit", "result": "followup", "customer": "\#(id)""#
                        + field("consultant", consultant) + "}")
                }
            }
        }
        // Visitors who left nothing.
        for _ in 0..<(cardCount / 2) {
            traffic.append(#"{"time": "\#(firstDay + rng.below(760))", "kind": "visit", "result": "none""#
                + field("consultant", pick(consultants, missing: 10)) + "}")
        }
        // Monthly targets: the dealer's and each consultant's, with a few months missing.
        var month = firstDay
        while month < day("2011-01-01") {
            let label = String(month.description.prefix(7))
            if !rng.chance(10) { targets.append(#"{"month": "\#(label)", "deliveries": \#(20 + rng.below(20))}"#) }
            for name in consultants where !rng.chance(10) {
                targets.append(#"{"month": "\#(label)", "consultant": "\#(name)", "deliveries": \#(2 + rng.below(6))}"#)
            }
            month = PeriodGrain.month.period(containing: month).end + 1
        }
        let json = #"{"as_of": "2010-12-31", "customers": ["# + customers.joined(separator: ",\n")
            + "],\n" + #""followups": ["# + followups.joined(separator: ",\n")
            + "],\n" + #""traffic": ["# + traffic.joined(separator: ",\n")
            + "],\n" + #""targets": ["# + targets.joined(separator: ",\n") + "]}"
        return try KPIFixture.load(json)
    }

    /// A period of a random kind starting between 2009-01 and 2010-11, and a today
    /// on or after its start.
    static func window(_ rng: inout SplitMix64) throws -> AsOfPeriod {
        let anchor = firstDay + rng.below(700)
        let period: Period
        switch rng.below(6) {
        case 0: period = Period.day(anchor)
        case 1: period = PeriodGrain.week.period(containing: anchor)
        case 2: period = PeriodGrain.month.period(containing: anchor)
        case 3: period = PeriodGrain.quarter.period(containing: anchor)
        case 4: period = PeriodGrain.year.period(containing: anchor)
        default: period = Period.range(from: anchor, to: anchor + rng.below(120)) ?? Period.day(anchor)
        }
        return try AsOfPeriod(period: period, today: period.start + rng.below(period.dayCount + 60))
    }

    /// A random subset of the cards, standing for a `where`.
    static func filter(_ rng: inout SplitMix64, count: Int) -> Bitmap {
        var bitmap = Bitmap(count: count)
        for c in 0..<count where rng.chance(60) { bitmap.insert(c) }
        return bitmap
    }
}
