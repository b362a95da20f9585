import FunnelStore
import Synchronization

/// The part of a `KPIBasis` that costs passes over the data, kept apart so the
/// evaluator can cache it per period without the basis's reference back to the
/// evaluator (which would make a cycle).
///
/// Most KPIs need only the opening and new cards and who visited, so those come from
/// one pass over three day columns when the sets are made; the rest of the prospect
/// base (orders, deliveries, losses, closing, ...), the returned and test-driven cards
/// and the period's traffic are computed the first time something asks for them and
/// kept. `kpi overall_visit_rate for 2010 by month` makes 13 of these: each used to
/// build every set.
final class KPIBasisSets: Sendable {
    let window: AsOfPeriod
    /// Opening stock: captured before P, neither delivered nor lost before P started.
    let opening: Bitmap
    /// New cards: captured in P up to T.
    let new: Bitmap
    /// Cards captured by T.
    let existing: Bitmap
    /// Cards that exist at T and visited the showroom by T.
    let visited: Bitmap
    private let fields: DerivedFields
    private let traffic: TrafficColumns
    private let later = Mutex(Later())

    /// The sets made on first use.
    private struct Later {
        var prospects: ProspectBase?
        var returned: Bitmap?
        var testDriven: Bitmap?
        var trafficInPeriod: Bitmap?
        var dueEvents: DueEvents?
        var responses: ResponseSets?
    }

    /// The first-response sets at T (see `FirstResponses.sets(asOf:)`).
    struct ResponseSets: Sendable {
        let known: Bitmap
        let onTime: Bitmap
    }

    init(fields: DerivedFields, traffic: TrafficColumns, window: AsOfPeriod) {
        self.window = window
        self.fields = fields
        self.traffic = traffic
        (opening, new, existing, visited) = fields.milestones.coreSets(window)
    }

    var prospects: ProspectBase {
        remembered(\.prospects) { fields.prospectBase(window) }
    }

    /// Cards that exist at T and visited on at least two distinct days by T.
    var returned: Bitmap {
        remembered(\.returned) { fields.milestones.sets(asOf: window.asOf).returned }
    }

    /// Cards that exist at T and had a test drive by T.
    var testDriven: Bitmap {
        remembered(\.testDriven) { fields.milestones.sets(asOf: window.asOf).testDriven }
    }

    /// Traffic entries dated in P up to T.
    var trafficInPeriod: Bitmap {
        remembered(\.trafficInPeriod) { traffic.inPeriod(window) }
    }

    /// The due events whose due date is in P up to T (follow-up timeliness).
    var dueEvents: DueEvents {
        remembered(\.dueEvents) { DueEvents(fields: fields, window: window) }
    }

    /// Cards whose first response can be told at T, and those contacted within the hour.
    func responses(_ all: FirstResponses) -> ResponseSets {
        remembered(\.responses) {
            let (known, onTime) = all.sets(asOf: window.asOf)
            return ResponseSets(known: known & existing, onTime: onTime & existing)
        }
    }

    /// The value kept at `path`, or `make()`'s, kept. The lock is not held while
    /// computing: two tasks asking at once may both compute it, with the same result.
    private func remembered<T: Sendable>(_ path: WritableKeyPath<Later, T?>, _ make: () -> T) -> T {
        if let kept = later.withLock({ $0[keyPath: path] }) { return kept }
        let made = make()
        later.withLock { $0[keyPath: path] = made }
        return made
    }
}
