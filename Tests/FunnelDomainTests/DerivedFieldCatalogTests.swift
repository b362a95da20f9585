import FunnelDomain
import FunnelStore
import Testing

/// The catalog the query language and `.schema` read.
@Suite struct DerivedFieldCatalogTests {
    @Test("names and Chinese aliases", arguments: [
        ("status", DerivedField.status), ("状态", .status), ("card_age", .cardAge), ("CARD_AGE", .cardAge),
        ("卡龄", .cardAge), ("进店次数", .visits), ("已进店", .visited), ("试驾次数", .testDrives),
        ("跟进次数", .followupCount), ("最近接触", .lastContact), ("逾期未跟进", .overdue), ("今日待跟进", .due),
        ("档案完备", .complete), ("有效卡", .complete), ("可休眠", .dormantEligible), ("following", .following),
        ("dormant_eligible", .dormantEligible),
    ])
    func lookUp(text: String, field: DerivedField) {
        #expect(DerivedField.named(text) == field)
    }

    @Test func everyFieldIsDescribedAndNoNameIsTaken() {
        #expect(DerivedField.named("age") == nil)
        var seen: Set<String> = []
        let stored = Set(TableSchema.customers.fields.flatMap { [$0.name] + $0.aliases })
        for field in DerivedField.allCases {
            #expect(!field.aliases.isEmpty)
            #expect(!field.definition.isEmpty)
            for name in [field.name] + field.aliases {
                #expect(seen.insert(name).inserted, "\(name) names two derived fields")
                #expect(!stored.contains(name), "\(name) is already a stored customer field")
            }
        }
    }
}
