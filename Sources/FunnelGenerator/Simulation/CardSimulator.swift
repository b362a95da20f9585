import FunnelStore

/// Plays out one card's life, from capture to its outcome or the snapshot day.
///
/// The consultant plans each next contact by the grade's follow-up cycle (domain.md
/// §8: O 7, H 2, A 4, B 7, C 15, N about a month), contacts happen on or after the
/// plan (late more often for sloppy consultants), and at each contact the customer
/// may order, be lost, be set dormant (only when seed 002's dormancy conditions
/// hold), come to the showroom, or change grade. Contacts that would fall after
/// `asOf` are not made: the pending plan becomes `next_followup`, so due and
/// overdue cards appear exactly where a consultant fell behind.
///
/// The capture itself is recorded as the card's first follow-up, with the grade it set
/// (so a card's grade on any past day is known, domain.md §2.1), and a delivered card
/// gets its post-delivery callbacks at about 1, 7 and 30 days (成交回访), a few missed.
/// Those come from a second random stream (`records`), so the life is the same with or
/// without them.
struct CardSimulator: Sendable {
    let asOf: Day
    let roster: ConsultantRoster

    // Per-grade tables, indexed by `Grade.rawValue` (O H A B C N).
    private static let cycleDays = [7, 2, 4, 7, 15, 30]
    private static let orderPermille = [0, 200, 80, 30, 8, 2]
    private static let lostPermille = [0, 20, 45, 80, 130, 220]
    private static let dormantPermille = [0, 0, 0, 10, 50, 60]
    private static let invitePermille = [0, 250, 180, 110, 50, 20]
    private static let returnPermille = [0, 100, 70, 40, 20, 10]
    private static let testDrivePermille = [0, 750, 700, 550, 350, 150]
    private static let negotiationPermille = [500, 500, 450, 200, 60, 20]
    /// Grades from weakest to strongest intent, for moving up and down.
    private static let ladder: [Grade] = [.N, .C, .B, .A, .H]

    /// Sources of phone cards that are online leads (a platform passes the customer's
    /// number on): nobody has talked to the customer when the card is made.
    static let onlineSources: Set<String> = ["autohome", "website", "bitauto"]

