import FunnelStore

/// When the demo's cards are created and, in October, through which channel.
///
/// January to September follow the showroom calendar with fixed monthly counts.
/// October is laid out by hand around the worked examples: 100 new cards, 42 walk-in
/// (so that at most half can have visited, as seed 002's 50% needs), 38 phone and
/// 20 outreach (3 of them wholesale). The National Day golden week brings a spike:
/// week 2010-W40 (October 4-10) holds 30 walk-in and 20 phone captures, the 50
/// `captured` traffic entries of example 1.
struct DemoPlan {
    struct Slot {
        var day: Day
        var minute: Int16
        var channel: Channel?
        var wholesale: Bool?
    }

    /// New cards in January ... September.
    static let monthlyCards = [100, 70, 100, 115, 105, 95, 90, 95, 95]

    static func slots(seed: UInt64) -> [Slot] {
        var rng = Xoshiro256StarStar(seed: seed, stream: 0xDE_0001)
        var slots: [Slot] = []
        var monthStart = DemoDataset.start
        for (offset, count) in monthlyCards.enumerated() {
            let (year, month, _) = monthStart.civil
            let monthEnd = monthStart + (Day.daysIn(month: month, year: year) - 1)
            var days = draw(count, from: Array(0...(monthEnd - monthStart)).map { monthStart + $0 }, &rng)
            if offset == 7 {  // August: example 3 needs cards created exactly on 2010-08-01
                var index = 0
                while days.filter({ $0 == DemoDataset.agedCardDay }).count < 3, index < days.count {
                    if days[index] != DemoDataset.agedCardDay { days[index] = DemoDataset.agedCardDay }
                    index += 1
                }
            }
            slots += days.map { Slot(day: $0, minute: 0, channel: nil, wholesale: nil) }
            monthStart = monthEnd + 1
        }

        let week = DemoDataset.trafficWeek
        let october = Array(0..<31).map { DemoDataset.october + $0 }
        let weekDays = october.filter { week.contains($0) }
        let otherDays = october.filter { !week.contains($0) }
        slots += group(weekDays, walkin: 30, phone: 20, outreach: 3, wholesale: 1, &rng)
        slots += group(otherDays, walkin: 12, phone: 18, outreach: 14, wholesale: 2, &rng)

        for index in slots.indices {
            slots[index].minute = CalendarProfile.minute(&rng, from: 540, to: 1200)
        }
        // Ties broken by position, so the order never depends on the sort algorithm.
        return slots.indices.sorted {
            (slots[$0].day, slots[$0].minute, $0) < (slots[$1].day, slots[$1].minute, $1)
        }.map { slots[$0] }
    }

    /// `count` days drawn from `days` by the showroom calendar's weights.
    private static func draw(_ count: Int, from days: [Day], _ rng: inout Xoshiro256StarStar) -> [Day] {
        let weights = CumulativeWeights(days.map(CalendarProfile.weight(of:)))
        return (0..<count).map { _ in days[weights.draw(&rng)] }.sorted()
    }

    /// Slots on `days` with exactly the given channel counts, shuffled over the days.
    private static func group(_ days: [Day], walkin: Int, phone: Int, outreach: Int, wholesale: Int,
                              _ rng: inout Xoshiro256StarStar) -> [Slot]
    {
        var kinds: [(Channel, Bool)] = Array(repeating: (.walkin, false), count: walkin)
            + Array(repeating: (.phone, false), count: phone)
            + Array(repeating: (.outreach, false), count: outreach)
            + Array(repeating: (.outreach, true), count: wholesale)
        for index in stride(from: kinds.count - 1, to: 0, by: -1) {  // Fisher-Yates
            kinds.swapAt(index, rng.below(index + 1))
        }
        let chosen = draw(kinds.count, from: days, &rng)
        return zip(chosen, kinds).map { Slot(day: $0, minute: 0, channel: $1.0, wholesale: $1.1) }
    }
}
