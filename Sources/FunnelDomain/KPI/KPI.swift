/// The KPIs of domain.md §5, by canonical query name. The raw value is the name a
/// query uses (`kpi overall_visit_rate for 2010-10`); `definition` says what it means.
///
/// The order of the cases is the catalog's order: traffic, capture (and the first
/// response to it), visits, test drives, conversion, stock, data quality, plan,
/// follow-up timeliness.
public enum KPI: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case showroomTraffic = "showroom_traffic"
    case dailyTraffic = "daily_traffic"
    case newTraffic = "new_traffic"
    case captureRate = "capture_rate"
    case newCards = "new_cards"
    case outreachCards = "outreach_cards"
    case firstResponseRate = "first_response_rate"
    case overallVisitRate = "overall_visit_rate"
    case newOverallVisitRate = "new_overall_visit_rate"
    case firstVisitRate = "first_visit_rate"
    case newFirstVisitRate = "new_first_visit_rate"
    case returnVisitRate = "return_visit_rate"
    case newReturnVisitRate = "new_return_visit_rate"
    case testDriveRate = "test_drive_rate"
    case newTestDriveRate = "new_test_drive_rate"
    case orders
    case orderRate = "order_rate"
    case deliveries
    case closeRate = "close_rate"
    case losses
    case lostRate = "lost_rate"
    case openingStock = "opening_stock"
    case closingStock = "closing_stock"
    case completeRate = "complete_rate"
    case planAchievement = "plan_achievement"
    case followupTimeliness = "followup_timeliness"

    /// The canonical query name.
    public var name: String { rawValue }

    public var description: String { rawValue }

    /// The catalog entry: names, kind, definitions, source, terms.
    public var definition: KPIDefinition { KPICatalog.definition(of: self) }
}
