/// What kind of JSON value starts at the scanner's position.
enum JSONValueKind: Sendable {
    case string, number, object, array
    /// `true`, `false` and `null` are consumed when they are recognised: they carry no payload.
    case `true`, `false`, null

    /// "a string", "an object": how messages name a value that was not expected.
    var article: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .object: "an object"
        case .array: "an array"
        case .true: "true"
        case .false: "false"
        case .null: "null"
        }
    }
}
