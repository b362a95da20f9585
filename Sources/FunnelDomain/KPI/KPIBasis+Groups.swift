import FunnelStore

extension KPIBasis {
    /// One KPI for every group at once: each term's rows are found once and tallied by
    /// their group, so the cost does not grow with the number of groups. Gives the same
    /// values as `value(of:in:)` with the scope narrowed to each group, in group order.
    public func values(of kpi: KPI, groupedBy assignment: KPIGroupAssignment, in scope: KPIScope = .all) -> [KPIValue] {
        let definition = kpi.definition
        let scope = normalized(scope)
        let groups = assignment.groupCount
        func sums(_ terms: [KPITermDefinition]) -> [Int] {
            var totals = [Int](repeating: 0, count: groups)
            for term in terms {
                let sign = term.subtracted ? -1 : 1
                switch term.recipe {
                case .cards(let sets):
                    let rows = BitmapMath.intersection(sets.map(cardSet) + (scope.cards.map { [$0] } ?? []),
                                                       count: cardCount)
                    KPIBasis.tally(rows, by: assignment.cardGroup, sign: sign, into: &totals)
                case .traffic(let sets):
                    let rows = BitmapMath.intersection(sets.map(trafficSet) + (scope.traffic.map { [$0] } ?? []),
                                                       count: trafficCount)
                    KPIBasis.tally(rows, by: assignment.trafficGroup, sign: sign, into: &totals)
                case .elapsedDays:
                    for group in 0..<groups { totals[group] += sign * window.elapsedDays }
                case .targetDeliveries:
                    break
                case .dueEvents(let outcome):
                    dueEvents.tally(outcome, by: assignment.cardGroup, sign: sign, in: scope.cards, into: &totals)
                }
            }
            return totals
        }
        let top = sums(definition.numerator)
        guard !definition.denominator.isEmpty else { return top.map { KPIValue.count($0) } }
        if definition.usesTargets {
            return (0..<groups).map { group in
                let selection = scope.targets.narrowed(to: assignment.target(of: group))
                guard let total = targetMatch(selection).total else { return .undefined(numerator: top[group]) }
                return .ratio(top[group], over: total)
            }
        }
        let bottom = sums(definition.denominator)
        return (0..<groups).map { KPIValue.ratio(top[$0], over: bottom[$0]) }
    }

    /// Adds `sign` to the total of each row's group.
    static func tally(_ rows: Bitmap, by groupOfRow: [Int32], sign: Int, into totals: inout [Int]) {
        let groups = totals.count
        totals.withUnsafeMutableBufferPointer { out in
            groupOfRow.withUnsafeBufferPointer { group in
                rows.forEachRow { row in
                    guard row < group.count else { return }
                    let g = Int(group[row])
                    if g >= 0 && g < groups { out[g] += sign }
                }
            }
        }
    }
}
