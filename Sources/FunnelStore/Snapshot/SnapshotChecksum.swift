/// XXH64 (xxHash, 64 bits, seed 0) of a section's bytes: the checksum a snapshot keeps
/// for its header, its table of contents and each section.
///
/// It reads eight bytes at a time in four independent lanes, so it runs at memory speed
/// (a few GB/s) where a byte-at-a-time CRC or FNV would cost more than opening the file
/// otherwise does. Any change to one lane word is always caught (each step is a bijection
/// of the lane), and any other change is missed with a chance of about 2⁻⁶⁴.
/// `copy(_:to:)` hashes while it copies, so a section's bytes are read once.
enum SnapshotChecksum {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// The checksum of `bytes`.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        hash(bytes, copyingTo: nil)
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// Copies `source` to `destination`, which has room for `source.count` bytes, and
    /// returns the checksum of the bytes copied.
    static func copy(_ source: UnsafeRawBufferPointer, to destination: UnsafeMutableRawPointer) -> UInt64 {
        hash(source, copyingTo: destination)
    }

    @inline(__always)
    private static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        let mixed = accumulator &+ input &* prime2
        return ((mixed << 31) | (mixed >> 33)) &* prime1
    }

    @inline(__always)
    private static func merge(_ accumulator: UInt64, _ value: UInt64) -> UInt64 {
        (accumulator ^ round(0, value)) &* prime1 &+ prime4
    }

    @inline(__always)
    private static func rotated(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 &- count))
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer, copyingTo destination: UnsafeMutableRawPointer?)
        -> UInt64 {
        let length = bytes.count
        guard let base = bytes.baseAddress, length > 0 else { return avalanche(prime5) }
        var offset = 0
        var h: UInt64
        if length >= 32 {
            var v1 = prime1 &+ prime2, v2 = prime2, v3: UInt64 = 0, v4 = 0 &- prime1
            let stripes = length & ~31
            if let destination {
                while offset < stripes {
                    let a = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    let b = base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)
                    let c = base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)
                    let d = base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)
                    destination.storeBytes(of: a, toByteOffset: offset, as: UInt64.self)
                    destination.storeBytes(of: b, toByteOffset: offset + 8, as: UInt64.self)
                    destination.storeBytes(of: c, toByteOffset: offset + 16, as: UInt64.self)
                    destination.storeBytes(of: d, toByteOffset: offset + 24, as: UInt64.self)
                    v1 = round(v1, UInt64(littleEndian: a))
                    v2 = round(v2, UInt64(littleEndian: b))
                    v3 = round(v3, UInt64(littleEndian: c))
                    v4 = round(v4, UInt64(littleEndian: d))
                    offset &+= 32
                }
            } else {
                while offset < stripes {
                    v1 = round(v1, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                    v2 = round(v2, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
                    v3 = round(v3, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
                    v4 = round(v4, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
                    offset &+= 32
                }
            }
            h = rotated(v1, 1) &+ rotated(v2, 7) &+ rotated(v3, 12) &+ rotated(v4, 18)
            h = merge(h, v1)
            h = merge(h, v2)
            h = merge(h, v3)
            h = merge(h, v4)
        } else {
            h = prime5
        }
        h &+= UInt64(length)
        if let destination, offset < length {
            (destination + offset).copyMemory(from: base + offset, byteCount: length - offset)
        }
        while offset + 8 <= length {
            let k = round(0, UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            h = rotated(h ^ k, 27) &* prime1 &+ prime4
            offset &+= 8
        }
        if offset + 4 <= length {
            let k = UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            h = rotated(h ^ (k &* prime1), 23) &* prime2 &+ prime3
            offset &+= 4
        }
        while offset < length {
            let k = UInt64(base.load(fromByteOffset: offset, as: UInt8.self))
            h = rotated(h ^ (k &* prime5), 11) &* prime1
            offset &+= 1
        }
        return avalanche(h)
    }

    @inline(__always)
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= prime2
        h ^= h >> 29
        h &*= prime3
        h ^= h >> 32
        return h
    }
}
