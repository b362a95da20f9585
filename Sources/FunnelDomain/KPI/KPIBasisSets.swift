import FunnelStore

/// The part of a `KPIBasis` that costs a pass over the data, kept apart so the
/// evaluator can cache it per period without the basis's reference back to the
/// evaluator (which would make a cycle).
struct KPIBasisSets: Sendable {
    let window: AsOfPeriod
    let prospects: ProspectBase
    let returned: Bitmap
    let testDriven: Bitmap
    let trafficInPeriod: Bitmap

    init(fields: DerivedFields, traffic: TrafficColumns, window: AsOfPeriod) {
        self.window = window
        prospects = fields.prospectBase(window)
        let facts = fields.facts(asOf: window.asOf)
        let n = facts.count
        let wordCount = (n + 63) >> 6
        var returned = [UInt64](repeating: 0, count: wordCount), driven = returned
        returned.withUnsafeMutableBufferPointer { back in
            driven.withUnsafeMutableBufferPointer { drove in
                facts.visits.withUnsafeBufferPointer { visits in
                    facts.testDrives.withUnsafeBufferPointer { drives in
                        let count = min(n, visits.count, drives.count)
                        var c = 0
                        while c < count {
                            let end = min(c + 64, count)
                            var backWord: UInt64 = 0, droveWord: UInt64 = 0
                            for i in c..<end {
                                let bit: UInt64 = 1 << UInt64(i & 63)
                                if visits[i] >= 2 { backWord |= bit }
                                if drives[i] >= 1 { droveWord |= bit }
                            }
                            back[c >> 6] = backWord
                            drove[c >> 6] = droveWord
                            c = end
                        }
                    }
                }
            }
        }
        self.returned = Bitmap(words: returned, count: n)
        testDriven = Bitmap(words: driven, count: n)
        trafficInPeriod = traffic.inPeriod(window)
    }
}
