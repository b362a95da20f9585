/// Which text fields hold words rather than codes. A display too narrow for a table
/// may shorten words (a name, a model, a note) and is never to shorten a code (an id,
/// a phone number, a card reference), which is useless unless read whole. Dates,
/// numbers and enum values are neither: they are always shown whole.
extension TableSchema {
    /// The string fields of this table that hold words; every other string field
    /// (`id`, `phone`, `customer`, extra fields the data brings) is a code.
    public var freeTextFields: Set<String> {
        switch kind {
        case .customers: ["name", "model", "source", "consultant", "dealer"]
        case .followups: ["consultant", "note", "dealer"]
        case .traffic: ["consultant", "dealer"]
        case .targets: ["consultant", "dealer"]
        }
    }

    /// Whether a result column named `column` holds words that may be shortened: a
    /// free-text field of some table, named as a statement names it (`name`, or
    /// `customer.name` from a follow-up).
    public static func isFreeText(column: String) -> Bool {
        var name = Substring(column)
        if let dot = name.lastIndex(of: "."), cardLinkWords.contains(String(name[..<dot])) {
            name = name[name.index(after: dot)...]
        }
        return all.contains { $0.freeTextFields.contains(String(name)) }
    }
}
