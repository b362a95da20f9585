/// Turns one column of a record batch into values: the node says how many values and nulls,
/// the buffers (validity bitmap first) hold them. Every buffer is checked to lie in the body
/// and to be long enough for the node's length before a value is read.
struct ArrowColumnDecoder {
    let reader: ByteReader
    /// Where the message body starts in the stream, and its length.
    let bodyStart: Int
    let bodyLength: Int

    /// The number of buffers a column of this type takes, or nil for types not decoded.
    static func bufferCount(_ type: ArrowType) -> Int? {
        switch type {
        case .null: return 0
        case .bool, .int, .floatingPoint, .decimal, .date, .timestamp: return 2
        case .utf8, .largeUtf8, .binary, .largeBinary: return 3
        case .other: return nil
        }
    }

    func decode(_ field: ArrowField, node: ArrowRecordBatch.Node,
                buffers: ArraySlice<ArrowRecordBatch.Buffer>) throws(ArrowError) -> [SparkValue] {
        let count = node.length
        if case .null = field.type {
            return Array(repeating: .null, count: count)
        }
        let located = try buffers.map { (buffer) throws(ArrowError) -> (start: Int, length: Int) in
            guard buffer.offset <= bodyLength, buffer.length <= bodyLength - buffer.offset else {
                throw .truncated(what: "a buffer of column \(field.name)", at: bodyStart + buffer.offset)
            }
            return (bodyStart + buffer.offset, buffer.length)
        }
        guard let validity = located.first else {
            throw .malformed("column \(field.name) has no buffers")
        }
        let valid = try validityBits(validity, count: count, nullCount: node.nullCount, column: field.name)
        let data = located.dropFirst()

        switch field.type {
        case .bool:
            let bits = try buffer(data, 0, bytes: (count + 7) / 8, column: field.name)
            return try values(count, valid) { (row) throws(ArrowError) in
                .bool(try bit(bits.start, row))
            }
        case .int(let bitWidth, let signed):
            let width = bitWidth / 8
            let values = try buffer(data, 0, bytes: count * width, column: field.name)
            return try self.values(count, valid) { (row) throws(ArrowError) in
                .int(try integer(at: values.start + row * width, width: width, signed: signed, column: field.name))
            }
        case .floatingPoint(let precision):
            let width: Int
            switch precision {
            case .half: throw .unsupportedType(column: field.name, type: field.type.description)
            case .single: width = 4
            case .double: width = 8
            }
            let values = try buffer(data, 0, bytes: count * width, column: field.name)
            return try self.values(count, valid) { (row) throws(ArrowError) in
                let at = values.start + row * width
                return width == 4
                    ? .double(Double(Float(bitPattern: try reader.uint32(at: at))))
                    : .double(Double(bitPattern: try reader.uint64(at: at)))
            }
        case .decimal(_, let scale, let bitWidth):
            guard bitWidth == 128 else { throw .unsupportedType(column: field.name, type: field.type.description) }
            let values = try buffer(data, 0, bytes: count * 16, column: field.name)
            return try self.values(count, valid) { (row) throws(ArrowError) in
                let at = values.start + row * 16
                let low = try reader.uint64(at: at)
                let high = try reader.int64(at: at + 8)
                let unscaled = Int128(high) << 64 | Int128(low)
                return .decimal(SparkDecimal(unscaled: unscaled, scale: scale))
            }
        case .date(let unit):
            let width = unit == .day ? 4 : 8
            let values = try buffer(data, 0, bytes: count * width, column: field.name)
            return try self.values(count, valid) { (row) throws(ArrowError) in
                let at = values.start + row * width
                let days = unit == .day
                    ? Int64(try reader.int32(at: at))
                    : try reader.int64(at: at).floorDivided(by: 86_400_000).quotient
                return .date(SparkDate(daysSinceEpoch: days))
            }
        case .timestamp(let unit, _):
            let values = try buffer(data, 0, bytes: count * 8, column: field.name)
            return try self.values(count, valid) { (row) throws(ArrowError) in
                let raw = try reader.int64(at: values.start + row * 8)
                return .timestamp(SparkTimestamp(microsecondsSinceEpoch: try microseconds(raw, unit, column: field.name)))
            }
        case .utf8, .largeUtf8, .binary, .largeBinary:
            let large = field.type == .largeUtf8 || field.type == .largeBinary
            let text = field.type == .utf8 || field.type == .largeUtf8
            let width = large ? 8 : 4
            let offsets = try buffer(data, 0, bytes: count == 0 ? 0 : (count + 1) * width, column: field.name)
            let bytes = try buffer(data, 1, bytes: 0, column: field.name)
            return try self.values(count, valid) { (row) throws(ArrowError) in
                let at = offsets.start + row * width
                let start = large ? Int(try reader.int64(at: at)) : Int(try reader.int32(at: at))
                let end = large ? Int(try reader.int64(at: at + width)) : Int(try reader.int32(at: at + width))
                guard start >= 0, start <= end, end <= bytes.length else {
                    throw .malformed("column \(field.name), row \(row + 1): value bytes \(start)..<\(end) outside its buffer")
                }
                let slice = try reader.slice(bytes.start + start, end - start)
                if !text { return .binary(Array(slice)) }
                guard let string = String(validating: slice, as: UTF8.self) else {
                    throw .invalidUTF8(column: field.name, row: row)
                }
                return .string(string)
            }
        case .null, .other:
            throw .unsupportedType(column: field.name, type: field.type.description)
        }
    }

