import FunnelDomain

/// What each KPI term counts, in Chinese (the English is the catalog's `meaning`), for
/// `explain`'s 含义 column in Chinese. A test checks every term of the catalog has one.
public enum TermText {
    /// The Chinese meaning of the term with this key, if it has one.
    public static func chinese(key: String) -> String? { meanings[key] }

    /// The Chinese meaning of the term whose English meaning is `text`.
    static func chinese(meaning text: String) -> String? {
        for definition in KPICatalog.all {
            if let term = definition.terms.first(where: { $0.meaning == text }) { return meanings[term.key] }
        }
        return nil
    }

    static let meanings: [String: String] = [
        "traffic": "P 内截至 T 的展厅流量（进店访客批次与来电）",
        "followup_traffic": "P 内接触结果为跟进的展厅流量：访客或来电者已有客户卡",
        "captured_traffic": "P 内接触结果为留档的展厅流量：由这次接触建立了客户卡",
        "days": "从 P 的第一天到 T 的天数，首尾都算",
        "opening": "P 之前留档、P 开始前一天仍在跟进的卡",
        "new": "P 内截至 T 留档的卡",
        "new_outreach": "P 内截至 T 留档、留档渠道为外拓的卡",
        "closing": "截至 T 已留档、截至 T 既未成交也未战败的卡（订单、休眠或活跃）",
        "responded_in_new": "首次跟进在留档后 1 小时内的新增卡（两者都有具体时间；留档时当场记录的跟进算立即响应）",
        "timed_in_new": "留档有具体时间、截至 T 的首次跟进也有具体时间的新增卡，或截至 T 没有跟进的新增卡（未及时联系）",
        "visited_in_opening": "截至 T 至少进过 1 次展厅的期初库存卡",
        "visited_in_new": "截至 T 至少进过 1 次展厅的新增卡",
        "phone_outreach_in_opening": "留档渠道为电话或外拓的期初库存卡",
        "phone_outreach_in_new": "留档渠道为电话或外拓的新增卡",
        "phone_outreach_visited_in_opening": "留档渠道为电话或外拓、截至 T 进过展厅的期初库存卡",
        "phone_outreach_visited_in_new": "留档渠道为电话或外拓、截至 T 进过展厅的新增卡",
        "returned_in_opening": "截至 T 至少有 2 个不同日子进过展厅的期初库存卡",
        "returned_in_new": "截至 T 至少有 2 个不同日子进过展厅的新增卡",
        "test_driven_in_opening": "截至 T 至少试乘试驾过 1 次的期初库存卡",
        "test_driven_in_new": "截至 T 至少试乘试驾过 1 次的新增卡",
        "orders": "订单日期在 P 内截至 T 的卡（不论是否在有望客户基数内）",
        "deliveries": "交车日期在 P 内截至 T 的卡（不论是否在有望客户基数内）",
        "losses": "战败日期在 P 内截至 T 的卡（不论是否在有望客户基数内）",
        "complete_in_opening": "有客户姓名、有效联系电话和意向车型的期初库存卡",
        "complete_in_new": "有客户姓名、有效联系电话和意向车型的新增卡",
        "on_time": "应跟进日期在 P 内截至 T、到期前卡已再次联系的应跟进事件",
        "late": "应跟进日期在 P 内、早于 T，到期时仍在跟进却没有联系的应跟进事件",
        "target_deliveries": "P 涉及各月的成交目标，每月目标乘以该月落在 P 内的天数占比",
    ]
}
