import FunnelTestSupport
import Testing

/// Comparing fields of different types, or arithmetic a field cannot take, is an
/// error before anything runs, naming both sides' types.
@Suite struct FieldComparisonErrorTests {
    @Test(arguments: [
        ("select customers where created < visits",
         "cannot compare created (date) with visits (int): compare dates with dates and numbers with numbers",
         "created < visits"),
        ("select customers where visits >= last_contact - 1",
         "cannot compare visits (int) with last_contact - 1 (date): compare dates with dates and numbers with numbers",
         "visits >= last_contact - 1"),
        ("select customers where created = grade",
         "cannot compare created (date) with grade (enum(O|H|A|B|C|N)): compare dates with dates and numbers with numbers",
         "created = grade"),
        ("select customers where ordered - visits > 3",
         "cannot compare ordered (date) with visits (int): compare dates with dates and numbers with numbers",
         "ordered - visits"),
        ("select customers where ordered - created > created",
         "cannot compare ordered - created (int) with created (date): compare dates with dates and numbers with numbers",
         "ordered - created > created"),
        ("select customers where ordered - created > 2010-10-01",
         "ordered - created holds numbers; 2010-10-01 is not a number", "2010-10-01"),
        ("select customers where consultant + 3 > 2", "consultant is string: only dates and numbers take + and -",
         "consultant"),
        ("select customers where created + ordered > today",
         "created + ordered: a field can be taken from another (ordered - created: the days between), not added to it",
         "created + ordered"),
        ("select customers where created + 1.5 > today", "1.5 is not a whole number of days: a date moves by whole days",
         "1.5"),
        ("select followups where date > created",
         "unknown field 'created' in followups: it is a card field, write customer.created", "created"),
        ("select customers where ordered - craeted > 3", "unknown field 'craeted' in customers — did you mean 'created'?",
         "craeted"),
    ])
    func rejects(statement: String, message: String, underlined: String) throws {
        let output = try Fixture.run(statement)
        #expect(output.split(separator: "\n").first.map(String.init) == "error: " + message)
        #expect(StatementHarness.underlined(in: output) == underlined, "\(output)")
    }
}
