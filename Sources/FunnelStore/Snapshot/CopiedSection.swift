/// One array section copied out of a snapshot: the array (until the decoder takes
/// it), whether its checksum held, and the least and greatest of its values, which the
/// decoder checks against what the column allows without reading the array again.
struct CopiedSection {
    enum Array {
        case bytes([UInt8])
        case int16([Int16])
        case int32([Int32])
        case int64([Int64])
        case double([Double])
        case words([UInt64])
    }

    /// `nil` when the section's length is not a whole number of elements.
    var array: Array?
    let checksumHolds: Bool
    /// The least and greatest value of an Int16 or Int32 section; for bytes, the
    /// greatest value other than 255 (an enum's null code) in `high`, -1 for none.
    /// An empty section has `low` 0 and `high` -1, inside every range.
    let low: Int64
    let high: Int64

    /// Copies the section's bytes into an array of its kind, checking its checksum on the way.
    static func copy(_ source: UnsafeRawBufferPointer, kind: SnapshotFormat.SectionKind, checksum: UInt64)
        -> CopiedSection {
        guard source.count % kind.stride == 0 else {
            return CopiedSection(array: nil, checksumHolds: SnapshotChecksum.of(source) == checksum, low: 0, high: -1)
        }
        switch kind {
        case .description, .bytes:
            let (values, sum) = copied(UInt8.self, source)
            // v &+ 1 turns 255 into 0, so the greatest of it is one past the greatest code.
            let high = values.withUnsafeBufferPointer { buffer in
                var high: UInt8 = 0
                for value in buffer { high = max(high, value &+ 1) }
                return Int64(high) - 1
            }
            return CopiedSection(array: .bytes(values), checksumHolds: sum == checksum, low: 0, high: high)
        case .int16:
            let (values, sum) = copied(Int16.self, source)
            let (low, high) = range(values)
            return CopiedSection(array: .int16(values), checksumHolds: sum == checksum, low: low, high: high)
        case .int32:
            let (values, sum) = copied(Int32.self, source)
            let (low, high) = range(values)
            return CopiedSection(array: .int32(values), checksumHolds: sum == checksum, low: low, high: high)
        case .int64:
            let (values, sum) = copied(Int64.self, source)
            return CopiedSection(array: .int64(values), checksumHolds: sum == checksum, low: 0, high: -1)
        case .double:
            let (values, sum) = copied(Double.self, source)
            return CopiedSection(array: .double(values), checksumHolds: sum == checksum, low: 0, high: -1)
        case .words:
            let (values, sum) = copied(UInt64.self, source)
            return CopiedSection(array: .words(values), checksumHolds: sum == checksum, low: 0, high: -1)
        }
    }

    /// The bytes as an array of `Element`s, and their checksum: one pass.
    private static func copied<Element: BitwiseCopyable>(_ type: Element.Type, _ source: UnsafeRawBufferPointer)
        -> ([Element], UInt64) {
        let count = source.count / MemoryLayout<Element>.stride
        var checksum: UInt64 = 0
        let values = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress {
                checksum = SnapshotChecksum.copy(source, to: UnsafeMutableRawPointer(base))
            } else {
                checksum = SnapshotChecksum.of(source)
            }
            initialized = count
        }
        return (values, checksum)
    }

    private static func range<Value: FixedWidthInteger>(_ values: [Value]) -> (Int64, Int64) {
        guard !values.isEmpty else { return (0, -1) }
        return values.withUnsafeBufferPointer { buffer in
            var low = Value.max, high = Value.min
            for value in buffer {
                low = min(low, value)
                high = max(high, value)
            }
            return (Int64(low), Int64(high))
        }
    }
}

extension CopiedSection {
    var bytes: [UInt8]? { if case .bytes(let values)? = array { values } else { nil } }
    var int16s: [Int16]? { if case .int16(let values)? = array { values } else { nil } }
    var int32s: [Int32]? { if case .int32(let values)? = array { values } else { nil } }
    var int64s: [Int64]? { if case .int64(let values)? = array { values } else { nil } }
    var doubles: [Double]? { if case .double(let values)? = array { values } else { nil } }
    var words: [UInt64]? { if case .words(let values)? = array { values } else { nil } }

    /// Whether every value lies in `lower ... upper` (from the ranges taken while
    /// copying); an empty section always does.
    func isWithin(_ lower: Int64, _ upper: Int64) -> Bool {
        high < low || (low >= lower && high <= upper)
    }
}
