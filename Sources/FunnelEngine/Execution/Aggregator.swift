import FunnelStore
import FunnelSyntax

/// Computes one aggregate for every group in a single pass over the selected rows.
/// The binder has checked that the function fits the field's type.
struct Aggregator {
    /// Group of each row, -1 for rows not selected.
    let groupOfRow: [Int32]
    let groupCount: Int

    /// `count`: rows per group.
    func count() -> [Int64] {
        var counts = [Int64](repeating: 0, count: groupCount)
        for group in groupOfRow where group >= 0 && Int(group) < groupCount { counts[Int(group)] += 1 }
        return counts
    }

    /// Each selected row with its group.
    private func forEachRow(_ column: Column, _ body: (Int, Int) -> Void) {
        for (row, group) in groupOfRow.enumerated() where group >= 0 && Int(group) < groupCount && row < column.count
            && !column.isNull(row) {
            body(row, Int(group))
        }
    }

    /// The aggregate of a column per group, as a column of `groupCount` rows.
    func aggregate(_ function: AggregateFunction, of column: Column, name: String) -> (Column, ValueFormat) {
        let groups = groupCount
        if function == .count {
            var counts = [Int64](repeating: 0, count: groups)
            forEachRow(column) { _, group in counts[group] += 1 }
            return (Column(name: name, values: .int(counts), present: nil, count: groups), .plain)
        }
        switch column.values {
        case .int(let values):
            if function != .avg, let exact = integral(function, values, column: column, name: name) { return exact }
            return numeric(function, values.map(Double.init), column: column, name: name)
        case .double(let values):
            return numeric(function, values, column: column, name: name)
        case .date(let values):
            if let minutes = column.minutes, function == .min || function == .max {
                return moment(function == .min, values, minutes, column: column, name: name)
            }
            let (result, _) = numeric(function, values.map(Double.init), column: column, name: name)
            guard case .double(let results) = result.values else { return (result, .plain) }
            let days = results.map { Int32($0.isFinite ? $0.rounded() : 0) }
            return (Column(name: name, values: .date(days), present: result.present, count: groups), .plain)
        case .string, .enumeration:
            return textExtreme(function, of: column, name: name)
        case .bool:
            return (Column(name: name, values: .int(Array(repeating: 0, count: groups)),
                           present: Bitmap(count: groups), count: groups), .plain)
        }
    }

    /// The earliest or latest date-time per group, with its time of day: a day and time
    /// are one moment (a date without a time comes before every time of its day).
    private func moment(_ earliest: Bool, _ days: [Int32], _ minutes: [Int16], column: Column,
                        name: String) -> (Column, ValueFormat) {
        let groups = groupCount
        var bestDay = [Int32](repeating: 0, count: groups)
        var bestMinute = [Int16](repeating: TimeOfDay.none, count: groups)
        var seen = [Bool](repeating: false, count: groups)
        forEachRow(column) { row, group in
            guard row < days.count, row < minutes.count else { return }
            let candidate = (days[row], minutes[row]), best = (bestDay[group], bestMinute[group])
            if !seen[group] || (earliest ? candidate < best : candidate > best) {
                bestDay[group] = candidate.0
                bestMinute[group] = candidate.1
                seen[group] = true
            }
        }
        let present = Bitmap(count: groups, rows: (0..<groups).filter { seen[$0] })
        return (Column(name: name, values: .date(bestDay), present: present, count: groups, minutes: bestMinute),
                .plain)
    }

