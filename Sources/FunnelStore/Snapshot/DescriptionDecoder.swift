/// Reads the description section back, every read bounds-checked: running out of bytes,
/// a count larger than the bytes left, or text that is not UTF-8 is a `SnapshotProblem`.
struct DescriptionDecoder {
    private let bytes: [UInt8]
    private var position = 0
    /// What is being read, for the problem's place ("customers.grade").
    var place = "the description"

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remaining: Int { bytes.count - position }

    private func fault(_ fault: SnapshotProblem.Fault) -> SnapshotProblem {
        .inconsistent(place: place, fault: fault)
    }

    mutating func byte() throws(SnapshotProblem) -> UInt8 {
        guard position < bytes.count else { throw fault(.descriptionEndsEarly) }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func uint32() throws(SnapshotProblem) -> UInt32 {
        guard remaining >= 4 else { throw fault(.descriptionEndsEarly) }
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[position + i]) << UInt32(8 * i) }
        position += 4
        return value
    }

    mutating func int64() throws(SnapshotProblem) -> Int64 {
        guard remaining >= 8 else { throw fault(.descriptionEndsEarly) }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[position + i]) << UInt64(8 * i) }
        position += 8
        return Int64(bitPattern: value)
    }

    /// A number that must fit `range` (a row count, a line number).
    mutating func int(in range: ClosedRange<Int64>) throws(SnapshotProblem) -> Int {
        let value = try int64()
        guard range.contains(value), let result = Int(exactly: value) else {
            throw fault(.badNumber(value))
        }
        return result
    }

    /// A count of items that take at least `bytesEach` bytes of the description each,
    /// so a damaged count cannot make a reader loop or allocate past the file.
    mutating func count(eachAtLeast bytesEach: Int) throws(SnapshotProblem) -> Int {
        let value = Int(try uint32())
        guard value <= remaining / max(1, bytesEach) else { throw fault(.countTooLarge(value)) }
        return value
    }

    mutating func text() throws(SnapshotProblem) -> String {
        let length = try count(eachAtLeast: 1)
        let slice = bytes[position..<position + length]
        position += length
        guard let value = String(validating: slice, as: UTF8.self) else { throw fault(.notText) }
        return value
    }

    mutating func flag() throws(SnapshotProblem) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let other: throw fault(.badNumber(Int64(other)))
        }
    }

    mutating func optionalText() throws(SnapshotProblem) -> String? {
        try flag() ? try text() : nil
    }

    mutating func optionalInt(in range: ClosedRange<Int64>) throws(SnapshotProblem) -> Int? {
        try flag() ? try int(in: range) : nil
    }

    /// A section number, or `nil` for `SnapshotFormat.noSection`.
    mutating func section() throws(SnapshotProblem) -> Int? {
        let value = try uint32()
        return value == SnapshotFormat.noSection ? nil : Int(value)
    }

    /// Throws unless every byte has been read.
    func finish() throws(SnapshotProblem) {
        guard remaining == 0 else { throw fault(.trailingBytes(remaining)) }
    }
}
