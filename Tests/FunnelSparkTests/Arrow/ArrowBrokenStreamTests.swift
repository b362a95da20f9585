import Testing
@testable import FunnelSpark

/// The server's bytes are never trusted: every cut and every changed byte of a real stream
/// gives an error or a result, never a trap, and a cut stream is never a shorter result.
struct ArrowBrokenStreamTests {
    @Test func everyCutStreamIsAnError() throws {
        let bytes = try ArrowFixture.bytes("typed.arrows")
        for length in 0..<bytes.count {
            #expect(throws: ArrowError.self, "cut at \(length)") {
                try ArrowStreamReader.read(Array(bytes[0..<length]))
            }
        }
    }

    @Test func everyChangedByteIsReadOrRefused() throws {
        for name in ["typed.arrows", "two-batches.arrows"] {
            let bytes = try ArrowFixture.bytes(name)
            for index in bytes.indices {
                for value: UInt8 in [0x00, 0x7F, 0x80, 0xFF] where bytes[index] != value {
                    var changed = bytes
                    changed[index] = value
                    _ = try? ArrowStreamReader.read(changed)
                }
            }
        }
    }

    @Test func refusesAnEmptyStream() {
        #expect(throws: ArrowError.self) { try ArrowStreamReader.read([]) }
        #expect(throws: ArrowError.self) { try ArrowStreamReader.read([0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0]) }
    }
}
