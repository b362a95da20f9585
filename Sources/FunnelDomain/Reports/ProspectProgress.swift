import FunnelStore

/// The counts of a prospect progress sheet (意向客户进度状况表, seed 001) for all cards or
/// one group of them.
public struct ProspectProgressCounts: Hashable, Sendable {
    /// The cards following on the level day, by column: P0..P4 (grades O, H, A, B, C),
    /// then N, then no grade known that day (`ProspectProgress.columns`).
    public var levels: [Int] = Array(repeating: 0, count: ProspectProgress.columnCount)
    /// Cards captured in P up to T.
    public var newCards = 0
    /// Cards with an order date in P up to T (any card: the stock's and the new ones').
    public var orders = 0
    /// Cards with a delivery date in P up to T.
    public var deliveries = 0

    public init() {}

    /// Every card following on the level day: the opening stock of P.
    public var following: Int { levels.reduce(0, +) }
    /// Orders expected in P (ours): the cards at P1, P2 or P3 on the level day, the
    /// levels whose horizon (7 days, 15 days, a month) ends within a month.
    public var ordersExpected: Int { ProspectLevel.ordersExpected.reduce(0) { $0 + levels[$1.rawValue] } }
    /// Deliveries expected in P (ours): the cards at P0 on the level day, whose order
    /// is signed and whose car is not yet delivered.
    public var deliveriesExpected: Int { levels[ProspectLevel.p0.rawValue] }
}

/// Seed 001's prospect progress sheet (意向客户进度状况表) for a period P, usually a month:
/// the cards following on the day before P starts by level (P0..P4 from the grade then,
/// domain.md §2.1), P's new cards, and the orders and deliveries expected from those
/// levels against the ones achieved in P.
///
/// The cards following the day before P are exactly P's opening stock (domain.md §4),
/// so the levels of a group add up to its opening stock, and the groups' counts add up
/// to the total.
public struct ProspectProgress: Sendable {
    /// The columns of `ProspectProgressCounts.levels`: the five levels, N, no grade.
    public static let columnCount = ProspectLevel.allCases.count + 2
    /// The column of grade N.
    public static let gradeNColumn = ProspectLevel.allCases.count
    /// The column of the cards without a grade on the level day.
    public static let noGradeColumn = ProspectLevel.allCases.count + 1

    public let window: AsOfPeriod
    /// The day the levels are read on: the day before P starts.
    public let levelDay: Day
    /// The grades on the level day, with how many were unknown then.
    public let grades: CardGrades
    public let total: ProspectProgressCounts
    /// Each card's level column, -1 for a card not in the opening stock (or the scope).
    private let column: [Int8]
    /// The new cards of P the scope keeps.
    public let new: Bitmap
    private let orders: Bitmap
    private let deliveries: Bitmap

    /// `cards`: the cards a `where` keeps (`nil`: every card).
    public init(evaluator: KPIEvaluator, window: AsOfPeriod, cards: Bitmap? = nil) {
        let fields = evaluator.fields
        let base = fields.prospectBase(window)
        let n = base.opening.count
        func kept(_ set: Bitmap) -> Bitmap { cards.map { set & Bitmap.resized($0, to: n) } ?? set }
        self.window = window
        levelDay = window.start - 1
        grades = fields.grades(asOf: levelDay)
        let opening = kept(base.opening)
        new = kept(base.new)
        orders = kept(base.orders)
        deliveries = kept(base.deliveries)
        var column = [Int8](repeating: -1, count: n)
        let codes = grades.codes
        opening.forEachRow { card in
            guard card < n else { return }
            let code = card < codes.count ? codes[card] : EnumVocabulary.nullCode
            if let grade = Grade(rawValue: code) {
                column[card] = Int8(ProspectLevel(grade: grade)?.rawValue ?? ProspectProgress.gradeNColumn)
            } else {
                column[card] = Int8(ProspectProgress.noGradeColumn)
            }
        }
        self.column = column
        total = ProspectProgress.tally(column: column, new: new, orders: orders, deliveries: deliveries,
                                       group: { _ in 0 }, groups: 1).first ?? ProspectProgressCounts()
    }

    /// The counts of each group, `cardGroup` giving each card's group (-1: none).
    public func counts(byGroup cardGroup: [Int32], groups: Int) -> [ProspectProgressCounts] {
        ProspectProgress.tally(column: column, new: new, orders: orders, deliveries: deliveries,
                               group: { card in card < cardGroup.count ? Int(cardGroup[card]) : -1 }, groups: groups)
    }

    private static func tally(column: [Int8], new: Bitmap, orders: Bitmap, deliveries: Bitmap,
                              group: (Int) -> Int, groups: Int) -> [ProspectProgressCounts] {
        var counts = [ProspectProgressCounts](repeating: ProspectProgressCounts(), count: max(0, groups))
        func add(_ card: Int, _ body: (inout ProspectProgressCounts) -> Void) {
            let g = group(card)
            if g >= 0 && g < counts.count { body(&counts[g]) }
        }
        for card in column.indices where column[card] >= 0 {
            add(card) { $0.levels[Int(column[card])] += 1 }
        }
        new.forEachRow { card in add(card) { $0.newCards += 1 } }
        orders.forEachRow { card in add(card) { $0.orders += 1 } }
        deliveries.forEachRow { card in add(card) { $0.deliveries += 1 } }
        return counts
    }
}
