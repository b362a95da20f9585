import FunnelStore

/// Rows of a table as a result: `select`'s rows, and the rows behind a number (a KPI
/// term, a work list), in table order unless the listing orders them, cut to its limit.
struct RowListing {
    let context: ExecutionContext

    /// `extra`: columns of the table's every row to show after the listing's fields (the
    /// due events per card behind a term of follow-up timeliness).
    func table(_ rows: Bitmap, _ listing: BoundListing, extra: [Column] = []) -> ResultTable {
        let columns = context.columns(asOf: listing.asOf)
        var order = rows.rows.map { Int32($0) }
        if !listing.order.isEmpty {
            let keys = listing.order.map { RowSorter.Key(column: columns.column($0.field), descending: $0.descending) }
            order = RowSorter.sort(order, by: keys)
        }
        if let limit = listing.limit { order = Array(order.prefix(limit)) }
        return ResultTable(columns: listing.fields.map { columns.column($0).gathered(order, name: $0.name) }
            + extra.map { $0.gathered(order, name: $0.name) })
    }
}
