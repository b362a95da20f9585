/// A table in a flatbuffer (Arrow's IPC metadata is flatbuffers), read by hand with every offset
/// checked. A table starts with a signed offset back to its vtable; the vtable lists, for each
/// field slot, where the field sits in the table (0: absent, so the schema's default applies).
/// Offsets to tables, vectors and strings are unsigned and relative to where they are stored.
struct FlatBufferTable: Sendable {
    let reader: ByteReader
    let position: Int
    private let vtable: Int
    private let vtableLength: Int

    /// The root table of a flatbuffer that starts at `start` in the reader's bytes.
    static func root(_ reader: ByteReader, at start: Int) throws(ArrowError) -> FlatBufferTable {
        let offset = Int(try reader.uint32(at: start))
        return try FlatBufferTable(reader, at: start + offset)
    }

    init(_ reader: ByteReader, at position: Int) throws(ArrowError) {
        self.reader = reader
        self.position = position
        let back = Int(try reader.int32(at: position))
        let vtable = position - back
        let vtableLength = Int(try reader.uint16(at: vtable))
        guard vtableLength >= 4, vtableLength % 2 == 0 else {
            throw .malformed("a flatbuffer vtable of \(vtableLength) bytes")
        }
        try reader.check(vtable, vtableLength, "a flatbuffer vtable")
        self.vtable = vtable
        self.vtableLength = vtableLength
    }

    /// Where field `slot` is stored, or nil when the table leaves it out.
    private func fieldPosition(_ slot: Int) throws(ArrowError) -> Int? {
        let entry = 4 + 2 * slot
        guard entry + 2 <= vtableLength else { return nil }
        let offset = Int(try reader.uint16(at: vtable + entry))
        return offset == 0 ? nil : position + offset
    }

    func uint8(_ slot: Int, default value: UInt8 = 0) throws(ArrowError) -> UInt8 {
        guard let at = try fieldPosition(slot) else { return value }
        return try reader.uint8(at: at)
    }

    func bool(_ slot: Int, default value: Bool = false) throws(ArrowError) -> Bool {
        guard let at = try fieldPosition(slot) else { return value }
        return try reader.uint8(at: at) != 0
    }

    func int16(_ slot: Int, default value: Int16 = 0) throws(ArrowError) -> Int16 {
        guard let at = try fieldPosition(slot) else { return value }
        return try reader.int16(at: at)
    }

    func int32(_ slot: Int, default value: Int32 = 0) throws(ArrowError) -> Int32 {
        guard let at = try fieldPosition(slot) else { return value }
        return try reader.int32(at: at)
    }

    func int64(_ slot: Int, default value: Int64 = 0) throws(ArrowError) -> Int64 {
        guard let at = try fieldPosition(slot) else { return value }
        return try reader.int64(at: at)
    }

    /// Where an offset field points to, or nil when the field is absent.
    private func target(_ slot: Int) throws(ArrowError) -> Int? {
        guard let at = try fieldPosition(slot) else { return nil }
        return at + Int(try reader.uint32(at: at))
    }

    func table(_ slot: Int) throws(ArrowError) -> FlatBufferTable? {
        guard let at = try target(slot) else { return nil }
        return try FlatBufferTable(reader, at: at)
    }

    func string(_ slot: Int) throws(ArrowError) -> String? {
        guard let at = try target(slot) else { return nil }
        let length = Int(try reader.uint32(at: at))
        let bytes = try reader.slice(at + 4, length)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .malformed("a name that is not UTF-8")
        }
        return text
    }

    /// A vector field: where its elements start and how many there are, each `elementSize`
    /// bytes (checked to fit). An absent vector is empty.
    func vector(_ slot: Int, elementSize: Int) throws(ArrowError) -> (start: Int, count: Int) {
        guard let at = try target(slot) else { return (0, 0) }
        let count = Int(try reader.uint32(at: at))
        let (size, overflow) = count.multipliedReportingOverflow(by: elementSize)
        guard !overflow else { throw .malformed("a vector of \(count) elements") }
        try reader.check(at + 4, size, "a vector of \(count) elements")
        return (at + 4, count)
    }

    /// A vector of tables: each element is an offset, relative to itself, to a table.
    func tables(_ slot: Int) throws(ArrowError) -> [FlatBufferTable] {
        let (start, count) = try vector(slot, elementSize: 4)
        var tables: [FlatBufferTable] = []
        tables.reserveCapacity(count)
        for index in 0..<count {
            let element = start + 4 * index
            tables.append(try FlatBufferTable(reader, at: element + Int(try reader.uint32(at: element))))
        }
        return tables
    }
}
