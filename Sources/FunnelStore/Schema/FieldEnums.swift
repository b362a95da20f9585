// The enum fields of the records (domain.md §1). Raw values are the stored codes:
// never reorder cases, append new ones at the end.

/// Capture channel of a card (留档渠道).
public enum Channel: UInt8, FieldEnum {
    case walkin, phone, outreach
    public static let fieldName = "channel"
    public var token: String { ["walkin", "phone", "outreach"][Int(rawValue)] }
    public var chineseWords: [String] { [["进店"], ["电话"], ["外拓"]][Int(rawValue)] }
}

/// Current intent grade of a card (意向级别).
public enum Grade: UInt8, FieldEnum {
    case O, H, A, B, C, N
    public static let fieldName = "grade"
    public var token: String { ["O", "H", "A", "B", "C", "N"][Int(rawValue)] }
    public var chineseWords: [String] { [token + "级"] }
}

/// Retail or wholesale card (客户类型).
public enum CardKind: UInt8, FieldEnum {
    case retail, wholesale
    public static let fieldName = "kind"
    public var token: String { ["retail", "wholesale"][Int(rawValue)] }
    public var chineseWords: [String] { [["零售"], ["批售"]][Int(rawValue)] }
}

/// Why a card was lost (战败原因).
public enum LostReason: UInt8, FieldEnum {
    case competitor, sameBrand, gaveUp, outOfRegion, unreachable
    public static let fieldName = "lost_reason"
    public var token: String {
        ["competitor", "same_brand", "gave_up", "out_of_region", "unreachable"][Int(rawValue)]
    }
    public var chineseWords: [String] {
        [["已购竞品"], ["已购同品牌"], ["放弃购车"], ["地域限制"], ["无法联系"]][Int(rawValue)]
    }
}

/// How a follow-up was made (跟进方式).
public enum FollowupKind: UInt8, FieldEnum {
    case visit, call, message, homeVisit
    public static let fieldName = "kind"
    public var token: String { ["visit", "call", "message", "home_visit"][Int(rawValue)] }
    public var chineseWords: [String] {
        [["展厅接待", "进店"], ["电话"], ["短信/微信", "短信", "微信"], ["上门"]][Int(rawValue)]
    }
}

/// A showroom traffic entry: a visitor batch or a call (展厅流量).
public enum TrafficKind: UInt8, FieldEnum {
    case visit, call
    public static let fieldName = "kind"
    public var token: String { ["visit", "call"][Int(rawValue)] }
    public var chineseWords: [String] { [["进店"], ["来电"]][Int(rawValue)] }
}

/// What a traffic entry led to.
public enum TrafficResult: UInt8, FieldEnum {
    case captured, followup, none
    public static let fieldName = "result"
    public var token: String { ["captured", "followup", "none"][Int(rawValue)] }
    public var chineseWords: [String] { [["留档"], ["跟进"], ["未留档"]][Int(rawValue)] }
}
