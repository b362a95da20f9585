import FunnelStore

/// The card-level inputs of the derived fields, read once from the customers table
/// into plain arrays: dates as day numbers with `Int32.max` for "not set" (so "set
/// on or before T" is one comparison), the channel code, and the completeness rule,
/// which does not depend on T.
///
/// A column that is missing or of the wrong type reads as all "not set"; the loader
/// guarantees the types, this only keeps hand-built tables from trapping.
public struct CardColumns: Sendable {
    public let count: Int
    public let created: [Int32]
    public let ordered: [Int32]
    public let delivered: [Int32]
    public let lost: [Int32]
    public let dormant: [Int32]
    public let nextFollowup: [Int32]
    /// `Channel` raw values; `EnumVocabulary.nullCode` when not given.
    public let channel: [UInt8]
    /// Cards with a name, a valid phone and a model (`CardCompleteness`), whatever T.
    public let complete: Bitmap
    /// The phone and model text columns, for duplicate cards; `nil` when absent or not text.
    public let phone: Column?
    public let model: Column?
    /// `LostReason` raw values; `EnumVocabulary.nullCode` when not given.
    public let lostReason: [UInt8]
    /// The stored `Grade` raw values (the grade on the day the data was taken);
    /// `EnumVocabulary.nullCode` when not given.
    public let grade: [UInt8]

    public init(customers: Table) {
        let count = customers.rowCount
        func days(_ name: String) -> [Int32] {
            let values = customers.column(name)?.daysOrMax ?? []
            return values.count == count ? values : Array(repeating: .max, count: count)
        }
        self.count = count
        created = days("created")
        ordered = days("ordered")
        delivered = days("delivered")
        lost = days("lost")
        dormant = days("dormant")
        nextFollowup = days("next_followup")
        if case .enumeration(let codes, let vocabulary)? = customers.column("channel")?.values,
           vocabulary == Channel.vocabulary, codes.count == count {
            channel = codes
        } else {
            channel = Array(repeating: EnumVocabulary.nullCode, count: count)
        }
        complete = CardCompleteness.bitmap(customers: customers)
        func text(_ name: String) -> Column? {
            guard let column = customers.column(name), case .string(let codes, _) = column.values,
                  codes.count == count else { return nil }
            return column
        }
        phone = text("phone")
        model = text("model")
        var reasons = [UInt8](repeating: EnumVocabulary.nullCode, count: count)
        if let column = customers.column("lost_reason"), case .enumeration(let codes, let vocabulary) = column.values,
           vocabulary == LostReason.vocabulary, codes.count == count {
            for c in 0..<count where !column.isNull(c) { reasons[c] = codes[c] }
        }
        lostReason = reasons
        var grades = [UInt8](repeating: EnumVocabulary.nullCode, count: count)
        if let column = customers.column("grade"), case .enumeration(let codes, let vocabulary) = column.values,
           vocabulary == Grade.vocabulary, codes.count == count {
            for c in 0..<count where !column.isNull(c) { grades[c] = codes[c] }
        }
        grade = grades
    }
}
