import FunnelStore

/// Streams a `GeneratedDataset` into sinks as JSON or JSON Lines. One record is
/// encoded at a time into the current output chunk.
struct DatasetWriter {
    let dataset: GeneratedDataset
    private let encoder: RecordEncoder

    init(_ dataset: GeneratedDataset) {
        self.dataset = dataset
        encoder = RecordEncoder(consultants: dataset.consultants)
    }

    /// The single JSON document, one record a line inside each array so that the
    /// file diffs well and can be read by eye.
    func writeDocument<Sink: ByteSink>(_ out: inout OutputBuffer<Sink>) throws {
        RecordEncoder.header(dealer: dataset.dealer, asOf: dataset.asOf, into: &out.bytes)
        try array("customers", &out) { out in try writeCustomers(&out, separator: ",\n") }
        try array("followups", &out) { out in try writeFollowups(&out, separator: ",\n") }
        try array("traffic", &out) { out in try writeTraffic(&out, separator: ",\n") }
        try array("targets", &out) { out in try writeTargets(&out, separator: ",\n") }
        JSONBytes.literal("}\n", into: &out.bytes)
    }

    /// `meta.json` of the JSON Lines layout.
    func writeMeta<Sink: ByteSink>(_ out: inout OutputBuffer<Sink>) {
        RecordEncoder.header(dealer: dataset.dealer, asOf: dataset.asOf, into: &out.bytes)
        JSONBytes.literal("}\n", into: &out.bytes)
    }

    private func array<Sink: ByteSink>(_ name: StaticString, _ out: inout OutputBuffer<Sink>,
                                       _ body: (inout OutputBuffer<Sink>) throws -> Void) throws
    {
        JSONBytes.literal(",\n\"", into: &out.bytes)
        JSONBytes.literal(name, into: &out.bytes)
        JSONBytes.literal("\":[\n", into: &out.bytes)
        try body(&out)
        JSONBytes.literal("\n]", into: &out.bytes)
    }

    /// Records separated by `separator`; JSON Lines passes "\n" and ends with one.
    func writeCustomers<Sink: ByteSink>(_ out: inout OutputBuffer<Sink>, separator: StaticString) throws {
        for (index, card) in dataset.cards.enumerated() {
            if index > 0 { JSONBytes.literal(separator, into: &out.bytes) }
            encoder.customer(index, card, into: &out.bytes)
            try out.flushIfFull()
        }
    }

    func writeFollowups<Sink: ByteSink>(_ out: inout OutputBuffer<Sink>, separator: StaticString) throws {
        var first = true
        for (index, card) in dataset.cards.enumerated() {
            for followup in card.followups {
                if !first { JSONBytes.literal(separator, into: &out.bytes) }
                first = false
                encoder.followup(index, followup, into: &out.bytes)
            }
            try out.flushIfFull()
        }
    }

    func writeTraffic<Sink: ByteSink>(_ out: inout OutputBuffer<Sink>, separator: StaticString) throws {
        for (index, entry) in dataset.traffic.enumerated() {
            if index > 0 { JSONBytes.literal(separator, into: &out.bytes) }
            encoder.traffic(index, entry, into: &out.bytes)
            try out.flushIfFull()
        }
    }

    func writeTargets<Sink: ByteSink>(_ out: inout OutputBuffer<Sink>, separator: StaticString) throws {
        for (index, target) in dataset.targets.enumerated() {
            if index > 0 { JSONBytes.literal(separator, into: &out.bytes) }
            encoder.target(target, into: &out.bytes)
            try out.flushIfFull()
        }
    }
}
