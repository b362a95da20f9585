/// A pull scanner over the bytes of one JSON text (RFC 8259), built for loading large
/// files: no tree, no `String` per value, no allocation on the common path.
///
/// The caller walks the document (`nextValue`, `beginObject`/`nextKey`,
/// `beginArray`/`nextElement`, `readString`, `readNumber`, `skipValue`) and
/// converts each value where it lies. Strings without escapes come back as a slice
/// of the input; strings with escapes are decoded into a scratch buffer that is
/// reused, so a string is valid only until the next string is read.
///
/// Everything JSON forbids is an error with its byte offset: bad UTF-8, control
/// characters and NUL bytes in strings, lone surrogates, leading zeros, trailing
/// commas, bare words. Nesting is limited to `maxDepth` levels and every walk is
/// iterative, so no input can exhaust the stack. A UTF-8 byte-order mark at the
/// start is skipped.
struct JSONScanner {
    /// Deepest nesting of arrays and objects accepted. Real records are 3 or 4 deep;
    /// the limit only exists so hostile input fails with a message.
    static let maxDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    /// Offset of the next byte to read.
    var position: Int
    /// In JSON Lines a record must stay on its line: a line break is not whitespace
    /// there, so a record cut short at the end of its line is reported on that line.
    let lineMode: Bool
    /// Offsets of the `{` and `[` now open, innermost last: they give the depth and let
    /// "unexpected end of file" name the bracket left open.
    private var openers: [Int] = []
    private let scratch = ScratchBuffer()

    init(_ bytes: UnsafeBufferPointer<UInt8>, lineMode: Bool = false) {
        self.bytes = bytes
        self.lineMode = lineMode
        position = UTF8Text.hasByteOrderMark(bytes) ? 3 : 0
        openers.reserveCapacity(16)
    }

    /// Moves to `offset` as if `depth` brackets were open there (a speculative chunk
    /// starts inside the top-level object and a table's array). Their offsets are not
    /// known, so a message naming them would be wrong; `ChunkedRead` never keeps a
    /// chunk that met any problem.
    mutating func resume(at offset: Int, depth: Int) {
        position = offset
        openers = Array(repeating: offset, count: depth)
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The byte at the position, if any.
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    // MARK: - Whitespace

    /// ws = *( %x20 / %x09 / %x0A / %x0D )   (a line break is not whitespace in line mode)
    @inline(__always)
    mutating func skipWhitespace() {
        var i = position
        let n = bytes.count
        // Most separators are followed by nothing or by one space.
        guard i < n, bytes[i] <= 0x20 else { return }
        if bytes[i] == 0x20 {
            i += 1
            guard i < n, bytes[i] <= 0x20 else {
                position = i
                return
            }
        }
        while i < n {
            let b = bytes[i]
            if b > 0x20 { break }
            guard b == 0x20 || b == 0x09 || b == 0x0D || (b == 0x0A && !lineMode) else { break }
            i += 1
        }
        position = i
    }

    /// Skips spaces, tabs and carriage returns but not line breaks (JSON Lines structure).
    mutating func skipSpacesInLine() {
        while position < bytes.count {
            let b = bytes[position]
            guard b == 0x20 || b == 0x09 || b == 0x0D else { return }
            position += 1
        }
    }

    // MARK: - Values

    /// value = false / null / true / object / array / number / string
    ///
    /// Skips whitespace and tells which value starts there. `true`, `false` and `null`
    /// are consumed; for the other kinds the caller reads the value.
    mutating func nextValue() throws(JSONSyntaxError) -> JSONValueKind {
        skipWhitespace()
        guard position < bytes.count else { throw unexpectedEnd("expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"):
            try literal("true")
            return .true
        case UInt8(ascii: "f"):
            try literal("false")
            return .false
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            throw failure(at: position, "expected a value, found \(found(position))")
        }
    }

    /// Consumes `true`, `false` or `null` (the first byte already seen), comparing four
    /// bytes at once.
    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        let start = position
        var matches = start + length <= bytes.count
        if matches, let base = bytes.baseAddress {
            let text = UnsafeRawPointer(word.utf8Start)
            let input = UnsafeRawPointer(base + start)
            matches = input.loadUnaligned(as: UInt32.self) == text.loadUnaligned(as: UInt32.self)
                && (length == 4 || bytes[start + 4] == word.utf8Start[4])
        }
        // `trueish` or `nullable` is a bare word, not a literal followed by garbage.
        if matches, start + length < bytes.count, Self.isWordByte(bytes[start + length]) { matches = false }
        guard matches else { throw failure(at: start, "expected a value, found \(found(start))") }
        position = start + length
    }

