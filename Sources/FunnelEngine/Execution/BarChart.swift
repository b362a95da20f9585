/// Horizontal bars proportional to counts, each with a label: the funnel drawn for
/// a projector. The output layer draws it in table mode only, with each bar's count
/// and rates after it.
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public let label: String
        public let count: Int
        /// The count over the bar before's, if there is one.
        public let ofPrevious: Double?
        /// The count over the new cards', shown from the stage after them on.
        public let ofNew: Double?

        public init(label: String, count: Int, ofPrevious: Double?, ofNew: Double?) {
            self.label = label
            self.count = count
            self.ofPrevious = ofPrevious
            self.ofNew = ofNew
        }
    }

    public let bars: [Bar]

    public init(bars: [Bar]) { self.bars = bars }
}
