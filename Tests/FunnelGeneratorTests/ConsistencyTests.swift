import Foundation
import FunnelGenerator
import Testing

/// Invariants of a generated 2,000-card dataset, checked on the written JSON.
@Suite struct ConsistencyTests {
    static let options = GeneratorOptions(cards: 2_000, seed: 42)
    static let parsed: Result<ParsedDataset, any Error> = Result {
        try ParsedDataset(json: try DatasetGenerator(options).jsonBytes())
    }

    /// domain.md §3 `complete`: an 11-digit mobile starting with 1, or a landline of
    /// 7-12 digits with an optional area code and dash.
    static func isValidPhone(_ phone: String) -> Bool {
        let digits = phone.filter(\.isASCII)
        guard digits.count == phone.count, !phone.isEmpty else { return false }
        if phone.count == 11, phone.first == "1", phone.allSatisfy(\.isNumber) { return true }
        let parts = phone.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return false }
        let count = parts.reduce(0) { $0 + $1.count }
        return (7...12).contains(count) && !(phone.count == 11 && phone.first == "1")
    }

    @Test func sizesAreAsRequested() throws {
        let data = try Self.parsed.get()
        #expect(data.customers.count == 2_000)
        #expect(data.asOf == "2010-12-31")
        let followupsPerCard = Double(data.followups.count) / 2_000
        let trafficPerCard = Double(data.traffic.count) / 2_000
        // About five contacts a card after its capture, which is recorded as one more.
        #expect((5.0...7.0).contains(followupsPerCard), "about six follow-ups a card, got \(followupsPerCard)")
        #expect((1.0...2.0).contains(trafficPerCard), "one to two traffic entries a card, got \(trafficPerCard)")
        #expect(!data.targets.isEmpty)
    }

    @Test func idsAreUniqueAndOrdered() throws {
        let data = try Self.parsed.get()
        let cardIDs = data.customers.map { $0.string("id") }
        #expect(cardIDs == (1...cardIDs.count).map { String(format: "C%06d", $0) })
        let trafficIDs = data.traffic.map { $0.string("id") }
        #expect(trafficIDs == (1...trafficIDs.count).map { String(format: "T%06d", $0) })
        // Ids follow time: cards by creation day, traffic by time.
        #expect(data.customers.map { $0.day("created") } == data.customers.map { $0.day("created") }.sorted())
        let times = data.traffic.map { $0.day("time") }
        #expect(times == times.sorted())
    }

    @Test func cardDatesAreConsistent() throws {
        let data = try Self.parsed.get()
        let asOf = data.asOf
        for card in data.customers {
            let id = card.string("id")
            let created = card.day("created")
            #expect(("2010-01-01"...asOf).contains(created), "\(id) created \(created)")
            for field in ["ordered", "delivered", "lost", "dormant"] {
                if let day = card.optional(field) {
                    #expect(day <= asOf && day >= created, "\(id) \(field) \(day)")
                }
            }
            if let delivered = card.optional("delivered") {
                #expect((card.optional("ordered") ?? "9999") <= delivered, "\(id) delivered before ordering")
                #expect(card.optional("lost") == nil, "\(id) both delivered and lost")
            }
            #expect((card.optional("lost") == nil) == (card.optional("lost_reason") == nil), "\(id) lost_reason")
            if card.optional("dormant") != nil {
                #expect(card.optional("lost") == nil && card.optional("delivered") == nil && card.optional("ordered") == nil,
                        "\(id) dormant cards stay following")
            }
            if card.optional("lost") != nil || card.optional("delivered") != nil || card.optional("dormant") != nil {
                #expect(card.optional("next_followup") == nil, "\(id) closed or dormant but planned")
            }
            let questions = card["key_questions"] as? Int ?? -1
            #expect((0...7).contains(questions))
            if card.string("grade") == "H" { #expect(questions == 7, "\(id) H needs all 7 key questions") }
            if card.string("kind") == "wholesale" { #expect(card.string("channel") == "outreach") }
        }
    }

    /// Follow-ups lie between the capture and the loss or the snapshot; after a
    /// delivery only the callbacks come (RecordedContactsTests checks their days).
    @Test func followupsLieWithinTheirCardsLives() throws {
        let data = try Self.parsed.get()
        for followup in data.followups {
            let card = try #require(data.cardsByID[followup.string("customer")], "unknown card")
            let day = followup.day("date")
            let end = [data.asOf, card.optional("lost")].compactMap { $0 }.min() ?? data.asOf
            #expect((card.day("created")...end).contains(day), "\(card.string("id")) follow-up on \(day)")
            if let delivered = card.optional("delivered"), day > delivered {
                #expect(["call", "message"].contains(followup.string("kind")), "\(card.string("id")) after delivery")
            }
            if followup.bool("test_drive") { #expect(followup.string("kind") == "visit", "test drives happen on visits") }
        }
        for (id, list) in data.followupsByCard {
            let days = list.map { $0.day("date") }
            #expect(days == days.sorted(), "\(id) follow-ups out of order")
        }
    }

    @Test func trafficAgreesWithTheCards() throws {
        let data = try Self.parsed.get()
        // Every walk-in/phone retail card has exactly one captured entry on its creation day.
        let captured = data.traffic.filter { $0.string("result") == "captured" }
        var capturedByCard: [String: [ParsedDataset.Record]] = [:]
        for entry in captured { capturedByCard[entry.string("customer"), default: []].append(entry) }
        for card in data.customers {
            let entries = capturedByCard[card.string("id")] ?? []
            let expected = card.string("kind") == "retail" && card.string("channel") != "outreach"
            #expect(entries.count == (expected ? 1 : 0), "\(card.string("id")) captured entries")
            if let entry = entries.first {
                #expect(entry.day("time") == card.day("created"))
                #expect(entry.string("kind") == (card.string("channel") == "walkin" ? "visit" : "call"))
            }
        }
        // Every visit follow-up is a visit/followup entry of the same card and day, and back,
        // but a walk-in's capture visit (its first follow-up), whose entry is the captured one.
        func pairs(_ records: [ParsedDataset.Record], _ customer: String, _ day: String) -> [String: Int] {
            records.reduce(into: [:]) { $0[$1.string(customer) + "@" + $1.day(day), default: 0] += 1 }
        }
        let visits = data.followupsByCard.values.flatMap { $0.dropFirst() }.filter { $0.string("kind") == "visit" }
        let visitEntries = data.traffic.filter { $0.string("result") == "followup" && $0.string("kind") == "visit" }
        #expect(pairs(visits, "customer", "date") == pairs(visitEntries, "customer", "time"))
        // Call follow-up entries match a call of that card on that day.
        let calls = pairs(data.followups.filter { $0.string("kind") == "call" }, "customer", "date")
        for entry in data.traffic where entry.string("result") == "followup" && entry.string("kind") == "call" {
            #expect(calls[entry.string("customer") + "@" + entry.day("time")] != nil)
        }
        // Visitors who left nothing name no card.
        for entry in data.traffic where entry.string("result") == "none" {
            #expect(entry["customer"] == nil)
        }
        #expect(data.traffic.allSatisfy { $0.day("time") <= data.asOf })
    }

    @Test func everyValueOfEveryEnumAppears() throws {
        let data = try Self.parsed.get()
        func values(_ records: [ParsedDataset.Record], _ key: String) -> Set<String> {
            Set(records.compactMap { $0.optional(key) })
        }
        #expect(values(data.customers, "channel") == ["walkin", "phone", "outreach"])
        #expect(values(data.customers, "grade") == ["O", "H", "A", "B", "C", "N"])
        #expect(values(data.customers, "kind") == ["retail", "wholesale"])
        #expect(values(data.customers, "lost_reason")
            == ["competitor", "same_brand", "gave_up", "out_of_region", "unreachable"])
        #expect(values(data.followups, "kind") == ["visit", "call", "message", "home_visit"])
        #expect(values(data.followups, "grade") == ["O", "H", "A", "B", "C", "N"])
        #expect(values(data.traffic, "kind") == ["visit", "call"])
        #expect(values(data.traffic, "result") == ["captured", "followup", "none"])
        #expect(Set(data.customers.map { Definitions.status($0, asOf: data.asOf) })
            == ["won", "lost", "order", "dormant", "active"])
        for flag in ["intro", "test_drive", "negotiation"] {
            #expect(data.followups.contains { $0.bool(flag) })
        }
    }

    @Test func cardsLookLikeRealCards() throws {
        let data = try Self.parsed.get()
        let phones = data.customers.map { $0.string("phone") }
        let valid = phones.filter(Self.isValidPhone)
        #expect(valid.count > phones.count * 95 / 100)
        #expect(valid.count < phones.count, "some phones are invalid or empty")
        #expect(phones.contains(""))
        #expect(phones.contains { $0.count == 11 && $0.first == "1" })
        #expect(data.customers.allSatisfy { $0.string("name").count <= 4 })
        #expect(Set(data.customers.map { $0.string("consultant") }).count >= 8)
        let duplicates = Dictionary(grouping: data.customers.filter { Self.isValidPhone($0.string("phone")) }) {
            $0.string("phone") + "|" + $0.string("model")
        }.values.filter { $0.count > 1 }
        #expect(!duplicates.isEmpty)
        // Extra columns with the types inference should find.
        #expect(data.customers.contains { $0["city"] is String })
        #expect(data.customers.contains { $0["age"] is Int })
        #expect(data.customers.contains { $0["budget"] is Double })
        // Some times of day.
        #expect(data.followups.contains { $0.string("date").count == 16 })
        #expect(data.followups.contains { $0.string("date").count == 10 })
        #expect(data.traffic.contains { $0.string("time").count == 16 })
        #expect(data.followups.contains { $0.string("note").contains("\"") || $0.string("note").contains("\n") })
    }

    @Test func jsonLinesHoldTheSameRecords() throws {
        let generator = try DatasetGenerator(GeneratorOptions(cards: 300, seed: 5))
        let json = try ParsedDataset(json: try generator.jsonBytes())
        let lines = try ParsedDataset(jsonLines: try generator.jsonLinesBytes())
        #expect(json.dealer == lines.dealer && json.asOf == lines.asOf)
        #expect(NSArray(array: json.customers) == NSArray(array: lines.customers))
        #expect(NSArray(array: json.followups) == NSArray(array: lines.followups))
        #expect(NSArray(array: json.traffic) == NSArray(array: lines.traffic))
        #expect(NSArray(array: json.targets) == NSArray(array: lines.targets))
    }
}
