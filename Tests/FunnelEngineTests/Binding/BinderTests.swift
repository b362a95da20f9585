import FunnelDomain
import FunnelEngine
import FunnelStore
import FunnelSyntax
import Testing

/// What the binder makes of a statement before anything runs: which fields and
/// values it resolved to, what a `where` keeps of traffic and targets. Run on the
/// hand-made dealer of `Fixture`.
@Suite struct BinderTests {
    static func bind(_ text: String) throws -> BoundStatement {
        let session = try Fixture.session()
        let statement = try #require(try Parser.parse(text).first)
        return try session.binder.bind(statement)
    }

    static func filter(_ text: String) throws -> BoundCardFilter? {
        guard case .kpi(let kpi) = try bind(text) else { return nil }
        return kpi.filter
    }

    /// A condition on the consultant keeps traffic by its own consultant (who received
    /// the visitor); on anything else, by the entry's card.
    @Test(arguments: [
        ("kpi capture_rate for 2010-10 where consultant = 李娜", true),
        ("kpi capture_rate for 2010-10 where 销售顾问 in (李娜, 张强)", true),
        ("kpi showroom_traffic for 2010-10 where consultant = 李娜 and model = 明锐", false),
        ("kpi showroom_traffic for 2010-10 where model = 明锐", false),
        ("kpi new_traffic for 2010-10 where id = C1", false),
    ])
    func trafficFollowsItsOwnConsultantOrItsCard(statement: String, byOwnField: Bool) throws {
        let filter = try #require(try Self.filter(statement))
        switch filter.traffic {
        case .own: #expect(byOwnField)
        case .byCard: #expect(!byOwnField)
        case .all: Issue.record("kept all traffic")
        }
    }

    /// Whose targets a condition leaves.
    @Test(arguments: [
        ("kpi plan_achievement for 2010-10", TargetSelection.dealerWide()),
        ("kpi plan_achievement for 2010-10 where consultant = 李娜", .consultants(["李娜"])),
        ("kpi plan_achievement for 2010-10 where consultant in (李娜, 张强) and consultant = 李娜", .consultants(["李娜"])),
        ("kpi plan_achievement for 2010-10 where model = 明锐", .notApplicable(.notSetPer(field: "model"))),
        ("kpi plan_achievement for 2010-10 where consultant = 李娜 or consultant = 张强",
         .notApplicable(.conditionNotSimple)),
    ])
    func targetsFollowConsultantsJoinedByAnd(statement: String, targets: TargetSelection) throws {
        #expect(try Self.filter(statement)?.targets == targets)
    }

    static func fields(_ text: String) throws -> [BoundField] {
        guard case .select(let select) = try bind(text) else { return [] }
        return select.listing.fields
    }

    /// Fields resolve to where their values come from, under their canonical names.
    @Test func fieldsResolveToTheirSource() throws {
        let cards = try Self.fields("select 渠道, CARD_AGE, city from customers")
        #expect(cards.map(\.name) == ["channel", "card_age", "city"])
        guard cards.count == 3, case .stored(.customers, _) = cards[0].source, case .derived(.cardAge) = cards[1].source,
              case .stored(.customers, _) = cards[2].source else {
            Issue.record("\(cards.map(\.source))")
            return
        }
        let followups = try Self.fields("select customer.grade, 日期 from followups")
        #expect(followups.map(\.name) == ["customer.grade", "date"])
        guard case .card(let inner, from: .followups)? = followups.first?.source, case .stored(.customers, _) = inner.source
        else {
            Issue.record("\(followups.map(\.source))")
            return
        }
    }

    /// A value is checked against its field when the statement is bound: nothing runs.
    @Test func valuesAreCheckedBeforeAnythingRuns() throws {
        #expect(throws: BindingError.self) { try Self.bind("count customers where grade = Z") }
        #expect(throws: BindingError.self) { try Self.bind("count customers where created in 2010-12") }
        #expect(throws: BindingError.self) { try Self.bind("kpi new_cards for 2010-10 by modle") }
    }
}