    // MARK: - Strings

    /// string = quotation-mark *char quotation-mark
    ///
    /// Reads the string at the position (which holds `"`) and returns its UTF-8 bytes,
    /// valid until the next string is read.
    @inline(__always)
    mutating func readString() throws(JSONSyntaxError) -> UnsafeBufferPointer<UInt8> {
        let open = position
        let n = bytes.count
        var i = open + 1
        guard let base = bytes.baseAddress else { throw unterminatedString(open) }
        let raw = UnsafeRawPointer(base)
        while true {
            // Eight bytes at a time while they are plain ASCII: no quote, backslash,
            // control character or high bit (the SWAR tests of "Bit Twiddling Hacks").
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let special = Self.hasByte(word, 0x22) | Self.hasByte(word, 0x5C) | Self.hasByteBelow0x20(word)
                    | (word & 0x8080_8080_8080_8080)
                if special != 0 {
                    i += special.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
            guard i < n else { throw unterminatedString(open) }
            let b = bytes[i]
            if b == 0x22 {
                position = i + 1
                return UnsafeBufferPointer(rebasing: bytes[(open + 1)..<i])
            }
            if b == 0x5C { return try readEscapedString(open: open, firstEscape: i) }
            if b < 0x20 { throw controlCharacter(at: i, open: open) }
            if b < 0x80 {
                i += 1
                continue
            }
            // A run of non-ASCII characters (Chinese text), checked character by character
            // without going back to the word loop; the common three-byte form inline.
            var lead = b
            repeat {
                if lead >= 0xE1 && lead <= 0xEC && i + 2 < n && bytes[i + 1] & 0xC0 == 0x80
                    && bytes[i + 2] & 0xC0 == 0x80 {
                    i += 3
                } else {
                    guard let end = UTF8Text.sequenceEnd(bytes, at: i) else { throw invalidUTF8(at: i) }
                    i = end
                }
                guard i < n else { break }
                lead = bytes[i]
            } while lead >= 0x80
        }
    }

    /// The slow path: decodes the string from its first escape on into the scratch buffer.
    private mutating func readEscapedString(open: Int, firstEscape: Int) throws(JSONSyntaxError)
        -> UnsafeBufferPointer<UInt8> {
        scratch.count = 0
        let n = bytes.count
        // Bytes between escapes are copied a run at a time.
        var run = open + 1
        var i = firstEscape
        while i < n {
            let b = bytes[i]
            if b == 0x22 {
                scratch.append(UnsafeBufferPointer(rebasing: bytes[run..<i]))
                position = i + 1
                return scratch.bytes
            }
            if b == 0x5C {
                scratch.append(UnsafeBufferPointer(rebasing: bytes[run..<i]))
                guard i + 1 < n else { throw unterminatedString(open) }
                let escaped: UInt8
                switch bytes[i + 1] {
                case UInt8(ascii: "\""): escaped = 0x22
                case UInt8(ascii: "\\"): escaped = 0x5C
                case UInt8(ascii: "/"): escaped = 0x2F
                case UInt8(ascii: "b"): escaped = 0x08
                case UInt8(ascii: "f"): escaped = 0x0C
                case UInt8(ascii: "n"): escaped = 0x0A
                case UInt8(ascii: "r"): escaped = 0x0D
                case UInt8(ascii: "t"): escaped = 0x09
                case UInt8(ascii: "u"):
                    let (scalar, next) = try unicodeEscape(at: i, open: open)
                    scratch.appendScalar(scalar)
                    i = next
                    run = i
                    continue
                default:
                    let next = bytes[i + 1]
                    let shown = next >= 0x21 && next < 0x7F
                        ? "'\\\(Character(Unicode.Scalar(next)))'" : "'\\' followed by \(found(i + 1))"
                    throw failure(at: i, "invalid escape \(shown) in a string: JSON allows only "
                        + #"\" \\ \/ \b \f \n \r \t and \uXXXX"#)
                }
                scratch.append(escaped)
                i += 2
                run = i
                continue
            }
            if b < 0x20 { throw controlCharacter(at: i, open: open) }
            if b < 0x80 {
                i += 1
            } else {
                guard let end = UTF8Text.sequenceEnd(bytes, at: i) else { throw invalidUTF8(at: i) }
                i = end
            }
        }
        throw unterminatedString(open)
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE97` for a character beyond U+FFFF.
    private func unicodeEscape(at i: Int, open: Int) throws(JSONSyntaxError) -> (UInt32, Int) {
        guard let first = hex4(at: i + 2) else {
            if i + 6 > bytes.count { throw unterminatedString(open) }
            throw failure(at: i, "invalid escape \(escapeText(at: i)) in a string: \\u must be followed by "
                + "four hex digits")
        }
        switch first {
        case 0xD800...0xDBFF:
            guard i + 7 < bytes.count, bytes[i + 6] == 0x5C, bytes[i + 7] == UInt8(ascii: "u"),
                  let second = hex4(at: i + 8), (0xDC00...0xDFFF).contains(second) else {
                throw failure(at: i, "lone surrogate \(escapeText(at: i)) in a string: a high surrogate "
                    + #"\uD800-\uDBFF must be followed by a low surrogate \uDC00-\uDFFF"#)
            }
            return (0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), i + 12)
        case 0xDC00...0xDFFF:
            throw failure(at: i, "lone surrogate \(escapeText(at: i)) in a string: a low surrogate "
                + #"\uDC00-\uDFFF must follow a high surrogate \uD800-\uDBFF"#)
        default:
            return (first, i + 6)
        }
    }

    private func hex4(at i: Int) -> UInt32? {
        guard i >= 0, i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            let b = bytes[k]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// `'\uD83D'`: an escape as written, for messages (printable ASCII only).
    private func escapeText(at i: Int) -> String {
        var end = i + 2
        while end < bytes.count, end < i + 6, bytes[end] >= 0x21, bytes[end] < 0x7F, bytes[end] != 0x22,
              bytes[end] != 0x5C { end += 1 }
        return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self) + "'"
    }

    // MARK: - Numbers

    /// number = [ minus ] int [ frac ] [ exp ];  int = zero / ( digit1-9 *DIGIT )
    mutating func readNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = position
        let n = bytes.count
        var i = start
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard i < n, Self.isDigit(bytes[i]) else {
            throw failure(at: i, "expected a digit after '-', found \(found(i))")
        }
        var magnitude: UInt64 = 0
        var overflow = false
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if i < n, Self.isDigit(bytes[i]) {
                var end = i
                while end < n, Self.isDigit(bytes[end]) { end += 1 }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                throw failure(at: start, "a JSON number cannot have leading zeros: \(text) "
                    + "(write it as a string if it is a code or a phone number)")
            }
        } else {
            while i < n {
                let b = bytes[i]
                guard Self.isDigit(b) else { break }
                let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(UInt64(b &- 0x30))
                overflow = overflow || o1 || o2
                magnitude = sum
                i += 1
            }
        }
        var isInteger = true
        if i < n, bytes[i] == UInt8(ascii: ".") {
            isInteger = false
            i += 1
            guard i < n, Self.isDigit(bytes[i]) else {
                throw failure(at: i, "expected a digit after the decimal point, found \(found(i))")
            }
            while i < n, Self.isDigit(bytes[i]) { i += 1 }
        }
        if i < n, bytes[i] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            i += 1
            if i < n, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n, Self.isDigit(bytes[i]) else {
                throw failure(at: i, "expected a digit in the exponent, found \(found(i))")
            }
            while i < n, Self.isDigit(bytes[i]) { i += 1 }
        }
        position = i
        var integer: Int64?
        if isInteger && !overflow {
            if negative {
                if magnitude <= UInt64(Int64.max) + 1 { integer = Int64(bitPattern: 0 &- magnitude) }
            } else if magnitude <= UInt64(Int64.max) {
                integer = Int64(magnitude)
            }
        }
        return JSONNumber(start: start, end: i, isIntegerSyntax: isInteger, integer: integer)
    }

    /// The bytes of a scanned number's text.
    func text(of number: JSONNumber) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[number.start..<number.end])
    }

    // MARK: - Objects and arrays

    /// Consumes the `{` at the position.
    mutating func beginObject() throws(JSONSyntaxError) { try open() }

    /// Consumes the `[` at the position.
    mutating func beginArray() throws(JSONSyntaxError) { try open() }

    private mutating func open() throws(JSONSyntaxError) {
        guard openers.count < Self.maxDepth else {
            throw failure(at: position, "arrays and objects are nested more than \(Self.maxDepth) levels deep; "
                + "Funnel reads at most \(Self.maxDepth)")
        }
        openers.append(position)
        position += 1
    }

    /// object = begin-object [ member *( value-separator member ) ] end-object
    /// member = string name-separator value
    ///
    /// Moves to the next member of the innermost object: returns its key (valid until the
    /// next string is read) with the `:` consumed, or `nil` when the `}` closes it.
    /// `first` is true before the first member and is cleared.
    mutating func nextKey(first: inout Bool) throws(JSONSyntaxError) -> UnsafeBufferPointer<UInt8>? {
        guard try nextMember(first: &first) else { return nil }
        return try readKey()
    }

    /// The first half of `nextKey`: moves past the `,` to the next member's key and
    /// returns `true` with the position at its opening quote, or consumes the `}` and
    /// returns `false`. The caller then reads the key with `readKey` or
    /// `consumeKey(length:)`.
    mutating func nextMember(first: inout Bool) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw unclosed() }
        let b = bytes[position]
        if b == UInt8(ascii: "}") {
            position += 1
            openers.removeLast()
            first = false
            return false
        }
        if first {
            first = false
            guard b == 0x22 else {
                throw failure(at: position, "expected a string key or '}' in an object, found \(found(position))"
                    + keyHint(position))
            }
        } else {
            guard b == UInt8(ascii: ",") else {
                throw failure(at: position, "expected ',' or '}' after a value in an object, found "
                    + found(position) + lineHint(position))
            }
            position += 1
            skipWhitespace()
            guard position < bytes.count else { throw unclosed() }
            guard bytes[position] == 0x22 else {
                let hint = bytes[position] == UInt8(ascii: "}") ? " (JSON allows no comma before '}')"
                    : keyHint(position)
                throw failure(at: position, "expected a string key after ',', found \(found(position))" + hint)
            }
        }
        return true
    }

    /// Reads the key at the position (its opening quote) and the `:` after it.
    mutating func readKey() throws(JSONSyntaxError) -> UnsafeBufferPointer<UInt8> {
        let key = try readString()
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            if position >= bytes.count { throw unclosed() }
            throw failure(at: position, "expected ':' after the key \(ByteDescription.quoted(key)), found "
                + found(position) + lineHint(position))
        }
        position += 1
        return key
    }

    /// Consumes a key already compared by the caller (`length` bytes after the opening
    /// quote, then the closing quote) and the `:` after it. Returns `false`, moving
    /// nothing, when no `:` follows; `readKey` then reports it.
    @inline(__always)
    mutating func consumeKey(length: Int) -> Bool {
        var i = position + length + 2
        let n = bytes.count
        if i < n, bytes[i] == 0x20 { i += 1 }
        while i < n, bytes[i] <= 0x20, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D
                || (bytes[i] == 0x0A && !lineMode) { i += 1 }
        guard i < n, bytes[i] == UInt8(ascii: ":") else { return false }
        position = i + 1
        return true
    }

    /// array = begin-array [ value *( value-separator value ) ] end-array
    ///
    /// Moves to the next element of the innermost array: `true` when a value follows
    /// (read it next), `false` when the `]` closes the array.
    mutating func nextElement(first: inout Bool) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw unclosed() }
        let b = bytes[position]
        if b == UInt8(ascii: "]") {
            position += 1
            openers.removeLast()
            first = false
            return false
        }
        if first {
            first = false
            return true
        }
        guard b == UInt8(ascii: ",") else {
            throw failure(at: position, "expected ',' or ']' after a value in an array, found "
                + found(position) + lineHint(position))
        }
        position += 1
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            throw failure(at: position, "expected a value after ',', found ']' (JSON allows no comma before ']')")
        }
        return true
    }

    /// Reads past the value at the position, whatever it is, checking it is valid JSON.
    /// Iterative: the depth is bounded by `maxDepth`, not by the stack.
    mutating func skipValue() throws(JSONSyntaxError) {
        let base = openers.count
        var expectValue = true
        while true {
            if expectValue {
                switch try nextValue() {
                case .string: _ = try readString()
                case .number: _ = try readNumber()
                case .true, .false, .null: break
                case .object:
                    try beginObject()
                    var first = true
                    if try nextKey(first: &first) != nil { continue }
                case .array:
                    try beginArray()
                    var first = true
                    if try nextElement(first: &first) { continue }
                }
            }
            // A value has ended: go on in the container that holds it, or stop.
            guard openers.count > base, let top = openers.last else { return }
            var first = false
            if bytes[top] == UInt8(ascii: "{") {
                expectValue = try nextKey(first: &first) != nil
            } else {
                expectValue = try nextElement(first: &first)
            }
        }
    }

    /// After the top-level value: only whitespace may follow.
    mutating func expectEnd(after what: String) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position >= bytes.count else {
            throw failure(at: position, "expected the end of the file after \(what), found \(found(position))")
        }
    }

    // MARK: - Messages
    // Kept out of line (`@inline(never)`) so the hot functions stay small.

    @inline(never)
    func failure(at offset: Int, _ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, message)
    }

    @inline(never)
    func found(_ offset: Int) -> String {
        ByteDescription.found(in: bytes, at: offset, lines: lineMode)
    }

    private func location(_ offset: Int) -> String { TextLocator.describe(offset, in: bytes) }

    /// End of input inside an object or array: name the bracket left open.
    @inline(never)
    private func unclosed() -> JSONSyntaxError {
        guard let top = openers.last else { return unexpectedEnd("expected a value") }
        let isObject = bytes[top] == UInt8(ascii: "{")
        return failure(at: bytes.count, "unexpected end of file: expected '\(isObject ? "}" : "]")' to close the "
            + "\(isObject ? "object" : "array") opened at \(location(top))")
    }

    @inline(never)
    private func unexpectedEnd(_ expectation: String) -> JSONSyntaxError {
        var message = "unexpected end of file: \(expectation)"
        if let top = openers.last {
            message += " (the \(bytes[top] == UInt8(ascii: "{") ? "object" : "array") opened at "
                + "\(location(top)) is not closed)"
        }
        return failure(at: bytes.count, message)
    }

    @inline(never)
    private func unterminatedString(_ open: Int) -> JSONSyntaxError {
        failure(at: bytes.count, "unexpected end of file inside the string that starts at \(location(open))")
    }

    @inline(never)
    private func controlCharacter(at i: Int, open: Int) -> JSONSyntaxError {
        switch bytes[i] {
        case 0x0A:
            return failure(at: i, "the string that starts at \(location(open)) is not closed on its line "
                + "(a line break inside a string must be written \\n)")
        case 0x00:
            return failure(at: i, "a string cannot hold a NUL byte; write it as \\u0000")
        case 0x09:
            return failure(at: i, "a string cannot hold a raw tab; write it as \\t")
        case 0x0D:
            return failure(at: i, "a string cannot hold a raw carriage return; write it as \\r")
        default:
            let code = ByteDescription.hex(UInt32(bytes[i]), width: 4)
            return failure(at: i, "a string cannot hold the control character U+\(code); write it as \\u\(code)")
        }
    }

    @inline(never)
    private func invalidUTF8(at i: Int) -> JSONSyntaxError {
        failure(at: i, "invalid UTF-8 in a string (byte 0x\(ByteDescription.hex(UInt32(bytes[i]), width: 2))): "
            + "the file must be UTF-8 text; GBK and other encodings are not supported")
    }

    /// Why a key may be wrong: unquoted or single-quoted keys are a common slip.
    @inline(never)
    private func keyHint(_ offset: Int) -> String {
        let b = bytes[offset]
        return Self.isWordByte(b) || b == UInt8(ascii: "'") ? " (keys must be in double quotes)" : lineHint(offset)
    }

    @inline(never)
    private func lineHint(_ offset: Int) -> String {
        lineMode && offset < bytes.count && bytes[offset] == 0x0A
            ? " (a JSON Lines record must be on one line)" : ""
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// High bit set in each byte of `word` equal to `byte` (and possibly in bytes after the
    /// first such byte, which the callers never look past).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// High bit set in each byte below 0x20 (exact for the first such byte).
    @inline(__always)
    private static func hasByteBelow0x20(_ word: UInt64) -> UInt64 {
        (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || b == UInt8(ascii: "_")
    }
}
