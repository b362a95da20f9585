import FunnelStore

/// The catalog of derived card fields (domain.md §3): what the query language
/// accepts next to the stored fields, and what `.schema` lists. Every one of them is
/// computed as of T; see `CardFacts` for the values.
public enum DerivedField: String, CaseIterable, Hashable, Sendable {
    case status
    case following
    case cardAge = "card_age"
    case visits
    case visited
    case testDrives = "test_drives"
    case followupCount = "followup_count"
    case lastContact = "last_contact"
    case overdue
    case due
    case complete
    case dormantEligible = "dormant_eligible"
    case cycleDue = "cycle_due"
    case daysLate = "days_late"

    /// The canonical (query) name.
    public var name: String { rawValue }

    /// Chinese names accepted in queries, the first being the display name.
    public var aliases: [String] {
        switch self {
        case .status: ["状态", "客户状态"]
        case .following: ["跟进客户", "跟进中"]
        case .cardAge: ["卡龄"]
        case .visits: ["进店次数"]
        case .visited: ["已进店", "已进店客户"]
        case .testDrives: ["试驾次数", "试乘试驾次数"]
        case .followupCount: ["跟进次数"]
        case .lastContact: ["最近接触", "最近接触日期"]
        case .overdue: ["逾期未跟进"]
        case .due: ["今日待跟进", "待跟进"]
        case .complete: ["档案完备", "有效卡"]
        case .dormantEligible: ["可休眠"]
        case .cycleDue: ["周期应跟进日期", "应跟进日期"]
        case .daysLate: ["逾期天数"]
        }
    }

    /// The type a query sees. Ages and counts are integers; `status` is an enum whose
    /// vocabulary is `CardStatus` (plus the pseudo-status `following`).
    public var type: ColumnType {
        switch self {
        case .status: .enumeration(CardStatus.vocabulary)
        case .cardAge, .visits, .testDrives, .followupCount, .daysLate: .int
        case .lastContact, .cycleDue: .date
        case .following, .visited, .overdue, .due, .complete, .dormantEligible: .bool
        }
    }

    /// One line saying what the field means, for `.schema` and help.
    public var definition: String {
        switch self {
        case .status:
            "won if delivered <= T, else lost if lost <= T, else order if ordered <= T, "
                + "else dormant if set dormant <= T, else active"
        case .following: "status is order, dormant or active (not won, not lost)"
        case .cardAge: "T - created, in whole days (a card captured on T is 0 days old)"
        case .visits:
            "distinct days <= T the customer came to the showroom: capture day of a walk-in card, "
                + "and days of visit follow-ups"
        case .visited: "visits >= 1"
        case .testDrives: "follow-ups dated <= T with a test drive"
        case .followupCount: "follow-ups dated <= T"
        case .lastContact: "latest of created and the follow-up dates <= T"
        case .overdue:
            "following, not dormant, next follow-up before T (next_followup; on a day before the data's as_of, "
                + "cycle_due)"
        case .due:
            "following, not dormant, next follow-up on T (next_followup; on a day before the data's as_of, "
                + "cycle_due)"
        case .complete: "name, valid phone (mobile or landline) and model all given"
        case .dormantEligible:
            "active, and either a phone/outreach card over 15 days old never visited, "
                + "or visited with intro, negotiation and test drive each done by T"
        case .cycleDue:
            "following, not dormant: last_contact + the follow-up cycle of the grade at T "
                + "(O 7, H 2, A 4, B 7, C 15 days, N none, unless set otherwise)"
        case .daysLate: "days from cycle_due to T when cycle_due is before T, else 0"
        }
    }

    /// The field with this name (English in any case) or Chinese alias.
    public static func named(_ text: some StringProtocol) -> DerivedField? {
        if let field = DerivedField(rawValue: text.lowercased()) { return field }
        let key = String(text)
        return allCases.first { $0.aliases.contains(key) }
    }
}
