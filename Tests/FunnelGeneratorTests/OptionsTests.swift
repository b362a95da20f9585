import Foundation
@testable import FunnelGenerator
import FunnelStore
import Testing

/// Bad input from the command line becomes an error with a message, never a trap.
@Suite struct OptionsTests {
    @Test func defaultDaysAreTheYear2010() {
        #expect(GeneratorOptions.defaultStart == Day(year: 2010, month: 1, day: 1))
        #expect(GeneratorOptions.defaultAsOf == Day(year: 2010, month: 12, day: 31))
        #expect(GeneratorOptions.earliestDay == Day(year: 1900, month: 1, day: 1))
        #expect(DemoDataset.start == Day(year: 2010, month: 1, day: 1))
        #expect(DemoDataset.asOf == Day(year: 2010, month: 10, day: 31))
        #expect(DemoDataset.october == Day(year: 2010, month: 10, day: 1))
        #expect(DemoDataset.agedCardDay == Day(year: 2010, month: 8, day: 1))
        #expect(DemoDataset.trafficWeek.lowerBound.isoWeekday == 1)
        #expect(DemoDataset.trafficWeek.upperBound.isoWeekday == 7)
    }

    @Test(arguments: [-5, -1, Int.min])
    func negativeCardCountsAreRejected(cards: Int) {
        #expect(throws: GeneratorError.negativeCardCount(cards)) {
            try DatasetGenerator(GeneratorOptions(cards: cards))
        }
    }

    @Test func hugeCardCountsAreRejected() {
        #expect(throws: GeneratorError.tooManyCards(Int.max)) { try DatasetGenerator(GeneratorOptions(cards: .max)) }
    }

    @Test(arguments: [0, -3, 100_001])
    func badConsultantCountsAreRejected(consultants: Int) {
        #expect(throws: GeneratorError.invalidConsultantCount(consultants)) {
            try DatasetGenerator(GeneratorOptions(cards: 10, consultants: consultants))
        }
    }

    @Test func emptyAndFarDateRangesAreRejected() {
        let start = GeneratorOptions.defaultAsOf
        let asOf = GeneratorOptions.defaultStart
        #expect(throws: GeneratorError.emptyDateRange(start: start, asOf: asOf)) {
            try DatasetGenerator(GeneratorOptions(cards: 10, start: start, asOf: asOf))
        }
        let ancient = Day(rawValue: -200_000)
        #expect(throws: GeneratorError.dateOutOfRange(start: ancient, asOf: asOf)) {
            try DatasetGenerator(GeneratorOptions(cards: 10, start: ancient, asOf: asOf))
        }
    }

    @Test func messagesNameTheProblem() {
        #expect(GeneratorError.negativeCardCount(-5).description.contains("-5"))
        #expect(GeneratorError.emptyDateRange(start: GeneratorOptions.defaultAsOf, asOf: GeneratorOptions.defaultStart)
            .description.contains("2010-12-31"))
    }

    @Test func zeroCardsGiveAValidEmptyDataset() throws {
        let data = try ParsedDataset(json: try DatasetGenerator(GeneratorOptions(cards: 0)).jsonBytes())
        #expect(data.customers.isEmpty && data.followups.isEmpty && data.traffic.isEmpty && data.targets.isEmpty)
        let lines = try DatasetGenerator(GeneratorOptions(cards: 0)).jsonLinesBytes()
        #expect(lines["customers.jsonl"] == [])
    }

    @Test func tinyDatasetsWork() throws {
        for cards in 1...5 {
            let data = try ParsedDataset(json: try DatasetGenerator(GeneratorOptions(cards: cards, seed: 11)).jsonBytes())
            #expect(data.customers.count == cards)
        }
        // A single day.
        let day = GeneratorOptions.defaultAsOf
        let oneDay = try ParsedDataset(json: try DatasetGenerator(GeneratorOptions(cards: 50, start: day, asOf: day))
            .jsonBytes())
        #expect(oneDay.customers.allSatisfy { $0.day("created") == "2010-12-31" })
        #expect(oneDay.followups.allSatisfy { $0.day("date") == "2010-12-31" })
    }

    @Test func consultantsScaleWithCards() {
        #expect(GeneratorOptions(cards: 1_000).retailConsultants == 8)
        #expect(GeneratorOptions(cards: 1_000_000).retailConsultants == 1_334)
        #expect(GeneratorOptions(cards: 1_000_000).wholesaleConsultants == 33)
        #expect(GeneratorOptions(cards: 1_000_000, consultants: 12).retailConsultants == 12)
        #expect(GeneratorOptions(cards: 100, dealer: "某店").dealerName == "某店")
    }

    @Test func consultantNamesAreUnique() {
        let roster = ConsultantRoster(retail: 3_000, wholesale: 75, seed: 4)
        #expect(Set(roster.names).count == roster.names.count)
    }

    @Test func unwritablePathsThrowAndLeaveNothing() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/data.json"
        #expect(throws: GeneratorError.self) {
            try DatasetGenerator(GeneratorOptions(cards: 10)).write(to: missing)
        }
        #expect(!FileManager.default.fileExists(atPath: missing + ".partial"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("funnel-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("x".utf8).write(to: file)
        #expect(throws: GeneratorError.self) {  // a file where the folder should be
            try DatasetGenerator(GeneratorOptions(cards: 10)).write(to: file.path, format: .jsonLines)
        }
    }

    @Test func dealerNamesAreEscaped() throws {
        let name = "浦江 \"东区\" 店\\\n"
        let data = try ParsedDataset(json: try DatasetGenerator(GeneratorOptions(cards: 3, dealer: name)).jsonBytes())
        #expect(data.dealer == name)
    }
}
