import FunnelStore

/// Recounts the finished demo from its records and throws if any promise of
/// domain.md §5.1 or of the dataset's shape is broken. This runs on every
/// generation, so a change to the simulation cannot silently spoil the demo.
enum DemoVerifier {
    static func verify(_ dataset: GeneratedDataset) throws {
        var problems: [String] = []
        func expect(_ actual: Int, _ expected: Int, _ what: String) {
            if actual != expected { problems.append("\(what) is \(actual), not \(expected)") }
        }
        func expectSome(_ present: Bool, _ what: String) {
            if !present { problems.append("no \(what)") }
        }
        let cards = dataset.cards
        let asOf = DemoDataset.asOf
        let october = DemoDataset.october

        // Example 2.
        let opening = cards.filter { DemoFacts.inOpening($0, start: october) }
        let new = cards.filter { DemoFacts.isNew($0, start: october, end: asOf) }
        expect(opening.count, DemoCalibrator.openingStock, "the October opening stock")
        expect(opening.filter { DemoFacts.visited($0, asOf: asOf) }.count, DemoCalibrator.openingVisited,
               "visited opening cards")
        expect(new.count, DemoCalibrator.newCards, "October's new cards")
        expect(new.filter { DemoFacts.visited($0, asOf: asOf) }.count, DemoCalibrator.newVisited, "visited new cards")

        // Example 1.
        let week = dataset.traffic.filter { DemoDataset.trafficWeek.contains($0.day) }
        expect(week.count, 100, "traffic in \(DemoDataset.trafficWeekName)")
        expect(week.filter { $0.result == .captured }.count, DemoCalibrator.weekCaptured, "captured entries")
        expect(week.filter { $0.result == .followup }.count, DemoCalibrator.weekFollowup, "follow-up entries")
        expect(week.filter { $0.result == .none }.count, DemoCalibrator.weekNone, "none entries")

        // Example 3.
        expectSome(cards.contains { $0.created == DemoDataset.agedCardDay && DemoFacts.following($0, on: october) },
                   "card created on 2010-08-01 following on 2010-10-01")

        // Traffic tells the same story as the cards.
        let retail = cards.enumerated().filter { $0.element.kind == .retail }
        expect(dataset.traffic.filter { $0.result == .captured }.count,
               retail.filter { $0.element.channel != .outreach }.count, "captured entries overall")
        for entry in dataset.traffic where entry.result == .captured {
            let index = Int(entry.customer)
            guard index >= 0, index < cards.count, cards[index].created == entry.day,
                  (cards[index].channel == .walkin) == (entry.kind == .visit) else {
                problems.append("a captured entry does not match its card")
                break
            }
        }
        let visits = cards.reduce(0) { $0 + $1.followups.filter { $0.kind == .visit && !$0.capture }.count }
        let incoming = cards.reduce(0) { $0 + $1.followups.filter { $0.kind == .call && $0.incoming }.count }
        expect(dataset.traffic.filter { $0.result == .followup && $0.kind == .visit }.count, visits, "visit entries")
        expect(dataset.traffic.filter { $0.result == .followup && $0.kind == .call }.count, incoming, "call entries")

        // Every card records its capture contact first, with its grade (domain.md §2.1).
        expect(cards.filter {
            guard let first = $0.followups.first else { return true }
            return !first.capture || first.grade == nil || first.day != $0.created
                || $0.followups.dropFirst().contains(where: \.capture)
        }.count, 0, "cards without their capture contact first")
        // Deliveries due a callback, some missed, and times of day on every kind of record.
        expectSome(cards.contains { $0.followups.contains(where: \.callback) }, "post-delivery callback")
        expectSome(cards.contains {
            $0.kind == .retail && $0.delivered.map { asOf - $0 >= 8 } == true && $0.followups.filter(\.callback).count < 2
        }, "delivery with a callback missed")
        expectSome(cards.contains(where: \.createdHasTime), "capture with a time of day")

        // Every value of every enum, and the work lists.
        let statuses = Set(cards.map { status($0, asOf: asOf) })
        expect(statuses.count, 5, "the number of statuses present")
        expect(Set(cards.map(\.grade)).count, Grade.allCases.count, "the number of grades present")
        expect(Set(cards.map(\.channel)).count, Channel.allCases.count, "the number of channels present")
        expect(Set(cards.compactMap(\.lostReason)).count, LostReason.allCases.count, "the number of lost reasons")
        expect(Set(cards.flatMap { $0.followups.map(\.kind) }).count, FollowupKind.allCases.count,
               "the number of follow-up kinds")
        expect(Set(dataset.traffic.map(\.result)).count, TrafficResult.allCases.count, "the number of traffic results")
        let plans = cards.filter { ["active", "order"].contains(status($0, asOf: asOf)) }.compactMap(\.nextFollowup)
        expectSome(plans.contains(asOf), "card due on the snapshot day")
        expectSome(plans.contains { $0 < asOf }, "overdue card")
        expectSome(cards.contains {
            status($0, asOf: asOf) == "active" && $0.channel != .walkin && asOf - $0.created > 15
                && !DemoFacts.visited($0, asOf: asOf)
        }, "dormant-eligible card")
        let pairs = Dictionary(grouping: cards.filter { !$0.phone.isEmpty && $0.model != nil }) {
            "\($0.phone)/\($0.model ?? -1)"
        }
        expectSome(pairs.values.contains { $0.count > 1 }, "duplicate cards")
        expectSome(cards.contains { $0.name.isEmpty || $0.model == nil || $0.phone.isEmpty },
                   "incomplete card")
        expectSome(!dataset.targets.isEmpty, "targets")

        if !problems.isEmpty {
            throw GeneratorError.demoCalibration(problems.joined(separator: "; "))
        }
    }

    /// domain.md §3 `status` as of `asOf`.
    static func status(_ card: CardRecord, asOf: Day) -> String {
        if let day = card.delivered, day <= asOf { return "won" }
        if let day = card.lost, day <= asOf { return "lost" }
        if let day = card.ordered, day <= asOf { return "order" }
        if let day = card.dormant, day <= asOf { return "dormant" }
        return "active"
    }
}
