import FunnelStore

/// Derives the showroom traffic log from the cards, so both tell the same story:
/// every walk-in capture is a `visit`/`captured` entry and every phone capture a
/// `call`/`captured` entry on the card's creation day; every showroom visit
/// follow-up (but the capture's own) is a `visit`/`followup` entry and every incoming
/// call follow-up a `call`/`followup` entry; and around the captures come visitors and callers who
/// left nothing (`none`), about one for every three captures (one for every two
/// walk-ins in a golden week).
struct TrafficBuilder: Sendable {
    let seed: UInt64
    let roster: ConsultantRoster

    /// The entries, in no particular order (see `sorted`).
    func entries(for cards: [CardRecord]) -> [TrafficRecord] {
        var rng = Xoshiro256StarStar(seed: seed, stream: 0x7_AFF1C)
        var traffic: [TrafficRecord] = []
        traffic.reserveCapacity(cards.count * 5 / 4)
        for (index, card) in cards.enumerated() where card.kind == .retail {
            let id = Int32(index)
            switch card.channel {
            case .walkin:
                traffic.append(entry(card.created, card.createdMinute, .visit, .captured, id, card.consultant, &rng))
                let walkBy = CalendarProfile.isGoldenWeek(card.created) ? 550 : 300
                if rng.chance(permille: walkBy) { traffic.append(none(card.created, .visit, &rng)) }
            case .phone:
                traffic.append(entry(card.created, card.createdMinute, .call, .captured, id, card.consultant, &rng))
                if rng.chance(permille: 150) { traffic.append(none(card.created, .call, &rng)) }
            case .outreach:
                break
            }
            // The capture contact's entry is the `captured` one above.
            for followup in card.followups where !followup.capture {
                if followup.kind == .visit {
                    traffic.append(entry(followup.day, followup.minute, .visit, .followup, id, followup.consultant, &rng))
                } else if followup.kind == .call && followup.incoming {
                    traffic.append(entry(followup.day, followup.minute, .call, .followup, id, followup.consultant, &rng))
                }
            }
        }
        return traffic
    }

    /// A visitor batch or caller that left no information.
    func none(_ day: Day, _ kind: TrafficKind, _ rng: inout Xoshiro256StarStar) -> TrafficRecord {
        let minute = kind == .visit
            ? CalendarProfile.minute(&rng, from: 570, to: 1110) : CalendarProfile.minute(&rng, from: 540, to: 1200)
        let consultant = rng.chance(permille: 750) && roster.retailCount > 0 ? Int32(rng.below(roster.retailCount)) : -1
        return entry(day, minute, kind, .none, -1, consultant, &rng)
    }

    private func entry(_ day: Day, _ minute: Int16, _ kind: TrafficKind, _ result: TrafficResult, _ customer: Int32,
                       _ consultant: Int32, _ rng: inout Xoshiro256StarStar) -> TrafficRecord
    {
        TrafficRecord(day: day, minute: minute, hasTime: rng.chance(permille: 850), kind: kind, result: result,
                      customer: customer, consultant: consultant)
    }

    /// Entries in time order. Ties are broken by the position they were made in, so
    /// the order does not depend on the sort algorithm.
    static func sorted(_ traffic: [TrafficRecord]) -> [TrafficRecord] {
        var order = Array(traffic.indices)
        order.sort { a, b in
            let x = traffic[a], y = traffic[b]
            if x.day != y.day { return x.day < y.day }
            if x.minute != y.minute { return x.minute < y.minute }
            return a < b
        }
        return order.map { traffic[$0] }
    }
}
