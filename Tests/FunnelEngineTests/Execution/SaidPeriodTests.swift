import FunnelEngine
import FunnelTestSupport
import Testing

/// Periods said in words, through the language on the demo dealer (today 2010-10-31,
/// a Sunday): each statement gives exactly what the same statement with the period
/// written out gives, headings and period columns included, so what a result shows
/// is what the words resolved to.
@Suite struct SaidPeriodTests {
    @Test(arguments: [
        ("kpi new_cards for last month", "kpi new_cards for 2010-09"),
        ("kpi new_cards for 上月", "kpi new_cards for 2010-09"),
        ("kpi new_cards for this month", "kpi new_cards for 2010-10"),
        ("kpi new_cards for 本月", "kpi new_cards for 2010-10"),
        ("kpi new_cards for this week", "kpi new_cards for 2010-W43"),
        ("kpi new_cards for 本周", "kpi new_cards for 2010-W43"),
        ("kpi new_cards for last week", "kpi new_cards for 2010-W42"),
        ("kpi new_cards for 上周", "kpi new_cards for 2010-W42"),
        ("kpi new_cards for today", "kpi new_cards for 2010-10-31"),
        ("kpi new_cards for 今天", "kpi new_cards for 2010-10-31"),
        ("kpi new_cards for yesterday", "kpi new_cards for 2010-10-30"),
        ("kpi new_cards for 昨天", "kpi new_cards for 2010-10-30"),
        ("kpi new_cards for this quarter", "kpi new_cards for 2010-Q4"),
        ("kpi new_cards for 本季度", "kpi new_cards for 2010-Q4"),
        ("kpi new_cards for last quarter", "kpi new_cards for 2010-Q3"),
        ("kpi new_cards for 上季度", "kpi new_cards for 2010-Q3"),
        ("kpi new_cards for this year by month", "kpi new_cards for 2010 by month"),
        ("kpi new_cards for 今年", "kpi new_cards for 2010"),
        ("kpi new_cards for last 7 days", "kpi new_cards for 2010-10-25..2010-10-31"),
        ("kpi new_cards for 近7天", "kpi new_cards for 2010-10-25..2010-10-31"),
        ("kpi new_cards for 最近30天", "kpi new_cards for 2010-10-02..2010-10-31"),
        ("kpi new_cards for 2010年10月", "kpi new_cards for 2010-10"),
        ("kpi new_cards for 2010年10月5日", "kpi new_cards for 2010-10-05"),
        ("kpi new_cards for 2010年第41周", "kpi new_cards for 2010-W41"),
        ("kpi new_cards for 2010年Q3", "kpi new_cards for 2010-Q3"),
        ("kpi new_cards for 2010年第3季度", "kpi new_cards for 2010-Q3"),
        ("kpi new_cards for Oct 2010", "kpi new_cards for 2010-10"),
        ("kpi new_cards for september 2010", "kpi new_cards for 2010-09"),
        ("kpi new_cards for 2010q3", "kpi new_cards for 2010-Q3"),
        ("kpi new_cards for 2010-10-01 to 2010-10-15", "kpi new_cards for 2010-10-01..2010-10-15"),
        ("kpi new_cards for from 2010-10-01 to 2010-10-15", "kpi new_cards for 2010-10-01..2010-10-15"),
        ("kpi new_cards from 2010-10-01 to 2010-10-15", "kpi new_cards for 2010-10-01..2010-10-15"),
        ("kpi new_cards for 2010-10-01 至 2010-10-15", "kpi new_cards for 2010-10-01..2010-10-15"),
        ("kpi new_cards for 2010年8月至2010年9月", "kpi new_cards for 2010-08..2010-09"),
        ("kpi new_cards for last month to this month", "kpi new_cards for 2010-09..2010-10"),
        ("kpi new_cards for today - 7", "kpi new_cards for 2010-10-24"),
        ("kpi new_cards for yesterday - 1", "kpi new_cards for 2010-10-29"),
        ("kpi new_cards for 2010-10-05 + 10", "kpi new_cards for 2010-10-15"),
        // Relative to the statement's T: `as of` moves today.
        ("kpi new_cards for last month as of 2010-09-15", "kpi new_cards for 2010-08 as of 2010-09-15"),
        ("kpi new_cards for this week as of 2010-10-20", "kpi new_cards for 2010-W42 as of 2010-10-20"),
        ("kpi first_visit_rate, close_rate for last month by consultant where channel = walkin",
         "kpi first_visit_rate, close_rate for 2010-09 by consultant where channel = walkin"),
        ("explain kpi overall_visit_rate for 上月", "explain kpi overall_visit_rate for 2010-09"),
        ("funnel for 上周", "funnel for 2010-W42"),
        ("funnel for last month by consultant", "funnel for 2010-09 by consultant"),
        ("funnel from 2010-10-01 to 2010-10-15", "funnel for 2010-10-01..2010-10-15"),
        ("inventory for 2010年第41周", "inventory for 2010-W41"),
        ("inventory for this quarter by month", "inventory for 2010-Q4 by month"),
        ("lost reasons for last quarter", "lost reasons for 2010-Q3"),
        ("capture progress for this week", "capture progress for 2010-W43"),
        ("followup effect for last month by consultant", "followup effect for 2010-09 by consultant"),
        ("conversion for 上月 by model", "conversion for 2010-09 by model"),
        ("compare close_rate for this month vs last month", "compare close_rate for 2010-10 vs 2010-09"),
        ("compare new_cards for last 7 days vs today - 14 to today - 8",
         "compare new_cards for 2010-10-25..2010-10-31 vs 2010-10-17..2010-10-23"),
        ("plan deliveries 30 for next month using this month", "plan deliveries 30 for 2010-11 using 2010-10"),
        ("score close_rate for last month target 15%", "score close_rate for 2010-09 target 15%"),
        ("due today", "due 2010-10-31"),
        ("contacted yesterday", "contacted 2010-10-30"),
        ("overdue as of yesterday", "overdue as of 2010-10-30"),
        ("count customers as of today - 30", "count customers as of 2010-10-01"),
        ("count customers where created in last 7 days", "count customers where created in 2010-10-25..2010-10-31"),
        ("count customers where created in 上月 by channel", "count customers where created in 2010-09 by channel"),
        ("count customers where created >= today - 7", "count customers where created >= 2010-10-24"),
        ("count customers where created = 上月", "count customers where created in 2010-09"),
        ("count customers where created = yesterday", "count customers where created = 2010-10-30"),
        ("count customers where created between today - 7 and today",
         "count customers where created between 2010-10-24 and 2010-10-31"),
        ("count customers where next_followup in next week", "count customers where next_followup in 2010-W44"),
        ("count followups where date in last week by kind", "count followups where date in 2010-W42 by kind"),
        ("let m = last month\nkpi new_cards for m", "kpi new_cards for 2010-09"),
        ("let d = today - 7\ncount customers where created >= $d", "count customers where created >= 2010-10-24"),
    ])
    func givesWhatTheWrittenPeriodGives(said: String, written: String) throws {
        let demo = try #require(StatementHarness.demo)
        let saidRun = StatementHarness.run(said, on: demo, format: .table)
        let writtenRun = StatementHarness.run(written, on: demo, format: .table)
        #expect(saidRun.succeeded, "\(said): \(saidRun.errors)")
        #expect(writtenRun.succeeded, "\(written): \(writtenRun.errors)")
        #expect(saidRun.output == writtenRun.output, "\(said)")
    }

    /// `help periods` lists the forms, in English and Chinese; its examples run with the
    /// repository's (RepositoryExamplesRunTests).
    @Test(arguments: ["help periods", "help period", "help 时间"])
    func helpListsTheForms(statement: String) throws {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        #expect(run.succeeded, "\(run.errors)")
        for form in ["last month", "上月", "this week", "本周", "last 7 days", "近7天", "Oct 2010", "2010年10月",
                     "2010年第41周", "from A to B", "A 至 B", "today - 7"] {
            #expect(run.output.contains(form), "\(form)")
        }
    }

    /// The period column and headings show what the words resolved to, never the words.
    @Test(arguments: [
        ("kpi new_cards for last month", "new_cards,2010-09,95,,95\n"),
        ("kpi new_cards for 上周", "new_cards,2010-W42,"),
        ("kpi new_cards for last 7 days", "new_cards,2010-10-25..2010-10-31,"),
        ("kpi new_cards for today - 7", "new_cards,2010-10-24,"),
    ])
    func showsWhatItResolvedTo(statement: String, row: String) throws {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        #expect(run.succeeded, "\(run.errors)")
        #expect(run.output.contains(row), "\(run.output)")
    }
}
