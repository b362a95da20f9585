import FunnelStore

/// Periods as people say them (domain.md §2, "Periods people say"), read relative to
/// a given *today* — never the clock, so the same text and today always give the same
/// period:
///
/// | said | period (today 2010-10-31, a Sunday) |
/// | --- | --- |
/// | `today` `今天` / `yesterday` `昨天` / `tomorrow` `明天` | that day |
/// | `this week` `本周` / `last week` `上周` / `next week` `下周` | the whole ISO week (2010-W43 / W42 / W44) |
/// | `this month` `本月` / `last month` `上月` / `next month` `下月` | the whole month (2010-10 / 2010-09 / 2010-11) |
/// | `this quarter` `本季度` / `last quarter` `上季度` / `next quarter` `下季度` | the whole quarter |
/// | `this year` `今年` / `last year` `去年` / `next year` `明年` | the whole year |
/// | `last 7 days` `近7天` `最近7天` | the 7 days ending today (2010-10-25..2010-10-31) |
/// | `2010年10月`, `2010年10月5日`, `2010年第41周`, `2010年Q4`, `2010年第4季度`, `2010年` | written dates |
/// | `Oct 2010`, `October 2010` (any case), `2010q4`, `2010w41` | written dates |
/// | `A..B`, `A to B`, `A 至 B`, `A 到 B`, `from A to B` | from the start of A to the end of B |
/// | `today - 7`, `2010-10-05 + 30`, `yesterday - 1` | a day moved by whole days |
///
/// Whole units, not "so far": `this month` is all of October, which an `AsOfPeriod`
/// then counts up to today like `2010-10` itself, so `for this month` and `for 2010-10`
/// agree. The label is what the phrase resolved to (`2010-09`, `2010-10-25..2010-10-31`),
/// never the words, so a result shows the days it counted.
struct PeriodPhrase {
    /// One piece of the text.
    enum Unit: Equatable {
        /// ASCII digits, with their value (nil when too large to matter).
        case number(Int?, String)
        /// `2010-10-05`, `2010-W41`, `2010-10`, `2010-Q4`: the written forms `PeriodParser` reads.
        case literal(String)
        /// ASCII letters, lowercased, and as written.
        case word(String, written: String)
        /// One character of any other script (汉字 are read one at a time).
        case han(Character)
        case dots, plus, minus
    }

    let text: String
    let today: Day?
    private var units: [Unit] = []
    private var index = 0

    init(text: String, today: Day?) {
        self.text = text
        self.today = today
    }

    private func fail(_ kind: PeriodError.Kind, _ offending: String? = nil) -> PeriodError {
        PeriodError(text: offending ?? text, kind: kind)
    }

    // MARK: - Units

