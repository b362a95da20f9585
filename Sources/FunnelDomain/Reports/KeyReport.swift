import FunnelStore

/// One line of the key management report: a KPI, or new cards of one capture channel.
public struct KeyMeasure: Hashable, Sendable {
    public let kpi: KPI
    /// New cards of this channel only (`new_cards (walkin)`).
    public let channel: Channel?

    public init(_ kpi: KPI, channel: Channel? = nil) {
        self.kpi = kpi
        self.channel = channel
    }

    /// `capture_rate`, `new_cards (walkin)`.
    public var name: String { channel.map { "\(kpi.name) (\($0.token))" } ?? kpi.name }

    /// The KPI's first Chinese name, or the channel's (进店, 电话, 外拓).
    public var chineseName: String {
        if let channel { return channel.chineseWords.first ?? channel.token }
        return kpi.definition.chineseNames.first ?? kpi.name
    }

    public var kind: KPIKind { kpi.definition.kind }

    /// The lines of seed 002's 关键管理报表 as domain.md §8.2 lists them: traffic, capture
    /// rate, new cards by channel, opening and closing stock, the visit and test-drive
    /// rates of seed 002 §4.8–§4.14, orders, deliveries, losses and close rate.
    public static let keyReport: [KeyMeasure] = [
        KeyMeasure(.showroomTraffic), KeyMeasure(.captureRate),
        KeyMeasure(.newCards), KeyMeasure(.newCards, channel: .walkin), KeyMeasure(.newCards, channel: .phone),
        KeyMeasure(.newCards, channel: .outreach),
        KeyMeasure(.openingStock), KeyMeasure(.closingStock),
        KeyMeasure(.overallVisitRate), KeyMeasure(.newOverallVisitRate), KeyMeasure(.firstVisitRate),
        KeyMeasure(.newFirstVisitRate), KeyMeasure(.returnVisitRate), KeyMeasure(.newReturnVisitRate),
        KeyMeasure(.testDriveRate),
        KeyMeasure(.orders), KeyMeasure(.deliveries), KeyMeasure(.losses), KeyMeasure(.closeRate),
    ]
}

/// A measure in P and in the period before.
public struct KeyReportLine: Sendable {
    public let measure: KeyMeasure
    public let current: KPIValue
    public let previous: KPIValue

    /// P − the period before, in the measure's unit (a fraction for a rate); `nil`
    /// when either is undefined.
    public var change: Double? {
        guard let now = current.value, let before = previous.value else { return nil }
        return now - before
    }

    /// The change in percentage points for a rate, in the count's unit otherwise.
    public var shownChange: Double? {
        measure.kind == .rate ? change.map { $0 * 100 } : change
    }

    /// (P − Q) ÷ Q; `nil` when Q is 0 or either is undefined.
    public var relativeChange: Double? {
        guard let change, let before = previous.value, before != 0 else { return nil }
        return change / before
    }
}

/// Seed 002's key management report (关键管理报表, domain.md §8.2): the measures of
/// `KeyMeasure.keyReport` for P and the period before, side by side, with the change;
/// for all the cards a `where` keeps and for each group of a card field.
///
/// The period before is the one of the same kind just before P (`Period.previous`).
/// When P is counted as of a day before its end, the period before is counted up to
/// the same day of its own (the 15th of September for October as of the 15th), so that
/// the two compare like with like (ours).
public struct KeyReport: Sendable {
    public let window: AsOfPeriod
    public let previous: AsOfPeriod
    /// Every measure over the scope.
    public let total: [KeyReportLine]
    /// Every measure of each group, in group order; empty without groups.
    public let groups: [[KeyReportLine]]

    public init(evaluator: KPIEvaluator, window: AsOfPeriod, scope: KPIScope = .all,
                groups assignment: KPIGroupAssignment? = nil) {
        self.window = window
        let previous = KeyReport.previous(of: window)
        self.previous = previous
        let now = evaluator.basis(window), before = evaluator.basis(previous)
        let measures = KeyMeasure.keyReport
        func scoped(_ measure: KeyMeasure) -> KPIScope {
            guard let channel = measure.channel else { return scope }
            let cards: Bitmap
            switch channel {
            case .walkin: cards = evaluator.walkin
            case .phone: cards = evaluator.phone
            case .outreach: cards = evaluator.outreach
            }
            var narrowed = scope
            narrowed.cards = scope.cards.map { Bitmap.resized($0, to: cards.count) & cards } ?? cards
            return narrowed
        }
        total = measures.map { measure in
            KeyReportLine(measure: measure, current: now.value(of: measure.kpi, in: scoped(measure)),
                          previous: before.value(of: measure.kpi, in: scoped(measure)))
        }
        guard let assignment else {
            groups = []
            return
        }
        let columns = measures.map { measure in
            (now.values(of: measure.kpi, groupedBy: assignment, in: scoped(measure)),
             before.values(of: measure.kpi, groupedBy: assignment, in: scoped(measure)))
        }
        groups = (0..<assignment.groupCount).map { group in
            measures.indices.map { m in
                let (current, previous) = columns[m]
                return KeyReportLine(measure: measures[m],
                                     current: group < current.count ? current[group] : .count(0),
                                     previous: group < previous.count ? previous[group] : .count(0))
            }
        }
    }

    /// The period before P, counted whole when P is, else up to the same day of its own.
    public static func previous(of window: AsOfPeriod) -> AsOfPeriod {
        guard !window.isComplete else { return window.previous }
        let before = window.period.previous
        let day = min(before.end, before.start + (window.elapsedDays - 1))
        return (try? AsOfPeriod(period: before, today: day)) ?? window.previous
    }
}
