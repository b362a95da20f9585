import FunnelStore

/// The demo dataset, committed as `examples/data/demo.json` and generated afresh
/// whenever `funnel` runs without `--data` (see `load(file:)`): one small dealer
/// over 2010 (January 1 to as-of October 31), arranged so that seed 002's worked
/// examples (domain.md §5.1) come out exactly:
///
/// 1. week 2010-W40 (October 4-10, the end of the National Day golden week) has
///    100 traffic entries: 50 `captured`, 20 `followup`, 30 `none`;
/// 2. October 2010 as of October 31 has an opening stock of 200 cards, 160 of them
///    visited, and 100 new cards, 50 of them visited;
/// 3. cards with `card_age > 60` on 2010-10-01 include one created on 2010-08-01
///    that is still following then.
///
/// `build()` generates naturally from a fixed seed, calibrates (see
/// `DemoCalibrator`), then verifies every number and throws if one is off.
public enum DemoDataset {
    /// 2010-01-01.
    public static let start = Day(rawValue: 14_610)
    /// 2010-10-31: the dataset's `as_of`, the query day T of the examples.
    public static let asOf = Day(rawValue: 14_913)
    /// 2010-10-01: the start of the example month.
    public static let october = Day(rawValue: 14_883)
    /// 2010-W40, Monday October 4 to Sunday October 10: the traffic example week.
    public static let trafficWeek = Day(rawValue: 14_886)...Day(rawValue: 14_892)
    /// The ISO name of `trafficWeek`.
    public static let trafficWeekName = "2010-W40"
    /// 2010-08-01: example 3's boundary day.
    public static let agedCardDay = Day(rawValue: 14_822)

    /// The options behind the demo: seed 2010, nine retail consultants and one
    /// wholesale specialist. The card count is set by the demo's plan, not by `cards`.
    public static let options = GeneratorOptions(
        cards: DemoPlan.monthlyCards.reduce(100, +), seed: 2010, start: start, asOf: asOf, consultants: 9)

    /// The demo's JSON bytes, freshly generated: `examples/data/demo.json` byte for
    /// byte (`DemoDatasetTests` keeps the two equal). About 7 ms in a release build.
    public static func json() throws -> [UInt8] { try DatasetGenerator.demo.jsonBytes() }

    /// The demo generated and loaded, as if read from a file named `file`: the one
    /// way into the demo for `funnel` (which carries no copy of the file, so a bare
    /// binary copied anywhere still has it) and for the tests.
    ///
    /// Generation cannot fail short of a bug in the generator, which the tests catch;
    /// should it fail, the error is reported as a load failure of `file`.
    public static func load(file: String = "demo.json") throws(LoadFailure) -> Dataset {
        let bytes: [UInt8]
        do {
            bytes = try json()
        } catch {
            throw LoadFailure(LoadDiagnostic(file: file, message: "cannot generate the demo dataset: \(error)"))
        }
        return try DatasetLoader().load(bytes: bytes, file: file)
    }

    static func build() throws -> GeneratedDataset {
        let options = DemoDataset.options
        let roster = ConsultantRoster(retail: options.retailConsultants, wholesale: options.wholesaleConsultants,
                                      seed: options.seed)
        let factory = CardFactory(seed: options.seed, roster: roster, asOf: options.asOf)
        var cards: [CardRecord] = []
        for slot in DemoPlan.slots(seed: options.seed) {
            cards.append(factory.make(index: cards.count, created: slot.day, minute: slot.minute,
                                      channel: slot.channel, wholesale: slot.wholesale, earlier: cards))
        }
        var calibrator = DemoCalibrator(cards: cards, roster: roster, seed: options.seed)
        try calibrator.calibrateCards()
        let traffic = TrafficBuilder(seed: options.seed, roster: roster)
        let dataset = NaturalDataset(options: options).assemble(calibrator.cards, roster: roster) { entries in
            calibrator.calibrateTraffic(&entries, builder: traffic)
        }
        try DemoVerifier.verify(dataset)
        return dataset
    }
}
