/// The known fields of one table. Fields found in the data beyond these are kept
/// as extra columns with an inferred type.
public struct TableSchema: Hashable, Sendable {
    public let kind: TableKind
    /// Chinese names of the table.
    public let aliases: [String]
    public let fields: [FieldSpec]
    /// The table's own date: what `by week` and friends group on, and what decides
    /// whether a row exists as of T (nothing dated after T counts). Targets are plans
    /// for a month, so they exist whatever T is.
    public let ownDate: String
    /// Whether a row dated after T is not there yet (cards, follow-ups, traffic).
    public let rowsAreEvents: Bool

    public init(kind: TableKind, aliases: [String], ownDate: String, rowsAreEvents: Bool = true,
                fields: [FieldSpec]) {
        self.kind = kind
        self.aliases = aliases
        self.ownDate = ownDate
        self.rowsAreEvents = rowsAreEvents
        self.fields = fields
    }

    /// The canonical (query) name: `customers`.
    public var name: String { kind.rawValue }

    /// Whether its rows reach a card through their `customer` field (follow-ups, traffic).
    public var linksToCards: Bool { kind == .followups || kind == .traffic }

    /// The words that reach a row's card in a field name: `customer.grade`.
    public static let cardLinkWords: Set<String> = ["customer", "card", "客户"]

    /// The field named `key`, by its name or a Chinese alias.
    public func field(named key: String) -> FieldSpec? {
        fields.first { $0.name == key } ?? fields.first { $0.aliases.contains(key) }
    }

    public static let all: [TableSchema] = [customers, followups, traffic, targets]

    /// The schema of a table.
    public static func of(_ kind: TableKind) -> TableSchema {
        switch kind {
        case .customers: customers
        case .followups: followups
        case .traffic: traffic
        case .targets: targets
        }
    }

    /// The table named `name` (canonical, in any case) or by a Chinese alias.
    public static func named(_ name: String) -> TableSchema? {
        all.first { $0.name == name.lowercased() || $0.aliases.contains(name) }
    }

    /// The field that identifies a row (a card's or a traffic entry's id), if any.
    public var idField: FieldSpec? { fields.first { $0.name == "id" } }

    /// The field of this table that names `party`, if it has one.
    public func field(naming party: Party) -> FieldSpec? { fields.first { $0.party == party } }

    /// Customer cards (domain.md §1.1).
    public static let customers = TableSchema(kind: .customers, aliases: ["客户", "客户档案"], ownDate: "created", fields: [
        FieldSpec("id", .string, required: true, aliases: ["卡号", "档案编号"], "card id, unique"),
        FieldSpec("name", .string, aliases: ["客户姓名", "姓名"], "customer name"),
        FieldSpec("phone", .string, aliases: ["联系电话", "手机"], "contact phone"),
        FieldSpec("model", .string, aliases: ["意向车型", "车型"], "intended model"),
        FieldSpec("channel", .enumeration(Channel.vocabulary), aliases: ["留档渠道", "渠道"], "capture channel"),
        FieldSpec("source", .string, aliases: ["来源"], "lead source or campaign"),
        FieldSpec("consultant", .string, aliases: ["销售顾问", "顾问"], party: .consultant,
                  "sales consultant owning the card"),
        FieldSpec("created", .date, required: true, aliases: ["留档日期", "建档日期"],
                  "capture date (a date-time keeps its time)"),
        FieldSpec("grade", .enumeration(Grade.vocabulary), aliases: ["意向级别", "级别"], asOf: .grade,
                  "current intent grade"),
        FieldSpec("kind", .enumeration(CardKind.vocabulary), aliases: ["客户类型"], absent: "retail",
                  "retail or wholesale"),
        FieldSpec("key_questions", .int(0...7), aliases: ["关键问题"], "key questions answered, 0 to 7"),
        FieldSpec("next_followup", .date, aliases: ["下次跟进时间", "下次跟进"], isPlan: true, asOf: .plan,
                  "next planned follow-up"),
        FieldSpec("ordered", .date, aliases: ["订单日期", "下订日期"], asOf: .event, "deposit order signed"),
        FieldSpec("delivered", .date, aliases: ["交车日期", "成交日期"], asOf: .event, "car delivered (the sale)"),
        FieldSpec("lost", .date, aliases: ["战败日期"], asOf: .event, "marked lost"),
        FieldSpec("lost_reason", .enumeration(LostReason.vocabulary), aliases: ["战败原因"], asOf: .lossReason,
                  "why it was lost"),
        FieldSpec("dormant", .date, aliases: ["休眠日期"], asOf: .event, "set dormant"),
        FieldSpec("dealer", .string, aliases: ["经销商"], party: .dealer, "dealer, in a group's data"),
    ])