    /// Fills the life fields of `card` (grade, key questions, plans, outcome, follow-ups).
    /// Identity fields, `created`, `channel`, `kind` and `consultant` must already be set.
    func live(_ card: inout CardRecord, rng: inout Xoshiro256StarStar, records: inout Xoshiro256StarStar) {
        let created = card.created
        card.followups = []
        card.createdHasTime = records.chance(permille: 900)
        if card.kind == .wholesale {
            // Seed 002: a wholesale card is captured when the car is handed over.
            card.grade = .O
            card.keyQuestions = Int8(rng.int(0...2))
            card.ordered = created
            let delivery = created + rng.int(0...6)
            if delivery <= asOf { card.delivered = delivery } else { card.nextFollowup = delivery }
            card.followups.append(captureContact(card, grade: .O, &records))
            return
        }

        var grade = initialGrade(card.channel, &rng)
        var keyQuestions = grade == .H ? 7 : initialKeyQuestions(grade, &rng)
        var visited = card.channel == .walkin
        var introDone = false, testDriveDone = false, negotiationDone = false
        var last = created
        let consultant = card.consultant
        let skill = roster.skill[Int(consultant)]
        var delivery: Day? = nil

        if grade == .O {  // order signed at first contact (seed 002 §3.1)
            card.ordered = created
            delivery = created + leadTime(&rng)
        }
        card.followups.append(captureContact(card, grade: grade, &records))
        if card.channel == .walkin, card.createdMinute <= 900, rng.chance(permille: 25) {
            // The customer came back the same afternoon: a second visitor batch, the same visit day.
            let minute = min(1140, Int(card.createdMinute) + rng.int(120...300))
            var visit = followup(created, .visit, consultant, &rng)
            visit.minute = Int16(minute)
            visit.hasTime = true
            visit.testDrive = rng.chance(permille: 500)
            visit.negotiation = rng.chance(permille: 300)
            testDriveDone = visit.testDrive
            negotiationDone = visit.negotiation
            card.followups.append(visit)
        }

        // A safety bound on contacts; cards reach an outcome or the snapshot day long before it.
        for _ in 0..<80 {
            if let deliveryDay = delivery {
                // Ordered: check in weekly until the car arrives.
                let planned = last + rng.int(5...9)
                if deliveryDay <= planned {
                    if deliveryDay <= asOf { card.delivered = deliveryDay } else { card.nextFollowup = deliveryDay }
                    break
                }
                if planned > asOf {
                    card.nextFollowup = planned
                    break
                }
                var check = followup(planned, rng.chance(permille: 600) ? .call : .message, consultant, &rng)
                if rng.chance(permille: 15) {  // the order is cancelled
                    card.lost = planned
                    card.lostReason = rng.chance(permille: 500) ? .gaveUp : .competitor
                    check.note = note(.lost, &rng)
                    card.followups.append(check)
                    break
                }
                card.followups.append(check)
                last = planned
                continue
            }

            let cycle = CardSimulator.cycleDays[Int(grade.rawValue)]
            var planned = last + cycle + (cycle >= 4 ? rng.int(-1...1) : 0)
            if planned <= last { planned = last + 1 }
            let day = planned + lateness(roster.lateness[Int(consultant)], &rng)
            if day > asOf {
                card.nextFollowup = rng.chance(permille: 25) ? nil : planned  // a few cards carry no plan
                break
            }
            let age = day - created
            let g = Int(grade.rawValue)

            // Order: signed in the showroom, so the contact is a visit with negotiation.
            var orderChance = CardSimulator.orderPermille[g] * skill / 1000
            if !visited { orderChance = orderChance * 3 / 10 }
            if rng.chance(permille: orderChance) {
                // Most sign in the showroom; a customer who has been in may pay the deposit by transfer.
                let signKind: FollowupKind = visited && rng.chance(permille: 400) ? .call : .visit
                var visit = followup(day, signKind, consultant, &rng)
                visit.intro = signKind == .visit && !introDone
                visit.testDrive = signKind == .visit && !testDriveDone && rng.chance(permille: 400)
                visit.negotiation = true
                visit.grade = .O
                visit.note = rng.chance(permille: 700) ? note(.order, &rng) : -1
                card.followups.append(visit)
                grade = .O
                visited = true
                card.ordered = day
                delivery = day + leadTime(&rng)
                last = day
                continue
            }

            // Lost: likelier for weak grades, old cards and weak consultants.
            var lostChance = CardSimulator.lostPermille[g] * (2000 - skill) / 1000
            if !visited { lostChance *= 2 }
            if age > 150 { lostChance *= 4 } else if age > 90 { lostChance = lostChance * 5 / 2 } else if age > 45 { lostChance = lostChance * 3 / 2 }
            if rng.chance(permille: lostChance) {
                let reason = LostReason(rawValue: UInt8(rng.pick([38, 10, 22, 8, 22]))) ?? .competitor
                let kind: FollowupKind = reason == .unreachable ? .call : (rng.chance(permille: 750) ? .call : .message)
                var contact = followup(day, kind, consultant, &rng)
                contact.note = rng.chance(permille: 600) ? note(.lost, &rng) : -1
                card.followups.append(contact)
                card.lost = day
                card.lostReason = reason
                break
            }

            // Dormant (休眠): only when seed 002's conditions hold, and then no more plans.
            let eligible = (card.channel != .walkin && !visited && age > 15)
                || (visited && introDone && negotiationDone && testDriveDone)
            if eligible, rng.chance(permille: CardSimulator.dormantPermille[g]) {
                var contact = followup(day, rng.chance(permille: 700) ? .call : .message, consultant, &rng)
                contact.note = rng.chance(permille: 300) ? note(.call, &rng) : -1
                card.followups.append(contact)
                card.dormant = day
                card.nextFollowup = nil
                break
            }

            // An ordinary contact.
            var contactDay = day
            let kind: FollowupKind
            let visitChance = visited ? CardSimulator.returnPermille[g] : CardSimulator.invitePermille[g]
            if rng.chance(permille: visitChance) {
                kind = .visit
                let weekday = contactDay.isoWeekday
                if weekday <= 5, rng.chance(permille: 350), contactDay + (6 - weekday) <= asOf {
                    contactDay = contactDay + (6 - weekday)  // invited for the weekend
                }
            } else {
                let roll = rng.below(100)
                kind = roll < (visited ? 55 : 58) ? .call : (roll < 95 ? .message : .homeVisit)
            }
            var contact = followup(contactDay, kind, consultant, &rng)
            switch kind {
            case .visit:
                contact.intro = introDone ? rng.chance(permille: 250) : rng.chance(permille: 900)
                contact.testDrive = testDriveDone
                    ? rng.chance(permille: 80) : rng.chance(permille: CardSimulator.testDrivePermille[g])
                contact.negotiation = rng.chance(permille: CardSimulator.negotiationPermille[g])
                keyQuestions += rng.int(0...2)
                visited = true
            case .call:
                contact.negotiation = rng.chance(permille: 40)
                keyQuestions += rng.chance(permille: 300) ? 1 : 0
            case .homeVisit:
                contact.intro = rng.chance(permille: 500)
                contact.negotiation = rng.chance(permille: 150)
                keyQuestions += rng.int(0...1)
            case .message:
                break
            }
            introDone = introDone || contact.intro
            testDriveDone = testDriveDone || contact.testDrive
            negotiationDone = negotiationDone || contact.negotiation

            // Grade moves: a test drive or a price talk often lifts it.
            let lifted = contact.testDrive || contact.negotiation
            let roll = rng.below(1000)
            let rung = CardSimulator.ladder.firstIndex(of: grade) ?? 2
            var newRung = rung
            if roll < (lifted ? 350 : 100) { newRung = min(rung + 1, CardSimulator.ladder.count - 1) }
            else if roll >= (lifted ? 950 : 860) { newRung = max(rung - 1, 0) }
            let newGrade = CardSimulator.ladder[newRung]
            if newGrade != grade || rng.chance(permille: 80) { contact.grade = newGrade }
            grade = newGrade
            keyQuestions = grade == .H ? 7 : min(keyQuestions, 6)

            card.followups.append(contact)
            last = contactDay
            if kind != .message, contactDay + 1 <= asOf, rng.chance(permille: 350) {
                // The next day's WeChat with brochures or a quote; it does not move the plan,
                // which is at least two days out.
                var message = followup(contactDay + 1, .message, consultant, &rng)
                message.note = rng.chance(permille: 400) ? note(.message, &rng) : -1
                card.followups.append(message)
            }
        }
        card.grade = grade
        card.keyQuestions = Int8(keyQuestions)
        if card.dormant != nil || card.lost != nil || card.delivered != nil {
            card.nextFollowup = nil  // closed and dormant cards carry no plan (seed 002 §2.4)
        }
        addCallbacks(&card, &records)
    }

