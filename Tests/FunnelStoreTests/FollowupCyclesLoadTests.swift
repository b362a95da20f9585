import Testing
@testable import FunnelStore

/// `followup_cycles` at the top of a file (docs/data.md): days per grade over the
/// standard cycles of domain.md §8 (O 7, H 2, A 4, B 7, C 15, N none).
@Suite struct FollowupCyclesLoadTests {
    static let cards = #""customers": [{"id": "C1", "created": "2010-10-01"}]"#

    @Test("the cycles a file sets", arguments: [
        (#"{"H": 3}"#, "O 7, H 3, A 4, B 7, C 15, N none"),
        (#"{"h": 3, "a": 5}"#, "O 7, H 3, A 5, B 7, C 15, N none"),        // any case
        (#"{"H级": 1, "N级": 30}"#, "O 7, H 1, A 4, B 7, C 15, N 30"),      // Chinese words; N may get one
        (#"{"C": null}"#, "O 7, H 2, A 4, B 7, C none, N none"),            // null: no cycle
        (#"{"O": 365, "B": 1}"#, "O 365, H 2, A 4, B 1, C 15, N none"),
    ])
    func cycles(json: String, expected: String) throws {
        let data = try Load.dataset(#"{"followup_cycles": \#(json), \#(Self.cards)}"#)
        #expect(data.followupCycles?.description == expected)
    }

    @Test func noKeyOrNullSetsNone() throws {
        #expect(try Load.dataset("{\(Self.cards)}").followupCycles == nil)
        #expect(try Load.dataset(#"{"followup_cycles": null, \#(Self.cards)}"#).followupCycles == nil)
        #expect(try Load.dataset(#"{"followup_cycles": {}, \#(Self.cards)}"#).followupCycles == nil)
    }

    @Test("what does not load", arguments: [
        (#"{"followup_cycles": {"X": 3}}"#,
         #"data.json:1:27: field 'followup_cycles.X': unknown grade "X": the cycles are per grade, O, H, A, B, C or N"#),
        (#"{"followup_cycles": {"H": 0}}"#,
         "data.json:1:27: field 'followup_cycles.H': expected a whole number of days from 1 to 365, or null for "
             + "no cycle, found the number 0"),
        (#"{"followup_cycles": {"H": 400}}"#,
         "data.json:1:27: field 'followup_cycles.H': expected a whole number of days from 1 to 365, or null for "
             + "no cycle, found the number 400"),
        (#"{"followup_cycles": {"H": 2.5}}"#,
         "data.json:1:27: field 'followup_cycles.H': expected a whole number of days from 1 to 365, or null for "
             + "no cycle, found the number 2.5"),
        (#"{"followup_cycles": {"H": "2"}}"#,
         "data.json:1:27: field 'followup_cycles.H': expected a whole number of days from 1 to 365, or null for "
             + #"no cycle, found the string "2""#),
        (#"{"followup_cycles": {"H": 2, "h": 3}}"#,
         "data.json:1:35: field 'followup_cycles.h': the cycle of grade H is already given"),
        (#"{"followup_cycles": [2, 4]}"#,
         #"data.json:1:21: field 'followup_cycles': expected an object of days per grade such as {"H": 2, "A": 4}, "#
             + "found an array"),
        (#"{"followup_cycles": {}, "followup_cycles": {}}"#,
         #"data.json:1:44: field 'followup_cycles': duplicate key "followup_cycles": the file already has it"#),
    ])
    func refused(json: String, expected: String) {
        #expect(Load.failure(json) == expected)
    }

    /// A folder's meta.json may set them; several inputs are merged grade by grade, the
    /// first input that sets a grade's cycle giving it.
    @Test func severalInputs() throws {
        let folder = try TemporaryFolder()
        try folder.write("shop/meta.json", #"{"as_of": "2010-10-31", "followup_cycles": {"H": 3}}"#)
        try folder.write("shop/customers.jsonl", #"{"id": "C1", "created": "2010-10-01"}"#)
        let other = try folder.write("more.json", #"{"followup_cycles": {"H": 1, "A": 6}, "customers": []}"#)
        let data = try DatasetLoader().load(paths: [folder.path + "/shop", other])
        #expect(data.followupCycles?.description == "O 7, H 3, A 6, B 7, C 15, N none")
    }

    @Test func gradesByName() {
        #expect(FollowupCycles.grade(named: "h") == .H)
        #expect(FollowupCycles.grade(named: " B ") == .B)
        #expect(FollowupCycles.grade(named: "C级") == .C)
        #expect(FollowupCycles.grade(named: "P1") == nil)
        #expect(FollowupCycles.standard.setting([.H: 5, .N: .some(3)]).description == "O 7, H 5, A 4, B 7, C 15, N 3")
        let noCycleForC: [Grade: Int?] = [.C: nil]
        #expect(FollowupCycles.standard.setting(noCycleForC)[.C] == nil)
    }
}
