/// The answer to a Tab: which text before the cursor to replace, and with what.
/// Pure data, so the decision (insert, or list the choices) is testable without a
/// terminal; the line editor only carries it out.
public struct Completion: Equatable, Sendable {
    /// One way to complete.
    public struct Candidate: Equatable, Sendable {
        /// What replaces the partial text.
        public let text: String
        /// What follows when this is the only choice: a space, or nothing after
        /// `customer.` and a folder's `/` so the next part can be typed at once.
        public let terminator: String

        public init(_ text: String, terminator: String = " ") {
            self.text = text
            self.terminator = terminator
        }
    }

    /// What the line editor should do.
    public enum Action: Equatable, Sendable {
        /// Replace `replacing` with this text.
        case insert(String)
        /// Nothing to add: show these choices.
        case list([String])
        case none
    }

    /// The text just before the cursor that a candidate replaces (possibly empty).
    public let replacing: String
    public let candidates: [Candidate]

    public init(replacing: String, candidates: [Candidate]) {
        self.replacing = replacing
        var seen: Set<String> = []
        self.candidates = candidates.filter { seen.insert($0.text).inserted }
    }

    public static let nothing = Completion(replacing: "", candidates: [])

    /// One candidate is inserted whole; several insert what they share beyond the
    /// typed text, and when they share nothing more they are listed.
    public var action: Action {
        guard let first = candidates.first else { return .none }
        if candidates.count == 1 { return .insert(first.text + first.terminator) }
        var shared = Array(first.text)
        for candidate in candidates.dropFirst() {
            let other = Array(candidate.text)
            var n = 0
            while n < shared.count, n < other.count, shared[n] == other[n] { n += 1 }
            shared.removeLast(shared.count - n)
        }
        if shared.count > replacing.count { return .insert(String(shared)) }
        return .list(candidates.map(\.text))
    }
}
