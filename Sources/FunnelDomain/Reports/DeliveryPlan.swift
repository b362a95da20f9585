import FunnelStore

/// Funnel math for trainers (domain.md §7): `plan deliveries N for P [using REF]`.
/// Works backwards from a delivery target with the rates of a reference period:
///
/// 1. close rate of REF = deliveries(REF) ÷ base(REF);
/// 2. required base = N ÷ close rate, i.e. ⌈N × base(REF) ÷ deliveries(REF)⌉;
/// 3. opening stock of P: |opening(P)| when P has started; for a P that starts after
///    today, the cards following today, the best estimate of what P will open with;
/// 4. required new cards = required base − opening stock, not below 0;
/// 5. by channel: REF's new cards by channel give each channel's share, and each
///    channel needs ⌈required new × its REF count ÷ REF's new cards⌉ (rounded up per
///    channel, so the channels can sum to a card or two more than step 4);
/// 6. showroom cards = the walk-in and phone cards of step 5's mix, ⌈required new ×
///    (walk-in + phone)(REF) ÷ new(REF)⌉;
/// 7. required new traffic = showroom cards ÷ capture rate(REF), ⌈showroom × new
///    traffic(REF) ÷ captures(REF)⌉ (capture rate is captures over new traffic);
/// 8. required showroom traffic = new traffic ÷ REF's share of new traffic in all
///    traffic, ⌈new traffic × traffic(REF) ÷ new traffic(REF)⌉: returning customers
///    come too and take the staff's time.
///
/// Every count is rounded up to whole cards or entries, step by step, as a trainer
/// would on a whiteboard; the arithmetic is done in whole numbers. A step whose rate
/// is 0 or undefined stops the plan and says why.
public struct DeliveryPlan: Sendable {
    public let deliveries: Int
    public let period: Period
    public let reference: AsOfPeriod
    public let steps: [PlanStep]
    public let requiredBase: Int?
    public let openingStock: Int?
    public let requiredNewCards: Int?
    public let requiredByChannel: [ChannelRequirement]
    public let requiredShowroomCards: Int?
    public let requiredNewTraffic: Int?
    public let requiredTraffic: Int?
    /// Why the plan stopped before its last step, if it did.
    public let stoppedBecause: String?

    /// The default reference period: the unit before P (the same number of days before
    /// a range), stepping further back until it has ended by `today`, so its rates are
    /// those of a whole period.
    public static func defaultReference(for period: Period, today: Day) -> AsOfPeriod? {
        var candidate = period.previous
        var steps = 0
        while candidate.end > today && steps < 1000 {
            candidate = candidate.previous
            steps += 1
        }
        return try? AsOfPeriod(period: candidate, today: today)
    }

    public init(evaluator: KPIEvaluator, deliveries target: Int, period: Period, reference: AsOfPeriod, today: Day,
                scope: KPIScope = .all) {
        let built = DeliveryPlan.work(evaluator: evaluator, target: target, period: period, reference: reference,
                                      today: today, scope: scope)
        deliveries = target
        self.period = period
        self.reference = reference
        steps = built.steps
        requiredBase = built.base
        openingStock = built.opening
        requiredNewCards = built.new
        requiredByChannel = built.channels
        requiredShowroomCards = built.showroom
        requiredNewTraffic = built.newTraffic
        requiredTraffic = built.traffic
        stoppedBecause = built.stopped
    }

