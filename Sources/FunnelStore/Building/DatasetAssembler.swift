/// Turns the four built tables into a `Dataset`: checks what must hold across
/// records, links follow-ups and traffic to their cards by row, and collects warnings.
///
/// Policy (docs/data.md): a problem that makes the data ambiguous fails the load
/// (duplicate card ids: a follow-up could not know its card). Problems a manager
/// should see but that do not stop the numbers load with a warning and a count:
/// follow-ups or traffic naming an unknown card (kept, tied to no card), traffic
/// that was captured or followed up without naming a card, and dates out of order
/// on a card (delivered before ordered or captured, and the like).
public struct DatasetAssembler {
    public var name: String
    public var dealer: String?
    public var asOf: Day?
    public var sources: [String]

    public init(name: String, dealer: String? = nil, asOf: Day? = nil, sources: [String] = []) {
        self.name = name
        self.dealer = dealer
        self.asOf = asOf
        self.sources = sources
    }

    public func assemble(customers: Table, followups: Table, traffic: Table, targets: Table,
                         origins: [String: RowOrigins] = [:]) throws(LoadFailure) -> Dataset {
        func origin(_ table: String) -> RowOrigins { origins[table] ?? RowOrigins(table: table) }
        var warnings: [LoadWarning] = []

        // Card ids: unique. Ids are interned in row order, so when they are all distinct
        // the dictionary code of each card's id is its row.
        let idIndex: StringInterner
        if case .string(let codes, let dictionary) = customers.column("id")?.values {
            if dictionary.count != customers.rowCount {
                var firstRow = [Int32](repeating: -1, count: dictionary.count)
                var problems: [LoadDiagnostic] = []
                var total = 0
                for (row, code) in codes.enumerated() where code >= 0 {
                    if firstRow[Int(code)] < 0 {
                        firstRow[Int(code)] = Int32(row)
                        continue
                    }
                    total += 1
                    if problems.count < LoadFailure.listLimit {
                        let first = origin("customers").diagnostic(row: Int(firstRow[Int(code)]), message: "")
                        let firstPlace = first.record.map { "\(first.file) \($0)" } ?? first.file
                        problems.append(origin("customers").diagnostic(
                            row: row, field: "id",
                            message: "card id '\(dictionary[code] ?? "")' is already used by \(firstPlace)"))
                    }
                }
                throw LoadFailure(summary: "duplicate card ids", problems: problems, total: total)
            }
            idIndex = StringInterner(indexing: dictionary)
        } else {
            idIndex = StringInterner()
        }

        let followupCard = link(followups, to: idIndex, origin: origin("followups"), what: "follow-ups",
                                warnings: &warnings)
        let trafficCard = link(traffic, to: idIndex, origin: origin("traffic"), what: "traffic entries",
                               warnings: &warnings)
        let (offsets, rows) = groupFollowups(followups, byCard: followupCard, cardCount: customers.rowCount)

        checkTrafficCustomers(traffic, origin: origin("traffic"), warnings: &warnings)
        checkCardDates(customers, origin: origin("customers"), warnings: &warnings)
        checkFollowupDates(followups, cards: followupCard, customers: customers, origin: origin("followups"),
                           warnings: &warnings)

        return Dataset(
            name: name, dealer: dealer, asOf: asOf,
            customers: customers, followups: followups, traffic: traffic, targets: targets,
            links: CardLinks(followupCard: followupCard, trafficCard: trafficCard,
                             followupOffsets: offsets, followupRows: rows),
            warnings: warnings, sources: sources)
    }

    /// Card row for each row of `table` by its `customer` column: one hash look-up per
    /// distinct value, then an array look-up per row.
    private func link(_ table: Table, to idIndex: StringInterner, origin: RowOrigins, what: String,
                      warnings: inout [LoadWarning]) -> [Int32] {
        guard case .string(let codes, let dictionary) = table.column("customer")?.values else {
            return Array(repeating: -1, count: table.rowCount)
        }
        var cardOfCode = [Int32](repeating: -1, count: dictionary.count)
        for code in 0..<Int32(dictionary.count) {
            cardOfCode[Int(code)] = dictionary.withBytes(of: code) { idIndex.lookup($0) } ?? -1
        }
        var result = [Int32](repeating: -1, count: table.rowCount)
        var examples: [LoadDiagnostic] = []
        var count = 0
        for row in 0..<table.rowCount {
            let code = codes[row]
            guard code >= 0 else { continue }
            let card = cardOfCode[Int(code)]
            result[row] = card
            if card < 0 {
                count += 1
                if examples.count < LoadWarning.exampleLimit {
                    examples.append(origin.diagnostic(row: row, field: "customer",
                                                      message: "no card has id '\(dictionary[code] ?? "")'"))
                }
            }
        }
        if count > 0 {
            warnings.append(LoadWarning(summary: "\(what) name an unknown card (kept, tied to no card)",
                                        count: count, examples: examples))
        }
        return result
    }

