import Foundation

/// The bytes of a stream in Fixtures/ (written by Fixtures/make-fixtures.py with pyarrow).
enum ArrowFixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }
}
