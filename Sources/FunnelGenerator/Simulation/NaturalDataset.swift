import FunnelStore

/// Builds a dataset straight from the simulation, for any size: creation days are
/// spread over `start...asOf` by the showroom calendar, cards get ids in creation
/// order, and traffic and targets are derived from the cards.
struct NaturalDataset: Sendable {
    let options: GeneratorOptions

    func build() -> GeneratedDataset {
        let roster = ConsultantRoster(retail: options.retailConsultants, wholesale: options.wholesaleConsultants,
                                      seed: options.seed)
        let factory = CardFactory(seed: options.seed, roster: roster, asOf: options.asOf)
        let weights = CumulativeWeights(CalendarProfile.weights(from: options.start, through: options.asOf))
        var plan = Xoshiro256StarStar(seed: options.seed, stream: 1)
        var perDay = [Int](repeating: 0, count: weights.count)
        for _ in 0..<options.cards { perDay[weights.draw(&plan)] += 1 }

        var cards: [CardRecord] = []
        cards.reserveCapacity(options.cards)
        for (offset, count) in perDay.enumerated() where count > 0 {
            let day = options.start + offset
            var minutes = (0..<count).map { _ in CalendarProfile.minute(&plan, from: 540, to: 1200) }
            minutes.sort()
            for minute in minutes {
                cards.append(factory.make(index: cards.count, created: day, minute: minute, earlier: cards))
            }
        }
        return assemble(cards, roster: roster)
    }

    /// Adds traffic and targets to finished cards.
    func assemble(_ cards: [CardRecord], roster: ConsultantRoster, extraTraffic: (inout [TrafficRecord]) -> Void = { _ in })
        -> GeneratedDataset
    {
        var traffic = TrafficBuilder(seed: options.seed, roster: roster).entries(for: cards)
        extraTraffic(&traffic)
        let targets = options.includeTargets
            ? TargetPlanner(seed: options.seed, roster: roster).targets(for: cards, start: options.start, asOf: options.asOf)
            : []
        return GeneratedDataset(dealer: options.dealerName, asOf: options.asOf, consultants: roster.names,
                                cards: cards, traffic: TrafficBuilder.sorted(traffic), targets: targets)
    }
}
