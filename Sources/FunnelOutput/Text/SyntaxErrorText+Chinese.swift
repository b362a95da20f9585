import FunnelSyntax

/// Syntax errors in Chinese. Keywords and statements are quoted as they are typed
/// (the language's keywords are English, and Chinese ones are accepted too).
extension SyntaxError {
    // swiftlint:disable:next cyclomatic_complexity
    var chineseMessage: String {
        let q = ChineseNames.quoted
        switch kind {
        case .unexpectedCharacter(let character):
            if let scalar = character.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "意外的控制字符 U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
            let hint = character == "!" ? "（“不等于”请写 !=）" : ""
            return "意外的字符\(q(character))\(hint)"
        case .unclosedString(let quote):
            return "这个字符串缺少结尾的 \(QuotePair.closing(for: quote))"
        case .unknownEscape(let character):
            return "字符串里有未知的转义“\\\(character)”：请用 \\\" \\' \\\\ \\n 或 \\t"
        case .numberWithLetters(let text):
            return "\(q(text))既不是数字也不是日期：日期写作 YYYY-MM-DD，期间写作 YYYY-MM、YYYY-Www、YYYY-Qn 或 YYYY"
        case .malformedDate(let text):
            return "\(q(text))不是日期或期间：请写 YYYY-MM-DD、YYYY-MM、YYYY-Www、YYYY-Qn 或 YYYY"
        case .missingVariableName:
            return "“$”后面要有变量名"
        case .expected(let wanted, let found, let keywords):
            guard let found else { return "这里要\(Self.chinese(wanted))" }
            return "这里要\(Self.chinese(wanted))，却是\(Self.chinese(found))"
                + (ErrorText.chineseDidYouMean(found.text, in: keywords, keywords: true, showing: Keyword.phrase(for:))
                    ?? "")
        case .unknownStatement(let word, let candidates):
            return "没有\(q(word))这种语句"
                + (ErrorText.chineseDidYouMean(word, in: candidates, keywords: true) ?? "：输入 help 查看全部语句")
        case .misplacedKeyword(let word):
            return "\(q(word))不能出现在这里：这里可以接 where、by、order by、limit 或 as of"
        case .repeatedClause(let word):
            return "\(q(word))在这条语句里出现了两次"
        case .nestedTooDeep(let limit):
            return "条件嵌套超过 \(limit) 层"
        }
    }

    /// How a token is named in "这里要……，却是……".
    private static func chinese(_ token: Token) -> String {
        switch token.kind {
        case .end: "语句的结尾"
        case .newline: "行尾"
        default: text(token).replacingQuotes()
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private static func chinese(_ wanted: Expected) -> String {
        switch wanted {
        case .statement: "一条语句，例如 select、count 或 help"
        case .statementEnd: "语句后的“;”或换行"
        case .tableOrFields: "表名或要列出的字段"
        case .listedField: "字段名"
        case .fromAfterStar: "“*”后的“from”"
        case .fromAfterFields: "字段后的“from”"
        case .aggregateFunction: "count、sum、avg、min 或 max"
        case .aggregateFunctionAfterComma: "“,”后的 count、sum、avg、min 或 max"
        case .aggregatedField(let function): "\(function.rawValue) 的字段"
        case .tableAfterAggregates: "聚合之后的“from”和表名"
        case .variableName: "“let”后的变量名"
        case .equalsAfterVariable: "变量名后的“=”"
        case .kpiName: "指标名（help kpis 列出全部指标）"
        case .forPeriod(let owner): "\(chinese(owner))后的“for”"
        case .chartSubject: "“chart”后的“funnel”或“kpi”（chart funnel for 期间，chart kpi 指标 for 期间 by month）"
        case .chartFile: "“to”后带引号的文件名（to \"funnel.svg\"）"
        case .kpiAfterExplain: "“explain”后的“kpi”（explain kpi 指标 for 期间）"
        case .termName: "“term”后的项名（例如 visited_in_opening）"
        case .structureDimension: "“by”以及细分依据：grade、channel、model、source 或 age band"
        case .deliveriesAfterPlan: "“plan”后的“deliveries”（plan deliveries N for 期间）"
        case .deliveryCount: "要规划的成交台数"
        case .rateAfterClose: "“close”后的“rate”"
        case .closeRatio: "“close rate”后的比例，例如 1:5"
        case .ratioColon: "比例中的“:”（1:5 即每 5 个有望客户成交 1 台）"
        case .ratioProspects: "“:”后的有望客户数"
        case .periodOrCloseRate: "成交台数后的“for 期间”或“close rate 1:N”"
        case .targetAfterPeriod: "期间后的“target”（score 指标 for 期间 target X）"
        case .downAfterUp: "高于目标每个百分点的加分后的“down”"
        case .vsAfterPeriod: "第一个期间后的“vs”（compare 指标 for P vs Q）"
        case .callbackDays: "“at”后交车后应回访的天数（at 1, 7, 30）"
        case .graceDays: "“grace”后的整天数（grace 2）"
        case .byAfterOrder: "“order”后的“by”"
        case .rowCount: "“limit”后的整数行数"
        case .ofAfterAs: "“as”后的“of”（as of 日期）"
        case .grainField(let grain): "\(grain)( ) 里的日期字段"
        case .grainClose(let grain): "结束 \(grain)( 的“)”"
        case .groupItem: "分组的字段"
        case .orderItem: "排序的字段"
        case .closingParenthesis: "与此处“(”配对的“)”"
        case .listContinuation: "此处列表中的“,”或“)”"
        case .betweenAnd: "“between”两个界限之间的“and”"
        case .null(let afterNot): "“is\(afterNot ? " not" : "")”后的“null”"
        case .operatorAfterNot: "“not”后的 in、between、contains 或 like"
        case .comparison(let field): "“\(field)”后的运算符（= != < <= > >= in between contains like is）"
        case .condition: "一个条件"
        case .value: "一个值（词、\"文本\"、数字、日期或期间）"
        case .arithmeticOperand: "“+”或“-”后的字段或天数（ordered - created、created + 3）"
        case .table: "表名（customers、followups、traffic 或 targets）"
        }
    }

    private static func chinese(_ owner: PeriodOwner) -> String {
        switch owner {
        case .kpiNames: "指标名"
        case .kpiName: "指标名"
        case .report(let kind): "“\(kind.rawValue)”"
        case .deliveries: "成交台数"
        }
    }
}

extension String {
    /// `'where'` as `“where”`: a token quoted for a Chinese sentence.
    fileprivate func replacingQuotes() -> String {
        guard count >= 2, first == "'", last == "'" else { return self }
        return "“" + dropFirst().dropLast() + "”"
    }
}
