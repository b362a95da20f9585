/// The distinct values of one string column, stored as contiguous UTF-8 bytes.
///
/// A column stores `Int32` codes into this dictionary. Values are kept in one byte
/// buffer with offsets rather than as `[String]`, so a million distinct ids cost their
/// bytes plus four bytes each, not a heap object each.
public struct StringDictionary: Hashable, Sendable {
    public private(set) var bytes: [UInt8]
    /// `offsets[code] ..< offsets[code + 1]` is the value of `code`.
    public private(set) var offsets: [Int32]

    public init() {
        bytes = []
        offsets = [0]
    }

    public init(_ values: some Sequence<String>) {
        self.init()
        for value in values { append(value) }
    }

    /// A dictionary from its two arrays as `bytes` and `offsets` give them (a snapshot's
    /// sections), or `nil` when they do not make one: `offsets` must start at 0, never
    /// decrease and end at `bytes.count`, and hold no more than `Int32.max` bytes.
    public init?(bytes: [UInt8], offsets: [Int32]) {
        guard let first = offsets.first, first == 0, let last = offsets.last, Int(last) == bytes.count else {
            return nil
        }
        let goesBack = offsets.withUnsafeBufferPointer { offsets in
            var back: UInt8 = 0
            for index in offsets.indices.dropFirst() { back |= offsets[index] < offsets[index - 1] ? 1 : 0 }
            return back != 0
        }
        guard !goesBack else { return nil }
        self.bytes = bytes
        self.offsets = offsets
    }

    public var count: Int { offsets.count - 1 }

    /// The value of a code, or `nil` for a code out of range.
    public subscript(code: Int32) -> String? {
        guard code >= 0, Int(code) < count else { return nil }
        let start = Int(offsets[Int(code)]), end = Int(offsets[Int(code) + 1])
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Calls `body` with the raw bytes of a code's value (empty for a bad code).
    public func withBytes<R>(of code: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard code >= 0, Int(code) < count else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        let start = Int(offsets[Int(code)]), end = Int(offsets[Int(code) + 1])
        return try bytes.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    /// The code of a value, by a linear scan: look-ups happen once per query literal,
    /// never per row, and a hash index would double the memory of id-like columns.
    public func code(of value: String) -> Int32? {
        let target = Array(value.utf8)
        for code in 0..<count {
            let start = Int(offsets[code]), end = Int(offsets[code + 1])
            if end - start == target.count && bytes[start..<end].elementsEqual(target) {
                return Int32(code)
            }
        }
        return nil
    }

    /// All values, in code order.
    public var values: [String] { (0..<count).compactMap { self[Int32($0)] } }

    /// Appends a value without checking for duplicates and returns its code.
    @discardableResult
    public mutating func append(_ value: String) -> Int32 {
        append(bytes: Array(value.utf8))
    }

    @discardableResult
    public mutating func append(bytes value: some Collection<UInt8>) -> Int32 {
        bytes.append(contentsOf: value)
        offsets.append(Int32(bytes.count))
        return Int32(offsets.count - 2)
    }

    public mutating func reserveCapacity(values: Int, bytes byteCount: Int) {
        offsets.reserveCapacity(values + 1)
        bytes.reserveCapacity(byteCount)
    }
}