    // The steps in order; each `return` is where the plan stops.
    private static func work(evaluator: KPIEvaluator, target: Int, period: Period, reference: AsOfPeriod, today: Day,
                             scope: KPIScope) -> Built {
        let ref = evaluator.basis(reference)
        let refScope = ref.normalized(scope)
        let refLabel = reference.period.label
        func count(_ set: Bitmap, _ filter: Bitmap?) -> Int {
            filter.map { BitmapMath.intersectionCount([set, $0]) } ?? set.cardinality
        }
        let refDeliveries = ref.value(of: .deliveries, in: refScope).numerator
        let refBase = ref.value(of: .closeRate, in: refScope).denominatorCount ?? 0
        var built = Built()
        func finish(_ steps: [PlanStep], stopped: String?) -> Built {
            built.steps = steps
            built.stopped = stopped
            return built
        }
        var steps: [PlanStep] = []
        let percent = KPINumberText.percent
        guard target >= 0 else { return finish(steps, stopped: "a delivery target is 0 or more") }

        // 1. Close rate of REF.
        let closeRate = refBase > 0 ? Double(refDeliveries) / Double(refBase) : nil
        steps.append(PlanStep(
            label: "close rate of \(refLabel)", formula: "deliveries ÷ base of \(refLabel)",
            arithmetic: "\(refDeliveries) ÷ \(refBase)",
            inputs: [PlanNumber("deliveries", Double(refDeliveries)), PlanNumber("base", Double(refBase))],
            result: closeRate, rounded: nil, resultText: closeRate.map(percent) ?? "undefined",
            note: refDeliveries == 0 ? "no deliveries in \(refLabel): no base can be planned from it" : nil))
        guard refDeliveries > 0, refBase > 0 else {
            return finish(steps, stopped: "the close rate of \(refLabel) is \(refBase == 0 ? "undefined" : "0")")
        }

        // 2. Required base.
        guard let base = PlanArithmetic.ceilDiv(target, times: refBase, over: refDeliveries) else {
            return finish(steps, stopped: "the target is too large to plan")
        }
        built.base = base
        steps.append(PlanStep(
            label: "required base", formula: "target ÷ close rate = target × base ÷ deliveries of \(refLabel)",
            arithmetic: "\(target) ÷ \(closeRate.map(percent) ?? "") = \(target) × \(refBase) ÷ \(refDeliveries)",
            inputs: [PlanNumber("target", Double(target)), PlanNumber("close rate", closeRate ?? 0)],
            result: Double(target) * Double(refBase) / Double(refDeliveries), rounded: base,
            resultText: "\(base) cards", note: nil))

        // 3. Opening stock of P.
        let opening: Int
        let openingNote: String?
        if period.start <= today, let window = try? AsOfPeriod(period: period, today: today) {
            opening = count(evaluator.fields.prospectBase(window).opening, refScope.cards)
            openingNote = nil
        } else {
            opening = count(evaluator.fields.facts(asOf: today).following, refScope.cards)
            openingNote = "\(period.label) has not started: the cards following today (\(today)) stand for its "
                + "opening stock"
        }
        built.opening = opening
        steps.append(PlanStep(
            label: "opening stock of \(period.label)", formula: "cards following the day before \(period.label) starts",
            arithmetic: "\(opening)", inputs: [], result: Double(opening), rounded: opening,
            resultText: "\(opening) cards", note: openingNote))

        // 4. Required new cards.
        let needed = max(0, base - opening)
        built.new = needed
        steps.append(PlanStep(
            label: "required new cards", formula: "required base − opening stock, not below 0",
            arithmetic: "\(base) − \(opening)",
            inputs: [PlanNumber("required base", Double(base)), PlanNumber("opening stock", Double(opening))],
            result: Double(needed), rounded: needed, resultText: "\(needed) cards",
            note: base < opening ? "the opening stock already covers the required base" : nil))

        // 5. By channel.
        let refNew = ref.prospects.new & (refScope.cards ?? Bitmap(count: ref.cardCount, allSet: true))
        let refNewCount = refNew.cardinality
        guard refNewCount > 0 else {
            return finish(steps, stopped: "\(refLabel) has no new cards: no channel mix to plan captures from")
        }
        let channels: [(Channel?, Bitmap)] = [(.walkin, evaluator.walkin), (.phone, evaluator.phone),
                                              (.outreach, evaluator.outreach),
                                              (nil, ~(evaluator.walkin | evaluator.phone | evaluator.outreach))]
        for (channel, cards) in channels {
            let refCount = BitmapMath.intersectionCount([refNew, cards])
            guard refCount > 0 || channel != nil else { continue }
            let required = PlanArithmetic.ceilDiv(needed, times: refCount, over: refNewCount) ?? 0
            let share = Double(refCount) / Double(refNewCount)
            built.channels.append(ChannelRequirement(channel: channel, referenceCount: refCount, share: share,
                                                     required: required))
            let name = channel?.token ?? "no channel"
            steps.append(PlanStep(
                label: "required \(name) cards",
                formula: "required new cards × \(name) share of \(refLabel)'s new cards",
                arithmetic: "\(needed) × \(refCount) ÷ \(refNewCount)",
                inputs: [PlanNumber("required new cards", Double(needed)), PlanNumber("share", share)],
                result: Double(needed) * share, rounded: required,
                resultText: "\(required) cards (share \(percent(share)))",
                note: nil))
        }

        // 6. Showroom cards.
        let refShowroom = BitmapMath.intersectionCount([refNew, evaluator.walkin | evaluator.phone])
        let showroom = PlanArithmetic.ceilDiv(needed, times: refShowroom, over: refNewCount) ?? 0
        built.showroom = showroom
        steps.append(PlanStep(
            label: "required showroom cards",
            formula: "required new cards × share of \(refLabel)'s new cards captured in the showroom (walk-in + phone)",
            arithmetic: "\(needed) × \(refShowroom) ÷ \(refNewCount)",
            inputs: [PlanNumber("required new cards", Double(needed)),
                     PlanNumber("showroom share", Double(refShowroom) / Double(refNewCount))],
            result: Double(needed) * Double(refShowroom) / Double(refNewCount), rounded: showroom,
            resultText: "\(showroom) cards", note: nil))

        // 7. New traffic from the capture rate.
        let refTraffic = ref.value(of: .showroomTraffic, in: refScope).numerator
        let refNewTraffic = ref.value(of: .newTraffic, in: refScope).numerator
        let refCaptures = ref.value(of: .captureRate, in: refScope).numerator
        let captureRate = refNewTraffic > 0 ? Double(refCaptures) / Double(refNewTraffic) : nil
        steps.append(PlanStep(
            label: "capture rate of \(refLabel)", formula: "captures ÷ new traffic of \(refLabel)",
            arithmetic: "\(refCaptures) ÷ \(refNewTraffic)",
            inputs: [PlanNumber("captures", Double(refCaptures)), PlanNumber("new traffic", Double(refNewTraffic))],
            result: captureRate, rounded: nil, resultText: captureRate.map(percent) ?? "undefined", note: nil))
        guard refCaptures > 0,
              let newTraffic = PlanArithmetic.ceilDiv(showroom, times: refNewTraffic, over: refCaptures) else {
            let why = captureRate == nil ? "undefined" : "0"
            return finish(steps, stopped: "the capture rate of \(refLabel) is \(why): no traffic can be planned from it")
        }
        built.newTraffic = newTraffic
        steps.append(PlanStep(
            label: "required new traffic", formula: "required showroom cards ÷ capture rate of \(refLabel)",
            arithmetic: "\(showroom) × \(refNewTraffic) ÷ \(refCaptures)",
            inputs: [PlanNumber("required showroom cards", Double(showroom)),
                     PlanNumber("capture rate", captureRate ?? 0)],
            result: Double(showroom) * Double(refNewTraffic) / Double(refCaptures), rounded: newTraffic,
            resultText: "\(newTraffic) entries", note: nil))

        // 8. All showroom traffic.
        guard let traffic = PlanArithmetic.ceilDiv(newTraffic, times: refTraffic, over: refNewTraffic) else {
            return finish(steps, stopped: "the target is too large to plan")
        }
        built.traffic = traffic
        steps.append(PlanStep(
            label: "required showroom traffic",
            formula: "required new traffic ÷ share of new traffic in \(refLabel)'s traffic",
            arithmetic: "\(newTraffic) × \(refTraffic) ÷ \(refNewTraffic)",
            inputs: [PlanNumber("required new traffic", Double(newTraffic)),
                     PlanNumber("new traffic share", Double(refNewTraffic) / Double(refTraffic))],
            result: Double(newTraffic) * Double(refTraffic) / Double(refNewTraffic), rounded: traffic,
            resultText: "\(traffic) entries", note: nil))
        return finish(steps, stopped: nil)
    }

    /// What the steps found so far.
    private struct Built {
        var steps: [PlanStep] = []
        var stopped: String?
        var base: Int?
        var opening: Int?
        var new: Int?
        var channels: [ChannelRequirement] = []
        var showroom: Int?
        var newTraffic: Int?
        var traffic: Int?
    }
}
