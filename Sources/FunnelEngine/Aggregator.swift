import FunnelStore
import FunnelSyntax

/// Computes one aggregate for every group in a single pass over the selected rows.
struct Aggregator {
    let grouping: Grouping

    /// `count`: rows per group.
    func count() -> [Int64] {
        var counts = [Int64](repeating: 0, count: grouping.groupCount)
        for group in grouping.groupOfRow where group >= 0 { counts[Int(group)] += 1 }
        return counts
    }

    /// The aggregate of a field per group, as a column of `groupCount` rows.
    func aggregate(_ function: AggregateFunction, of field: ResolvedField, name: String,
                   at range: SourceRange) throws(EvaluationError) -> (Column, ValueFormat) {
        let column = field.column
        let groups = grouping.groupCount
        var counts = [Int64](repeating: 0, count: groups)
        if function == .count {
            for (row, group) in grouping.groupOfRow.enumerated() where group >= 0 && !column.isNull(row) {
                counts[Int(group)] += 1
            }
            return (Column(name: name, values: .int(counts), present: nil, count: groups), .plain)
        }
        switch column.values {
        case .int(let values):
            if function != .avg, let exact = integral(function, values, column: column, name: name) { return exact }
            return numeric(function, values.map(Double.init), field: field, name: name)
        case .double(let values):
            return numeric(function, values, field: field, name: name)
        case .date(let values):
            guard function != .sum else {
                throw EvaluationError("dates cannot be summed: use min, max or avg of \(field.name)", at: range)
            }
            let (column, _) = numeric(function, values.map(Double.init), field: field, name: name)
            guard case .double(let results) = column.values else { return (column, .plain) }
            let days = results.map { Int32($0.isFinite ? $0.rounded() : 0) }
            return (Column(name: name, values: .date(days), present: column.present, count: groups), .plain)
        case .string, .enumeration:
            guard function == .min || function == .max else {
                throw EvaluationError("\(function.rawValue) needs a number or a date; \(field.name) is "
                                      + "\(column.type)", at: range)
            }
            return textExtreme(function, field: field, name: name)
        case .bool:
            throw EvaluationError("\(function.rawValue) needs a number or a date; \(field.name) is true/false "
                                  + "(count it with a where condition instead)", at: range)
        }
    }

    /// sum, min and max of integers, exactly; `nil` when a sum overflows (the caller
    /// then sums as doubles rather than trapping).
    private func integral(_ function: AggregateFunction, _ values: [Int64], column: Column,
                          name: String) -> (Column, ValueFormat)? {
        let groups = grouping.groupCount
        var results = [Int64](repeating: 0, count: groups)
        var seen = [Bool](repeating: false, count: groups)
        for (row, group) in grouping.groupOfRow.enumerated() where group >= 0 && !column.isNull(row) {
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

    private func numeric(_ function: AggregateFunction, _ values: [Double], field: ResolvedField,
                         name: String) -> (Column, ValueFormat) {
        let groups = grouping.groupCount
        let column = field.column
        var sums = [Double](repeating: 0, count: groups)
        var counts = [Int](repeating: 0, count: groups)
        var best = [Double](repeating: function == .min ? .infinity : -.infinity, count: groups)
        for (row, group) in grouping.groupOfRow.enumerated() where group >= 0 && !column.isNull(row) {
            let g = Int(group), v = values[row]
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

    /// min / max of text: by the values' order, decided once per distinct value.
    private func textExtreme(_ function: AggregateFunction, field: ResolvedField, name: String) -> (Column, ValueFormat) {
        let key = GroupKey(field: field)
        var best = [Int32](repeating: 0, count: grouping.groupCount)
        for (row, group) in grouping.groupOfRow.enumerated() where group >= 0 {
            let id = key.ids[row]
            guard id != 0 else { continue }
            let current = best[Int(group)]
            if current == 0 || (function == .min ? key.rank[Int(id)] < key.rank[Int(current)]
                                : key.rank[Int(id)] > key.rank[Int(current)]) {
                best[Int(group)] = id
            }
        }
        return (key.labels.gathered(best, name: name), .plain)
    }
}
