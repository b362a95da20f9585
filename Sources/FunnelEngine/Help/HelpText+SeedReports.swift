extension HelpText {
    /// The reports of domain.md §8.2: seed 002's key management report, seed 001's
    /// prospect progress sheet, and post-delivery callbacks.
    static let seedReportTopics: [Topic] = [
        Topic(name: "key", usage: "key report for PERIOD [by FIELD] [where CONDITION] [as of DATE]",
              summary: "关键管理报表 (seed 002): showroom traffic, capture rate, new cards by channel, opening and "
                  + "closing stock, the visit and test-drive rates, orders, deliveries, losses and close rate, for P "
                  + "and the period before, with the change (percentage points for a rate) and the relative change. "
                  + "A period counted as of a day before its end is set against the period before up to the same "
                  + "day of its own. By a card field, each group's lines, then the total's.",
              examples: ["key report for 2010-10",
                         "key report for 2010-10 by consultant where consultant in (刘凯, 刘斌)"]),
        Topic(name: "prospect", usage: "prospect progress for PERIOD [by FIELD] [where CONDITION] [as of DATE]",
              summary: "意向客户进度状况表 (seed 001), per consultant (or another card field): the cards following "
                  + "on the day before P by level, P0..P4 from grades O, H, A, B, C, then N and no grade (the "
                  + "total is the opening stock); P's new cards by source; the orders expected (cards at P1, P2 or "
                  + "P3) and deliveries expected (cards at P0) against those achieved in P, with the delivery "
                  + "target where the data has targets.",
              examples: ["prospect progress for 2010-10", "prospect progress for 2010-10 by channel"]),
        Topic(name: "callbacks",
              usage: "callbacks [DATE | missed [for PERIOD]] [at N, N, ...] [grace N] [where CONDITION] "
                  + "[order by FIELD] [limit N] [as of DATE]",
              summary: "成交回访: a delivered card is due a callback 1, 7 and 30 days after delivery (at sets the "
                  + "days), made by a follow-up of the card from the due day to 2 days after it (grace sets the "
                  + "days). callbacks DATE lists the callbacks open that day and not yet made (default today); "
                  + "callbacks missed for P those whose window closed in P, before today, with no follow-up "
                  + "(default: this month). Each takes where, order by and limit.",
              examples: ["callbacks 2010-10-31", "callbacks missed for 2010-10 order by consultant limit 10",
                         "callbacks at 1, 7 grace 3 where consultant = 黄杰"]),
    ]
}
