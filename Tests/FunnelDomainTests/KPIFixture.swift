import FunnelDomain
import FunnelStore

/// Small hand-made dealers for the KPI and report tests, written as the JSON a
/// dealer would load, so every expected number can be checked by reading the data.
enum KPIFixture {
    static func load(_ json: String) throws -> Dataset {
        try DatasetLoader().load(bytes: Array(json.utf8), file: "kpi-fixture.json")
    }

    /// The dealer 滨江店 in October 2010, today 2010-10-20 (T for October).
    ///
    /// Cards (opening = captured before October, following on 30 September):
    ///
    /// | id | created | channel | consultant | what happens (≤ T unless said) | in October's base |
    /// | --- | --- | --- | --- | --- | --- |
    /// | A1 | 09-05 | walkin | Li | nothing: visited on capture | opening |
    /// | A2 | 09-10 | phone | Li | visits 09-12 and 10-08 (test drive), ordered 10-09 | opening |
    /// | A3 | 09-15 | outreach | Wang | never visited, lost 10-03 (competitor) | opening |
    /// | A4 | 08-01 | walkin | Wang | ordered 09-20, delivered 10-05 | opening |
    /// | A5 | 09-01 | phone | Li | lost 09-25 | no (gone before October) |
    /// | A6 | 09-20 | walkin | Wang | dormant 09-30; no name (incomplete) | opening |
    /// | N1 | 10-02 | walkin | Li | visit 10-10 (test drive), ordered 10-12, delivered 10-18 | new |
    /// | N2 | 10-04 | phone | Li | visit 10-06 | new |
    /// | N3 | 10-05 | outreach | Wang | lost 10-15, no reason | new |
    /// | N4 | 10-11 | phone | Wang | a call 10-12; phone 12345 (incomplete) | new |
    /// | N5 | 10-19 | walkin | — | nothing | new |
    /// | N6 | 10-15 | outreach | Li | visit 10-22 and order 10-21, both after T | new |
    /// | L1 | 10-25 | walkin | Li | captured after T | no (does not exist yet) |
    ///
    /// Traffic: T1..T9 in October up to T (4 captured, 3 followup, 2 none), T10 on
    /// 09-30 and T11 on 10-21 outside. Targets: October dealer 4, Li 2, Wang 1;
    /// September dealer 3; November Li 2.
    static let dealer = """
        {"dealer": "滨江店", "as_of": "2010-10-20",
         "customers": [
          {"id": "A1", "name": "王伟", "phone": "13800000001", "model": "Octavia", "channel": "walkin",
           "consultant": "Li", "created": "2010-09-05", "grade": "B", "source": "website"},
          {"id": "A2", "name": "李娜", "phone": "13800000002", "model": "Superb", "channel": "phone",
           "consultant": "Li", "created": "2010-09-10", "grade": "O", "ordered": "2010-10-09", "source": "autohome"},
          {"id": "A3", "name": "张强", "phone": "13800000003", "model": "Octavia", "channel": "outreach",
           "consultant": "Wang", "created": "2010-09-15", "grade": "C", "lost": "2010-10-03",
           "lost_reason": "competitor"},
          {"id": "A4", "name": "赵敏", "phone": "021-55556666", "model": "Fabia", "channel": "walkin",
           "consultant": "Wang", "created": "2010-08-01", "grade": "O", "ordered": "2010-09-20",
           "delivered": "2010-10-05"},
          {"id": "A5", "name": "孙丽", "phone": "13800000005", "model": "Octavia", "channel": "phone",
           "consultant": "Li", "created": "2010-09-01", "grade": "N", "lost": "2010-09-25", "lost_reason": "gave_up"},
          {"id": "A6", "name": "", "phone": "13800000006", "model": "Superb", "channel": "walkin",
           "consultant": "Wang", "created": "2010-09-20", "grade": "C", "dormant": "2010-09-30"},
          {"id": "N1", "name": "周杰", "phone": "13900000001", "model": "Octavia", "channel": "walkin",
           "consultant": "Li", "created": "2010-10-02", "grade": "O", "ordered": "2010-10-12",
           "delivered": "2010-10-18", "source": "website"},
          {"id": "N2", "name": "吴刚", "phone": "13900000002", "model": "Fabia", "channel": "phone",
           "consultant": "Li", "created": "2010-10-04", "grade": "A", "next_followup": "2010-10-20"},
          {"id": "N3", "name": "郑爽", "phone": "13900000003", "model": "Octavia", "channel": "outreach",
           "consultant": "Wang", "created": "2010-10-05", "grade": "C", "lost": "2010-10-15",
           "source": "auto_show"},
          {"id": "N4", "name": "冯巩", "phone": "12345", "model": "Superb", "channel": "phone",
           "consultant": "Wang", "created": "2010-10-11", "grade": "B", "next_followup": "2010-10-15"},
          {"id": "N5", "name": "陈红", "phone": "13900000005", "model": "Octavia", "channel": "walkin",
           "created": "2010-10-19", "grade": "H"},
          {"id": "N6", "name": "褚时健", "phone": "13900000006", "model": "Fabia", "channel": "outreach",
           "consultant": "Li", "created": "2010-10-15", "grade": "B", "ordered": "2010-10-21",
           "source": "auto_show"},
          {"id": "L1", "name": "卫青", "phone": "13900000007", "model": "Octavia", "channel": "walkin",
           "consultant": "Li", "created": "2010-10-25", "grade": "A"}
         ],
         "followups": [
          {"customer": "A2", "date": "2010-09-12", "kind": "visit", "intro": true},
          {"customer": "A2", "date": "2010-10-08", "kind": "visit", "test_drive": true},
          {"customer": "N1", "date": "2010-10-10", "kind": "visit", "test_drive": true},
          {"customer": "N2", "date": "2010-10-06", "kind": "visit"},
          {"customer": "N4", "date": "2010-10-12", "kind": "call"},
          {"customer": "N6", "date": "2010-10-22", "kind": "visit", "test_drive": true}
         ],
         "traffic": [
          {"id": "T1", "time": "2010-10-02", "kind": "visit", "result": "captured", "customer": "N1", "consultant": "Li"},
          {"id": "T2", "time": "2010-10-04", "kind": "call", "result": "captured", "customer": "N2", "consultant": "Li"},
          {"id": "T3", "time": "2010-10-06", "kind": "visit", "result": "followup", "customer": "N2", "consultant": "Li"},
          {"id": "T4", "time": "2010-10-07", "kind": "visit", "result": "none", "consultant": "Wang"},
          {"id": "T5", "time": "2010-10-08", "kind": "visit", "result": "followup", "customer": "A2", "consultant": "Li"},
          {"id": "T6", "time": "2010-10-10", "kind": "visit", "result": "followup", "customer": "N1", "consultant": "Li"},
          {"id": "T7", "time": "2010-10-11", "kind": "call", "result": "captured", "customer": "N4", "consultant": "Wang"},
          {"id": "T8", "time": "2010-10-19", "kind": "visit", "result": "captured", "customer": "N5"},
          {"id": "T9", "time": "2010-10-12", "kind": "call", "result": "none", "consultant": "Wang"},
          {"id": "T10", "time": "2010-09-30", "kind": "visit", "result": "none", "consultant": "Wang"},
          {"id": "T11", "time": "2010-10-21", "kind": "visit", "result": "none", "consultant": "Li"}
         ],
         "targets": [
          {"month": "2010-10", "deliveries": 4},
          {"month": "2010-10", "consultant": "Li", "deliveries": 2},
          {"month": "2010-10", "consultant": "Wang", "deliveries": 1},
          {"month": "2010-09", "deliveries": 3},
          {"month": "2010-11", "consultant": "Li", "deliveries": 2}
         ]
        }
        """

