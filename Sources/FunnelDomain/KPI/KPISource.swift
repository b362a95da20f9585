/// Where a KPI's definition comes from, so a trainer can tell the seed's numbers from
/// the ones this project had to define (domain.md marks those **(ours)**).
public enum KPISource: Hashable, Sendable, CustomStringConvertible {
    /// Seed 002 (the GPS smart-retail 2.0 training text), with the section it is in.
    case seed002(String)
    /// Seed 000 (the KPI scoring and process text), with the indicator's Chinese name.
    case seed000(String)
    /// Seed 004 (a luxury brand's lead management rules), with the rule's place.
    case seed004(String)
    /// Defined by this project, with the reason.
    case ours(String)

    /// `seed 002 §4.8`, `seed 000 客户档案完备率`, `ours: <reason>`.
    public var description: String {
        switch self {
        case .seed002(let section): "seed 002 \(section)"
        case .seed000(let name): "seed 000 \(name)"
        case .seed004(let place): "seed 004 \(place)"
        case .ours(let reason): "ours: \(reason)"
        }
    }

    /// Whether the project decided this definition rather than taking it from a seed.
    public var isOurs: Bool {
        if case .ours = self { return true }
        return false
    }
}
