/// Little-endian reads from a byte array, each checked against its length first: the bytes come
/// from a server, so an offset or length in them is never trusted.
struct ByteReader: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    /// Checks that `length` bytes from `offset` lie inside the array.
    func check(_ offset: Int, _ length: Int, _ what: @autoclosure () -> String) throws(ArrowError) {
        guard offset >= 0, length >= 0, offset <= bytes.count, length <= bytes.count - offset else {
            throw .truncated(what: what(), at: offset)
        }
    }

    func uint8(at offset: Int) throws(ArrowError) -> UInt8 {
        try check(offset, 1, "a byte")
        return bytes[offset]
    }

    func uint16(at offset: Int) throws(ArrowError) -> UInt16 {
        try check(offset, 2, "a 16-bit value")
        return load(offset, as: UInt16.self)
    }

    func int16(at offset: Int) throws(ArrowError) -> Int16 {
        Int16(bitPattern: try uint16(at: offset))
    }

    func uint32(at offset: Int) throws(ArrowError) -> UInt32 {
        try check(offset, 4, "a 32-bit value")
        return load(offset, as: UInt32.self)
    }

    func int32(at offset: Int) throws(ArrowError) -> Int32 {
        Int32(bitPattern: try uint32(at: offset))
    }

    func uint64(at offset: Int) throws(ArrowError) -> UInt64 {
        try check(offset, 8, "a 64-bit value")
        return load(offset, as: UInt64.self)
    }

    func int64(at offset: Int) throws(ArrowError) -> Int64 {
        Int64(bitPattern: try uint64(at: offset))
    }

    /// The bytes of a range already checked by `check`.
    func slice(_ offset: Int, _ length: Int) throws(ArrowError) -> ArraySlice<UInt8> {
        try check(offset, length, "\(length) bytes")
        return bytes[offset..<(offset + length)]
    }

    /// Only after `check`: reads a fixed-width integer stored little-endian.
    private func load<T: FixedWidthInteger>(_ offset: Int, as type: T.Type) -> T {
        let raw = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
        return T(littleEndian: raw)
    }
}
