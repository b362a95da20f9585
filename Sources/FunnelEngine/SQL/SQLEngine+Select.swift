import FunnelDomain
import FunnelStore

/// `select`: the rows of a table as of T that the `where` keeps, ordered and cut in
/// the database, in the order the in-memory engine gives (ties in table order).
extension SQLEngine {
    func select(_ select: BoundSelect, cycles: FollowupCycles) throws -> ResultTable {
        let (table, compiler) = try self.listing(select.listing, cycles: cycles) { compiler in
            var filter = compiler.existing
            if let condition = select.condition { filter += " AND " + (try compiler.condition(condition)) }
            return filter
        }
        var result = table
        result.notes += try readingNotes(compiler)
        return result
    }

    /// The rows of a listing that `filter` keeps (a condition on `r`, made with the
    /// listing's compiler), in the listing's order, cut to its limit.
    func listing(_ listing: BoundListing, cycles: FollowupCycles,
                 filter makeFilter: (inout SQLCompiler) throws -> String) throws -> (ResultTable, SQLCompiler) {
        var compiler = SQLCompiler(catalog: catalog, table: listing.table, asOf: listing.asOf, cycles: cycles)
        var outputs: [String] = []
        var timed: [Bool] = []
        for field in listing.fields {
            outputs.append(try compiler.value(field))
            if field.isDate, let minute = compiler.minute(field) {
                outputs.append(minute)
                timed.append(true)
            } else {
                timed.append(false)
            }
        }
        let filter = try makeFilter(&compiler)
        var order: [String] = []
        for item in listing.order { order += try compiler.orderTerms(item.field, descending: item.descending) }
        order.append("r._row")
        var sql = "SELECT " + (outputs.isEmpty ? "1" : outputs.joined(separator: ", ")) + " " + compiler.from
            + " WHERE " + filter + " ORDER BY " + order.joined(separator: ", ")
        if let limit = listing.limit { sql += " LIMIT \(max(0, limit))" }
        let rows = try catalog.connection.query(sql)
        var columns: [Column] = []
        var position = 0
        for (index, field) in listing.fields.enumerated() {
            let texts = rows.rows.map { position < $0.count ? $0[position] : nil }
            position += 1
            var minutes: [String?]?
            if timed[index] {
                minutes = rows.rows.map { position < $0.count ? $0[position] : nil }
                position += 1
            }
            columns.append(SQLColumnReader.column(field.name, field.type, texts, minutes: minutes))
        }
        return (ResultTable(columns: columns), compiler)
    }
}

extension SQLCompiler {
    /// `ORDER BY` terms that put rows in `RowSorter`'s order: text by code points, an
    /// enum by its vocabulary, a date-time by its time within the day (a plain date
    /// first), missing values last either way.
    mutating func orderTerms(_ field: BoundField, descending: Bool) throws(SQLRefusal) -> [String] {
        let value = try self.value(field)
        let direction = descending ? " DESC NULLS LAST" : " ASC NULLS LAST"
        switch field.type {
        case .string:
            return [dialect.textOrder(value) + direction]
        case .enumeration(let vocabulary):
            return [dialect.position(value, in: vocabulary.tokens) + direction]
        case .date:
            guard let minute = minute(field) else { return [value + direction] }
            return [value + direction, "(CASE WHEN \(value) IS NOT NULL THEN coalesce(\(minute), -1) END)" + direction]
        case .int, .double, .bool:
            return [value + direction]
        }
    }
}
