import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The work lists of a day (`due`, `overdue`, `contacted`, `dormant eligible`,
/// `overdue by cycle`, `due tomorrow`: domain.md §8.1) in SQL, as `WorkList` makes them:
/// the list's cards by the derived fields of its day (a due list of a later day, known
/// at an earlier one before the snapshot, by the cycle due dates then), kept by the
/// `where` as of the day the list is known, listed as `select` lists.
extension SQLEngine {
    func workList(_ kind: ReportKind, on day: Day, _ filter: BoundCardFilter, listing: BoundListing,
                  cycles: FollowupCycles) throws -> ResultTable {
        let known = listing.asOf
        let scope = try KPIScopeSQL(catalog: catalog, filter: filter, today: known, cycles: cycles)
        var list = SQLCompiler(catalog: catalog, table: .customers, asOf: day, cycles: cycles)
        let dialect = catalog.dialect
        var member: String
        switch kind {
        case .due where day > known && known < catalog.snapshotDay:
            list = SQLCompiler(catalog: catalog, table: .customers, asOf: known, cycles: cycles)
            member = "coalesce(\(try list.derived(.cycleDue, card: "r")) = \(dialect.date(day)), false)"
        case .due:
            member = "coalesce(\(try list.derived(.due, card: "r")), false)"
        case .overdue:
            member = "coalesce(\(try list.derived(.overdue, card: "r")), false)"
        case .overdueByCycle:
            member = "coalesce(\(try list.derived(.cycleDue, card: "r")) < \(dialect.date(day)), false)"
        case .dueTomorrow:
            member = "coalesce(\(try list.derived(.cycleDue, card: "r")) = \(dialect.date(day + 1)), false)"
        case .dormantEligible:
            member = "coalesce(\(try list.derived(.dormantEligible, card: "r")), false)"
        case .contacted:
            let created = "r.\(dialect.identifier("created"))"
            member = "(\(created) = \(dialect.date(day)) OR (\(created) <= \(dialect.date(day)) AND EXISTS (SELECT 1 FROM "
                + "\(catalog.table(.followups)) AS u WHERE u._card = r._row AND u.\(dialect.identifier("date")) = "
                + "\(dialect.date(day)))))"
        default:
            throw SQLRefusal("list \(kind.rawValue)")
        }
        let from = "FROM \(catalog.table(.customers)) AS r LEFT JOIN (\(list.factsQuery)) AS f ON f._card = r._row"
        var kept = "r._row IN (SELECT r._row \(from) WHERE \(member))"
        if let cards = scope.cards { kept += " AND " + cards }
        let counted = try catalog.connection.query("SELECT count(*) FROM \(catalog.table(.customers)) AS r WHERE \(kept)")
        let count = Int(counted.value(0, 0) ?? "") ?? 0
        let (listed, compiler) = try self.listing(listing, cycles: cycles) { _ in kept }
        var table = listed
        table.notes.append(.workList(kind, count: count, asOf: day))
        var readings = try readingNotes(compiler)
        switch kind {
        case .due, .overdue:
            // Before the snapshot the lists follow the cycles, and say so (once per day).
            if known < catalog.snapshotDay, !readings.contains(where: { if case .cycleRule(let d, _, _) = $0 { d == known } else { false } }) {
                readings.append(.cycleRule(asOf: known, snapshot: catalog.snapshotDay, cycles: cycles))
            }
        case .overdueByCycle, .dueTomorrow:
            table.notes.append(.followupCycles(cycles))
        default:
            break
        }
        table.notes += readings
        return table
    }
}
