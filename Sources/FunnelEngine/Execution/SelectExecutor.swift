import FunnelDomain
import FunnelStore

/// `select [fields from] table [where] [order by] [limit]`.
struct SelectExecutor {
    let context: ExecutionContext

    func run(_ select: BoundSelect) -> ResultTable {
        let listing = select.listing
        var rows = context.existing(listing.table, asOf: listing.asOf)
        if let condition = select.condition {
            rows = rows & ConditionEvaluator(columns: context.columns(asOf: listing.asOf), table: listing.table)
                .evaluate(condition)
        }
        return RowListing(context: context).table(rows, listing)
    }
}
