/// How many days after a contact the next one is due, per intent grade (domain.md §8):
/// seed 001's cycles per prospect level mapped to the grades, O 7, H 2, A 4, B 7, C 15
/// days, and none for N (a vague card opens no due date). A dataset may set some of them
/// (`"followup_cycles": {"H": 3}` at the top of the file), and so may the user at the
/// prompt (`.cycles H=3`); the grades not set keep the standard cycle.
public struct FollowupCycles: Hashable, Sendable, CustomStringConvertible {
    /// Days per grade, indexed by `Grade.rawValue`; `nil`: the grade has no cycle.
    private var days: [Int?]

    /// A cycle is a whole number of days in this range (a year at most).
    public static let allowedDays = 1...365

    /// Seed 001's cycles mapped to the grades (domain.md §8).
    public static let standard = FollowupCycles(days: [7, 2, 4, 7, 15, nil])

    private init(days: [Int?]) {
        self.days = days
    }

    /// The cycle of a grade, in days; `nil` for none.
    public subscript(grade: Grade) -> Int? {
        get { Int(grade.rawValue) < days.count ? days[Int(grade.rawValue)] : nil }
        set {
            guard Int(grade.rawValue) < days.count else { return }
            days[Int(grade.rawValue)] = newValue.map { min(max($0, Self.allowedDays.lowerBound),
                                                            Self.allowedDays.upperBound) }
        }
    }

    /// The cycle of a stored grade code (`Grade.rawValue`); `nil` for no cycle, no grade
    /// or a code out of range.
    public func days(ofCode code: UInt8) -> Int? {
        Int(code) < days.count ? days[Int(code)] : nil
    }

    /// These cycles with some grades set (`nil`: no cycle).
    public func setting(_ changes: [Grade: Int?]) -> FollowupCycles {
        var cycles = self
        for (grade, value) in changes { cycles[grade] = value }
        return cycles
    }

    /// The grades whose cycle differs from `other`'s, in grade order.
    public func grades(differingFrom other: FollowupCycles) -> [Grade] {
        Grade.allCases.filter { self[$0] != other[$0] }
    }

    /// `O 7, H 2, A 4, B 7, C 15, N none` (days), for tests and debugging; the output
    /// layer words them for users.
    public var description: String {
        Grade.allCases.map { grade in "\(grade.token) " + (self[grade].map(String.init) ?? "none") }
            .joined(separator: ", ")
    }

    /// The grade a key of `followup_cycles` (or of `.cycles G=N`) names: the grade's token
    /// in any case, or its Chinese word (`H级`).
    public static func grade(named text: some StringProtocol) -> Grade? {
        var trimmed = Substring(text)
        while trimmed.first == " " { trimmed = trimmed.dropFirst() }
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return Grade.allCases.first { grade in
            grade.token.lowercased() == trimmed.lowercased() || grade.chineseWords.contains(String(trimmed))
        }
    }
}
