import FunnelStore

/// The `targets` table read once into arrays: month, consultant, dealer and target
/// deliveries per row. Targets are a few rows per consultant and month, so strings
/// are kept as strings.
///
/// **How a period's target is found** (domain.md leaves it open; ours): every month
/// that overlaps P contributes its target times the share of its days inside P, so a
/// month counts whole, a quarter is the sum of its months, and the ISO week
/// 2010-W39 (27 Sep - 3 Oct) takes 4/30 of September's target plus 3/31 of
/// October's. The share is of P's days, not cut at T: achievement for a month still
/// under way is progress towards the whole month's target (完成率 so far). When any
/// overlapped month has no target for the selection there is no target for P
/// (rather than a target that covers only part of P and flatters the rate).
/// Several matching rows of one month add up.
public struct TargetTable: Sendable {
    public let rowCount: Int
    /// First day of each row's month; `nil` when the row has none.
    let month: [Day?]
    let consultant: [String?]
    let dealer: [String?]
    let deliveries: [Int?]

    /// How many missing months a match lists by name.
    public static let missingListLimit = 12

    public init(targets: Table) {
        let n = targets.rowCount
        rowCount = n
        let monthColumn = targets.column("month")
        month = (0..<n).map { row in monthColumn?.day(at: row).map { PeriodGrain.month.start(of: $0) } }
        let consultantColumn = targets.column("consultant"), dealerColumn = targets.column("dealer")
        consultant = (0..<n).map { row in
            consultantColumn?.string(at: row)?.trimmingSpaces
        }.map { $0?.isEmpty == true ? nil : $0 }
        dealer = (0..<n).map { dealerColumn?.string(at: $0) }
        var counts = [Int?](repeating: nil, count: n)
        if let column = targets.column("deliveries"), case .int(let values) = column.values, values.count == n {
            for row in 0..<n where !column.isNull(row) { counts[row] = Int(clamping: values[row]) }
        }
        deliveries = counts
    }

    /// Whether the table has any usable row.
    public var isEmpty: Bool { !(0..<rowCount).contains { month[$0] != nil && deliveries[$0] != nil } }

    /// The target of `period` for `selection`; see the type's notes for the rule.
    public func match(_ period: Period, selection: TargetSelection) -> TargetMatch {
        let wanted: [String]?, dealers: [String]?
        switch selection {
        case .notApplicable(let reason):
            return TargetMatch(period: period, months: [], missingMonths: [], missingCount: 0,
                               reason: .notApplicable(reason))
        case .dealerWide(let only):
            wanted = nil
            dealers = only
        case .consultants(let names, let only):
            wanted = names.map(\.trimmingSpaces)
            dealers = only
        }

        // Per overlapped month with any matching row: own rows (dealer-wide or the
        // named consultants) and, for dealer-wide, the consultants' rows as a fallback.
        var entries: [(start: Day, own: Int, ownRows: [Int], fallback: Int, fallbackRows: [Int])] = []
        for row in 0..<rowCount {
            guard let start = month[row], let target = deliveries[row] else { continue }
            let whole = PeriodGrain.month.period(containing: start)
            guard whole.start <= period.end, whole.end >= period.start else { continue }
            if let dealers, !dealers.contains(dealer[row] ?? "") { continue }
            let isOwn: Bool
            if let wanted {
                guard let name = consultant[row], wanted.contains(name) else { continue }
                isOwn = true
            } else {
                isOwn = consultant[row] == nil
            }
            let index: Int
            if let found = entries.firstIndex(where: { $0.start == whole.start }) {
                index = found
            } else {
                entries.append((whole.start, 0, [], 0, []))
                index = entries.count - 1
            }
            if isOwn {
                entries[index].own += target
                entries[index].ownRows.append(row)
            } else {
                entries[index].fallback += target
                entries[index].fallbackRows.append(row)
            }
        }

        var months: [TargetMonth] = []
        var missing: [Period] = []
        var missingCount = 0
        var day = period.start
        while day <= period.end {
            let whole = PeriodGrain.month.period(containing: day)
            let inside = min(whole.end, period.end) - max(whole.start, period.start) + 1
            if let entry = entries.first(where: { $0.start == whole.start }),
               !entry.ownRows.isEmpty || (wanted == nil && !entry.fallbackRows.isEmpty) {
                let useOwn = !entry.ownRows.isEmpty
                months.append(TargetMonth(
                    month: whole, target: useOwn ? entry.own : entry.fallback, daysInPeriod: inside,
                    rows: Bitmap(count: rowCount, rows: useOwn ? entry.ownRows : entry.fallbackRows),
                    summedFromConsultants: !useOwn))
            } else {
                missingCount += 1
                if missing.count < TargetTable.missingListLimit { missing.append(whole) }
            }
            guard whole.end < period.end else { break }
            day = whole.end + 1
        }

        let reason: TargetShortfall?
        if months.isEmpty {
            switch selection {
            case .consultants(let names, _): reason = .noTarget(consultants: names, period: period.label)
            default: reason = .noTarget(consultants: nil, period: period.label)
            }
        } else if missingCount > 0 {
            reason = .missingMonths(missing.map(\.label), more: missingCount - missing.count)
        } else {
            reason = nil
        }
        return TargetMatch(period: period, months: months, missingMonths: missing, missingCount: missingCount,
                           reason: reason)
    }
}
