import FunnelDomain

/// Period errors in Chinese: the offending text as written, and what would be right.
extension PeriodError {
    /// The forms a period may take, for "not a period" messages.
    static let chineseForms = "请写一天（2010-10-05）、ISO 周（2010-W41）、月（2010-10）、季度（2010-Q4）、年（2010）"
        + "或区间（2010-10-01..2010-10-15），也可以说：上月、本周、近7天、last month、today - 7（help periods）"

    var chineseMessage: String {
        let text = ChineseNames.quoted(self.text)
        switch kind {
        case .empty: return "没有给出期间：" + PeriodError.chineseForms
        case .notAPeriod: return "\(text)不是期间：" + PeriodError.chineseForms
        case .rangeSideMissing: return "\(text)：区间要有开始和结束，例如 2010-10-01..2010-10-15"
        case .severalRanges: return "\(text)不是期间：区间只有一个“..”，例如 2010-10-01..2010-10-15"
        case .rangeBackwards: return "\(text)：区间的结束早于开始"
        case .yearOutOfRange: return "\(text)不是年份：年份从 0001 到 9999"
        case .periodYearOutOfRange: return "\(text)不是期间：年份从 0001 到 9999"
        case .weekWithOneDigit(let padded): return "\(text)不是期间：周数要写两位，例如 \(padded)"
        case .weekZero: return "\(text)不是周：ISO 周从 W01 开始编号"
        case .weekBeyondYear(let year, let weeks): return "\(text)：\(year) 年只有 \(weeks) 个 ISO 周"
        case .quarterOutOfRange: return "\(text)不是季度：季度是 Q1 到 Q4"
        case .monthOutOfRange: return "\(text)不是月份：月份是 01 到 12"
        case .dayInMonthOutOfRange: return "\(text)不是日期：月份是 01 到 12"
        case .dayBeyondMonth(let month, let days): return "\(text)不是日期：\(month) 只有 \(days) 天"
        case .startsAfterToday(let today): return "\(text)在今天（\(today)）之后才开始：其中的事还没有发生"
        case .throughBeforeStart(let period, let start):
            return "through \(self.text) 早于 \(period) 的开始（\(start)）：through 把 \(period) 的卡跟踪到更晚的一天"
        case .throughAfterToday(let today):
            return "through \(self.text) 在今天（\(today)）之后：今天之后的事还没有发生"
        case .unknownWord(let candidates):
            return ErrorText.chineseDidYouMean(self.text, in: candidates).map { "\(text)不是期间里的词" + $0 }
                ?? "\(text)不是期间：" + PeriodError.chineseForms
        case .monthNeedsYear: return "\(text)要带年份，例如 \(self.text) 2010"
        case .noDays: return "\(text)不是期间：至少要一天，例如 近7天"
        case .arithmeticNeedsDay: return "\(text)不是期间：只有某一天能加减天数，例如 today - 7 或 2010-10-05 + 30"
        }
    }
}
