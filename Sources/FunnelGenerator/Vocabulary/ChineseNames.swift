/// Common Chinese surnames and given names, for customers and consultants.
///
/// Weights roughly follow the national frequency ranking (王 李 张 刘 陈 lead), so
/// grouping a large dataset by surname looks like real data rather than a flat spread.
enum ChineseNames {
    /// Surnames, most common first.
    static let surnames: [String] = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
        "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
        "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
        "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
        "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
        "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马", "诸葛", "上官",
    ]

    /// Surname weights: a steep head and a long tail, compound surnames rare.
    static let surnameWeights: [Int] = surnames.indices.map { index in
        if surnames[index].count > 1 { return 2 }
        return max(8, 160 - index * 3) + (index < 5 ? 120 - index * 15 : 0)
    }

    /// Given names of one or two characters.
    static let givenNames: [String] = [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
        "明", "超", "霞", "平", "刚", "辉", "鹏", "华", "飞", "鑫", "波", "斌", "宇", "浩", "凯",
        "秀英", "秀兰", "桂英", "建华", "志强", "海燕", "晓东", "国庆", "建国", "建军", "丽娟", "晓明",
        "玉兰", "春梅", "海涛", "志刚", "永强", "红梅", "文杰", "俊杰", "子轩", "雨涵", "欣怡", "梓涵",
        "浩然", "宇航", "思远", "家豪", "佳怡", "一鸣", "晓燕", "丽华", "春华", "秋菊", "冬梅", "振华",
        "德明", "立新", "卫东", "红霞", "淑珍", "美玲", "婷婷", "晨曦", "天宇", "博文", "志伟", "雪梅",
        "建平", "国强", "海峰", "文静", "晓丽", "少华", "金龙", "玉梅", "宏伟", "小红", "慧敏", "亚楠",
        "伟东", "兴华", "光明", "新民", "忠诚", "思琪", "嘉欣", "梦瑶", "子豪", "俊熙", "若曦", "国华",
        "凤英", "金凤", "桂兰", "学军", "永刚", "长青", "延军", "德华", "庆华", "瑞峰", "泽宇", "晓峰",
    ]

    /// Honorific used when a customer gave only a surname (王先生, 李女士): common on cards.
    static let honorifics: [String] = ["先生", "女士"]
}
