import FunnelDomain
import FunnelEngine
@testable import FunnelOutput
import FunnelStore
import FunnelSyntax
import FunnelTestSupport
import Testing

/// Every error has its Chinese beside its English: one sample of every case of every
/// error kind, each worded in Chinese (Han characters, not the English), and a check
/// against the source that the samples hold every case the kinds declare, so a case
/// added later without Chinese fails here.
@Suite struct ChineseErrorTextTests {
    static let range = SourceRange(0, 4)
    static let day = Day(parsing: "2010-10-31") ?? Day(rawValue: 0)
    static let first = Day(parsing: "2010-01-01") ?? Day(rawValue: 0)
    static let word = Value.word(Name("old", range))

    static let binding: [BindingError.Kind] = [
        .unknownTable("custmers", candidates: ["customers", "followups"]),
        .unknownField("grde", table: .customers, candidates: ["grade", "name"]),
        .cardFieldHere("model", table: .followups),
        .notAFieldPath("a.b.c", table: .traffic),
        .unknownKPI("close_rat", candidates: KPICatalog.names),
        .partialKPIName("进店率", kpis: [KPI.overallVisitRate.definition, KPI.firstVisitRate.definition]),
        .unknownTerm("visited", kpi: "overall_visit_rate", terms: ["visited_in_opening", "visited_in_new"]),
        .termIsDays(term: "days"),
        .noHelp("selct", topics: ["select", "count"]),
        .unknownVariable("m"),
        .variableLoop,
        .notANumber(field: "card_age", value: word),
        .needsQuotes(field: "name"),
        .notTrueOrFalse(field: "visited", value: word),
        .notAnEnumWord(field: "grade", allowed: Grade.vocabulary.allowedDescription, value: word),
        .unknownEnumValue("walkn", field: "channel", allowed: Channel.vocabulary.allowedDescription, groups: [],
                          candidates: ["walkin", "phone"]),
        .noSuchValue("王伟伟", field: "consultant", values: ["刘凯", "刘斌"]),
        .notADate(field: "created", word: "yesterdy", candidates: ["yesterday"]),
        .notARealDate("2010-02-30"),
        .expectedDate,
        .expectedText,
        .period(PeriodError(text: "2010-13", kind: .monthOutOfRange)),
        .notAPeriod("soon"),
        .expectedPeriod,
        .rangeBackwards(start: day, end: first),
        .asOfBeforeData(asOf: first, firstDay: day),
        .periodNeedsDate(field: "grade", type: .enumeration(Grade.vocabulary)),
        .yesNoComparison(field: "visited"),
        .enumHasNoOrder(field: "grade"),
        .notText(field: "card_age", type: .int),
        .notYesNo(field: "grade"),
        .cannotCompare(field: "created", type: .date),
        .cannotCompareTypes(left: "created", leftType: .date, right: "card_age", rightType: .int),
        .arithmeticNeedsDateOrNumber(field: "name", type: .string),
        .cannotAddFields("ordered + created"),
        .wholeDays("2.5"),
        .selectCannotGroup,
        .notAGrain("fortnight"),
        .grainNeedsDate(grain: "week", field: "grade", type: .enumeration(Grade.vocabulary)),
        .cannotSumDates(field: "created"),
        .needsNumberOrDate(function: "avg", field: "name", type: .string),
        .needsNumberNotYesNo(function: "sum", field: "visited"),
        .notAResultColumn("cnt", columns: ["consultant", "count"]),
        .kpiGrainOfField(grain: "month"),
        .grainIsNoPeriod(grain: "hour"),
        .tooManyGroupFields(limit: 2),
        .twoGrains,
        .tooManyValuesToGroup(field: "phone", limit: 10000),
        .cannotGroupKPIByDate(field: "created"),
        .cannotGroupKPIByNumber(field: "card_age"),
        .pivotNeedsTwoGroups(found: 1),
        .cannotPivot(statement: "funnel"),
        .pivotNeedsNumbers(column: "max_created"),
        .cannotOrder(statement: "funnel"),
        .takesNoLimit(statement: "inventory"),
        .cannotGroup(statement: "plan"),
        .needsPeriod(statement: "inventory"),
        .funnelByTime,
        .byCardFieldOnly(statement: "funnel", grain: "month"),
        .trafficRateThroughCards(kpi: "capture_rate", field: "channel", grouped: true),
        .cannotFollowThrough(statement: "inventory"),
        .dayAfterAsOf(statement: "due", day: day, asOf: first),
        .cannotWriteFile(statement: "count"), .chartOneKPI(count: 2), .chartKPIBy(found: 0), .chartKPIBy(found: 2),
        .chartFileType("funnel.png"),
        .structureDimension("colour", candidates: ["channel", "consultant"]),
        .structureTooManyBreakdowns,
        .ageBandComesLast,
        .workListCannotGroup,
        .overdueByCycleMeant(found: "cycle"),
        .duplicatesCannotGroup,
        .notAWholeNumber(what: .deliveries),
        .wholeNumberOutOfRange(what: .target, value: "-1"),
        .badCloseRate,
        .closeRateWithReference,
        .planNeedsPeriod,
        .noReferencePeriod(period: "2010-01", asOf: day),
        .notANumberOrPercent(what: .target),
    ]

