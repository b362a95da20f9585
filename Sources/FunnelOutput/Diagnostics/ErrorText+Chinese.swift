import FunnelDomain
import FunnelEngine
import FunnelStore
import FunnelSyntax
import FunnelText

/// Every error in Chinese, beside the English: the same facts and the same "did you
/// mean", for a dealer's own staff. What the reader typed and what they could type
/// instead — names, keywords, statements such as `count ... by` — stay as typed,
/// quoted “so”; fields, KPIs and tables are also named in Chinese.
extension ErrorText {
    /// "——是不是要写“grade”？" for the nearest candidate, if one is near enough.
    public static func chineseDidYouMean(_ text: String, in candidates: [String], keywords: Bool = false,
                                         showing: (String) -> String = { $0 }) -> String? {
        Suggestion.nearest(to: text, in: candidates, keywords: keywords).map { "——是不是要写\(q(showing($0)))？" }
    }

    private static func q(_ text: String) -> String { ChineseNames.quoted(text) }

    /// A field as a message names it: `意向级别（grade）`, or the name alone when it has no
    /// Chinese name.
    private static func f(_ name: String) -> String {
        let chinese = ChineseNames.field(name)
        return chinese == name ? name : "\(chinese)（\(name)）"
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func chinese(_ kind: BindingError.Kind) -> String {
        typealias N = ChineseNames
        switch kind {
        case .unknownTable(let name, let candidates):
            return "没有名为\(q(name))的表" + (chineseDidYouMean(name, in: candidates)
                ?? "：表有 " + TableSchema.all.map { N.table($0.kind) }.joined(separator: "、"))
        case .unknownField(let name, let table, let candidates):
            return "\(N.table(table))没有字段\(q(name))" + (chineseDidYouMean(name, in: candidates)
                ?? "；它的字段有 " + candidates.prefix(40).joined(separator: "、"))
        case .cardFieldHere(let name, let table):
            return "\(N.table(table))没有字段\(q(name))：这是客户卡的字段，请写 customer.\(name)"
        case .notAFieldPath(let text, let table):
            return "\(q(text))不是\(N.table(table))的字段"
                + (table == .customers ? "" : "（客户卡的字段请写 customer.字段名）")
        case .unknownKPI(let name, let candidates):
            return "没有名为\(q(name))的指标" + (chineseDidYouMean(name, in: candidates) ?? "")
                + "（help kpis 列出全部指标）"
        case .partialKPIName(let name, let kpis):
            return "\(q(name))是" + (kpis.count == 1 ? "一个指标" : " \(kpis.count) 个指标") + "名称的一部分："
                + kpis.map { "\($0.name)（\($0.chineseNames.joined(separator: "/"))）" }.joined(separator: "、")
        case .unknownTerm(let name, let kpi, let terms):
            return "\(N.kpi(kpi))没有\(q(name))这一项：它的项有 " + terms.joined(separator: "、")
        case .termIsDays(let term):
            return "\(term) 是天数，没有可列出的明细行"
        case .noHelp(let topic, let topics):
            return "没有关于\(q(topic))的帮助" + (chineseDidYouMean(topic, in: topics)
                ?? "：可以试试 " + topics.joined(separator: "、"))
        case .unknownVariable(let name):
            return "没有名为\(q(name))的变量：请先用 let \(name) = ... 定义"
        case .variableLoop:
            return "变量之间循环引用"

        case .notANumber(let field, let value):
            return "\(f(field))是数字；\(describe(value))不是数字"
        case .needsQuotes(let field):
            return "\(f(field))是文本；请把值写在引号里"
        case .notTrueOrFalse(let field, let value):
            return "\(f(field))只能是 true 或 false；\(describe(value))都不是"
        case .notAnEnumWord(let field, let allowed, let value):
            return "\(f(field))只能是 \(allowed) 之一；\(describe(value))不是"
        case .unknownEnumValue(let text, let field, let allowed, let groups, let candidates):
            if let guess = chineseDidYouMean(text, in: candidates) { return "\(q(text))不是\(f(field))的值" + guess }
            return "\(q(text))不是\(f(field))的值：可用的值有 \(allowed)"
                + (groups.isEmpty ? "" : "、" + groups.joined(separator: "、"))
        case .noSuchValue(let text, let field, let values):
            let nearest = Suggestion.closest(to: text, in: values)
            if nearest.count == 1, let only = nearest.first {
                return "没有\(f(field))为\(q(text))的记录——是不是要写\(q(only))？"
            }
            if !nearest.isEmpty {
                return "没有\(f(field))为\(q(text))的记录：最接近的有 " + nearest.map(q).joined(separator: "、")
            }
            let shown = values.sorted().prefix(12).map(q).joined(separator: "、")
            return "没有\(f(field))为\(q(text))的记录：它的值有 \(shown)" + (values.count > 12 ? "……" : "")
        case .notADate(let field, let word, let candidates):
            return "\(f(field))是日期；\(q(word))不是日期" + (chineseDidYouMean(word, in: candidates)
                ?? "：请写 YYYY-MM-DD、2010-10 这样的期间，或 today")
        case .notARealDate(let text):
            return "\(text) 不是真实存在的日期"
        case .expectedDate:
            return "这里要一个日期 YYYY-MM-DD"
        case .expectedText:
            return "这里要引号里的文本"
        case .period(let error):
            return error.message(in: .chinese)
        case .notAPeriod(let word):
            return "\(q(word))不是期间：" + PeriodError.chineseForms
        case .expectedPeriod:
            return "这里要一个期间"
        case .rangeBackwards(let start, let end):
            return "这个区间的结束（\(end)）早于开始（\(start)）"
        case .asOfBeforeData(let asOf, let first):
            return "as of \(asOf) 早于数据的开始（第一天是 \(first)）：那时什么都还没有发生"

        case .periodNeedsDate(let field, let type):
            return "in 后接期间时需要日期字段；\(f(field))是\(N.type(type))——列举多个值请写 \(field) in (a, b)"
        case .yesNoComparison(let field):
            return "\(f(field))只有是/否：请用 = 或 != 比较"
        case .enumHasNoOrder(let field):
            return "\(f(field))的值没有大小顺序：请用 = != 或 in (...)"
        case .notText(let field, let type):
            return "\(f(field))不是文本（它是\(N.type(type))）"
        case .notYesNo(let field):
            return "\(q(field))不是是/否字段：请写比较，例如 \(field) = ..."
        case .cannotCompare(let field, let type):
            return "\(f(field))（\(N.type(type))）不能和这个值比较"
        case .cannotCompareTypes(let left, let leftType, let right, let rightType):
            return "\(f(left))（\(N.type(leftType))）不能和 \(f(right))（\(N.type(rightType))）比较："
                + "日期与日期比，数字与数字比"
        case .arithmeticNeedsDateOrNumber(let field, let type):
            return "\(f(field))是\(N.type(type))：只有日期和数字可以加减"
        case .cannotAddFields(let text):
            return "\(text)：字段可以相减（ordered - created：相隔的天数），不能相加"
        case .wholeDays(let text):
            return "\(text) 不是整天数：日期只能按整天移动"

        case .selectCannotGroup:
            return "select 只列出记录，不能分组：请改用 count ... by"
        case .notAGrain(let word):
            return "\(q(word))不是时间粒度：请用 day、week、month、quarter、year、hour 或 weekday"
        case .grainIsNoPeriod(let grain):
            return "指标和报表按 day、week、month、quarter 或 year 拆分期间；by \(grain) 用于给表的记录分组："
                + "count traffic by \(grain)"
        case .grainNeedsDate(let grain, let field, let type):
            return "\(grain)( ) 需要日期字段；\(f(field))是\(N.type(type))"
        case .cannotSumDates(let field):
            return "日期不能求和：请用 min、max 或 avg \(field)"
        case .needsNumberOrDate(let function, let field, let type):
            return "\(function) 需要数字或日期；\(f(field))是\(N.type(type))"
        case .needsNumberNotYesNo(let function, let field):
            return "\(function) 需要数字或日期；\(f(field))是是/否（请改用 where 条件计数）"
        case .notAResultColumn(let name, let columns):
            return "\(q(name))不是这个结果的列；order by 请用以下列之一：" + columns.joined(separator: "、")
        case .kpiGrainOfField(let grain):
            return "指标按期间本身的时间分组：请写 by \(grain)"
        case .tooManyGroupFields(let limit):
            return "最多按 \(limit) 个客户卡字段分组（另加 day、week、month、quarter、year 中的一个）"
        case .twoGrains:
            return "最多按一种时间粒度分组"
        case .tooManyValuesToGroup(let field, let limit):
            return "不能按\(f(field))分组：它有 \(limit) 个或更多不同的值（每张卡一个值不算分组）"
        case .cannotGroupKPIByDate(let field):
            return "指标不能按日期\(f(field))分组：请按期间的粒度（by week、by month）或文本、选项、是/否字段分组"
        case .cannotGroupKPIByNumber(let field):
            return "指标不能按数字\(f(field))分组：请按文本、选项或是/否字段分组"

        case .pivotNeedsTwoGroups(let found):
            return "pivot 需要 by 后有两项，一项作行、一项作列（by consultant, grade pivot）；"
                + (found == 0 ? "这里没有 by" : "这里有 \(found) 项")
        case .cannotPivot(let statement):
            return "\(statement) 不能 pivot：pivot 用于 count ... by 和 kpi ... by"
        case .pivotNeedsNumbers(let column):
            return "pivot 的格子必须是数字；\(column) 不是数字（请 pivot count、sum、avg、min 或 max 一个数字）"

        case .cannotOrder(let statement):
            return "\(statement) 不能排序：它的行有固定的顺序"
        case .takesNoLimit(let statement):
            return "\(statement) 不接受 limit"
        case .cannotGroup(let statement):
            return "\(statement) 不能分组"
        case .needsPeriod(let statement):
            return "\(statement) 需要一个期间：\(statement) for 2010-10"
        case .funnelByTime:
            return "漏斗按客户卡字段分组（consultant、model、channel……）；要看每个月的漏斗，请每月运行一次"
        case .byCardFieldOnly(let statement, let grain):
            return "\(statement) 按客户卡字段分组（consultant、model、channel……）；按时间请用 kpi ... by \(grain)"
        case .trafficRateThroughCards(let kpi, let field, let grouped):
            let how = grouped ? "分组" : "筛选"
            return "\(N.kpi(kpi))不能按\(f(field))\(how)：展厅流量本身没有\(N.field(field))，未留档的流量又没有客户卡可取，"
                + "这样\(N.kpi(kpi))会是 100%。请按 consultant（接待的销售顾问）\(how)；"
                + "展厅流量的计数（showroom_traffic、new_traffic）可以按\(N.field(field))\(how)"
        case .dayAfterAsOf(let statement, let day, let asOf):
            return "\(statement) \(day) 在统计截止日（\(asOf)）之后：那天之后的事当时还不知道；"
                + "请去掉 as of，或问 \(asOf) 及以前的日子"
        case .cannotWriteFile(let statement):
            return "\(statement) 不写文件：to \"FILE\" 只用于 chart（chart funnel for 2010-10 to \"funnel.svg\"）；"
                + "任何结果都可以用 .output 文件名 写到文件里"
        case .chartOneKPI(let count):
            return "一张图只画一个指标，不能画 \(count) 个：请分别画（chart kpi overall_visit_rate for 2010 by month）"
        case .chartKPIBy(let found):
            let what = "趋势要按期间的粒度（by month、by week），柱状图要按客户卡的字段（by consultant）"
            return found == 0 ? "chart kpi 需要 by：" + what : "一张图只能按一项画，不能按 \(found) 项：" + what
        case .chartFileType(let name):
            return "图要写到 .svg 文件或 .html 网页：\(q(name))两者都不是（to \"funnel.svg\"）"
        case .cannotFollowThrough(let statement):
            return "\(statement) 不能把卡跟踪到更晚的日子：through 用于 kpi、explain、score 和 funnel"
                + "（kpi new_overall_visit_rate for 2010-09 through 2010-10-31）；要看过去某一天，请用 as of"
        case .structureDimension(let name, let candidates):
            let rule = "客户结构按卡龄段（age band）或客户卡字段（grade、channel、model、source、consultant……）细分"
            guard let name else { return rule }
            return "\(q(name))不是客户卡字段：" + rule + (chineseDidYouMean(name, in: candidates) ?? "")
        case .structureTooManyBreakdowns:
            return "客户结构最多两层细分：一个客户卡字段，再加一个字段或卡龄段（structure by consultant, grade）"
        case .ageBandComesLast:
            return "卡龄段要放在最后：structure by consultant, age band 把每个销售顾问的卡按卡龄细分"
        case .workListCannotGroup:
            return "工作清单列出的是卡，不能分组"
        case .overdueByCycleMeant(let found):
            return "工作清单列出的是卡，不能按 \(found) 分组；overdue by cycle 列出按跟进周期逾期的卡"
        case .duplicatesCannotGroup:
            return "重复客户按自己的组列出"

        case .notAWholeNumber(let what):
            return "\(chinese(what))要写整数"
        case .wholeNumberOutOfRange(let what, let value):
            return "\(chinese(what))必须是 0 到 10000000 之间的整数，不能是 \(value)"
        case .badCloseRate:
            return "成交率写作“成交:有望客户”，两者都大于 0，且成交不多于有望客户（1:5 即每 5 个成交 1 个）"
        case .closeRateWithReference:
            return "给了成交率，就不再使用参考期间"
        case .planNeedsPeriod:
            return "plan 需要一个期间（plan deliveries 30 for 2010-11）或一个成交率（close rate 1:5）"
        case .noReferencePeriod(let period, let asOf):
            return "截至 \(asOf)，\(period) 之前没有已结束的期间可取比率：请加 using 期间"
        case .notANumberOrPercent(let what):
            return "\(chinese(what))要写数字或百分比（15% 或 0.15）"
        }
    }

    static func chinese(_ kind: EvaluationError.Kind) -> String {
        switch kind {
        case .cancelled:
            "已取消"
        case .tooManyValuesToGroup(let field, let limit):
            "不能按\(f(field))分组：它的不同值超过 \(limit) 个"
        case .arithmeticOverflow:
            "这个计划的数字太大，无法计算"
        case .notSupported(let what, let engine):
            "\(engine) 还不支持 \(what)：请用内存引擎运行（funnel --data 文件）"
        case .database(let message, let engine):
            "\(engine) 没有回答：\(message)"
        }
    }

    /// What a plan's or a score's number is.
    static func chinese(_ number: BindingError.Number) -> String {
        switch number {
        case .deliveries: "成交台数"
        case .closeRateSales: "成交率中的成交数"
        case .closeRateProspects: "成交率中的有望客户数"
        case .target: "目标"
        case .pointsAbove: "高于目标每个百分点的加分"
        case .pointsBelow: "低于目标每个百分点的减分"
        case .callbackDays: "交车后的天数"
        case .graceDays: "宽限天数"
        }
    }
}
