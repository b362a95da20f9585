/// A dataset file as it would have been written on a past day D (issue 13's property,
/// domain.md §2.1): what `as of D` must answer from the full data is what the data cut
/// at D answers.
///
/// Cutting at D: every card, follow-up and traffic entry dated after D is removed;
/// every stored date after D is emptied, with its `lost_reason`; each card's stored
/// grade is set to its grade at D by §2.1 and its `next_followup` is emptied; the
/// dataset's `as_of` is kept. Worked out here on the JSON itself, independently of
/// the engine's point-in-time code it checks.
public enum DatasetCut {
    /// The card dates a later day empties (`created` removes the card instead).
    static let eventDates = ["ordered", "delivered", "lost", "dormant"]

    /// `json` (a dataset file of one JSON object) cut at `day` (`YYYY-MM-DD`).
    public static func cut(_ json: [UInt8], at day: String) throws -> [UInt8] {
        var file = try JSONValue.parse(json)
        guard case .object = file else { throw CutError.notAnObject }
        let snapshot = file["as_of"]?.string.map(dayPart)
        let followups = file["followups"]?.array ?? []

        // Each card's grade-setting follow-ups in date order (file order within a date).
        var gradings: [String: [(date: String, grade: String)]] = [:]
        let dated = followups.enumerated().compactMap { index, row -> (Int, String, JSONValue)? in
            guard let date = row["date"]?.string else { return nil }
            return (index, date, row)
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        for (_, date, object) in dated {
            guard let card = object["customer"]?.string, let grade = object["grade"]?.string, !grade.isEmpty else { continue }
            gradings[card, default: []].append((date, grade))
        }

        file["customers"] = .array((file["customers"]?.array ?? []).compactMap { row -> JSONValue? in
            guard case .object = row else { return row }
            var card = row
            if let created = card["created"]?.string, dayPart(created) > day { return nil }
            let storedGrade = card["grade"]?.string
            let orderedLater = card["ordered"]?.string.map { dayPart($0) > day } ?? false
            for field in eventDates {
                guard let date = card[field]?.string, dayPart(date) > day else { continue }
                card[field] = .null
                if field == "lost", card["lost_reason"] != nil { card["lost_reason"] = .null }
            }
            // Emptied, not removed: a field every card lacks would drop out of `select *`.
            if card["next_followup"] != nil { card["next_followup"] = .null }
            let id = card["id"]?.string ?? ""
            if let snapshot, day < snapshot {
                card["grade"] = grade(at: day, stored: storedGrade, orderedLater: orderedLater,
                                      gradings: gradings[id] ?? []).map(JSONValue.string) ?? .null
            }
            return card
        })
        file["followups"] = .array(followups.filter { row in
            guard let date = row["date"]?.string else { return true }
            return dayPart(date) <= day
        })
        file["traffic"] = .array((file["traffic"]?.array ?? []).filter { row in
            guard let time = row["time"]?.string else { return true }
            return dayPart(time) <= day
        })
        return Array(file.text.utf8)
    }

    /// §2.1 before the snapshot: the grade of the latest follow-up dated `<= day` that
    /// sets one; else the stored grade, unless a later follow-up set a grade or the
    /// stored grade is O with the order after the day; else unknown (`nil`).
    static func grade(at day: String, stored: String?, orderedLater: Bool,
                      gradings: [(date: String, grade: String)]) -> String? {
        if let latest = gradings.last(where: { dayPart($0.date) <= day }) { return latest.grade }
        let setLater = gradings.contains { dayPart($0.date) > day }
        if setLater || (stored?.uppercased() == "O" && orderedLater) { return nil }
        return stored
    }

    /// The day of a date or date-time (`2010-10-05T14:30` → `2010-10-05`).
    static func dayPart(_ text: String) -> String { String(text.prefix(10)) }

    enum CutError: Error {
        case notAnObject
    }
}
