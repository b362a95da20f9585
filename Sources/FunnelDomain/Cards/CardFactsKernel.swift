import FunnelStore

/// The pass that computes `CardFacts` for one T: one loop over the cards, each
/// walking its own follow-ups (already in date order, laid out card after card by
/// `FollowupTrail`) and stopping at the first one after T.
enum CardFactsKernel {
    static func compute(cards: CardColumns, trail: FollowupTrail, asOf: Day) -> CardFacts {
        let n = cards.count
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

        let walkin = Channel.walkin.rawValue, phone = Channel.phone.rawValue, outreach = Channel.outreach.rawValue
        let allDone = FollowupTrail.intro | FollowupTrail.negotiation | FollowupTrail.testDrive
        let offsets = trail.offsets, dates = trail.dates, flags = trail.flags

        for c in 0..<n {
            let created = cards.created[c]
            let s = CardStatus.at(t, ordered: cards.ordered[c], delivered: cards.delivered[c], lost: cards.lost[c],
                                  dormant: cards.dormant[c])
            status[c] = s.rawValue
            let age = Int64(t) - Int64(created)
            cardAge[c] = Int32(clamping: age)
            guard created <= t else { continue }

            let bit: UInt64 = 1 << UInt64(c & 63)
            let word = c >> 6
            exists[word] |= bit

            let channel = cards.channel[c]
            let isWalkin = channel == walkin
            var visitDays: Int32 = isWalkin ? 1 : 0
            var lastVisit = isWalkin ? created : Int32.min
            var drives: Int32 = 0
            var done: UInt8 = 0
            var latest = created
            var j = Int(offsets[c])
            let end = Int(offsets[c + 1])
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
                let next = cards.nextFollowup[c]
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
        return CardFacts(
            asOf: asOf, count: n, exists: existing, status: status,
            following: Bitmap(words: following, count: n), cardAge: cardAge, visits: visits,
            visited: Bitmap(words: visited, count: n), testDrives: testDrives, followupCount: followupCount,
            lastContact: lastContact, overdue: Bitmap(words: overdue, count: n), due: Bitmap(words: due, count: n),
            complete: cards.complete & existing, dormantEligible: Bitmap(words: eligible, count: n))
    }
}
