/// Maps a record's keys, as raw bytes, to the table's fields, and gives unknown keys
/// a stable extra-column name, without making a `String` per key.
///
/// Records of one file nearly always list their keys in the same order, so the key
/// found at each position of the last record is tried first; a miss falls back to a
/// scan of the names and aliases, then to a hash look-up of the extra keys seen.
struct KeyMatcher: Sendable {
    /// Most distinct unknown keys one table may have. Each is a column as long as the
    /// table, so without a limit a file whose every record has new keys would need
    /// rows × keys memory.
    static let extraLimit = 1000

    /// Names and aliases back to back: key `k` is `keyBytes[keyStarts[k] ..< keyStarts[k + 1]]`.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int]
    private let keyFields: [Int]
    /// The known key matched at each position of the last record, or -1.
    private var predicted: [Int] = []
    private var extraIndex = StringInterner()
    private(set) var extraNames: [String] = []

    /// What a key is.
    enum Match: Sendable {
        case field(Int)
        case extra(String)
        /// A new unknown key beyond `extraLimit`.
        case tooManyExtras
    }

    init(schema: TableSchema) {
        var bytes: [UInt8] = []
        var starts = [0]
        var fields: [Int] = []
        // Names first, then aliases: a name always wins over another field's alias.
        for (index, field) in schema.fields.enumerated() {
            bytes += Array(field.name.utf8)
            starts.append(bytes.count)
            fields.append(index)
        }
        for (index, field) in schema.fields.enumerated() {
            for alias in field.aliases {
                bytes += Array(alias.utf8)
                starts.append(bytes.count)
                fields.append(index)
            }
        }
        keyBytes = bytes
        keyStarts = starts
        keyFields = fields
    }

    mutating func match(_ key: UnsafeBufferPointer<UInt8>, ordinal: Int) -> Match {
        if ordinal < predicted.count {
            let guess = predicted[ordinal]
            if guess >= 0 && equals(guess, key) { return .field(keyFields[guess]) }
        }
        for k in keyFields.indices where equals(k, key) {
            remember(k, at: ordinal)
            return .field(keyFields[k])
        }
        remember(-1, at: ordinal)
        if let code = extraIndex.lookup(key) { return .extra(extraNames[Int(code)]) }
        guard extraNames.count < Self.extraLimit else { return .tooManyExtras }
        _ = extraIndex.intern(key)
        let name = String(decoding: key, as: UTF8.self)
        extraNames.append(name)
        return .extra(name)
    }

    private mutating func remember(_ k: Int, at ordinal: Int) {
        if ordinal < predicted.count {
            predicted[ordinal] = k
        } else if ordinal == predicted.count && ordinal < 256 {
            predicted.append(k)
        }
    }

    @inline(__always)
    private func equals(_ k: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[k], length = keyStarts[k + 1] - start
        guard length == key.count else { return false }
        return keyBytes.withUnsafeBufferPointer { all in
            for i in 0..<length where all[start + i] != key[i] { return false }
            return true
        }
    }
}
