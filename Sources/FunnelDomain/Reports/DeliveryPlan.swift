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
    public let stoppedBecause: PlanStop?

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
        func finish(_ steps: [PlanStep], stopped: PlanStop?) -> Built {
            built.steps = steps
            built.stopped = stopped
            return built
        }
        var steps: [PlanStep] = []
        guard target >= 0 else { return finish(steps, stopped: .negativeTarget) }

        // 1. Close rate of REF.
        let closeRate = refBase > 0 ? Double(refDeliveries) / Double(refBase) : nil
        steps.append(PlanStep(.closeRate(reference: refLabel, deliveries: refDeliveries, base: refBase),
                              result: closeRate, remark: refDeliveries == 0 ? .noDeliveriesIn(reference: refLabel) : nil))
        guard refDeliveries > 0, refBase > 0 else {
            return finish(steps, stopped: .closeRateUnusable(reference: refLabel, undefined: refBase == 0))
        }

        // 2. Required base.
        guard let base = PlanArithmetic.ceilDiv(target, times: refBase, over: refDeliveries) else {
            return finish(steps, stopped: .targetTooLarge)
        }
        built.base = base
        steps.append(PlanStep(.requiredBase(target: target, closeRate: closeRate, base: refBase, deliveries: refDeliveries),
                              result: Double(target) * Double(refBase) / Double(refDeliveries), rounded: base))

        // 3. Opening stock of P.
        let opening: Int
        let openingNote: PlanRemark?
        if period.start <= today, let window = try? AsOfPeriod(period: period, today: today) {
            opening = count(evaluator.fields.prospectBase(window).opening, refScope.cards)
            openingNote = nil
        } else {
            opening = count(evaluator.fields.facts(asOf: today).following, refScope.cards)
            openingNote = .notStarted(period: period.label, today: today)
        }
        built.opening = opening
        steps.append(PlanStep(.openingStock(period: period.label, cards: opening), result: Double(opening),
                              rounded: opening, remark: openingNote))

        // 4. Required new cards.
        let needed = max(0, base - opening)
        built.new = needed
        steps.append(PlanStep(.requiredNewCards(base: base, opening: opening), result: Double(needed), rounded: needed,
                              remark: base < opening ? .stockCoversBase : nil))

        // 5. By channel.
        let refNew = ref.prospects.new & (refScope.cards ?? Bitmap(count: ref.cardCount, allSet: true))
        let refNewCount = refNew.cardinality
        guard refNewCount > 0 else {
            return finish(steps, stopped: .noNewCards(reference: refLabel))
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
            steps.append(PlanStep(.requiredChannelCards(channel: channel, needed: needed, count: refCount, of: refNewCount,
                                                        share: share),
                                  result: Double(needed) * share, rounded: required))
        }

        // 6. Showroom cards.
        let refShowroom = BitmapMath.intersectionCount([refNew, evaluator.walkin | evaluator.phone])
        let showroom = PlanArithmetic.ceilDiv(needed, times: refShowroom, over: refNewCount) ?? 0
        built.showroom = showroom
        steps.append(PlanStep(.requiredShowroomCards(needed: needed, showroom: refShowroom, of: refNewCount),
                              result: Double(needed) * Double(refShowroom) / Double(refNewCount), rounded: showroom))

        // 7. New traffic from the capture rate.
        let refTraffic = ref.value(of: .showroomTraffic, in: refScope).numerator
        let refNewTraffic = ref.value(of: .newTraffic, in: refScope).numerator
        let refCaptures = ref.value(of: .captureRate, in: refScope).numerator
        let captureRate = refNewTraffic > 0 ? Double(refCaptures) / Double(refNewTraffic) : nil
        steps.append(PlanStep(.captureRate(reference: refLabel, captures: refCaptures, newTraffic: refNewTraffic),
                              result: captureRate))
        guard refCaptures > 0,
              let newTraffic = PlanArithmetic.ceilDiv(showroom, times: refNewTraffic, over: refCaptures) else {
            return finish(steps, stopped: .captureRateUnusable(reference: refLabel, undefined: captureRate == nil))
        }
        built.newTraffic = newTraffic
        steps.append(PlanStep(.requiredNewTraffic(showroom: showroom, newTraffic: refNewTraffic, captures: refCaptures),
                              result: Double(showroom) * Double(refNewTraffic) / Double(refCaptures), rounded: newTraffic))

        // 8. All showroom traffic.
        guard let traffic = PlanArithmetic.ceilDiv(newTraffic, times: refTraffic, over: refNewTraffic) else {
            return finish(steps, stopped: .targetTooLarge)
        }
        built.traffic = traffic
        steps.append(PlanStep(.requiredTraffic(newTraffic: newTraffic, traffic: refTraffic, referenceNewTraffic: refNewTraffic),
                              result: Double(newTraffic) * Double(refTraffic) / Double(refNewTraffic), rounded: traffic))
        return finish(steps, stopped: nil)
    }

    /// What the steps found so far.
    private struct Built {
        var steps: [PlanStep] = []
        var stopped: PlanStop?
        var base: Int?
        var opening: Int?
        var new: Int?
        var channels: [ChannelRequirement] = []
        var showroom: Int?
        var newTraffic: Int?
        var traffic: Int?
    }
}
