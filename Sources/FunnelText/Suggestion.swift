/// "Did you mean ...?": the closest known name to a mistyped one.
public enum Suggestion {
    /// The candidate nearest to `word` by edit distance (case-insensitive), when it is
    /// close enough to be a plausible typo: at most a third of the word's length, and
    /// at least one edit allowed (for words of three letters or more).
    ///
    /// `keywords`: the candidates are a language's few keywords, so a two-letter word
    /// one letter short of a three-letter keyword is a guess too (`ad` for `and`,
    /// `fr` for `for`), and a word that begins only one candidate names it (`lost`
    /// for `lost reasons`).
    public static func nearest(to word: String, in candidates: some Sequence<String>, keywords: Bool = false) -> String? {
        let target = Array(word.lowercased())
        var best: (String, Int)?
        var bestLonger: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            let distance = editDistance(target, other)
            if distance < (best?.1 ?? .max) { best = (candidate, distance) }
            if other.count == target.count + 1, distance < (bestLonger?.1 ?? .max) { bestLonger = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        // One or two letters are too short to guess from: "Z" is not a typo of "O".
        if target.count < 3 {
            if distance == 0 { return candidate }
            if keywords, target.count == 2, let (longer, missing) = bestLonger, missing == 1 { return longer }
            return nil
        }
        let allowed = max(1, target.count / 3)
        if distance <= allowed { return candidate }
        if keywords {
            let starting = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
            if starting.count == 1 { return starting.first }
        }
        return nil
    }

    /// Levenshtein distance over characters, with adjacent transpositions counted as one.
    public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// The candidates nearest to a value that matched nothing, best first, at most
    /// `limit`: equal but for case, then those that contain it or that it contains
    /// (`袁浩` in `袁浩然`), then by edit distance — within half the value's length
    /// (one edit at least), so a two-character Chinese name can still find its typo.
    public static func closest(to value: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(value.lowercased())
        guard !target.isEmpty else { return [] }
        let allowed = max(1, (target.count + 1) / 2)
        var scored: [(candidate: String, rank: Int, distance: Int)] = []
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            guard !other.isEmpty else { continue }
            let distance = editDistance(target, other)
            let rank: Int
            if other == target {
                rank = 0
            } else if String(other).contains(String(target)) || String(target).contains(String(other)) {
                rank = 1
            } else if distance <= allowed {
                rank = 2
            } else {
                continue
            }
            scored.append((candidate, rank, distance))
        }
        scored.sort { ($0.rank, $0.distance, $0.candidate) < ($1.rank, $1.distance, $1.candidate) }
        return Array(scored.prefix(max(0, limit)).map(\.candidate))
    }
}
