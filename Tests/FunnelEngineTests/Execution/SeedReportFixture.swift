import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport

/// A dealer written by hand for the reports of domain.md §8.2 (key report, prospect
/// progress, callbacks), as of 2010-10-31; every number the tests expect is worked out
/// from it in their comments.
///
/// Cards (consultant, channel, source; dates; grades set by follow-ups):
/// - K1 李娜 walkin website; created 08-10, ordered 10-10, delivered 10-20; graded C 08-10,
///   A 09-20, H 10-05 (a visit with a test drive); a call 10-22.
/// - K2 李娜 phone autohome; created 09-05, ordered 09-25, delivered 10-08; graded B 09-05,
///   O 09-25 (a visit); calls 10-09 and 10-18.
/// - K3 张强 outreach auto_show; created 09-12, lost 10-15; graded C 09-12 (a message).
/// - K4 张强 walkin, no source; created 09-01; graded N 09-01 (a visit).
/// - K5 张强 phone referral; created 09-20; no follow-up, stored grade B.
/// - K6 李娜 walkin website; created 09-25; graded H only on 10-12 (a visit, test drive), so
///   its grade on 09-30 is unknown.
/// - K7 李娜 walkin website; created 10-03, ordered 10-25; graded A 10-03, O 10-25 (visits).
/// - K8 张强 phone, no source; created 10-18; graded B 10-18 (a call).
/// - K9 张强 walkin website; created 07-01, ordered 07-20, delivered 09-29; graded A 07-01, O
///   07-20 (visits); calls 10-01 and 10-30.
/// - K10 李娜 walkin referral; created, ordered 10-29, delivered 10-30; graded O 10-29 (a visit).
///
/// Traffic: September T1 (call, captured, 李娜), T2 (captured, 李娜), T3 (follow-up, 李娜), T4
/// (none, 张强); October T5 (captured, 李娜), T6 (call, captured, 张强), T7 (captured, 李娜), T8
/// (follow-up, 李娜), T9 (none, nobody named). Targets: October 李娜 2, 张强 1; September 1 each.
enum SeedReportFixture {
    static let json = """
        {"dealer": "回访店", "as_of": "2010-10-31",
         "customers": [
          {"id": "K1", "name": "王一", "phone": "13800000001", "model": "明锐", "channel": "walkin", "source": "website",
           "consultant": "李娜", "created": "2010-08-10", "grade": "O", "ordered": "2010-10-10", "delivered": "2010-10-20"},
          {"id": "K2", "name": "王二", "phone": "13800000002", "model": "速派", "channel": "phone", "source": "autohome",
           "consultant": "李娜", "created": "2010-09-05", "grade": "O", "ordered": "2010-09-25", "delivered": "2010-10-08"},
          {"id": "K3", "name": "王三", "phone": "13800000003", "model": "明锐", "channel": "outreach", "source": "auto_show",
           "consultant": "张强", "created": "2010-09-12", "grade": "C", "lost": "2010-10-15", "lost_reason": "competitor"},
          {"id": "K4", "name": "王四", "phone": "13800000004", "model": "昕锐", "channel": "walkin", "consultant": "张强",
           "created": "2010-09-01", "grade": "N"},
          {"id": "K5", "name": "王五", "phone": "13800000005", "model": "晶锐", "channel": "phone", "source": "referral",
           "consultant": "张强", "created": "2010-09-20", "grade": "B"},
          {"id": "K6", "name": "王六", "phone": "13800000006", "model": "明锐", "channel": "walkin", "source": "website",
           "consultant": "李娜", "created": "2010-09-25", "grade": "H"},
          {"id": "K7", "name": "王七", "phone": "13800000007", "model": "速派", "channel": "walkin", "source": "website",
           "consultant": "李娜", "created": "2010-10-03", "grade": "O", "ordered": "2010-10-25"},
          {"id": "K8", "name": "王八", "phone": "13800000008", "model": "明锐", "channel": "phone", "consultant": "张强",
           "created": "2010-10-18", "grade": "B"},
          {"id": "K9", "name": "王九", "phone": "13800000009", "model": "晶锐", "channel": "walkin", "source": "website",
           "consultant": "张强", "created": "2010-07-01", "grade": "O", "ordered": "2010-07-20", "delivered": "2010-09-29"},
          {"id": "K10", "name": "王十", "phone": "13800000010", "model": "昕锐", "channel": "walkin", "source": "referral",
           "consultant": "李娜", "created": "2010-10-29", "grade": "O", "ordered": "2010-10-29", "delivered": "2010-10-30"}
         ],
         "followups": [
          {"customer": "K1", "date": "2010-08-10", "kind": "visit", "grade": "C", "consultant": "李娜"},
          {"customer": "K1", "date": "2010-09-20", "kind": "call", "grade": "A", "consultant": "李娜"},
          {"customer": "K1", "date": "2010-10-05", "kind": "visit", "test_drive": true, "grade": "H", "consultant": "李娜"},
          {"customer": "K1", "date": "2010-10-22", "kind": "call", "consultant": "李娜"},
          {"customer": "K2", "date": "2010-09-05", "kind": "call", "grade": "B", "consultant": "李娜"},
          {"customer": "K2", "date": "2010-09-25", "kind": "visit", "grade": "O", "consultant": "李娜"},
          {"customer": "K2", "date": "2010-10-09", "kind": "call", "consultant": "李娜"},
          {"customer": "K2", "date": "2010-10-18", "kind": "call", "consultant": "李娜"},
          {"customer": "K3", "date": "2010-09-12", "kind": "message", "grade": "C", "consultant": "张强"},
          {"customer": "K3", "date": "2010-10-15", "kind": "call", "consultant": "张强"},
          {"customer": "K4", "date": "2010-09-01", "kind": "visit", "grade": "N", "consultant": "张强"},
          {"customer": "K6", "date": "2010-10-12", "kind": "visit", "test_drive": true, "grade": "H", "consultant": "李娜"},
          {"customer": "K7", "date": "2010-10-03", "kind": "visit", "grade": "A", "consultant": "李娜"},
          {"customer": "K7", "date": "2010-10-25", "kind": "visit", "grade": "O", "consultant": "李娜"},
          {"customer": "K8", "date": "2010-10-18", "kind": "call", "grade": "B", "consultant": "张强"},
          {"customer": "K9", "date": "2010-07-01", "kind": "visit", "grade": "A", "consultant": "张强"},
          {"customer": "K9", "date": "2010-07-20", "kind": "visit", "grade": "O", "consultant": "张强"},
          {"customer": "K9", "date": "2010-10-01", "kind": "call", "consultant": "张强"},
          {"customer": "K9", "date": "2010-10-30", "kind": "call", "consultant": "张强"},
          {"customer": "K10", "date": "2010-10-29", "kind": "visit", "grade": "O", "consultant": "李娜"}
         ],
         "traffic": [
          {"id": "T1", "time": "2010-09-05", "kind": "call", "result": "captured", "customer": "K2", "consultant": "李娜"},
          {"id": "T2", "time": "2010-09-25", "kind": "visit", "result": "captured", "customer": "K6", "consultant": "李娜"},
          {"id": "T3", "time": "2010-09-25", "kind": "visit", "result": "followup", "customer": "K2", "consultant": "李娜"},
          {"id": "T4", "time": "2010-09-26", "kind": "visit", "result": "none", "consultant": "张强"},
          {"id": "T5", "time": "2010-10-03", "kind": "visit", "result": "captured", "customer": "K7", "consultant": "李娜"},
          {"id": "T6", "time": "2010-10-18", "kind": "call", "result": "captured", "customer": "K8", "consultant": "张强"},
          {"id": "T7", "time": "2010-10-29", "kind": "visit", "result": "captured", "customer": "K10", "consultant": "李娜"},
          {"id": "T8", "time": "2010-10-12", "kind": "visit", "result": "followup", "customer": "K6", "consultant": "李娜"},
          {"id": "T9", "time": "2010-10-20", "kind": "visit", "result": "none"}
         ],
         "targets": [{"month": "2010-10", "consultant": "李娜", "deliveries": 2},
                     {"month": "2010-10", "consultant": "张强", "deliveries": 1},
                     {"month": "2010-09", "consultant": "李娜", "deliveries": 1},
                     {"month": "2010-09", "consultant": "张强", "deliveries": 1}]
        }
        """

    static func dataset() throws -> Dataset {
        try DatasetLoader().load(bytes: Array(json.utf8), file: "seed-reports.json")
    }

    /// Every result of the statements, or the rendered error.
    static func run(_ text: String, format: OutputFormat = .csv) throws -> String {
        StatementHarness.run(text, on: try dataset(), format: format).output
    }
}
