/// The sales team: unique Chinese names and the traits that make groups differ.
///
/// Retail consultants come first (indices `0..<retailCount`); the wholesale
/// specialists (二级网点销售专员) follow, since seed 002 asks that all wholesale
/// cards sit under such a person so they do not distort showroom KPIs.
struct ConsultantRoster: Sendable {
    let names: [String]
    let retailCount: Int
    /// Share of new retail cards each retail consultant receives.
    let intake: CumulativeWeights
    /// The raw intake weights of the retail consultants.
    let intakeWeights: [Int]
    /// Conversion skill in permille of the average (700 = converts 30% less).
    let skill: [Int]
    /// Lateness in permille of the average (1500 = misses plans half again as often).
    let lateness: [Int]

    var wholesaleRange: Range<Int> { retailCount..<names.count }

    init(retail: Int, wholesale: Int, seed: UInt64) {
        var rng = Xoshiro256StarStar(seed: seed, stream: 0xC0_4C_5A17)
        let surnames = CumulativeWeights(ChineseNames.surnameWeights)
        var used = Set<String>()
        var names: [String] = []
        names.reserveCapacity(retail + wholesale)
        for index in 0..<(retail + wholesale) {
            var name = ""
            for _ in 0..<40 {
                let surname = ChineseNames.surnames[surnames.draw(&rng)]
                let given = ChineseNames.givenNames[rng.below(ChineseNames.givenNames.count)]
                name = surname + given
                if !used.contains(name) { break }
            }
            if used.contains(name) { name += String(index + 1) }  // the name space ran out
            used.insert(name)
            names.append(name)
        }
        self.names = names
        self.retailCount = retail
        var intake: [Int] = []
        var skill: [Int] = []
        var lateness: [Int] = []
        for _ in 0..<retail {
            intake.append(rng.int(70...130))
            skill.append(rng.int(650...1400))
            lateness.append(rng.int(500...1700))
        }
        for _ in 0..<wholesale {
            skill.append(1000)
            lateness.append(1000)
        }
        self.intake = CumulativeWeights(intake)
        self.intakeWeights = intake
        self.skill = skill
        self.lateness = lateness
    }

    /// A retail consultant for a new card, in proportion to their intake.
    func drawRetail(_ rng: inout Xoshiro256StarStar) -> Int32 { Int32(intake.draw(&rng)) }

    /// A wholesale specialist.
    func drawWholesale(_ rng: inout Xoshiro256StarStar) -> Int32 {
        Int32(retailCount + rng.below(max(1, names.count - retailCount)))
    }
}
