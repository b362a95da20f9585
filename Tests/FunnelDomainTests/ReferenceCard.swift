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
        if status == .order || status == .active, let next = date("next_followup") {
            overdue = next < t
            due = next == t
        }
        if status == .active {
            let cold = (channel == .phone || channel == .outreach) && t - created > 15 && visits == 0
            dormantEligible = cold || (visits >= 1 && intro && drive && negotiation)
        }
    }
}
