import FunnelStore

/// Monthly delivery targets per consultant (domain.md §1.4).
///
/// A sales manager sets targets a little above what the team can do: each
/// consultant's share of the month's deliveries (by their share of new cards)
/// times 95%..130%, at least one car.
struct TargetPlanner: Sendable {
    let seed: UInt64
    let roster: ConsultantRoster

    func targets(for cards: [CardRecord], start: Day, asOf: Day) -> [TargetRecord] {
        guard !cards.isEmpty, start <= asOf else { return [] }
        let (firstYear, firstMonth, _) = start.civil
        let (lastYear, lastMonth, _) = asOf.civil
        let firstKey = firstYear * 12 + firstMonth - 1
        let months = lastYear * 12 + lastMonth - 1 - firstKey + 1
        var retail = [Int](repeating: 0, count: months)
        var wholesale = [Int](repeating: 0, count: months)
        for card in cards {
            guard let delivered = card.delivered else { continue }
            let (y, m, _) = delivered.civil
            let slot = y * 12 + m - 1 - firstKey
            guard slot >= 0, slot < months else { continue }
            if card.kind == .wholesale { wholesale[slot] += 1 } else { retail[slot] += 1 }
        }
        var rng = Xoshiro256StarStar(seed: seed, stream: 0x7A_46E7)
        let intake = roster.intakeWeights
        let totalIntake = max(1, intake.reduce(0, +))
        let specialists = max(1, roster.names.count - roster.retailCount)
        var targets: [TargetRecord] = []
        for slot in 0..<months {
            let key = firstKey + slot
            for consultant in 0..<roster.names.count {
                let expectedMilli = consultant < roster.retailCount
                    ? retail[slot] * 1000 * intake[consultant] / totalIntake
                    : wholesale[slot] * 1000 / specialists
                let goal = (expectedMilli * rng.int(950...1300) / 1000 + 500) / 1000
                targets.append(TargetRecord(year: key / 12, month: key % 12 + 1, consultant: Int32(consultant),
                                            deliveries: max(1, goal)))
            }
        }
        return targets
    }
}
