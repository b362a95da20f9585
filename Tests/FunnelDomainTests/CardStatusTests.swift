import FunnelDomain
import FunnelStore
import Testing

/// domain.md §3 `status`: won if delivered <= T; else lost if lost <= T; else order
/// if ordered <= T; else dormant if dormant <= T; else active. Dates after T do not count.
@Suite struct CardStatusTests {
    /// (ordered, delivered, lost, dormant) as of 2010-10-01, and the status.
    @Test("status precedence, as of 2010-10-01", arguments: [
        (nil, nil, nil, nil, CardStatus.active),
        (nil, nil, nil, "2010-09-01", .dormant),
        (nil, nil, nil, "2010-10-01", .dormant),
        (nil, nil, nil, "2010-10-02", .active),
        ("2010-09-10", nil, nil, "2010-09-01", .order),
        ("2010-09-10", nil, nil, "2010-09-20", .order),
        ("2010-10-05", nil, nil, "2010-09-01", .dormant),
        ("2010-09-10", nil, "2010-09-20", "2010-09-01", .lost),
        ("2010-09-10", "2010-09-25", "2010-09-20", "2010-09-01", .won),
        (nil, "2010-09-25", "2010-09-20", nil, .won),
        ("2010-09-10", "2010-10-05", nil, nil, .order),
        ("2010-09-10", "2010-10-01", nil, nil, .won),
        (nil, nil, "2010-10-02", "2010-09-01", .dormant),
        (nil, "2010-10-02", "2010-10-02", nil, .active),
        ("2010-09-01", nil, "2010-10-01", nil, .lost),
    ] as [(String?, String?, String?, String?, CardStatus)])
    func precedence(ordered: String?, delivered: String?, lost: String?, dormant: String?, expected: CardStatus) throws {
        let card = CardSpec(id: "c1", created: "2010-08-01", ordered: ordered, delivered: delivered, lost: lost,
                            dormant: dormant)
        let facts = try Fixture.facts(card, at: "2010-10-01")
        #expect(facts.status(ofCard: 0) == expected)
        #expect(facts.following[0] == expected.isFollowing)
        #expect(facts.cards(withStatus: [expected]).rows == [0])
    }

    @Test("status names, and following as a pseudo-status", arguments: [
        ("won", [CardStatus.won]), ("WON", [.won]), ("成交", [.won]), ("战败", [.lost]), ("order", [.order]),
        ("订单客户", [.order]), ("休眠", [.dormant]), ("Active", [.active]), ("活跃", [.active]),
        ("following", [.order, .dormant, .active]), ("Following", [.order, .dormant, .active]),
        ("跟进客户", [.order, .dormant, .active]),
    ])
    func names(text: String, statuses: [CardStatus]) {
        #expect(CardStatus.statuses(named: text) == statuses)
    }

    @Test func unknownStatusName() {
        #expect(CardStatus.statuses(named: "sold") == nil)
        #expect(CardStatus.vocabulary.tokens == ["won", "lost", "order", "dormant", "active"])
        #expect(CardStatus.allCases.filter(\.isFollowing) == CardStatus.following)
    }
}
