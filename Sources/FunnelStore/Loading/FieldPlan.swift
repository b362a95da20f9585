/// How the loader reads one known field: its `FieldType` with the enum vocabulary
/// turned into a byte matcher once per load rather than once per value.
enum FieldPlan: Sendable {
    case string
    case int(ClosedRange<Int64>?)
    case double
    case bool
    case date
    case month
    case enumeration(EnumMatcher)

    init(_ type: FieldType) {
        switch type {
        case .string: self = .string
        case .int(let range): self = .int(range)
        case .double: self = .double
        case .bool: self = .bool
        case .date: self = .date
        case .month: self = .month
        case .enumeration(let vocabulary): self = .enumeration(EnumMatcher(vocabulary))
        }
    }
}
