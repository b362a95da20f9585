/// The dealer's world: models on sale, lead sources, customer cities, note texts.
/// Shares are integer weights; they shape the demo and large datasets alike.
enum Catalog {
    /// One model on sale, with its price range in 10,000 CNY (万元) for `budget`.
    struct Model: Sendable {
        let name: String
        let weight: Int
        let budget: ClosedRange<Int>  // in tenths of 10,000 CNY
    }

    static let models: [Model] = [
        Model(name: "明锐", weight: 32, budget: 110...190),
        Model(name: "晶锐", weight: 20, budget: 70...110),
        Model(name: "昕锐", weight: 16, budget: 80...130),
        Model(name: "速派", weight: 12, budget: 180...300),
        Model(name: "柯珞克", weight: 11, budget: 130...200),
        Model(name: "柯迪亚克", weight: 9, budget: 190...320),
    ]

    /// Lead sources (来源) by channel. The empty string marks "no source recorded".
    static let walkinSources: [(String, Int)] = [
        ("walk_by", 28), ("autohome", 20), ("website", 12), ("bitauto", 8), ("referral", 12),
        ("campaign", 10), ("auto_show", 5), ("", 5),
    ]
    static let phoneSources: [(String, Int)] = [
        ("phone_in", 22), ("autohome", 30), ("website", 20), ("bitauto", 13), ("referral", 10), ("", 5),
    ]
    static let outreachSources: [(String, Int)] = [
        ("auto_show", 32), ("community", 32), ("campaign", 18), ("referral", 12), ("", 6),
    ]
    /// Wholesale cards come through sub-dealers (二级网点).
    static let wholesaleSource = "sub_dealer"

    /// Cities around a Shanghai dealer, for the extra `city` column.
    static let cities: [(String, Int)] = [
        ("上海", 60), ("昆山", 10), ("苏州", 8), ("嘉兴", 6), ("南通", 5), ("太仓", 5), ("杭州", 3), ("无锡", 3),
    ]

    /// Notes written at follow-ups, by what happened. Two deliberately contain
    /// characters JSON must escape (a quote, a line break), as real notes do.
    static let visitNotes: [String] = [
        "客户对价格比较敏感", "已约周末带家人再来看车", "比较关注油耗和保养费用", "对比了速腾和朗逸",
        "试驾后对操控满意", "询问置换旧车评估", "关注颜色和库存", "要求出具书面报价",
        "客户说\"再考虑一下\"", "带爱人来看车,爱人喜欢白色", "对比卡罗拉,倾向我们",
    ]
    static let callNotes: [String] = [
        "电话未接通", "客户出差,下周再联系", "已发送贷款方案", "邀约周六到店试驾", "客户在等年底优惠",
        "与家人商量后再定", "询问到店活动", "客户表示近期不考虑", "已告知到车时间",
        "客户反馈:\n1. 价格还要再谈\n2. 想看现车",
    ]
    static let messageNotes: [String] = [
        "微信发送车型资料", "短信发送活动邀请", "发送报价单", "节日问候", "发送试驾视频",
    ]
    static let homeVisitNotes: [String] = ["上门送资料", "上门评估旧车", "上门签合同", "上门回访"]
    static let lostNotes: [String] = [
        "已购竞品", "已在其他店订车", "预算不够,暂不买车", "工作调动去外地", "多次联系无人接听",
    ]
    static let orderNotes: [String] = ["已交定金", "签订订单,约定交车时间", "付订金,办理贷款"]
    static let callbackNotes: [String] = [
        "交车回访:用车满意", "提醒首保时间", "询问用车情况,无问题", "介绍转介绍礼品政策", "客户反映导航不会设置,已指导",
    ]
}

extension Catalog {
    /// What a note is about; picks the list a note is drawn from.
    enum NoteTopic: Int, CaseIterable, Sendable {
        case visit, call, message, homeVisit, lost, order, callback
    }

    /// Every note in one table, so a follow-up stores a small index.
    static let allNotes: [String] = visitNotes + callNotes + messageNotes + homeVisitNotes + lostNotes + orderNotes
        + callbackNotes

    /// Where each topic's notes sit in `allNotes`.
    static let noteRanges: [Range<Int>] = {
        var ranges: [Range<Int>] = []
        var start = 0
        for list in [visitNotes, callNotes, messageNotes, homeVisitNotes, lostNotes, orderNotes, callbackNotes] {
            ranges.append(start..<(start + list.count))
            start += list.count
        }
        return ranges
    }()
}
