/// A KPI's catalog entry (domain.md §5): its names, kind, one-line definitions in
/// English and Chinese, where the definition comes from, and the terms of its formula.
///
/// A count has only numerator terms. A rate or an average is the signed sum of its
/// numerator terms over the signed sum of its denominator terms.
public struct KPIDefinition: Hashable, Sendable, CustomStringConvertible {
    public let kpi: KPI
    /// Chinese names accepted as aliases, the first being the display name.
    public let chineseNames: [String]
    public let kind: KPIKind
    /// One English line.
    public let definition: String
    /// One Chinese line, after the seed's wording where there is one.
    public let chineseDefinition: String
    public let source: KPISource
    /// What the numerator counts as a whole (`cards in the base visited by T`).
    public let numeratorMeaning: String
    /// Its parts.
    public let numerator: [KPITermDefinition]
    /// What the denominator counts as a whole; `nil` for a count.
    public let denominatorMeaning: String?
    /// Its parts; empty for a count.
    public let denominator: [KPITermDefinition]

    /// The canonical query name.
    public var name: String { kpi.name }
    /// The Chinese display name.
    public var chineseName: String { chineseNames.first ?? kpi.name }
    public var description: String { kpi.name }

    /// Whether any term counts traffic (and so the traffic filter matters).
    public var usesTraffic: Bool { terms.contains { $0.population == .traffic } }
    /// Whether any term counts cards (and so the card filter matters).
    public var usesCards: Bool { terms.contains { $0.population == .cards } }
    /// Whether the denominator is target deliveries (and so the target selection matters).
    public var usesTargets: Bool { terms.contains { $0.population == .targets } }

    /// Whether it is a rate whose denominator counts traffic (`capture_rate`): the
    /// entries that left nothing are part of it and have no card, so it can be kept
    /// or grouped only by traffic's own fields, never through cards.
    public var isRateOverTraffic: Bool { kind == .rate && denominator.contains { $0.population == .traffic } }

    /// Whether the terms count due events (follow-up timeliness), which follow the
    /// follow-up cycles.
    public var usesDueEvents: Bool { terms.contains { $0.dueEventOutcome != nil } }

    /// Numerator terms then denominator terms.
    public var terms: [KPITermDefinition] { numerator + denominator }

    /// Whether the value is a part over its whole, within 0...1 on consistent data.
    /// True for every rate but `plan_achievement`, which exceeds 1 when the target is beaten.
    public var isProportion: Bool { kind == .rate && kpi != .planAchievement }

    /// The formula in term names: `(visited in opening + visited in new) ÷ (opening + new)`.
    public var formula: String {
        let top = KPIDefinition.sum(numerator.map { ($0.name, $0.subtracted) })
        guard !denominator.isEmpty else { return top }
        let bottom = KPIDefinition.sum(denominator.map { ($0.name, $0.subtracted) })
        return KPIDefinition.bracketed(top, parts: numerator.count) + " ÷ "
            + KPIDefinition.bracketed(bottom, parts: denominator.count)
    }

    /// `a + b − c`: the names of a formula's terms, or their numbers.
    public static func sum(_ parts: [(String, Bool)]) -> String {
        var text = ""
        for (index, (name, subtracted)) in parts.enumerated() {
            if index == 0 {
                text = subtracted ? "−" + name : name
            } else {
                text += (subtracted ? " − " : " + ") + name
            }
        }
        return text
    }

    /// Brackets a sum of more than one part.
    public static func bracketed(_ text: String, parts: Int) -> String { parts > 1 ? "(" + text + ")" : text }
}
