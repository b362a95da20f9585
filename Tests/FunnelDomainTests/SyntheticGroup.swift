import FunnelDomain
import FunnelStore

/// A large dataset built straight from columns (no JSON, no row builder), so the
/// benchmark measures the kernels rather than the loading.
enum SyntheticGroup {
    static func dataset(cards n: Int, followupsPerCard: Int) throws -> Dataset {
        var rng = SplitMix64(state: 20_101_001)
        let first = day("2009-01-01").rawValue
        var ids = StringDictionary()
        ids.reserveCapacity(values: n, bytes: n * 8)
        for i in 0..<n { ids.append("c\(i)") }

        var created = [Int32](repeating: 0, count: n)
        var channel = [UInt8](repeating: 0, count: n)
        var ordered = [Int32](repeating: 0, count: n), delivered = ordered, lost = ordered, dormant = ordered
        var next = ordered
        var hasOrdered = Bitmap(count: n), hasDelivered = hasOrdered, hasLost = hasOrdered
        var hasDormant = hasOrdered, hasNext = hasOrdered
        var phoneCodes = [Int32](repeating: 0, count: n)
        for c in 0..<n {
            let made = first + Int32(rng.below(1400))
            created[c] = made
            channel[c] = UInt8(rng.below(3))
            phoneCodes[c] = Int32(rng.below(4))
            var horizon: Int32 = 250
            switch rng.below(100) {
            case 0..<30:
                let d = made + Int32(rng.below(120))
                delivered[c] = d
                hasDelivered.insert(c)
                ordered[c] = made + Int32(rng.below(Int(d - made) + 1))
                hasOrdered.insert(c)
                horizon = d - made
            case 30..<50:
                lost[c] = made + Int32(rng.below(200))
                hasLost.insert(c)
                horizon = lost[c] - made
            default:
                break
            }
            if rng.chance(20) {
                dormant[c] = made + Int32(rng.below(Int(horizon) + 1))
                hasDormant.insert(c)
            }
            if rng.chance(70) {
                next[c] = made + Int32(rng.below(Int(horizon) + 30))
                hasNext.insert(c)
            }
        }
        func dates(_ name: String, _ values: [Int32], _ present: Bitmap?) -> Column {
            Column(name: name, values: .date(values), present: present, count: n)
        }
        func strings(_ name: String, _ codes: [Int32], _ values: [String]) -> Column {
            Column(name: name, values: .string(codes: codes, dictionary: StringDictionary(values)), present: nil,
                   count: n)
        }
        let customers = Table(name: "customers", rowCount: n, columns: [
            Column(name: "id", values: .string(codes: (0..<Int32(n)).map { $0 }, dictionary: ids), present: nil,
                   count: n),
            strings("name", [Int32](repeating: 0, count: n), ["张三"]),
            strings("phone", phoneCodes, ["13812345678", "010-87654321", "12345", "18600001111"]),
            strings("model", [Int32](repeating: 0, count: n), ["Octavia"]),
            Column(name: "channel", values: .enumeration(codes: channel, vocabulary: Channel.vocabulary),
                   present: nil, count: n),
            dates("created", created, nil), dates("ordered", ordered, hasOrdered),
            dates("delivered", delivered, hasDelivered), dates("lost", lost, hasLost),
            dates("dormant", dormant, hasDormant), dates("next_followup", next, hasNext),
        ])

        let m = n * followupsPerCard
        var customer = [Int32](repeating: 0, count: m)
        var date = [Int32](repeating: 0, count: m)
        var kind = [UInt8](repeating: 0, count: m)
        var intro = Bitmap(count: m), drive = intro, negotiation = intro
        for f in 0..<m {
            let c = rng.below(n)
            customer[f] = Int32(c)
            date[f] = created[c] + Int32(rng.below(200))
            kind[f] = UInt8(rng.below(4))
            let bits = rng.next()
            if bits & 3 == 0 { intro.insert(f) }
            if bits & 12 == 0 { drive.insert(f) }
            if bits & 48 == 0 { negotiation.insert(f) }
        }
        let followups = Table(name: "followups", rowCount: m, columns: [
            Column(name: "customer", values: .string(codes: customer, dictionary: ids), present: nil, count: m),
            Column(name: "date", values: .date(date), present: nil, count: m),
            Column(name: "kind", values: .enumeration(codes: kind, vocabulary: FollowupKind.vocabulary),
                   present: nil, count: m),
            Column(name: "intro", values: .bool(intro), present: nil, count: m),
            Column(name: "test_drive", values: .bool(drive), present: nil, count: m),
            Column(name: "negotiation", values: .bool(negotiation), present: nil, count: m),
        ])
        return try DatasetAssembler(name: "synthetic").assemble(
            customers: customers, followups: followups, traffic: Table(empty: .traffic),
            targets: Table(empty: .targets))
    }
}
