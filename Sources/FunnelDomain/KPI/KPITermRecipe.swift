/// How a term is counted: the intersection of some of a period's sets (and the
/// caller's filter), the elapsed days, the target deliveries, or the due events of the
/// filter's cards with one outcome (domain.md §8.1; several per card).
public enum KPITermRecipe: Hashable, Sendable {
    case cards([KPICardSet])
    case traffic([KPITrafficSet])
    case elapsedDays
    case targetDeliveries
    case dueEvents(DueEvents.Outcome)
}

/// Card sets of a period as of T that terms intersect (see `KPIBasis`).
public enum KPICardSet: Hashable, Sendable {
    case opening, new, orders, deliveries, losses, closing
    case visited, returned, testDriven, complete
    case phoneOrOutreach, outreach
    /// First response (domain.md §8.1): cards whose capture and first follow-up by T
    /// have times (or that have no follow-up by T), and those first contacted within the hour.
    case responseKnown, respondedInTime
}

/// Traffic sets of a period (see `KPIBasis`).
public enum KPITrafficSet: Hashable, Sendable {
    case inPeriod, captured, followup
}
