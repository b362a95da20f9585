import FunnelTestSupport
import Testing

/// A field compared with another field, and day arithmetic, on the hand-made dealer
/// (as of 2010-10-31). Its dates, for reading the answers:
///
/// | card | created | ordered | delivered | lost | last_contact | next_followup | visits | key_questions | budget |
/// | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
/// | C1 | 08-01 | | | | 10-12 | 10-31 | 2 | 7 | 15.5 |
/// | C2 | 10-05 | 10-20 | | | 10-06 | | 1 | 3 | 25 |
/// | C3 | 09-15 | | | 10-02 | 09-20 | | 0 | 1 | |
/// | C4 | 06-10 | 07-01 | 07-15 | | 06-20 | | 2 | 5 | |
/// | C5 | 10-30 | | | | 10-30 | 10-20 | 0 | 0 | |
///
/// A row missing a value on either side is never selected.
@Suite struct FieldComparisonTests {
    @Test(arguments: [
        // Two dates.
        ("select id from customers where delivered < created", "id\n"),
        ("select id from customers where delivered > created", "id\nC4\n"),
        ("select id from customers where ordered >= created order by id", "id\nC2\nC4\n"),
        ("select id from customers where next_followup < last_contact", "id\nC5\n"),
        ("select id from customers where 下次跟进时间 >= 留档日期 order by id", "id\nC1\n"),
        // Days between two dates.
        ("select id from customers where ordered - created > 15", "id\nC4\n"),
        ("select id from customers where ordered - created >= 15 order by id", "id\nC2\nC4\n"),
        ("select id from customers where delivered - ordered = 14", "id\nC4\n"),
        ("select id from customers where last_contact - created <= 2 order by id", "id\nC2\nC5\n"),
        ("select id from customers where lost - created < 30", "id\nC3\n"),
        // A date moved by days.
        ("select id from customers where last_contact < created + 3 order by id", "id\nC2\nC5\n"),
        ("select id from customers where last_contact < created + 3 days order by id", "id\nC2\nC5\n"),
        ("select id from customers where created + 3 > last_contact order by id", "id\nC2\nC5\n"),
        ("select id from customers where created - 3 > 2010-10-01 order by id", "id\nC2\nC5\n"),
        ("select id from customers where created + 20 = 2010-10 order by id", "id\nC2\nC3\n"),
        ("select id from customers where created + 20 < 2010-10 order by id", "id\nC1\nC4\n"),
        ("select id from customers where created + 90 >= today order by id", "id\nC2\nC3\nC5\n"),
        // Days from today.
        ("select id from customers where created >= today - 7", "id\nC5\n"),
        ("select id from customers where created >= today - 30 order by id", "id\nC2\nC5\n"),
        ("select id from customers where created in last 7 days", "id\nC5\n"),
        ("select id from customers where created = 上月", "id\nC3\n"),
        // Numbers.
        ("select id from customers where key_questions > visits order by id", "id\nC1\nC2\nC3\nC4\n"),
        ("select id from customers where key_questions - visits >= 3 order by id", "id\nC1\nC4\n"),
        ("select id from customers where budget > key_questions + 10", "id\nC2\n"),
        ("select id from customers where card_age > followup_count + 90 order by id", "id\nC4\n"),
        // Across the link to the card.
        ("select customer, date from followups where date > customer.created + 30 order by date",
         "customer,date\nC1,2010-09-10T15:00\nC1,2010-10-12\n"),
        ("count followups where date - customer.created <= 1", "count\n2\n"),
        // Derived fields as of T: C1's follow-ups after 2010-09-01 are not there yet.
        ("select id from customers where last_contact - created >= 40", "id\nC1\n"),
        ("select id from customers where last_contact - created >= 40 as of 2010-09-01", "id\n"),
        // Combined with the rest of a condition.
        ("count customers where ordered - created > 10 and not visited", "count\n0\n"),
        ("count customers where delivered < created or grade = H", "count\n1\n"),
        ("count customers where not (ordered > created)", "count\n3\n"),
    ])
    func selects(statement: String, expected: String) throws {
        #expect(try Fixture.run(statement) == expected, "\(statement)")
    }
}
