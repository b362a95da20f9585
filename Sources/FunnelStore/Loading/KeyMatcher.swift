/// Maps a record's keys, as raw bytes, to the table's fields, and gives unknown keys
/// a stable extra-column name, without making a `String` per key.
///
/// Records of one file nearly always list their keys in the same order, so the key
/// that followed the previous key last time is tried first, with one comparison. A
/// miss (an optional field left out) falls back to a hash look-up over every key
/// seen: names, Chinese aliases and unknown keys alike.
struct KeyMatcher: Sendable {
    /// Most distinct unknown keys one table may have (checked against the builder, which
    /// holds every input's). Each is a column as long as the table, so without a limit
    /// a file whose every record has new keys would need rows × keys memory.
    static let extraLimit = 1000

    /// What a key is.
    enum Match: Sendable {
        case field(Int)
        /// The `n`th unknown key of the table (see `extraNames`).
        case extra(Int)
    }

    /// Every key seen, by code ("entry"): names and aliases first, then unknown keys.
    private var index = StringInterner()
    /// Per entry: the known field (>= 0), or `-1 - n` for extra column `n`.
    private var entryTarget: [Int] = []
    /// The entry's bytes, kept flat for the one-comparison fast path.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    /// `successor[e + 1]`: the entry that followed entry `e` last time (`e = -1`: the
    /// record's first key), or -1.
    private var successor: [Int] = [-1]
    /// Whether entry `e` may be predicted (see `predictedKey`).
    private var predictable: [Bool] = []
    private(set) var extraNames: [String] = []
    /// The builder's column of each unknown key, once resolved (-1 before).
    private var extraColumns: [Int] = []

    init(schema: TableSchema) {
        // Names first, then aliases: a name always wins over another field's alias.
        for (field, spec) in schema.fields.enumerated() { add(spec.name, target: field) }
        for (field, spec) in schema.fields.enumerated() {
            for alias in spec.aliases { add(alias, target: field) }
        }
    }

    private mutating func add(_ key: String, target: Int) {
        var copy = key
        copy.withUTF8 { bytes in
            guard index.lookup(bytes) == nil else { return }
            _ = index.intern(bytes)
            entryTarget.append(target)
            keyBytes.append(contentsOf: bytes)
            keyStarts.append(keyBytes.count)
            successor.append(-1)
            predictable.append(Self.isPredictable(bytes))
        }
    }

    private static func isPredictable(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        !key.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }

    /// The key that followed `previous` last time, if the input at `offset` (an opening
    /// quote) holds exactly it: its entry and length. Comparing the raw input with the
    /// expected bytes skips scanning the key as a string; keys holding a quote, a
    /// backslash or a control character are never predicted, so a match is always the
    /// whole, valid key.
    @inline(__always)
    func predictedKey(after previous: Int, in input: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Int, Int)? {
        let guess = successor[previous + 1]
        guard guess >= 0, predictable[guess] else { return nil }
        let start = keyStarts[guess], length = keyStarts[guess + 1] - start
        let end = offset + 1 + length
        guard end < input.count, input[end] == 0x22, let base = input.baseAddress else { return nil }
        let equal = keyBytes.withUnsafeBufferPointer { all in
            guard let keys = all.baseAddress else { return false }
            return ByteCompare.equal(keys + start, base + offset + 1, count: length)
        }
        return equal ? (guess, length) : nil
    }

    /// What a predicted key (an entry) is; `previous` becomes it.
    @inline(__always)
    func accept(_ entry: Int, previous: inout Int) -> Match {
        previous = entry
        return target(entry)
    }

    /// The key of an entry, for messages.
    func text(of entry: Int) -> String {
        String(decoding: keyBytes[keyStarts[entry]..<keyStarts[entry + 1]], as: UTF8.self)
    }

    /// The key's meaning. `previous` is the entry of the record's previous key (-1 for
    /// its first key) and is updated to this key's entry.
    @inline(__always)
    mutating func match(_ key: UnsafeBufferPointer<UInt8>, previous: inout Int) -> Match {
        let guess = successor[previous + 1]
        if guess >= 0 && equals(guess, key) {
            previous = guess
            return target(guess)
        }
        let entry: Int
        if let code = index.lookup(key) {
            entry = Int(code)
        } else {
            entry = Int(index.intern(key))
            entryTarget.append(-1 - extraNames.count)
            extraNames.append(String(decoding: key, as: UTF8.self))
            extraColumns.append(-1)
            keyBytes.append(contentsOf: key)
            keyStarts.append(keyBytes.count)
            successor.append(-1)
            predictable.append(Self.isPredictable(key))
        }
        successor[previous + 1] = entry
        previous = entry
        return target(entry)
    }

    @inline(__always)
    private func target(_ entry: Int) -> Match {
        let target = entryTarget[entry]
        return target >= 0 ? .field(target) : .extra(-1 - target)
    }

    /// The builder column of unknown key `n`, looked up by name the first time only;
    /// `nil` when it would be a new column beyond `extraLimit`.
    mutating func column(ofExtra n: Int, in builder: inout TableBuilder) -> Int? {
        if extraColumns[n] < 0 {
            guard builder.hasExtraColumn(named: extraNames[n]) || builder.extraColumnCount < Self.extraLimit else {
                return nil
            }
            extraColumns[n] = builder.extraColumn(named: extraNames[n])
        }
        return extraColumns[n]
    }

    @inline(__always)
    private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[entry], length = keyStarts[entry + 1] - start
        guard length == key.count else { return false }
        guard let keyBase = key.baseAddress else { return true }
        return keyBytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return false }
            return ByteCompare.equal(base + start, keyBase, count: length)
        }
    }
}
