import FunnelDomain
import FunnelStore

/// The derived fields of one card computed the slow, obvious way from the raw
/// tables: a reference for the column kernel.
struct ReferenceCard: Equatable {
    var exists = false
    var status = CardStatus.active
    var visits: Int32 = 0
    var testDrives: Int32 = 0
    var followupCount: Int32 = 0
    var lastContact = Int32.max
    var overdue = false
    var due = false
    var dormantEligible = false
    /// Last contact + the cycle of the grade at T, for following cards not dormant.
    var cycleDue: Day?

    init(card: Int, in dataset: Dataset, asOf t: Day) {
        let customers = dataset.customers
        func date(_ name: String) -> Day? { customers.column(name)?.day(at: card) }
        guard let created = date("created") else { return }
        let delivered = date("delivered"), lost = date("lost"), ordered = date("ordered"), dormant = date("dormant")
        if let delivered, delivered <= t {
            status = .won
        } else if let lost, lost <= t {
            status = .lost
        } else if let ordered, ordered <= t {
            status = .order
        } else if let dormant, dormant <= t {
            status = .dormant
        }
        guard created <= t else { return }
        exists = true
        var channel: Channel?
        if case .enumeration(let codes, _)? = customers.column("channel")?.values {
            channel = Channel(rawValue: codes[card])
        }
        var visitDays: Set<Day> = channel == .walkin ? [created] : []
        var latest = created
        var intro = false, drive = false, negotiation = false
        let f = dataset.followups
        for row in 0..<f.rowCount where dataset.links.followupCard[row] == Int32(card) {
            guard let d = f.column("date")?.day(at: row), d <= t else { continue }
            followupCount += 1
            latest = max(latest, d)
            if f.column("kind")?.text(at: row) == "visit" { visitDays.insert(d) }
            if f.column("test_drive")?.text(at: row) == "true" { testDrives += 1; drive = true }
            if f.column("intro")?.text(at: row) == "true" { intro = true }
            if f.column("negotiation")?.text(at: row) == "true" { negotiation = true }
        }
        visits = Int32(visitDays.count)
        lastContact = latest.rawValue
        if status == .order || status == .active {
            // The grade at T (domain.md §2.1) gives the cycle due date; before the day the
            // data was taken it stands for the plan, which was recorded on that day.
            var gradeAtT = ReferenceCard.grade(card: card, in: dataset, asOf: t)
            if t >= DerivedFields.snapshotDay(of: dataset) { gradeAtT = ReferenceCard.storedGrade(card, in: dataset) }
            if let grade = gradeAtT, let cycle = FollowupCycles.standard[grade] {
                cycleDue = latest + cycle
            }
            let next = t < DerivedFields.snapshotDay(of: dataset) ? cycleDue : date("next_followup")
            if let next {
                overdue = next < t
                due = next == t
            }
        }
        if status == .active {
            let cold = (channel == .phone || channel == .outreach) && t - created > 15 && visits == 0
            dormantEligible = cold || (visits >= 1 && intro && drive && negotiation)
        }
    }

    static func storedGrade(_ card: Int, in dataset: Dataset) -> Grade? {
        dataset.customers.column("grade")?.text(at: card).flatMap { text in Grade.allCases.first { $0.token == text } }
    }

    /// The grade on day `t` before the snapshot, the slow way: the grade of the latest
    /// follow-up on or before `t` that sets one; else the stored grade, unless a later
    /// follow-up sets one or the stored grade is O and the order came after `t` (an O
    /// card with no order date reads as stored: §2.1 names only an order after T).
    static func grade(card: Int, in dataset: Dataset, asOf t: Day) -> Grade? {
        let f = dataset.followups
        var graded: [(Day, Grade)] = []
        for row in 0..<f.rowCount where dataset.links.followupCard[row] == Int32(card) {
            guard let d = f.column("date")?.day(at: row),
                  let grade = f.column("grade")?.text(at: row).flatMap({ text in Grade.allCases.first { $0.token == text } })
            else { continue }
            graded.append((d, grade))
        }
        if let latest = graded.filter({ $0.0 <= t }).max(by: { $0.0 < $1.0 }) { return latest.1 }
        guard graded.isEmpty, let stored = storedGrade(card, in: dataset) else { return nil }
        // An O card with no order date by T was not O then (as `CardGrades` reads it).
        if stored == .O, (dataset.customers.column("ordered")?.day(at: card)).map({ $0 > t }) ?? false { return nil }
        return stored
    }
}
