import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import FunnelSyntax

/// A small dealer written out by hand, so every expected number below can be
/// checked by reading it. As of 2010-10-31.
enum Fixture {
    static let json = """
        {"dealer": "测试店", "as_of": "2010-10-31",
         "customers": [
          {"id": "C1", "name": "王伟", "phone": "13800000001", "model": "明锐", "channel": "walkin", "source": "website",
           "consultant": "李娜", "created": "2010-08-01", "grade": "H", "key_questions": 7, "next_followup": "2010-10-31",
           "city": "上海", "budget": 15.5},
          {"id": "C2", "name": "欧阳娜娜", "phone": "13800000002", "model": "速派", "channel": "电话", "source": "autohome",
           "consultant": "李娜", "created": "2010-10-05", "grade": "A", "key_questions": 3, "ordered": "2010-10-20",
           "city": "苏州", "budget": 25},
          {"id": "C3", "name": "Li Lei", "phone": "123", "model": "明锐", "channel": "outreach", "consultant": "张强",
           "created": "2010-09-15", "grade": "b", "lost": "2010-10-02", "lost_reason": "competitor", "key_questions": 1},
          {"id": "C4", "name": "赵敏", "phone": "021-5555666", "model": "昕锐", "channel": "walkin", "consultant": "张强",
           "created": "2010-06-10", "grade": "C", "ordered": "2010-07-01", "delivered": "2010-07-15", "key_questions": 5,
           "city": "上海"},
          {"id": "C5", "name": "", "phone": "13900000005", "model": "明锐", "channel": "phone", "consultant": "李娜",
           "created": "2010-10-30", "grade": "N", "next_followup": "2010-10-20", "key_questions": 0},
          {"id": "C6", "name": "孙丽", "phone": "13900000006", "model": "速派", "channel": "outreach", "consultant": "张强",
           "created": "2010-11-05", "grade": "H"}
         ],
         "followups": [
          {"customer": "C1", "date": "2010-08-01", "kind": "visit", "intro": true, "consultant": "李娜"},
          {"customer": "C1", "date": "2010-09-10T15:00", "kind": "visit", "test_drive": true, "consultant": "李娜"},
          {"customer": "C1", "date": "2010-10-12", "kind": "call", "consultant": "李娜", "note": "预算确认"},
          {"customer": "C2", "date": "2010-10-06", "kind": "visit", "test_drive": true, "negotiation": true, "consultant": "李娜"},
          {"customer": "C3", "date": "2010-09-20", "kind": "message", "consultant": "张强"},
          {"customer": "C4", "date": "2010-06-20", "kind": "visit", "intro": true, "test_drive": true, "consultant": "张强"}
         ],
         "traffic": [
          {"id": "T1", "time": "2010-08-01 09:30", "kind": "visit", "result": "captured", "customer": "C1", "consultant": "李娜"},
          {"id": "T2", "time": "2010-09-10 14:00", "kind": "visit", "result": "followup", "customer": "C1"},
          {"id": "T3", "time": "2010-10-05", "kind": "call", "result": "captured", "customer": "C2"},
          {"id": "T4", "time": "2010-10-06", "kind": "visit", "result": "followup", "customer": "C2"},
          {"id": "T5", "time": "2010-10-07", "kind": "visit", "result": "none"}
         ],
         "targets": [{"month": "2010-10", "consultant": "李娜", "deliveries": 3}]
        }
        """

    static func session() throws -> Session {
        let dataset = try DatasetLoader().load(bytes: Array(json.utf8), file: "fixture.json")
        return Session(dataset: dataset)
    }

    /// Runs statements and gives every result as csv (with LF for readability), or
    /// the rendered error.
    static func run(_ text: String, format: OutputFormat = .csv) throws -> String {
        StatementHarness.run(text, on: try session().dataset, format: format).output
    }
}
