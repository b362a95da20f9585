import FunnelDomain

/// A plan's steps in words, as a trainer reads them aloud: `required base`,
/// `30 ÷ 16.0% = 30 × 150 ÷ 24`, `188 cards`.
public enum PlanText {
    public static func label(_ step: PlanStep) -> String {
        switch step.kind {
        case .closeRate(let reference, _, _): "close rate of \(reference)"
        case .requiredBase: "required base"
        case .openingStock(let period, _): "opening stock of \(period)"
        case .requiredNewCards: "required new cards"
        case .requiredChannelCards(let channel, _, _, _, _): "required \(channel?.token ?? "no channel") cards"
        case .requiredShowroomCards: "required showroom cards"
        case .captureRate(let reference, _, _): "capture rate of \(reference)"
        case .requiredNewTraffic: "required new traffic"
        case .requiredTraffic: "required showroom traffic"
        case .refillCloseRate: "close rate"
        case .prospectsPerSale: "new prospects per sale"
        case .requiredNewProspects: "required new prospects"
        }
    }

    public static func arithmetic(_ step: PlanStep) -> String {
        switch step.kind {
        case .closeRate(_, let deliveries, let base): "\(deliveries) ÷ \(base)"
        case .requiredBase(let target, let closeRate, let base, let deliveries):
            "\(target) ÷ \(closeRate.map(NumberText.percent) ?? "") = \(target) × \(base) ÷ \(deliveries)"
        case .openingStock(_, let cards): "\(cards)"
        case .requiredNewCards(let base, let opening): "\(base) − \(opening)"
        case .requiredChannelCards(_, let needed, let count, let of, _): "\(needed) × \(count) ÷ \(of)"
        case .requiredShowroomCards(let needed, let showroom, let of): "\(needed) × \(showroom) ÷ \(of)"
        case .captureRate(_, let captures, let newTraffic): "\(captures) ÷ \(newTraffic)"
        case .requiredNewTraffic(let showroom, let newTraffic, let captures): "\(showroom) × \(newTraffic) ÷ \(captures)"
        case .requiredTraffic(let newTraffic, let traffic, let referenceNewTraffic):
            "\(newTraffic) × \(traffic) ÷ \(referenceNewTraffic)"
        case .refillCloseRate(let sales, let prospects): "\(sales) ÷ \(prospects)"
        case .prospectsPerSale(let sales, let prospects): "\(prospects) ÷ \(sales)"
        case .requiredNewProspects(let deliveries, let sales, let prospects): "\(deliveries) × \(prospects) ÷ \(sales)"
        }
    }

    public static func result(_ step: PlanStep) -> String {
        let rounded = step.rounded.map(String.init) ?? ""
        switch step.kind {
        case .closeRate, .captureRate, .refillCloseRate:
            return step.result.map(NumberText.percent) ?? "undefined"
        case .requiredBase, .openingStock, .requiredNewCards, .requiredShowroomCards:
            return "\(rounded) cards"
        case .requiredChannelCards(_, _, _, _, let share):
            return "\(rounded) cards (share \(NumberText.percent(share)))"
        case .requiredNewTraffic, .requiredTraffic:
            return "\(rounded) entries"
        case .prospectsPerSale:
            return step.result.map(NumberText.term) ?? "undefined"
        case .requiredNewProspects:
            return "\(rounded) new prospects"
        }
    }

    public static func remark(_ remark: PlanRemark) -> String {
        switch remark {
        case .noDeliveriesIn(let reference): "no deliveries in \(reference): no base can be planned from it"
        case .notStarted(let period, let today):
            "\(period) has not started: the cards following today (\(today)) stand for its opening stock"
        case .stockCoversBase: "the opening stock already covers the required base"
        }
    }

    public static func stop(_ stop: PlanStop) -> String {
        switch stop {
        case .negativeTarget: "a delivery target is 0 or more"
        case .closeRateUnusable(let reference, let undefined): "the close rate of \(reference) is \(undefined ? "undefined" : "0")"
        case .targetTooLarge: "the target is too large to plan"
        case .noNewCards(let reference): "\(reference) has no new cards: no channel mix to plan captures from"
        case .captureRateUnusable(let reference, let undefined):
            "the capture rate of \(reference) is \(undefined ? "undefined" : "0"): no traffic can be planned from it"
        }
    }
}