    /// The capture contact as a follow-up with the grade it set: the walk-in received
    /// (a visit), the call answered, the customer met at an outreach event (a visit
    /// outside the showroom: `home_visit`), the wholesale handover. An online lead is
    /// called back instead, on the same day: mostly within the hour, some later.
    private func captureContact(_ card: CardRecord, grade: Grade, _ records: inout Xoshiro256StarStar)
        -> FollowupRecord
    {
        let kind: FollowupKind
        switch card.channel {
        case .walkin: kind = .visit
        case .phone: kind = .call
        case .outreach: kind = card.kind == .wholesale ? .call : .homeVisit
        }
        var minute = Int(card.createdMinute)
        if card.channel == .phone, card.kind == .retail, CardSimulator.onlineSources.contains(card.source) {
            let delay: Int
            switch records.pick([55, 25, 20]) {
            case 0: delay = records.int(3...59)
            case 1: delay = records.int(60...180)
            default: delay = records.int(181...480)
            }
            minute = min(CalendarProfile.closing, minute + delay)
        }
        return FollowupRecord(
            day: card.created, minute: Int16(minute), hasTime: card.createdHasTime, kind: kind,
            consultant: card.consultant, intro: false, testDrive: false, negotiation: grade == .O, grade: grade,
            note: -1, incoming: false, capture: true)
    }

