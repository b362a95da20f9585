import FunnelStore

/// Encodes records as one-line JSON objects. Values that repeat across millions of
/// records (consultants, models, notes, enum tokens) are escaped once up front.
///
/// Field order follows domain.md §1; absent optional values are left out rather
/// than written as `null`.
struct RecordEncoder {
    private let consultants: [[UInt8]]
    private let models: [[UInt8]]
    private let cities: [[UInt8]]
    private let notes: [[UInt8]]
    // Enum tokens by raw value: `token` builds an array on every call, too slow per record.
    private let channels = RecordEncoder.tokens(Channel.self)
    private let grades = RecordEncoder.tokens(Grade.self)
    private let cardKinds = RecordEncoder.tokens(CardKind.self)
    private let lostReasons = RecordEncoder.tokens(LostReason.self)
    private let followupKinds = RecordEncoder.tokens(FollowupKind.self)
    private let trafficKinds = RecordEncoder.tokens(TrafficKind.self)
    private let trafficResults = RecordEncoder.tokens(TrafficResult.self)

    init(consultants: [String]) {
        self.consultants = consultants.map(JSONBytes.quoted)
        models = Catalog.models.map { JSONBytes.quoted($0.name) }
        cities = Catalog.cities.map { JSONBytes.quoted($0.0) }
        notes = Catalog.allNotes.map(JSONBytes.quoted)
    }

