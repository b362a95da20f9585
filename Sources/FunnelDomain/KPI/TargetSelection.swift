/// Which rows of the `targets` table stand for the cards being counted, for
/// `plan_achievement` (domain.md §1.4: monthly goals per consultant, or for the
/// whole dealer when a row names no consultant).
///
/// A card bitmap cannot say whose targets apply, so the engine, which knows the
/// statement's conditions and groups, says it:
/// - no condition on consultant: `.dealerWide()`;
/// - `where consultant = X` / `in (X, Y)`, or the group of consultant X: `.consultants([X, ...])`;
/// - the group of cards with no consultant: `.notApplicable(...)`;
/// - a condition or group on a field targets lack (model, channel, grade, source, ...):
///   `.notApplicable(...)`: a dealer's target is not a target for one model.
/// `dealers` restricts to those dealers' rows when the data holds several dealers.
public enum TargetSelection: Hashable, Sendable {
    /// Rows without a consultant. A month with no such row takes the sum of its
    /// consultants' rows instead (a dealer's target is its consultants' targets).
    case dealerWide(dealers: [String]? = nil)
    /// The sum of these consultants' rows.
    case consultants([String], dealers: [String]? = nil)
    /// No target applies; the reason says why (shown as the undefined value's cause).
    case notApplicable(TargetAbsence)

    /// A selection within a selection: a group inside a filter. A group's own choice
    /// wins, except that nothing applies once either side says so.
    public func narrowed(to inner: TargetSelection) -> TargetSelection {
        if case .notApplicable = self { return self }
        return inner
    }
}

/// Why no target applies to some cards.
public enum TargetAbsence: Hashable, Sendable {
    /// A condition or group on a field targets are not set by (a model, a channel).
    case notSetPer(field: String)
    /// The group of cards with no value for the consultant or dealer.
    case withoutValue(field: String)
    /// A condition with `or` or `not`: targets follow only `consultant = X` or
    /// `consultant in (X, Y)` joined by `and`.
    case conditionNotSimple
    /// A group the grouping gave no target.
    case notGiven
}