    /// Post-delivery callbacks (成交回访) at about 1, 7 and 30 days after delivery, up to
    /// the snapshot day; sloppy consultants miss more of them.
    private func addCallbacks(_ card: inout CardRecord, _ records: inout Xoshiro256StarStar) {
        guard card.kind == .retail, let delivered = card.delivered else { return }
        let missPermille = min(500, 60 + 100 * roster.lateness[Int(card.consultant)] / 1000)
        for (offset, jitter) in [(1, 0...1), (7, -1...1), (30, -2...2)] {
            let day = delivered + offset + records.int(jitter)
            guard day <= asOf else { break }
            if records.chance(permille: missPermille) { continue }
            var callback = followup(day, records.chance(permille: 800) ? .call : .message, card.consultant, &records)
            callback.incoming = false
            callback.callback = true
            callback.note = records.chance(permille: 500) ? note(.callback, &records) : -1
            card.followups.append(callback)
        }
    }

    /// A follow-up of `kind` on `day` with a time of day and, sometimes, a note.
    private func followup(_ day: Day, _ kind: FollowupKind, _ owner: Int32, _ rng: inout Xoshiro256StarStar)
        -> FollowupRecord
    {
        let (from, to, timedPermille, notePermille, topic): (Int, Int, Int, Int, Catalog.NoteTopic)
        switch kind {
        case .visit: (from, to, timedPermille, notePermille, topic) = (570, 1110, 700, 350, .visit)
        case .call: (from, to, timedPermille, notePermille, topic) = (540, 1200, 350, 300, .call)
        case .message: (from, to, timedPermille, notePermille, topic) = (480, 1320, 200, 250, .message)
        case .homeVisit: (from, to, timedPermille, notePermille, topic) = (600, 1020, 400, 600, .homeVisit)
        }
        var consultant = owner
        if roster.retailCount > 1, rng.chance(permille: 40) {  // a colleague covered
            consultant = Int32(rng.below(roster.retailCount))
        }
        var minute = Int(CalendarProfile.minute(&rng, from: from, to: to))
        if kind == .message {
            // Drawn over 08:00-22:00 as before, then squeezed into the working hours.
            minute = CalendarProfile.opening + (minute - 480) * (CalendarProfile.closing - CalendarProfile.opening) / 840
        }
        return FollowupRecord(
            day: day, minute: Int16(minute),
            hasTime: rng.chance(permille: timedPermille), kind: kind, consultant: consultant,
            intro: false, testDrive: false, negotiation: false, grade: nil,
            note: rng.chance(permille: notePermille) ? note(topic, &rng) : -1,
            incoming: kind == .call && rng.chance(permille: 40))
    }

    private func note(_ topic: Catalog.NoteTopic, _ rng: inout Xoshiro256StarStar) -> Int16 {
        let range = Catalog.noteRanges[topic.rawValue]
        return Int16(range.lowerBound + rng.below(range.count))
    }

    private func initialGrade(_ channel: Channel, _ rng: inout Xoshiro256StarStar) -> Grade {
        let weights: [Int]
        switch channel {  // O H A B C N
        case .walkin: weights = [20, 100, 220, 300, 240, 120]
        case .phone: weights = [0, 50, 150, 300, 300, 200]
        case .outreach: weights = [0, 30, 100, 250, 350, 270]
        }
        return Grade(rawValue: UInt8(rng.pick(weights))) ?? .B
    }

    private func initialKeyQuestions(_ grade: Grade, _ rng: inout Xoshiro256StarStar) -> Int {
        switch grade {
        case .O: return rng.int(4...7)
        case .H: return 7
        case .A: return rng.int(3...6)
        case .B: return rng.int(2...5)
        case .C: return rng.int(1...4)
        case .N: return rng.int(0...2)
        }
    }

    /// Days between order and delivery: a car in stock or one to come from the factory.
    private func leadTime(_ rng: inout Xoshiro256StarStar) -> Int {
        switch rng.pick([30, 40, 30]) {
        case 0: return rng.int(3...7)
        case 1: return rng.int(8...15)
        default: return rng.int(16...30)
        }
    }

    /// Days a contact comes after its plan, for a consultant of the given lateness.
    private func lateness(_ lateness: Int, _ rng: inout Xoshiro256StarStar) -> Int {
        let latePermille = min(900, 300 * lateness / 1000)
        guard rng.chance(permille: latePermille) else { return 0 }
        switch rng.pick([65, 28, 7]) {
        case 0: return rng.int(1...3)
        case 1: return rng.int(4...14)
        default: return rng.int(15...45)
        }
    }
}