    static let evaluation: [EvaluationError.Kind] = [
        .cancelled, .tooManyValuesToGroup(field: "phone", limit: 10000), .arithmeticOverflow,
        .notSupported(what: "plan", engine: "postgresql"), .database(message: "关系 \"customers\" 不存在", engine: "PostgreSQL"),
    ]

    static let numbers: [BindingError.Number] = [
        .deliveries, .closeRateSales, .closeRateProspects, .target, .pointsAbove, .pointsBelow, .callbackDays,
        .graceDays,
    ]

    static let token = Token(.word, range, "wher")
    static let syntax: [SyntaxError.Kind] = [
        .unexpectedCharacter("&"), .unclosedString(quote: "\""), .unknownEscape("q"), .numberWithLetters("2010x"),
        .malformedDate("2010-1-"), .missingVariableName,
        .expected(.condition, found: token, keywords: ["where"]), .unknownStatement("selct", candidates: ["select"]),
        .misplacedKeyword("pivot"), .repeatedClause("where"), .nestedTooDeep(limit: 64),
    ]

    static let expectations: [SyntaxError.Expected] = [
        .statement, .statementEnd, .tableOrFields, .listedField, .fromAfterStar, .fromAfterFields, .aggregateFunction,
        .aggregateFunctionAfterComma, .aggregatedField(.sum), .tableAfterAggregates(count: 2), .variableName,
        .equalsAfterVariable, .kpiName, .forPeriod(after: .kpiName), .kpiAfterExplain, .termName,
        .chartSubject, .chartFile,
        .structureDimension, .deliveriesAfterPlan, .deliveryCount, .rateAfterClose, .closeRatio, .ratioColon,
        .ratioProspects, .periodOrCloseRate, .targetAfterPeriod, .downAfterUp, .vsAfterPeriod, .callbackDays,
        .graceDays, .byAfterOrder, .rowCount, .ofAfterAs, .grainField(grain: "week"), .grainClose(grain: "week"),
        .groupItem, .orderItem, .closingParenthesis, .listContinuation, .betweenAnd, .null(afterNot: true),
        .operatorAfterNot, .comparison(after: "grade"), .arithmeticOperand, .condition, .value, .table,
    ]

    static let owners: [SyntaxError.PeriodOwner] = [.kpiNames, .kpiName, .report(.inventory), .deliveries]

    static let periods: [PeriodError.Kind] = [
        .empty, .notAPeriod, .rangeSideMissing, .severalRanges, .rangeBackwards, .yearOutOfRange,
        .periodYearOutOfRange, .weekWithOneDigit(padded: "2010-W05"), .weekZero,
        .weekBeyondYear(year: "2010", weeks: 52), .quarterOutOfRange, .monthOutOfRange, .dayInMonthOutOfRange,
        .dayBeyondMonth(month: "2010-02", days: 28), .startsAfterToday(today: day),
        .throughBeforeStart(period: "2010-10", start: first), .throughAfterToday(today: day),
        .unknownWord(candidates: ["last"]), .monthNeedsYear, .noDays, .arithmeticNeedsDay,
    ]

