import FunnelDomain
import FunnelStore

/// A value from a statement, converted to what the field it is compared with holds.
public enum Literal: Hashable, Sendable {
    case int(Int64)
    case double(Double)
    case day(Day)
    /// A period where a date goes: `created in 2010-10`, `created < 2010-10`.
    case period(Period)
    case string(String)
    case bool(Bool)
    /// Enum codes: one value, or a group such as `following`.
    case codes(Set<UInt8>)
}
