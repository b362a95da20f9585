/// Horizontal bars proportional to counts, each with a label and a caption: the
/// funnel drawn for a projector. The output layer draws it in table mode only.
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public let label: String
        public let count: Int
        /// Shown after the bar: the count and its rates.
        public let caption: String

        public init(label: String, count: Int, caption: String) {
            self.label = label
            self.count = count
            self.caption = caption
        }
    }

    public let bars: [Bar]

    public init(bars: [Bar]) { self.bars = bars }
}