    /// Chinese, and not the English again.
    static func expectChinese(_ chinese: String, english: String, _ what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(chinese.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } },
                "\(what): no Chinese in \(chinese)", sourceLocation: sourceLocation)
        #expect(chinese != english, "\(what)", sourceLocation: sourceLocation)
        for englishWord in [" the ", " is not ", " cannot ", "did you mean"] {
            #expect(!chinese.contains(englishWord), "\(what): \(chinese)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: binding.indices)
    func bindingErrorsHaveChinese(index: Int) {
        let kind = Self.binding[index]
        Self.expectChinese(ErrorText.chinese(kind), english: ErrorText.message(kind), DeclaredCases.name(of: kind))
    }

    @Test(arguments: evaluation.indices)
    func evaluationErrorsHaveChinese(index: Int) {
        let kind = Self.evaluation[index]
        Self.expectChinese(ErrorText.chinese(kind), english: ErrorText.message(kind), DeclaredCases.name(of: kind))
    }

    @Test(arguments: numbers.indices)
    func numbersOfPlansHaveChinese(index: Int) {
        let number = Self.numbers[index]
        Self.expectChinese(ErrorText.chinese(number), english: ErrorText.name(number), "\(number)")
    }

    @Test(arguments: syntax.indices)
    func syntaxErrorsHaveChinese(index: Int) {
        let error = SyntaxError(Self.syntax[index], at: Self.range)
        Self.expectChinese(error.message(in: .chinese), english: error.message, DeclaredCases.name(of: error.kind))
    }

    /// What the parser expected, and after what, in "这里要……".
    @Test(arguments: expectations.indices)
    func expectationsHaveChinese(index: Int) {
        let wanted = Self.expectations[index]
        let error = SyntaxError(.expected(wanted, found: nil), at: Self.range)
        Self.expectChinese(error.message(in: .chinese), english: error.message, "\(wanted)")
        #expect(error.message(in: .chinese).hasPrefix("这里要"))
    }

    @Test(arguments: owners.indices)
    func periodOwnersHaveChinese(index: Int) {
        let error = SyntaxError(.expected(.forPeriod(after: Self.owners[index]), found: Self.token), at: Self.range)
        Self.expectChinese(error.message(in: .chinese), english: error.message, "\(Self.owners[index])")
    }

    @Test(arguments: periods.indices)
    func periodErrorsHaveChinese(index: Int) {
        let error = PeriodError(text: "2010-13", kind: Self.periods[index])
        Self.expectChinese(error.message(in: .chinese), english: error.message, DeclaredCases.name(of: error.kind))
    }

    /// The samples hold every case each kind declares.
    @Test(arguments: [
        ("Kind", "Sources/FunnelEngine/Binding/BindingError.swift", binding.map(DeclaredCases.name(of:))),
        ("Number", "Sources/FunnelEngine/Binding/BindingError.swift", numbers.map(DeclaredCases.name(of:))),
        ("Kind", "Sources/FunnelEngine/Execution/EvaluationError.swift", evaluation.map(DeclaredCases.name(of:))),
        ("Kind", "Sources/FunnelSyntax/Parsing/SyntaxError.swift", syntax.map(DeclaredCases.name(of:))),
        ("Expected", "Sources/FunnelSyntax/Parsing/SyntaxError.swift", expectations.map(DeclaredCases.name(of:))),
        ("PeriodOwner", "Sources/FunnelSyntax/Parsing/SyntaxError.swift", owners.map(DeclaredCases.name(of:))),
        ("Kind", "Sources/FunnelDomain/Periods/PeriodError.swift", periods.map(DeclaredCases.name(of:))),
    ])
    func everyDeclaredCaseHasASample(enumName: String, file: String, samples: [String]) {
        let declared = DeclaredCases.of(enumName, in: file)
        #expect(declared.count >= 3, "could not read the cases of \(enumName) in \(file)")
        let missing = Set(declared).subtracting(samples)
        #expect(missing.isEmpty, "\(file) \(enumName): no sample (and so no checked Chinese) for \(missing.sorted())")
    }

    /// "Did you mean" in Chinese finds what the English finds.
    @Test func didYouMeanInChinese() {
        #expect(ErrorText.chineseDidYouMean("grde", in: ["grade", "name"]) == "——是不是要写“grade”？")
        #expect(ErrorText.chineseDidYouMean("xyzzy", in: ["grade"]) == nil)
    }
}
