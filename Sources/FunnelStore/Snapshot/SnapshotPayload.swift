/// One array section as the writer holds it: the dataset's own array (no copy is
/// made; its bytes are written as they are in memory).
enum SnapshotPayload {
    case bytes([UInt8])
    case int16([Int16])
    case int32([Int32])
    case int64([Int64])
    case double([Double])
    case words([UInt64])

    var kind: SnapshotFormat.SectionKind {
        switch self {
        case .bytes: .bytes
        case .int16: .int16
        case .int32: .int32
        case .int64: .int64
        case .double: .double
        case .words: .words
        }
    }

    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch self {
        case .bytes(let values): try values.withUnsafeBytes(body)
        case .int16(let values): try values.withUnsafeBytes(body)
        case .int32(let values): try values.withUnsafeBytes(body)
        case .int64(let values): try values.withUnsafeBytes(body)
        case .double(let values): try values.withUnsafeBytes(body)
        case .words(let values): try values.withUnsafeBytes(body)
        }
    }

    var byteCount: Int { withBytes(\.count) }
}
