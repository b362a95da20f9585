/// Walks over conditions without recursing along `and` / `or` chains. The parser
/// builds `a or b or c ...` leaning left, one node per term, so a long line of terms
/// is a tree as deep as it is long: a recursive walk over thousands of terms ran out
/// of stack (found by the 100,000-character line of the bad-input corpus). Brackets
/// and `not` are limited to `Parser.maximumNesting`, so only chains need this.
extension Condition {
    /// `a or b or c` as `[a, b, c]` (and likewise for `and`); any other condition as itself.
    public var chainedTerms: [Condition] {
        var reversed: [Condition] = []
        var current = self
        loop: while true {
            switch (self, current) {
            case (.or, .or(let rest, let last)), (.and, .and(let rest, let last)):
                reversed.append(last)
                current = rest
            default:
                break loop
            }
        }
        reversed.append(current)
        return reversed.reversed()
    }

    /// Every predicate (a condition that is not `and`, `or` or `not`), left to right.
    public var predicates: [Condition] {
        var result: [Condition] = []
        var pending = [self]
        while let next = pending.popLast() {
            switch next {
            case .and, .or: pending += next.chainedTerms.reversed()
            case .not(let inner, _): pending.append(inner)
            default: result.append(next)
            }
        }
        return result
    }
}