    /// Splits the text into units; text that makes none is not a period.
    static func units(of text: String) -> [Unit]? {
        let chars = Array(text)
        var result: [Unit] = []
        var i = 0
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{3000}" {
                i += 1
            } else if c == ".", i + 1 < chars.count, chars[i + 1] == "." {
                result.append(.dots)
                i += 2
            } else if c == "+" || c == "＋" {
                result.append(.plus)
                i += 1
            } else if c == "-" || c == "－" {
                result.append(.minus)
                i += 1
            } else if isDigit(c) {
                var j = i
                while j < chars.count, isDigit(chars[j]) { j += 1 }
                // YYYY-MM[-DD], YYYY-Www, YYYY-Qn: the written forms, read whole.
                if j - i == 4, j + 1 < chars.count, chars[j] == "-",
                   isDigit(chars[j + 1]) || "WwQq".contains(chars[j + 1]) {
                    j += 1
                    let marked = !isDigit(chars[j])
                    if marked { j += 1 }
                    while j < chars.count, isDigit(chars[j]) { j += 1 }
                    if !marked, j + 1 < chars.count, chars[j] == "-", isDigit(chars[j + 1]) {
                        j += 1
                        while j < chars.count, isDigit(chars[j]) { j += 1 }
                    }
                    // Glued to more (2010-10-05T10:00): not a period.
                    if j < chars.count, isLetter(chars[j]) || isDigit(chars[j]) || chars[j] == ":" { return nil }
                    result.append(.literal(String(chars[i..<j])))
                } else {
                    let digits = String(chars[i..<j])
                    result.append(.number(digits.count <= 9 ? Int(digits) : nil, digits))
                }
                i = j
            } else if isLetter(c) {
                var j = i
                while j < chars.count, isLetter(chars[j]) { j += 1 }
                let written = String(chars[i..<j])
                result.append(.word(written.lowercased(), written: written))
                i = j
            } else if !c.isASCII {
                result.append(.han(c))
                i += 1
            } else {
                return nil
            }
        }
        return result
    }

    // MARK: - Grammar

    /// phrase ::= "from"? point ( ( ".." | "to" | "至" | "到" ) point )?
    mutating func read() throws(PeriodError) -> Period {
        guard let units = PeriodPhrase.units(of: text) else { throw fail(.notAPeriod) }
        self.units = units
        guard !units.isEmpty else { throw fail(.empty, "") }
        let said = takeWord("from")
        if atJoiner { throw fail(.rangeSideMissing) }
        let first = try point()
        guard !atEnd else {
            if said { throw fail(.rangeSideMissing) }
            return first
        }
        guard takeJoiner() else { throw try unexpected() }
        guard !atEnd else { throw fail(.rangeSideMissing) }
        let last = try point()
        if atJoiner { throw fail(.severalRanges) }
        guard atEnd else { throw try unexpected() }
        guard first.start <= last.end else { throw fail(.rangeBackwards) }
        return Period(start: first.start, end: last.end, kind: .range, label: "\(first.label)..\(last.label)")
    }

    /// point ::= base ( ( "+" | "-" ) NUMBER ( "days" | "day" | "天" | "日" )? )*
    private mutating func point() throws(PeriodError) -> Period {
        var period = try base()
        while let sign = current, sign == .plus || sign == .minus {
            index += 1
            guard case .number(let count, _) = current else { throw fail(.notAPeriod) }
            index += 1
            guard let value = count, value <= PeriodPhrase.maximumDays else { throw fail(.periodYearOutOfRange) }
            _ = takeWord("days") || takeWord("day") || takeHan("天") || takeHan("日")
            guard period.kind == .day else { throw fail(.arithmeticNeedsDay) }
            let moved = sign == .plus ? period.start + value : period.start - value
            guard PeriodGrain.firstDay <= moved, moved <= PeriodGrain.lastDay else {
                throw fail(.periodYearOutOfRange)
            }
            period = .day(moved)
        }
        return period
    }

    private mutating func base() throws(PeriodError) -> Period {
        guard let unit = current else { throw fail(.notAPeriod) }
        switch unit {
        case .literal(let written):
            index += 1
            return try PeriodParser.single(written)
        case .number(let year, let digits):
            index += 1
            return try written(year: year, digits: digits)
        case .word(let word, let written):
            if let month = PeriodPhrase.month(named: word) {
                index += 1
                guard case .number(let year?, let digits) = current, digits.count == 4 else {
                    throw fail(.monthNeedsYear, written)
                }
                index += 1
                guard let first = Day(year: year, month: month, day: 1) else {
                    throw fail(.periodYearOutOfRange, "\(written) \(digits)")
                }
                return PeriodGrain.month.period(containing: first)
            }
            return try saidInEnglish()
        case .han:
            return try saidInChinese()
        case .dots, .plus, .minus:
            throw fail(.notAPeriod)
        }
    }

    // MARK: - Said in English

    private static let englishUnits: [(String, PeriodGrain)] = [
        ("week", .week), ("month", .month), ("quarter", .quarter), ("year", .year),
    ]

    /// today, yesterday, tomorrow, this|last|next week|month|quarter|year, last|past N days.
    private mutating func saidInEnglish() throws(PeriodError) -> Period {
        guard case .word(let word, let written) = current else { throw fail(.notAPeriod) }
        index += 1
        switch word {
        case "today": return try day(0)
        case "yesterday": return try day(-1)
        case "tomorrow": return try day(1)
        case "this", "last", "next", "past":
            if word == "last" || word == "past", case .number(let count, _) = current {
                index += 1
                guard takeWord("days") || takeWord("day") else {
                    if case .word(_, let unit) = current {
                        throw fail(.unknownWord(candidates: ["days"]), unit)
                    }
                    throw fail(.notAPeriod)
                }
                return try lastDays(count)
            }
            let step = word == "this" ? 0 : word == "next" ? 1 : -1
            guard word != "past", case .word(let unitWord, let unitWritten) = current else { throw fail(.notAPeriod) }
            guard let grain = PeriodPhrase.englishUnits.first(where: { $0.0 == unitWord || $0.0 + "s" == unitWord })?.1
            else {
                throw fail(.unknownWord(candidates: PeriodPhrase.englishUnits.map(\.0)), unitWritten)
            }
            index += 1
            return try unit(grain, step)
        default:
            throw fail(.unknownWord(candidates: PeriodPhrase.words), written)
        }
    }

    // MARK: - Said in Chinese

    /// Chinese words for this (本), the one before (上) and the one after (下).
    private static let chinesePrefixes: [(String, Int)] = [
        ("这个", 0), ("本", 0), ("这", 0), ("上个", -1), ("上", -1), ("下个", 1), ("下", 1),
    ]
    private static let chineseUnits: [(String, PeriodGrain)] = [
        ("季度", .quarter), ("星期", .week), ("周", .week), ("月", .month), ("季", .quarter),
    ]
    private static let chineseDays: [(String, Int)] = [
        ("今天", 0), ("今日", 0), ("昨天", -1), ("昨日", -1), ("前天", -2), ("明天", 1), ("明日", 1),
    ]
    private static let chineseYears: [(String, Int)] = [("今年", 0), ("本年", 0), ("去年", -1), ("明年", 1)]

    private mutating func saidInChinese() throws(PeriodError) -> Period {
        for (word, offset) in PeriodPhrase.chineseDays where takeHan(word) { return try day(offset) }
        for (word, offset) in PeriodPhrase.chineseYears where takeHan(word) { return try unit(.year, offset) }
        // 近7天, 最近7天, 过去7天.
        if takeHan("最近") || takeHan("近") || takeHan("过去") {
            guard case .number(let count, _) = current else { throw fail(.notAPeriod) }
            index += 1
            guard takeHan("天") || takeHan("日") else { throw fail(.notAPeriod) }
            return try lastDays(count)
        }
        for (prefix, step) in PeriodPhrase.chinesePrefixes where takeHan(prefix) {
            for (word, grain) in PeriodPhrase.chineseUnits where takeHan(word) { return try unit(grain, step) }
            throw fail(.notAPeriod)
        }
        throw fail(.notAPeriod)
    }

    /// After a year: 年 (the year), 年10月, 年10月5日 (or 号), 年第41周, 年Q4, 年第4季度; or
    /// `2010q4`, `2010w41`; or the year alone.
    private mutating func written(year: Int?, digits: String) throws(PeriodError) -> Period {
        guard takeHan("年") else {
            if case .word(let marker, _) = current, marker == "q" || marker == "w",
               case .number(let n?, _) = unit(at: index + 1) {
                index += 2
                guard digits.count == 4, let year else { throw fail(.notAPeriod) }
                guard year >= 1 else { throw fail(.periodYearOutOfRange) }
                return marker == "q" ? try quarter(year, n) : try week(year, n)
            }
            return try PeriodParser.single(digits)
        }
        guard digits.count == 4, let year else { throw fail(.notAPeriod) }
        guard year >= 1 else { throw fail(.yearOutOfRange) }
        if takeHan("第") {
            guard case .number(let n?, _) = current else { throw fail(.notAPeriod) }
            index += 1
            if takeHan("周") || takeHan("星期") { return try week(year, n) }
            if takeHan("季度") || takeHan("季") { return try quarter(year, n) }
            throw fail(.notAPeriod)
        }
        if case .word(let marker, _) = current, marker == "q" {
            index += 1
            guard case .number(let n?, _) = current else { throw fail(.notAPeriod) }
            index += 1
            return try quarter(year, n)
        }
        guard case .number(let month?, _) = current else {
            return PeriodGrain.year.period(containing: Day(year: year, month: 1, day: 1) ?? Day(rawValue: 0))
        }
        index += 1
        if takeHan("季度") || takeHan("季") { return try quarter(year, month) }
        guard takeHan("月") else { throw fail(.notAPeriod) }
        guard let first = Day(year: year, month: month, day: 1) else { throw fail(.monthOutOfRange) }
        guard case .number(let dayOfMonth?, _) = current else { return PeriodGrain.month.period(containing: first) }
        index += 1
        guard takeHan("日") || takeHan("号") else { throw fail(.notAPeriod) }
        guard let day = Day(year: year, month: month, day: dayOfMonth) else {
            throw fail(.dayBeyondMonth(month: Period.pad(year, 4) + "-" + Period.pad(month, 2),
                                       days: Day.daysIn(month: month, year: year)))
        }
        return .day(day)
    }

    private func week(_ year: Int, _ n: Int) throws(PeriodError) -> Period {
        guard n >= 1 else { throw fail(.weekZero) }
        guard let week = ISOWeek(year: year, week: n) else {
            throw fail(.weekBeyondYear(year: Period.pad(year, 4), weeks: ISOWeek.weeks(in: year)))
        }
        return PeriodGrain.week.period(containing: week.start)
    }

    private func quarter(_ year: Int, _ n: Int) throws(PeriodError) -> Period {
        guard (1...4).contains(n), let first = Day(year: year, month: (n - 1) * 3 + 1, day: 1) else {
            throw fail(.quarterOutOfRange)
        }
        return PeriodGrain.quarter.period(containing: first)
    }

    // MARK: - Relative to today

    /// Days far enough to leave the calendar from anywhere in it.
    static let maximumDays = 4_000_000

    private func knownToday() throws(PeriodError) -> Day {
        // Without a today only the written forms are periods.
        guard let today else { throw fail(.notAPeriod) }
        return today
    }

    private func day(_ offset: Int) throws(PeriodError) -> Period {
        let moved = try knownToday() + offset
        guard PeriodGrain.firstDay <= moved, moved <= PeriodGrain.lastDay else { throw fail(.periodYearOutOfRange) }
        return .day(moved)
    }

    /// The unit holding today, or `step` units before or after it.
    private func unit(_ grain: PeriodGrain, _ step: Int) throws(PeriodError) -> Period {
        let now = grain.period(containing: try knownToday())
        switch step {
        case 0: return now
        case ..<0:
            guard now.start > PeriodGrain.firstDay else { throw fail(.periodYearOutOfRange) }
            return grain.period(containing: now.start - 1)
        default:
            guard now.end < PeriodGrain.lastDay else { throw fail(.periodYearOutOfRange) }
            return grain.period(containing: now.end + 1)
        }
    }

    /// The `count` days ending today.
    private func lastDays(_ count: Int?) throws(PeriodError) -> Period {
        let today = try knownToday()
        guard let count, count <= PeriodPhrase.maximumDays else { throw fail(.periodYearOutOfRange) }
        guard count >= 1 else { throw fail(.noDays) }
        let start = today - (count - 1)
        guard start >= PeriodGrain.firstDay, let period = Period.range(from: start, to: today) else {
            throw fail(.periodYearOutOfRange)
        }
        return period
    }

    // MARK: - Words

    /// Month names and their abbreviations, January first.
    private static let monthNames: [[String]] = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
        ["november", "nov"], ["december", "dec"],
    ]

    static func month(named word: String) -> Int? {
        monthNames.firstIndex { $0.contains(word) }.map { $0 + 1 }
    }

    /// Every English word a period may open with, for "did you mean".
    static let words: [String] = ["today", "yesterday", "tomorrow", "this", "last", "next", "past", "from"]
        + monthNames.map { $0[0].prefix(1).uppercased() + $0[0].dropFirst() }

    // MARK: - Moving over units

    private var current: Unit? { index < units.count ? units[index] : nil }
    private var atEnd: Bool { index >= units.count }

    private func unit(at i: Int) -> Unit? { i < units.count ? units[i] : nil }

    private var atJoiner: Bool {
        switch current {
        case .dots?: return true
        case .word("to", _)?: return true
        case .han(let c)?: return c == "至" || c == "到"
        default: return false
        }
    }

    private mutating func takeJoiner() -> Bool {
        guard atJoiner else { return false }
        index += 1
        return true
    }

    private mutating func takeWord(_ word: String) -> Bool {
        guard case .word(word, _)? = current else { return false }
        index += 1
        return true
    }

    /// Takes the characters of `word` when they come next, one unit each.
    private mutating func takeHan(_ word: String) -> Bool {
        var i = index
        for character in word {
            guard case .han(character)? = unit(at: i) else { return false }
            i += 1
        }
        index = i
        return true
    }

    /// The error for a unit that does not belong where it stands.
    private func unexpected() throws(PeriodError) -> PeriodError {
        if case .word(let word, let written)? = current {
            if PeriodPhrase.month(named: word) != nil { return fail(.notAPeriod) }
            return fail(.unknownWord(candidates: PeriodPhrase.words + ["to"]), written)
        }
        return fail(.notAPeriod)
    }
}
