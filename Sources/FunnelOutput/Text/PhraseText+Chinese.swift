import FunnelDomain
import FunnelEngine
import FunnelStore
import FunnelSyntax

/// The Chinese of every phrase, beside the English (`PhraseText.english`): the same
/// facts, the same numbers, in the words of the seed texts (留档, 进店, 有望客户, 期初库存,
/// 战败). KPIs and fields are named by their Chinese names; what a reader would type
/// (a statement, `through`, `as of`) stays as it is typed.
extension PhraseText {
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func chinese(_ phrase: ResultPhrase) -> String {
        typealias N = ChineseNames
        switch phrase {
        case .group(.missing): return "（无）"
        case .group(.noCard): return "（无档案）"
        case .countedAsOf(let period, let asOf, let nothingAfter):
            return "\(period) 截至 \(asOf) 统计" + (nothingAfter ? "：此后日期的记录不计入" : "")
        case .lastPieceAsOf(let grain, let period, let asOf):
            return "\(N.lastPiece(grain))（\(period)）截至 \(asOf) 统计"
        case .noTarget(let kpi, let reason):
            return "\(N.kpi(kpi))没有目标：\(TargetText.chinese(reason))"
        case .noTargetPerGroup(let kpi, let reason):
            return "\(N.kpi(kpi))没有分组目标：\(TargetText.chinese(reason))"
        case .explainHeading(let definition, let window):
            return "\(definition.chineseName)（\(definition.name)），\(N.window(window))"
        case .definitionLine(let line):
            return "  " + line
        case .formula(let explanation):
            return "  = " + ExplanationText.chineseFormula(explanation.definition)
        case .arithmetic(let explanation):
            return "  = " + ExplanationText.arithmetic(explanation)
        case .value(let explanation):
            return "  = " + ExplanationText.chineseValue(explanation)
        case .term(let term):
            return (term.subtracted ? "− " : "") + term.chineseName
        case .explanationNote(let note):
            return "注：" + ExplanationText.chinese(note)
        case .source(let source):
            return "出处：" + N.source(source)
        case .termRows(let count, let term, let kpi, let window):
            return "\(count) 行：\(N.kpi(kpi))（\(N.window(window))）的“\(term.chineseName)”"
        case .termEvents(let events, let cards, let term, let kpi, let window):
            return "\(cards) 张卡共 \(events) 个应跟进事件：\(N.kpi(kpi))（\(N.window(window))）的“\(term.chineseName)”"
        case .scoreHeading(let kpi, let score):
            return "\(N.kpi(kpi)) \(NumberText.value(score.actual, kind: score.kind))，目标 "
                + "\(NumberText.value(score.target, kind: score.kind))：\(ScoreText.arithmetic(score))"
        case .scoringRule(let up, let down, let isRate):
            return "每高于目标 1 个百分点加 \(NumberText.term(up)) 分，每低 1 个百分点减 \(NumberText.term(down)) 分"
                + "（资料 000）" + (isRate ? "" : "；计数指标以目标的 1% 为 1 个百分点")
        case .noScore(let kpi, let window, let kind):
            return "无得分：\(N.kpi(kpi))在 \(N.window(window)) 无定义" + (kind == .count ? "" : "（分母为 0）")
        case .changeInPoints:
            return "变化(百分点)：两期比率相差的百分点；相对变化：(P − Q) ÷ Q"
        case .pivotHeading(let kpi, let window):
            return "\(N.kpi(kpi))，\(N.window(window))："
        case .pivotCells(let kpi, let isRate):
            return "每格是该行与该列的\(N.kpi(kpi))；合计是整行、整列或全表的\(N.kpi(kpi))"
                + (isRate ? "，不是各格之和或平均" : "")
        case .oneTargetForEveryGroup:
            return "各组都按同一个目标评分（暂不支持按组设定目标）"
        case .funnelHeading(let window, let fields):
            return "销售漏斗 \(N.window(window))" + (fields.isEmpty ? "" : "，按" + N.list(fields.map(N.field)))
        case .funnelGroups(let period):
            return "每个阶段计截至 T 已到达该阶段或其后阶段的新增卡；各阶段比率见 funnel for \(period)"
        case .funnelSkipped:
            return "跳过：因已到达后面的阶段而计入本阶段、却没有本步骤记录的卡（例如下了订单却没有试乘试驾记录）"
        case .inconsistentCards(let period, let count, let ids, let more):
            return "\(period)：\(count) 张卡的日期不满足 期末 = 期初 + 进 − 出：" + N.list(ids)
                + (more > 0 ? "…（另有 \(more) 张）" : "")
        case .identityCheck(let holds, let inconsistent):
            return holds && inconsistent == 0 ? "平衡" : "\(inconsistent) 张不一致"
        case .deliveriesOf(let period):
            return "\(period) 的成交来源："
        case .followingAsOf(let day):
            return "截至 \(day) 的跟进客户"
        case .captureCounts:
            return "留档流量计接触结果为留档的展厅流量；新增有望客户按留档渠道计卡数"
        case .trafficThroughCards(let field, let count, let period):
            return "展厅流量本身没有\(N.field(field))，按其客户卡筛选：\(period) 没有客户卡的 \(count) 条流量（未留档）不计入"
        case .captureRateLeftOut(let field, let perGroup):
            return "不显示" + (perGroup ? "按\(N.field(field))分组的" : "") + "留档率：展厅流量本身没有\(N.field(field))，"
                + "未留档的流量又没有客户卡，按客户卡计算的留档率都会是 100%"
        case .workList(let kind, let count, let day):
            return "\(kind.chineseName)：\(count) 张卡，截至 \(day)"
        case .duplicates(let groups, let cards, let day):
            return "重复客户：\(groups) 组共 \(cards) 张卡的联系电话和意向车型相同，截至 \(day)"
        case .seedReport(let phrase):
            return SeedReportText.chinese(phrase)
        case .refillHeading(let deliveries, let sales, let prospects, let period):
            return "成交 \(deliveries) 台，成交率为每 \(prospects) 个有望客户成交 \(sales) 台"
                + (period.map { "（\($0)）" } ?? "") + "："
        case .planHeading(let deliveries, let period, let reference):
            return "\(period) 成交 \(deliveries) 台，按 \(N.window(reference)) 的比率："
        case .planStep(let step, .label): return PlanText.chineseLabel(step)
        case .planStep(let step, .arithmetic): return PlanText.arithmetic(step)
        case .planStep(let step, .result): return PlanText.chineseResult(step)
        case .planRemark(let remark): return "注：" + PlanText.chinese(remark)
        case .planStopped(let stop): return "无法继续：" + PlanText.chinese(stop)
        case .binding(.nearValue(let text, let field, let near)):
            return text.lowercased() == near.lowercased()
                ? "没有\(N.field(field))为\(N.quoted(text))的记录；\(N.quoted(near))只是大小写不同"
                : "没有\(N.field(field))为\(N.quoted(text))的记录；最接近的是\(N.quoted(near))"
        case .binding(.asOfAfterPeriod(let period, let asOf, let end)):
            return "as of \(asOf) 在 \(period) 结束（\(end)）之后：\(period) 仍统计到 \(end)，与不写 as of 相同；"
                + "要把 \(period) 的卡跟踪到 \(asOf)，请写 through \(asOf)"
        case .binding(.followedThrough(let period, let day)):
            return "\(period) 的卡跟踪至 \(day)：进店、试乘试驾以及（漏斗中的）订单和成交计到 \(day)；"
                + "新增有望客户、展厅流量、事件和库存仍是 \(period) 的"
        case .unknownGrades(let count, let day):
            return "\(count) 张卡在 \(day) 的意向级别未知：到那天为止没有跟进记录记下级别"
        case .cycleRule(let day, let snapshot, let list):
            return "下次跟进时间是 \(snapshot) 记录的计划；对 \(day)，今日待跟进和逾期未跟进改按跟进周期："
                + "周期应跟进日期 = 最近接触 + 当时级别的跟进周期（\(N.cycles(list))）"
        case .followupCycles(let list):
            return "跟进周期：" + N.cycles(list)
        case .withoutResponseTimes(let count):
            return chineseWithoutResponseTimes(count)
        case .blank:
            return ""
        case .binding(.readAs(let statement, let readings)):
            return "按 \(statement) 理解（" + readings.map(chineseReading).joined(separator: "，") + "）"
        }
    }

    /// New cards left out of `first_response_rate`, in an explanation or a note.
    static func chineseWithoutResponseTimes(_ count: Int) -> String {
        "\(count) 张新增有望客户未计入\(ChineseNames.kpi(KPI.firstResponseRate.name))：留档或首次跟进没有具体时间"
    }

    /// What a SQL spelling was read as.
    static func chineseReading(_ reading: Reading) -> String {
        switch reading {
        case .groupBy: "“group by”即“by”"
        case .countStar: "“count(*)”即“count”"
        case .selectAggregate: "count 前不用写 select"
        }
    }
}
