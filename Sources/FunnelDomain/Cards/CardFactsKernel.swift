import FunnelStore

/// The pass that computes `CardFacts` for one T: one loop over the cards, each
/// walking its own follow-ups (already in date order, laid out card after card by
/// `FollowupTrail`) and stopping at the first one after T. Large tables are done in
/// two halves on two cores (cut at a multiple of 64 cards), then joined.
///
/// `snapshot` is the day the data was taken: before it, the stored plan
/// (`next_followup`) is not known yet, so `due` and `overdue` follow the cycle due date
/// (last contact + the cycle of the grade at T, domain.md §2.1 and §8) instead.
enum CardFactsKernel {
    static func compute(cards: CardColumns, trail: FollowupTrail, asOf: Day, snapshot: Day,
                        cycles: FollowupCycles) -> CardFacts {
        let n = cards.count
        let halves = Halves()
        RowHalves.run(count: n) { range in
            let part = compute(cards: cards, trail: trail, asOf: asOf, snapshot: snapshot, cycles: cycles, rows: range)
            if range.lowerBound == 0 { halves.first = part } else { halves.second = part }
        }
        guard var joined = halves.first else {
            return compute(cards: cards, trail: trail, asOf: asOf, snapshot: snapshot, cycles: cycles, rows: 0..<n)
                .facts
        }
        if let second = halves.second { joined.append(second) }
        return joined.facts
    }

    /// The two halves' results, written by one thread each and read after both are done.
    final class Halves: @unchecked Sendable {
        var first: Part?
        var second: Part?
    }

    /// The facts of a range of cards that starts at a multiple of 64.
    struct Part {
        var facts: CardFacts

        mutating func append(_ other: Part) {
            let a = facts, b = other.facts
            let count = a.count + b.count
            func words(_ x: Bitmap, _ y: Bitmap) -> Bitmap { Bitmap(words: x.words + y.words, count: count) }
            facts = CardFacts(
                asOf: a.asOf, count: count, exists: words(a.exists, b.exists), status: a.status + b.status,
                following: words(a.following, b.following), cardAge: a.cardAge + b.cardAge,
                visits: a.visits + b.visits, visited: words(a.visited, b.visited),
                testDrives: a.testDrives + b.testDrives, followupCount: a.followupCount + b.followupCount,
                lastContact: a.lastContact + b.lastContact, overdue: words(a.overdue, b.overdue),
                due: words(a.due, b.due), complete: words(a.complete, b.complete),
                dormantEligible: words(a.dormantEligible, b.dormantEligible), cycleDue: a.cycleDue + b.cycleDue,
                dueByCycles: a.dueByCycles)
        }
    }

    static func compute(cards: CardColumns, trail: FollowupTrail, asOf: Day, snapshot: Day, cycles: FollowupCycles,
                        rows: Range<Int>) -> Part {
        let n = rows.count
        let firstRow = rows.lowerBound
        let t = asOf.rawValue
        let wordCount = (n + 63) >> 6
        var exists = [UInt64](repeating: 0, count: wordCount)
        var following = exists, visited = exists, overdue = exists, due = exists, eligible = exists
        var status = [UInt8](repeating: 0, count: n)
        var cardAge = [Int32](repeating: 0, count: n)
        var visits = [Int32](repeating: 0, count: n)
        var testDrives = [Int32](repeating: 0, count: n)
        var followupCount = [Int32](repeating: 0, count: n)
        var lastContact = [Int32](repeating: .max, count: n)
        var cycleDue = [Int32](repeating: .max, count: n)
        let byCycles = asOf < snapshot
        // The cycle of each grade code, `Int32.max` for none (and for no grade).
        let cycleOfCode: [Int32] = (0..<256).map { code in cycles.days(ofCode: UInt8(code)).map(Int32.init) ?? .max }

        let walkin = Channel.walkin.rawValue, phone = Channel.phone.rawValue, outreach = Channel.outreach.rawValue
        let allDone = FollowupTrail.intro | FollowupTrail.negotiation | FollowupTrail.testDrive
        let offsets = trail.offsets, dates = trail.dates, flags = trail.flags

        for row in rows {
            let c = row - firstRow
            let created = cards.created[row]
            let s = CardStatus.at(t, ordered: cards.ordered[row], delivered: cards.delivered[row],
                                  lost: cards.lost[row], dormant: cards.dormant[row])
            status[c] = s.rawValue
            let age = Int64(t) - Int64(created)
            cardAge[c] = Int32(clamping: age)
            guard created <= t else { continue }

            let bit: UInt64 = 1 << UInt64(c & 63)
            let word = c >> 6
            exists[word] |= bit

            let channel = cards.channel[row]
            let isWalkin = channel == walkin
            var visitDays: Int32 = isWalkin ? 1 : 0
            var lastVisit = isWalkin ? created : Int32.min
            var drives: Int32 = 0
            var done: UInt8 = 0
            var latest = created
            var j = Int(offsets[row])
            let end = Int(offsets[row + 1])
            let first = j
            while j < end {
                let d = dates[j]
                if d > t { break }
                let f = flags[j]
                done |= f
                if f & FollowupTrail.testDrive != 0 { drives += 1 }
                // Dates ascend, so a repeated visit day is the one just counted, unless
                // it is the walk-in capture day, which may sort anywhere among them.
                if f & FollowupTrail.visit != 0 && d != lastVisit && !(isWalkin && d == created) {
                    visitDays += 1
                    lastVisit = d
                }
                if d > latest { latest = d }
                j += 1
            }
            visits[c] = visitDays
            testDrives[c] = drives
            followupCount[c] = Int32(j - first)
            lastContact[c] = latest
            if visitDays > 0 { visited[word] |= bit }

            guard s.isFollowing else { continue }
            following[word] |= bit
            if s != .dormant {
                // The grade at T: stored on and after the snapshot, else from the follow-ups.
                var grade: UInt8 = cards.grade[row]
                if byCycles {
                    if case .known(let code) = CardGrades.before(snapshot: t, card: row, cards: cards, trail: trail) {
                        grade = code
                    } else {
                        grade = EnumVocabulary.nullCode
                    }
                }
                let cycle = cycleOfCode[Int(grade)]
                let dueDay = cycle == .max ? Int32.max : latest &+ cycle
                cycleDue[c] = dueDay
                let next = byCycles ? dueDay : cards.nextFollowup[row]
                if next < t { overdue[word] |= bit }
                if next == t { due[word] |= bit }
            }
            if s == .active {
                let coldLead = (channel == phone || channel == outreach) && age > 15 && visitDays == 0
                let worked = visitDays >= 1 && done & allDone == allDone
                if coldLead || worked { eligible[word] |= bit }
            }
        }

        let existing = Bitmap(words: exists, count: n)
        let allWords = cards.complete.words
        let low = min(firstRow >> 6, allWords.count)
        let complete = Bitmap(words: Array(allWords[low..<min(allWords.count, low + wordCount)]), count: n)
        return Part(facts: CardFacts(
            asOf: asOf, count: n, exists: existing, status: status,
            following: Bitmap(words: following, count: n), cardAge: cardAge, visits: visits,
            visited: Bitmap(words: visited, count: n), testDrives: testDrives, followupCount: followupCount,
            lastContact: lastContact, overdue: Bitmap(words: overdue, count: n), due: Bitmap(words: due, count: n),
            complete: complete & existing, dormantEligible: Bitmap(words: eligible, count: n), cycleDue: cycleDue,
            dueByCycles: byCycles))
    }
}