    func customer(_ index: Int, _ card: CardRecord, into out: inout [UInt8]) {
        JSONBytes.literal("{\"id\":\"C", into: &out)
        JSONBytes.zeroPadded(index + 1, width: 6, into: &out)
        JSONBytes.literal("\",\"name\":", into: &out)
        JSONBytes.string(card.name, into: &out)
        JSONBytes.literal(",\"phone\":", into: &out)
        JSONBytes.string(card.phone, into: &out)
        JSONBytes.literal(",\"model\":", into: &out)
        if let model = card.model, model < models.count {
            out.append(contentsOf: models[model])
        } else {
            JSONBytes.literal("\"\"", into: &out)
        }
        JSONBytes.literal(",\"channel\":\"", into: &out)
        out.append(contentsOf: channels[Int(card.channel.rawValue)])
        if !card.source.isEmpty {
            JSONBytes.literal("\",\"source\":", into: &out)
            JSONBytes.string(card.source, into: &out)
        } else {
            JSONBytes.literal("\"", into: &out)
        }
        JSONBytes.literal(",\"consultant\":", into: &out)
        consultant(card.consultant, into: &out)
        JSONBytes.literal(",\"created\":", into: &out)
        JSONBytes.time(card.created, minute: card.createdMinute, hasTime: card.createdHasTime, into: &out)
        JSONBytes.literal(",\"grade\":\"", into: &out)
        out.append(contentsOf: grades[Int(card.grade.rawValue)])
        JSONBytes.literal("\",\"kind\":\"", into: &out)
        out.append(contentsOf: cardKinds[Int(card.kind.rawValue)])
        JSONBytes.literal("\",\"key_questions\":", into: &out)
        JSONBytes.int(Int(card.keyQuestions), into: &out)
        optionalDay(",\"next_followup\":", card.nextFollowup, into: &out)
        optionalDay(",\"ordered\":", card.ordered, into: &out)
        optionalDay(",\"delivered\":", card.delivered, into: &out)
        optionalDay(",\"lost\":", card.lost, into: &out)
        if let reason = card.lostReason {
            JSONBytes.literal(",\"lost_reason\":\"", into: &out)
            out.append(contentsOf: lostReasons[Int(reason.rawValue)])
            JSONBytes.literal("\"", into: &out)
        }
        optionalDay(",\"dormant\":", card.dormant, into: &out)
        if let city = card.city, Int(city) < cities.count, city >= 0 {
            JSONBytes.literal(",\"city\":", into: &out)
            out.append(contentsOf: cities[Int(city)])
        }
        if let age = card.age {
            JSONBytes.literal(",\"age\":", into: &out)
            JSONBytes.int(Int(age), into: &out)
        }
        if let budget = card.budgetTenths {
            // Always one decimal (15.0, 12.5) so the column reads as a double.
            JSONBytes.literal(",\"budget\":", into: &out)
            JSONBytes.int(Int(budget) / 10, into: &out)
            out.append(UInt8(ascii: "."))
            JSONBytes.int(Int(budget) % 10, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    func followup(_ cardIndex: Int, _ followup: FollowupRecord, into out: inout [UInt8]) {
        JSONBytes.literal("{\"customer\":\"C", into: &out)
        JSONBytes.zeroPadded(cardIndex + 1, width: 6, into: &out)
        JSONBytes.literal("\",\"date\":", into: &out)
        JSONBytes.time(followup.day, minute: followup.minute, hasTime: followup.hasTime, into: &out)
        JSONBytes.literal(",\"kind\":\"", into: &out)
        out.append(contentsOf: followupKinds[Int(followup.kind.rawValue)])
        JSONBytes.literal("\",\"consultant\":", into: &out)
        consultant(followup.consultant, into: &out)
        JSONBytes.literal(",\"intro\":", into: &out)
        JSONBytes.bool(followup.intro, into: &out)
        JSONBytes.literal(",\"test_drive\":", into: &out)
        JSONBytes.bool(followup.testDrive, into: &out)
        JSONBytes.literal(",\"negotiation\":", into: &out)
        JSONBytes.bool(followup.negotiation, into: &out)
        if let grade = followup.grade {
            JSONBytes.literal(",\"grade\":\"", into: &out)
            out.append(contentsOf: grades[Int(grade.rawValue)])
            JSONBytes.literal("\"", into: &out)
        }
        if followup.note >= 0, Int(followup.note) < notes.count {
            JSONBytes.literal(",\"note\":", into: &out)
            out.append(contentsOf: notes[Int(followup.note)])
        }
        out.append(UInt8(ascii: "}"))
    }

    func traffic(_ index: Int, _ entry: TrafficRecord, into out: inout [UInt8]) {
        JSONBytes.literal("{\"id\":\"T", into: &out)
        JSONBytes.zeroPadded(index + 1, width: 6, into: &out)
        JSONBytes.literal("\",\"time\":", into: &out)
        JSONBytes.time(entry.day, minute: entry.minute, hasTime: entry.hasTime, into: &out)
        JSONBytes.literal(",\"kind\":\"", into: &out)
        out.append(contentsOf: trafficKinds[Int(entry.kind.rawValue)])
        JSONBytes.literal("\",\"result\":\"", into: &out)
        out.append(contentsOf: trafficResults[Int(entry.result.rawValue)])
        JSONBytes.literal("\"", into: &out)
        if entry.customer >= 0 {
            JSONBytes.literal(",\"customer\":\"C", into: &out)
            JSONBytes.zeroPadded(Int(entry.customer) + 1, width: 6, into: &out)
            JSONBytes.literal("\"", into: &out)
        }
        if entry.consultant >= 0 {
            JSONBytes.literal(",\"consultant\":", into: &out)
            consultant(entry.consultant, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    func target(_ target: TargetRecord, into out: inout [UInt8]) {
        JSONBytes.literal("{\"month\":\"", into: &out)
        JSONBytes.zeroPadded(target.year, width: 4, into: &out)
        out.append(UInt8(ascii: "-"))
        JSONBytes.twoDigits(target.month, into: &out)
        JSONBytes.literal("\",\"consultant\":", into: &out)
        consultant(target.consultant, into: &out)
        JSONBytes.literal(",\"deliveries\":", into: &out)
        JSONBytes.int(target.deliveries, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// `{"dealer":"...","as_of":"YYYY-MM-DD"` without the closing brace.
    static func header(dealer: String, asOf: Day, into out: inout [UInt8]) {
        JSONBytes.literal("{\"dealer\":", into: &out)
        JSONBytes.string(dealer, into: &out)
        JSONBytes.literal(",\"as_of\":", into: &out)
        JSONBytes.day(asOf, into: &out)
    }

    private func consultant(_ index: Int32, into out: inout [UInt8]) {
        if index >= 0, Int(index) < consultants.count {
            out.append(contentsOf: consultants[Int(index)])
        } else {
            JSONBytes.literal("\"\"", into: &out)
        }
    }

    /// The unquoted token bytes of every case, indexed by raw value.
    private static func tokens<E: FieldEnum>(_ type: E.Type) -> [[UInt8]] {
        E.allCases.sorted { $0.rawValue < $1.rawValue }.map { Array($0.token.utf8) }
    }

    private func optionalDay(_ key: StaticString, _ day: Day?, into out: inout [UInt8]) {
        guard let day else { return }
        JSONBytes.literal(key, into: &out)
        JSONBytes.day(day, into: &out)
    }
}
