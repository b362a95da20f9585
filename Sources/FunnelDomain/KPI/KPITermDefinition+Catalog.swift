/// The terms the catalog's formulas are made of.
extension KPITermDefinition {
    // Traffic.
    static let traffic = KPITermDefinition(
        "traffic", "traffic in P", "展厅流量",
        "showroom traffic entries (visitor batches and calls) dated in P up to T", .traffic([.inPeriod]))
    static let followupTraffic = KPITermDefinition(
        "followup_traffic", "follow-up traffic in P", "关联跟进的展厅流量",
        "traffic entries in P whose result is followup: the visitor or caller already had a card",
        .traffic([.inPeriod, .followup]))
    static let capturedTraffic = KPITermDefinition(
        "captured_traffic", "captured traffic in P", "接触结果为留档的展厅流量",
        "traffic entries in P whose result is captured: a card was created from the entry",
        .traffic([.inPeriod, .captured]))
    static let days = KPITermDefinition(
        "days", "days of P up to T", "天数", "days from the start of P to T, both included", .elapsedDays)

    // The base.
    static let opening = KPITermDefinition(
        "opening", "opening", "期初库存有望客户",
        "cards captured before P and still following the day before P starts", .cards([.opening]))
    static let new = KPITermDefinition(
        "new", "new", "新增有望客户", "cards captured in P up to T", .cards([.new]))
    static let newOutreach = KPITermDefinition(
        "new_outreach", "new outreach", "外拓开发的新增有望客户", "cards captured in P up to T with channel outreach",
        .cards([.new, .outreach]))
    static let closing = KPITermDefinition(
        "closing", "following at T", "期末库存(跟进中)",
        "cards captured by T that are neither delivered nor lost by T (order, dormant or active)", .cards([.closing]))

    // First response (domain.md §8.1).
    static let respondedInNew = KPITermDefinition(
        "responded_in_new", "new contacted within an hour", "新增中1小时内首次联系",
        "new cards whose first follow-up came within 1 hour of the capture (both with a time of day; a follow-up "
            + "recorded at the capture itself is a response at once)", .cards([.new, .respondedInTime]))
    static let timedInNew = KPITermDefinition(
        "timed_in_new", "new with times", "新增中留档与首次联系时间可知",
        "new cards whose capture has a time of day and whose first follow-up by T has one too, or that have no "
            + "follow-up by T (not contacted in time)", .cards([.new, .responseKnown]))

    // Visits.
    static let visitedInOpening = KPITermDefinition(
        "visited_in_opening", "visited in opening", "期初库存中已进店",
        "opening cards with at least one showroom visit by T", .cards([.opening, .visited]))
    static let visitedInNew = KPITermDefinition(
        "visited_in_new", "visited in new", "新增中已进店",
        "new cards with at least one showroom visit by T", .cards([.new, .visited]))
    static let phoneOutreachInOpening = KPITermDefinition(
        "phone_outreach_in_opening", "phone/outreach in opening", "期初库存中电话和外拓留档",
        "opening cards captured by phone or outreach", .cards([.opening, .phoneOrOutreach]))
    static let phoneOutreachInNew = KPITermDefinition(
        "phone_outreach_in_new", "phone/outreach in new", "新增中电话和外拓留档",
        "new cards captured by phone or outreach", .cards([.new, .phoneOrOutreach]))
    static let phoneOutreachVisitedInOpening = KPITermDefinition(
        "phone_outreach_visited_in_opening", "phone/outreach visited in opening", "期初库存中电话和外拓留档已进店",
        "opening cards captured by phone or outreach that came to the showroom by T",
        .cards([.opening, .phoneOrOutreach, .visited]))
    static let phoneOutreachVisitedInNew = KPITermDefinition(
        "phone_outreach_visited_in_new", "phone/outreach visited in new", "新增中电话和外拓留档已进店",
        "new cards captured by phone or outreach that came to the showroom by T",
        .cards([.new, .phoneOrOutreach, .visited]))
    static let returnedInOpening = KPITermDefinition(
        "returned_in_opening", "returned in opening", "期初库存中进店2次以上",
        "opening cards with showroom visits on at least 2 distinct days by T", .cards([.opening, .returned]))
    static let returnedInNew = KPITermDefinition(
        "returned_in_new", "returned in new", "新增中进店2次以上",
        "new cards with showroom visits on at least 2 distinct days by T", .cards([.new, .returned]))

    // Test drives.
    static let testDrivenInOpening = KPITermDefinition(
        "test_driven_in_opening", "test-driven in opening", "期初库存中已试乘试驾",
        "opening cards with at least one test drive by T", .cards([.opening, .testDriven]))
    static let testDrivenInNew = KPITermDefinition(
        "test_driven_in_new", "test-driven in new", "新增中已试乘试驾",
        "new cards with at least one test drive by T", .cards([.new, .testDriven]))

    // Events in P.
    static let orders = KPITermDefinition(
        "orders", "orders in P", "订单数",
        "cards with an order date in P up to T (whether or not the card is in the base)", .cards([.orders]))
    static let deliveries = KPITermDefinition(
        "deliveries", "deliveries in P", "成交数",
        "cards with a delivery date in P up to T (whether or not the card is in the base)", .cards([.deliveries]))
    static let losses = KPITermDefinition(
        "losses", "losses in P", "战败数",
        "cards with a lost date in P up to T (whether or not the card is in the base)", .cards([.losses]))

    // Data quality.
    static let completeInOpening = KPITermDefinition(
        "complete_in_opening", "complete in opening", "期初库存中档案完备",
        "opening cards with a name, a valid phone and a model", .cards([.opening, .complete]))
    static let completeInNew = KPITermDefinition(
        "complete_in_new", "complete in new", "新增中档案完备",
        "new cards with a name, a valid phone and a model", .cards([.new, .complete]))

    // Follow-up timeliness: due events, several per card.
    static let onTimeEvents = KPITermDefinition(
        "on_time", "on time", "按时跟进",
        "due events dated in P up to T whose card was contacted again by the due date", .dueEvents(.onTime))
    static let lateEvents = KPITermDefinition(
        "late", "late", "逾期未跟进",
        "due events dated in P before T with no contact by the due date, the card still followed up then",
        .dueEvents(.late))

    // Plan.
    static let targetDeliveries = KPITermDefinition(
        "target_deliveries", "target deliveries for P", "销售计划(成交目标)",
        "target deliveries of the months P overlaps, each month's target times the share of its days in P",
        .targetDeliveries)
}
