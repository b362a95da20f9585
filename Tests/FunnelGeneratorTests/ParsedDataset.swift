import Foundation
import Testing

/// A dataset read back with Foundation's JSONSerialization, independent of the
/// generator's own records, so the tests check what was actually written.
///
/// `@unchecked Sendable`: every property is a `let` holding immutable Foundation
/// values, so sharing one parse between concurrently running tests is safe.
struct ParsedDataset: @unchecked Sendable {
    typealias Record = [String: Any]
    let dealer: String
    let asOf: String
    let customers: [Record]
    let followups: [Record]
    let traffic: [Record]
    let targets: [Record]
    /// Follow-ups by card id, in file order.
    let followupsByCard: [String: [Record]]
    let cardsByID: [String: Record]

    init(json bytes: [UInt8]) throws {
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        let root = try #require(object as? Record)
        try self.init(root: root)
    }

    /// The JSON Lines layout: `meta.json` and one record per line in each `.jsonl`.
    init(jsonLines files: [String: [UInt8]]) throws {
        let meta = try #require(files["meta.json"])
        var root = try #require(try JSONSerialization.jsonObject(with: Data(meta)) as? Record)
        for table in ["customers", "followups", "traffic", "targets"] {
            let text = String(decoding: try #require(files[table + ".jsonl"]), as: UTF8.self)
            root[table] = try text.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? Record)
            }
        }
        try self.init(root: root)
    }

    private init(root: Record) throws {
        dealer = try #require(root["dealer"] as? String)
        asOf = try #require(root["as_of"] as? String)
        customers = try #require(root["customers"] as? [Record])
        followups = try #require(root["followups"] as? [Record])
        traffic = try #require(root["traffic"] as? [Record])
        targets = try #require(root["targets"] as? [Record])
        var byCard: [String: [Record]] = [:]
        for followup in followups { byCard[followup.string("customer"), default: []].append(followup) }
        followupsByCard = byCard
        cardsByID = Dictionary(customers.map { ($0.string("id"), $0) }, uniquingKeysWith: { first, _ in first })
    }
}

extension Dictionary where Key == String, Value == Any {
    func string(_ key: String) -> String { self[key] as? String ?? "" }
    func optional(_ key: String) -> String? { self[key] as? String }
    func bool(_ key: String) -> Bool { self[key] as? Bool ?? false }
    /// The date part of a date or date-time field.
    func day(_ key: String) -> String { String(string(key).prefix(10)) }
}

/// domain.md §3 and §4, written out plainly over parsed records. ISO dates
/// compare correctly as strings, which keeps these definitions close to the text.
enum Definitions {
    /// visits: distinct days <= T among {created, for a walk-in} and visit follow-ups.
    static func visits(_ card: ParsedDataset.Record, _ data: ParsedDataset, asOf: String) -> Int {
        var days = Set<String>()
        if card.string("channel") == "walkin" && card.day("created") <= asOf { days.insert(card.day("created")) }
        for followup in data.followupsByCard[card.string("id")] ?? [] where followup.string("kind") == "visit" {
            if followup.day("date") <= asOf { days.insert(followup.day("date")) }
        }
        return days.count
    }

    /// Not delivered and not lost on or before `day`.
    static func following(_ card: ParsedDataset.Record, on day: String) -> Bool {
        if let delivered = card.optional("delivered"), delivered <= day { return false }
        if let lost = card.optional("lost"), lost <= day { return false }
        return true
    }

    static func status(_ card: ParsedDataset.Record, asOf: String) -> String {
        if let day = card.optional("delivered"), day <= asOf { return "won" }
        if let day = card.optional("lost"), day <= asOf { return "lost" }
        if let day = card.optional("ordered"), day <= asOf { return "order" }
        if let day = card.optional("dormant"), day <= asOf { return "dormant" }
        return "active"
    }

    /// Whole days from `from` to `to` (both `YYYY-MM-DD`).
    static func days(from: String, to: String) -> Int {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        guard let a = formatter.date(from: from), let b = formatter.date(from: to) else { return .min }
        return Int((b.timeIntervalSince(a) / 86_400).rounded())
    }
}
