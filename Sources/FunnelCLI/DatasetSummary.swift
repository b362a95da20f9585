import FunnelStore

/// One line about a dataset, for the welcome line and after `.load`:
/// "测试店: 1,234 cards, 5,678 follow-ups, 2,345 traffic entries, as of 2010-10-31".
enum DatasetSummary {
    static func line(_ dataset: Dataset, today: Day) -> String {
        "\(dataset.name): " + [
            counted(dataset.customers.rowCount, "card", "cards"),
            counted(dataset.followups.rowCount, "follow-up", "follow-ups"),
            counted(dataset.traffic.rowCount, "traffic entry", "traffic entries"),
        ].joined(separator: ", ") + ", as of \(today)"
    }

    static func counted(_ n: Int, _ one: String, _ many: String) -> String {
        "\(grouped(n)) \(n == 1 ? one : many)"
    }

    /// 1234567 as "1,234,567".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var text = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (n < 0 ? "-" : "") + text
    }
}