    /// Calls `value` for each row whose validity bit is set; the others are null.
    private func values(_ count: Int, _ valid: (Int) throws(ArrowError) -> Bool,
                        _ value: (Int) throws(ArrowError) -> SparkValue) throws(ArrowError) -> [SparkValue] {
        var result: [SparkValue] = []
        result.reserveCapacity(count)
        for row in 0..<count {
            result.append(try valid(row) ? value(row) : .null)
        }
        return result
    }

    /// The validity bitmap: bit `row` (least significant first) set when the value is there.
    /// A column with no nulls may leave the bitmap empty.
    private func validityBits(_ buffer: (start: Int, length: Int), count: Int, nullCount: Int,
                              column: String) throws(ArrowError) -> (Int) throws(ArrowError) -> Bool {
        if nullCount == 0 {
            return { _ in true }
        }
        guard buffer.length >= (count + 7) / 8 else {
            throw .truncated(what: "the validity bitmap of column \(column)", at: buffer.start)
        }
        let start = buffer.start
        let reader = self.reader
        return { (row) throws(ArrowError) in
            try reader.uint8(at: start + row / 8) & (1 << UInt8(row % 8)) != 0
        }
    }

    private func bit(_ start: Int, _ row: Int) throws(ArrowError) -> Bool {
        try reader.uint8(at: start + row / 8) & (1 << UInt8(row % 8)) != 0
    }

    /// Data buffer `index` (after the validity bitmap), checked to hold at least `bytes` bytes.
    private func buffer(_ data: ArraySlice<(start: Int, length: Int)>, _ index: Int, bytes: Int,
                        column: String) throws(ArrowError) -> (start: Int, length: Int) {
        let position = data.startIndex + index
        guard position < data.endIndex else {
            throw .malformed("column \(column) lacks its buffer \(index + 2)")
        }
        let buffer = data[position]
        guard buffer.length >= bytes else {
            throw .truncated(what: "a buffer of column \(column) (\(bytes) bytes needed, \(buffer.length) given)",
                             at: buffer.start)
        }
        return buffer
    }

    private func integer(at offset: Int, width: Int, signed: Bool, column: String) throws(ArrowError) -> Int64 {
        switch (width, signed) {
        case (1, true): return Int64(Int8(bitPattern: try reader.uint8(at: offset)))
        case (1, false): return Int64(try reader.uint8(at: offset))
        case (2, true): return Int64(try reader.int16(at: offset))
        case (2, false): return Int64(try reader.uint16(at: offset))
        case (4, true): return Int64(try reader.int32(at: offset))
        case (4, false): return Int64(try reader.uint32(at: offset))
        case (8, true): return try reader.int64(at: offset)
        default:
            let value = try reader.uint64(at: offset)
            guard value <= UInt64(Int64.max) else {
                throw .malformed("column \(column): unsigned value \(value) beyond a 64-bit integer")
            }
            return Int64(value)
        }
    }

    private func microseconds(_ raw: Int64, _ unit: ArrowTimeUnit, column: String) throws(ArrowError) -> Int64 {
        let factor: Int64
        switch unit {
        case .second: factor = 1_000_000
        case .millisecond: factor = 1_000
        case .microsecond: return raw
        case .nanosecond: return raw.floorDivided(by: 1_000).quotient
        }
        let (value, overflow) = raw.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw .malformed("column \(column): timestamp \(raw) out of range") }
        return value
    }
}