    static func dealerEvaluator() throws -> KPIEvaluator {
        KPIEvaluator(dataset: try load(dealer))
    }

    /// The dealer's period as of its today, 2010-10-20.
    static func window(_ text: String, today: String = "2010-10-20") throws -> AsOfPeriod {
        try AsOfPeriod(period: Period(parsing: text), today: day(today))
    }

    /// Card rows with these ids.
    static func cards(_ ids: [String], in dataset: Dataset) -> Bitmap {
        let column = dataset.customers.column("id")
        return Bitmap(count: dataset.customers.rowCount,
                      rows: (0..<dataset.customers.rowCount).filter { ids.contains(column?.string(at: $0) ?? "") })
    }

    /// Card rows whose `field` is `value`.
    static func cards(where field: String, is value: String, in dataset: Dataset) -> Bitmap {
        let column = dataset.customers.column(field)
        return Bitmap(count: dataset.customers.rowCount,
                      rows: (0..<dataset.customers.rowCount).filter { column?.text(at: $0) == value })
    }

    /// Traffic rows whose `field` is `value`.
    static func traffic(where field: String, is value: String, in dataset: Dataset) -> Bitmap {
        let column = dataset.traffic.column(field)
        return Bitmap(count: dataset.traffic.rowCount,
                      rows: (0..<dataset.traffic.rowCount).filter { column?.text(at: $0) == value })
    }

    /// Ids of the traffic rows in a bitmap.
    static func trafficIds(_ bitmap: Bitmap, in dataset: Dataset) -> Set<String> {
        Set(bitmap.rows.compactMap { dataset.traffic.column("id")?.string(at: $0) })
    }

    /// The October golden example of seed 002 §4.8-4.9 (domain.md §5.1 example 2):
    /// 200 opening cards of which 160 have visited, 100 new of which 50 have. Opening
    /// cards are captured in September (walk-ins have visited, phone cards have not);
    /// new ones in October up to the query day 2010-10-20. Also a week of traffic
    /// (example 1): 2010-W40 has 100 entries, 50 captured, 20 followup, 30 none.
    static func seedExamples() throws -> Dataset {
        var customers: [String] = []
        for i in 0..<200 {
            let channel = i < 160 ? "walkin" : "phone"
            customers.append(#"{"id": "O\#(i)", "created": "2010-09-\#(pad(1 + i % 28))", "channel": "\#(channel)"}"#)
        }
        for i in 0..<100 {
            let channel = i < 50 ? "walkin" : "outreach"
            customers.append(#"{"id": "N\#(i)", "created": "2010-10-\#(pad(1 + i % 20))", "channel": "\#(channel)"}"#)
        }
        var traffic: [String] = []
        for i in 0..<100 {
            let result = i < 50 ? "captured" : (i < 70 ? "followup" : "none")
            // 2010-W40 is 4-10 October.
            traffic.append(#"{"id": "T\#(i)", "time": "2010-10-\#(pad(4 + i % 7))", "kind": "visit", "result": "\#(result)"}"#)
        }
        return try load(#"{"as_of": "2010-10-20", "customers": ["# + customers.joined(separator: ",")
            + #"], "traffic": ["# + traffic.joined(separator: ",") + "]}")
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