    /// Follow-up rows grouped by card and sorted by date and time within each card: when
    /// the dates have times of day, a counting sort by time (a plain date before every
    /// time of its day), then a stable counting sort by date, then by card.
    private func groupFollowups(_ followups: Table, byCard cards: [Int32], cardCount: Int) -> ([Int32], [Int32]) {
        let column = followups.column("date")
        let dates = column?.daysOrMax ?? Array(repeating: 0, count: followups.rowCount)
        var byTime = Array(Int32(0)..<Int32(followups.rowCount))
        if let minutes = column?.minutes, minutes.count == dates.count {
            // Buckets: 0 for no time, 1 + minute for a time.
            var counts = [Int](repeating: 0, count: TimeOfDay.minutesPerDay + 2)
            for m in minutes { counts[Int(min(max(TimeOfDay.none, m), 1439)) + 2] += 1 }
            for i in 1..<counts.count { counts[i] += counts[i - 1] }
            for row in 0..<minutes.count {
                let slot = Int(min(max(TimeOfDay.none, minutes[row]), 1439)) + 1
                byTime[counts[slot]] = Int32(row)
                counts[slot] += 1
            }
        }
        var byDate = byTime
        if let low = dates.min(), let high = dates.max(), high != .max, Int(high) - Int(low) < 1_000_000 {
            let span = Int(high) - Int(low) + 1
            var counts = [Int](repeating: 0, count: span + 1)
            for d in dates { counts[Int(d) - Int(low) + 1] += 1 }
            for i in 1...span { counts[i] += counts[i - 1] }
            for row in byTime {
                let slot = Int(dates[Int(row)]) - Int(low)
                byDate[counts[slot]] = row
                counts[slot] += 1
            }
        } else {
            var position = [Int32](repeating: 0, count: byTime.count)
            for (index, row) in byTime.enumerated() { position[Int(row)] = Int32(index) }
            byDate.sort { (dates[Int($0)], position[Int($0)]) < (dates[Int($1)], position[Int($1)]) }
        }
        var offsets = [Int32](repeating: 0, count: cardCount + 1)
        for card in cards where card >= 0 { offsets[Int(card) + 1] += 1 }
        for i in stride(from: 1, through: cardCount, by: 1) { offsets[i] += offsets[i - 1] }
        var next = offsets
        var rows = [Int32](repeating: 0, count: Int(offsets[cardCount]))
        for row in byDate {
            let card = cards[Int(row)]
            guard card >= 0 else { continue }
            rows[Int(next[Int(card)])] = row
            next[Int(card)] += 1
        }
        return (offsets, rows)
    }

    private func checkTrafficCustomers(_ traffic: Table, origin: RowOrigins, warnings: inout [LoadWarning]) {
        guard case .enumeration(let results, _) = traffic.column("result")?.values,
              let customer = traffic.column("customer") else { return }
        var examples: [LoadDiagnostic] = []
        var count = 0
        for row in 0..<traffic.rowCount {
            let result = results[row]
            guard result == TrafficResult.captured.rawValue || result == TrafficResult.followup.rawValue,
                  customer.isNull(row) else { continue }
            count += 1
            if examples.count < LoadWarning.exampleLimit {
                let token = TrafficResult(rawValue: result)?.token ?? ""
                examples.append(origin.diagnostic(row: row, field: "customer",
                                                  message: "result is \(token) but no card is named"))
            }
        }
        if count > 0 {
            warnings.append(LoadWarning(summary: "traffic entries captured or followed up without a card",
                                        count: count, examples: examples))
        }
    }

    /// Dates on a card that contradict each other: the card loads, the manager is told.
    private func checkCardDates(_ customers: Table, origin: RowOrigins, warnings: inout [LoadWarning]) {
        let created = customers.column("created")?.daysOrMax ?? []
        let ordered = customers.column("ordered")?.daysOrMax ?? []
        let delivered = customers.column("delivered")?.daysOrMax ?? []
        let lost = customers.column("lost")?.daysOrMax ?? []
        guard created.count == customers.rowCount, ordered.count == created.count,
              delivered.count == created.count, lost.count == created.count else { return }
        // Each check: (summary, field, a day that must not come before another).
        let checks: [(String, String, [Int32], [Int32], String)] = [
            ("cards delivered before they were ordered", "delivered", delivered, ordered, "ordered"),
            ("cards delivered before they were captured", "delivered", delivered, created, "created"),
            ("cards ordered before they were captured", "ordered", ordered, created, "created"),
            ("cards lost before they were captured", "lost", lost, created, "created"),
        ]
        for (summary, field, later, earlier, earlierName) in checks {
            var examples: [LoadDiagnostic] = []
            var count = 0
            for row in 0..<customers.rowCount where later[row] != .max && earlier[row] != .max
                && later[row] < earlier[row] {
                count += 1
                if examples.count < LoadWarning.exampleLimit {
                    let message = "\(field) \(Day(rawValue: later[row])) is before \(earlierName) "
                        + "\(Day(rawValue: earlier[row]))"
                    examples.append(origin.diagnostic(row: row, field: field, message: message))
                }
            }
            if count > 0 { warnings.append(LoadWarning(summary: summary, count: count, examples: examples)) }
        }
    }

    private func checkFollowupDates(_ followups: Table, cards: [Int32], customers: Table, origin: RowOrigins,
                                    warnings: inout [LoadWarning]) {
        guard let dates = followups.column("date")?.daysOrMax,
              let created = customers.column("created")?.daysOrMax else { return }
        var examples: [LoadDiagnostic] = []
        var count = 0
        for row in 0..<followups.rowCount {
            let card = Int(cards[row])
            guard card >= 0, dates[row] < created[card] else { continue }
            count += 1
            if examples.count < LoadWarning.exampleLimit {
                examples.append(origin.diagnostic(
                    row: row, field: "date",
                    message: "\(Day(rawValue: dates[row])) is before the card was captured "
                        + "(\(Day(rawValue: created[card])))"))
            }
        }
        if count > 0 {
            warnings.append(LoadWarning(summary: "follow-ups dated before their card was captured",
                                        count: count, examples: examples))
        }
    }
}