    /// sum, min and max of integers, exactly; `nil` when a sum overflows (the caller
    /// then sums as doubles rather than trapping).
    private func integral(_ function: AggregateFunction, _ values: [Int64], column: Column,
                          name: String) -> (Column, ValueFormat)? {
        let groups = groupCount
        var results = [Int64](repeating: 0, count: groups)
        var seen = [Bool](repeating: false, count: groups)
        for (row, group) in groupOfRow.enumerated() where group >= 0 && Int(group) < groups && row < values.count
            && !column.isNull(row) {
            let g = Int(group), v = values[row]
            switch function {
            case .sum:
                let (total, overflow) = results[g].addingReportingOverflow(v)
                if overflow { return nil }
                results[g] = total
            case .min: results[g] = seen[g] ? Swift.min(results[g], v) : v
            case .max: results[g] = seen[g] ? Swift.max(results[g], v) : v
            case .count, .avg: return nil
            }
            seen[g] = true
        }
        let present = function == .sum ? nil : Bitmap(count: groups, rows: (0..<groups).filter { seen[$0] })
        return (Column(name: name, values: .int(results), present: present, count: groups), .plain)
    }

    private func numeric(_ function: AggregateFunction, _ values: [Double], column: Column,
                         name: String) -> (Column, ValueFormat) {
        let groups = groupCount
        var sums = [Double](repeating: 0, count: groups)
        var counts = [Int](repeating: 0, count: groups)
        var best = [Double](repeating: function == .min ? .infinity : -.infinity, count: groups)
        forEachRow(column) { row, g in
            guard row < values.count else { return }
            let v = values[row]
            sums[g] += v
            counts[g] += 1
            if function == .min ? v < best[g] : v > best[g] { best[g] = v }
        }
        let present = Bitmap(count: groups, rows: (0..<groups).filter { counts[$0] > 0 })
        switch function {
        case .sum:
            return (Column(name: name, values: .double(sums), present: nil, count: groups), .plain)
        case .avg:
            let averages = (0..<groups).map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : 0 }
            return (Column(name: name, values: .double(averages), present: present, count: groups), .decimal(2))
        case .min, .max:
            let cleaned = best.map { $0.isFinite ? $0 : 0 }
            return (Column(name: name, values: .double(cleaned), present: present, count: groups), .plain)
        case .count:
            return (Column(name: name, values: .int(counts.map(Int64.init)), present: nil, count: groups), .plain)
        }
    }

    /// min / max of text: by the values' order (text by its characters, blanks
    /// included; an enum by its vocabulary's order), decided once per distinct value.
    private func textExtreme(_ function: AggregateFunction, of column: Column, name: String) -> (Column, ValueFormat) {
        let groups = groupCount
        var best = [Int32](repeating: -1, count: groups)
        func pick(_ code: Int32, _ rank: [Int32], _ group: Int) {
            guard code >= 0, Int(code) < rank.count else { return }
            let current = best[group]
            if current < 0 || (function == .min ? rank[Int(code)] < rank[Int(current)]
                               : rank[Int(code)] > rank[Int(current)]) {
                best[group] = code
            }
        }
        let present = { () -> Bitmap in Bitmap(count: groups, rows: (0..<groups).filter { best[$0] >= 0 }) }
        switch column.values {
        case .string(let codes, let dictionary):
            let order = (0..<dictionary.count).sorted { (dictionary[Int32($0)] ?? "") < (dictionary[Int32($1)] ?? "") }
            var rank = [Int32](repeating: 0, count: dictionary.count)
            for (position, code) in order.enumerated() { rank[code] = Int32(position) }
            forEachRow(column) { row, group in if row < codes.count { pick(codes[row], rank, group) } }
            return (Column(name: name, values: .string(codes: best, dictionary: dictionary), present: present(),
                           count: groups), .plain)
        case .enumeration(let codes, let vocabulary):
            let rank = (0..<Int32(vocabulary.tokens.count)).map { $0 }
            forEachRow(column) { row, group in if row < codes.count { pick(Int32(codes[row]), rank, group) } }
            let chosen = best.map { $0 >= 0 ? UInt8($0) : EnumVocabulary.nullCode }
            return (Column(name: name, values: .enumeration(codes: chosen, vocabulary: vocabulary), present: present(),
                           count: groups), .plain)
        default:
            return (Column(name: name, values: .int(Array(repeating: 0, count: groups)), present: Bitmap(count: groups),
                           count: groups), .plain)
        }
    }
}
