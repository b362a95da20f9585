import FunnelDomain
import FunnelStore

/// Builders for hand-made datasets, and the small helpers the tests share.
enum Fixture {
    /// A dataset of the given cards and follow-ups, assembled by the store as the
    /// loader would (links, date order).
    static func dataset(_ cards: [CardSpec], _ followups: [FollowupSpec] = [], asOf: String? = nil) throws -> Dataset {
        var customers = TableBuilder(schema: .customers)
        for card in cards {
            func set(_ key: String, _ value: FieldValue) {
                if let field = customers.fieldIndex(forKey: key) { customers.set(value, field: field) }
            }
            func date(_ key: String, _ text: String?) {
                if let text { set(key, .day(day(text))) }
            }
            set("id", .string(card.id))
            date("created", card.created)
            if let channel = card.channel { set("channel", .code(channel.rawValue)) }
            if let name = card.name { set("name", .string(name)) }
            if let phone = card.phone { set("phone", .string(phone)) }
            if let model = card.model { set("model", .string(model)) }
            date("ordered", card.ordered)
            date("delivered", card.delivered)
            date("lost", card.lost)
            date("dormant", card.dormant)
            date("next_followup", card.nextFollowup)
            if let grade = card.grade { set("grade", .code(grade.rawValue)) }
            customers.endRow()
        }
        var table = TableBuilder(schema: .followups)
        for f in followups {
            table.appendRow([
                "customer": .string(f.card), "date": .day(day(f.date)), "kind": .code(f.kind.rawValue),
                "intro": .bool(f.intro), "test_drive": .bool(f.testDrive), "negotiation": .bool(f.negotiation),
                "grade": f.grade.map { .code($0.rawValue) } ?? .null,
            ])
        }
        return try DatasetAssembler(name: "test", asOf: asOf.map(day)).assemble(
            customers: customers.finish(), followups: table.finish(), traffic: Table(empty: .traffic),
            targets: Table(empty: .targets))
    }

    /// The facts of a one-card dataset as of `t`.
    static func facts(_ card: CardSpec, _ followups: [FollowupSpec] = [], at t: String) throws -> CardFacts {
        CardFacts(dataset: try dataset([card], followups), asOf: day(t))
    }
}

/// Card rows of a dataset's cards by id, for reading bitmaps back as ids.
func ids(_ bitmap: Bitmap, in dataset: Dataset) -> Set<String> {
    Set(bitmap.rows.compactMap { dataset.customers.column("id")?.string(at: $0) })
}

/// A day from `YYYY-MM-DD` text; tests only use valid dates.
func day(_ text: String) -> Day {
    Day(parsing: text) ?? Day(rawValue: Int32.min)
}

