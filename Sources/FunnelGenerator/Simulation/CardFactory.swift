import FunnelStore

/// Makes complete cards: who the customer is (name, phone, model, source, extras)
/// and, through `CardSimulator`, what happened to them.
///
/// Each card draws from its own random stream (seed, card index), so a card's
/// content depends only on the seed, its index and the facts passed in.
struct CardFactory: Sendable {
    let seed: UInt64
    let roster: ConsultantRoster
    let simulator: CardSimulator
    let phones: PhoneBook
    private let surnames = CumulativeWeights(ChineseNames.surnameWeights)
    private let models = CumulativeWeights(Catalog.models.map(\.weight))
    private let cities = CumulativeWeights(Catalog.cities.map(\.1))

    init(seed: UInt64, roster: ConsultantRoster, asOf: Day) {
        self.seed = seed
        self.roster = roster
        self.simulator = CardSimulator(asOf: asOf, roster: roster)
        self.phones = PhoneBook(seed: seed)
    }

    /// The random stream of card `index`.
    func stream(_ index: Int) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: seed, stream: 0x1_0000 &+ UInt64(index))
    }

    /// The second stream of card `index`, for what the records say beyond the card's life
    /// (the capture's time and contact, the post-delivery callbacks): drawing those apart
    /// leaves the life itself, and so the demo's calibration, as it was.
    func recordStream(_ index: Int) -> Xoshiro256StarStar {
        Xoshiro256StarStar(seed: seed, stream: 0x1_0000_0000 &+ UInt64(index))
    }

    /// Card `index`, created on `created` at `minute`. `channel` and `wholesale` are
    /// drawn when not given. `earlier` are the cards made so far (for duplicates).
    func make(
        index: Int, created: Day, minute: Int16, channel forced: Channel? = nil, wholesale forcedWholesale: Bool? = nil,
        earlier: [CardRecord]
    ) -> CardRecord {
        var rng = stream(index)
        let wholesale = forcedWholesale ?? rng.chance(permille: 30)
        let channel: Channel
        if wholesale {
            channel = .outreach  // seed 002: wholesale cards are always captured as outreach
        } else if let forced {
            channel = forced
        } else {
            channel = Channel(rawValue: UInt8(rng.pick([52, 28, 20]))) ?? .walkin
        }
        let consultant = wholesale ? roster.drawWholesale(&rng) : roster.drawRetail(&rng)

        let modelIndex = models.draw(&rng)
        var card = CardRecord(
            name: name(&rng), phone: phone(index, &rng),
            model: rng.chance(permille: 3) ? nil : modelIndex,
            channel: channel, source: source(channel, wholesale: wholesale, &rng), consultant: consultant,
            created: created, createdMinute: minute, grade: .N, kind: wholesale ? .wholesale : .retail,
            keyQuestions: 0, nextFollowup: nil, ordered: nil, delivered: nil, lost: nil, lostReason: nil,
            dormant: nil,
            city: rng.chance(permille: 800) ? Int8(cities.draw(&rng)) : nil,
            age: rng.chance(permille: 700) ? Int8(22 + rng.below(22) + rng.below(22)) : nil,
            budgetTenths: nil, followups: [])
        if rng.chance(permille: 600) {
            let range = Catalog.models[modelIndex].budget
            card.budgetTenths = Int16(rng.int(range))
        }
        if !wholesale, index >= 20, rng.chance(permille: 8) { makeDuplicate(&card, index: index, earlier, &rng) }
        var records = recordStream(index)
        simulator.live(&card, rng: &rng, records: &records)
        return card
    }

    /// Turns `card` into a second card of an earlier customer: same phone and model
    /// (重复客户), often with the name spelt the same.
    private func makeDuplicate(_ card: inout CardRecord, index: Int, _ earlier: [CardRecord],
                               _ rng: inout Xoshiro256StarStar)
    {
        let window = min(index, earlier.count, 400)
        guard window > 0 else { return }
        let original = earlier[earlier.count - 1 - rng.below(window)]
        guard original.kind == .retail, original.model != nil, original.phone.utf8.count == 11,
              original.phone.utf8.first == UInt8(ascii: "1") else { return }
        card.phone = original.phone
        card.model = original.model
        if rng.chance(permille: 700) { card.name = original.name }
    }

    private func name(_ rng: inout Xoshiro256StarStar) -> String {
        if rng.chance(permille: 5) { return "" }
        let surname = ChineseNames.surnames[surnames.draw(&rng)]
        if rng.chance(permille: 70) { return surname + ChineseNames.honorifics[rng.below(2)] }
        return surname + ChineseNames.givenNames[rng.below(ChineseNames.givenNames.count)]
    }

    private func phone(_ index: Int, _ rng: inout Xoshiro256StarStar) -> String {
        let roll = rng.below(1000)
        if roll < 10 { return "" }
        if roll < 16 { return phones.invalid(index, &rng) }
        if roll < 31 { return phones.landline(&rng) }
        return phones.mobile(index)
    }

    private func source(_ channel: Channel, wholesale: Bool, _ rng: inout Xoshiro256StarStar) -> String {
        if wholesale { return Catalog.wholesaleSource }
        let table: [(String, Int)]
        switch channel {
        case .walkin: table = Catalog.walkinSources
        case .phone: table = Catalog.phoneSources
        case .outreach: table = Catalog.outreachSources
        }
        return table[rng.pick(table.map(\.1))].0
    }
}