    /// Follow-ups (domain.md §1.2).
    public static let followups = TableSchema(kind: .followups, aliases: ["跟进记录", "跟进"], ownDate: "date", fields: [
        FieldSpec("customer", .string, required: true, aliases: ["客户", "卡号"], "the card's id"),
        FieldSpec("date", .date, required: true, aliases: ["跟进日期", "日期"], "when"),
        FieldSpec("kind", .enumeration(FollowupKind.vocabulary), required: true, aliases: ["跟进方式", "方式"],
                  "visit, call, message or home_visit"),
        FieldSpec("consultant", .string, aliases: ["销售顾问", "顾问"], "who did it"),
        FieldSpec("intro", .bool, aliases: ["车辆介绍"], absent: "false", "vehicle presentation done"),
        FieldSpec("test_drive", .bool, aliases: ["试乘试驾"], absent: "false", "test drive done"),
        FieldSpec("negotiation", .bool, aliases: ["价格谈判"], absent: "false", "price negotiation done"),
        FieldSpec("grade", .enumeration(Grade.vocabulary), aliases: ["意向级别", "级别"], "grade set at this follow-up"),
        FieldSpec("note", .string, aliases: ["备注"], "free text"),
        FieldSpec("dealer", .string, aliases: ["经销商"], party: .dealer, "dealer, in a group's data"),
    ])

    /// Showroom traffic (domain.md §1.3).
    public static let traffic = TableSchema(kind: .traffic, aliases: ["展厅流量", "流量"], ownDate: "time", fields: [
        FieldSpec("id", .string, aliases: ["编号"], "entry id"),
        FieldSpec("time", .date, required: true, aliases: ["时间", "日期"],
                  "when (a date, or a date-time with its time of day)"),
        FieldSpec("kind", .enumeration(TrafficKind.vocabulary), required: true, aliases: ["类型"],
                  "visit (a visitor batch) or call"),
        FieldSpec("result", .enumeration(TrafficResult.vocabulary), required: true, aliases: ["结果"],
                  "captured, followup or none"),
        FieldSpec("customer", .string, aliases: ["客户", "卡号"], "card id for captured / followup"),
        FieldSpec("consultant", .string, aliases: ["销售顾问", "顾问"], party: .consultant, "who received it"),
        FieldSpec("dealer", .string, aliases: ["经销商"], party: .dealer, "dealer, in a group's data"),
    ])

    /// Monthly targets (domain.md §1.4).
    public static let targets = TableSchema(kind: .targets, aliases: ["目标"], ownDate: "month", rowsAreEvents: false,
                                            fields: [
        FieldSpec("month", .month, required: true, aliases: ["月份"], "the month, YYYY-MM"),
        FieldSpec("consultant", .string, aliases: ["销售顾问", "顾问"], party: .consultant,
                  "whose target; absent for the whole dealer"),
        FieldSpec("deliveries", .int(0...1_000_000), aliases: ["成交目标", "零售目标"], "target deliveries"),
        FieldSpec("dealer", .string, aliases: ["经销商"], party: .dealer, "dealer, in a group's data"),
    ])
}
