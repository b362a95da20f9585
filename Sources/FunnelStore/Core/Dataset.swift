/// Everything loaded: the four tables, their links, and what the load noticed.
public struct Dataset: Sendable {
    /// A name for the welcome line: the dealer, else the first file's name.
    public var name: String
    public var dealer: String?
    /// The dataset's own "today" (`as_of`), when it has one.
    public var asOf: Day?
    /// The follow-up cycles the data sets (`followup_cycles`), the grades it does not
    /// name at their standard cycle; `nil` when it sets none.
    public var followupCycles: FollowupCycles?
    public var customers: Table
    public var followups: Table
    public var traffic: Table
    public var targets: Table
    public var links: CardLinks
    /// Data-quality problems that did not stop the load.
    public var warnings: [LoadWarning]
    /// The files read, as named by the user.
    public var sources: [String]
    /// The files read, with their sizes and modification times when the load began: what a
    /// snapshot records, so that opening it can tell when they changed (docs/data.md §7).
    public var sourceFiles: [SourceFile] = []
    /// What opening the data found about its sources (a snapshot whose sources changed or
    /// are gone): shown like `warnings`, but about the files, not the data, so a snapshot
    /// made from this dataset does not keep them.
    public var sourceWarnings: [LoadWarning] = []

    public init(name: String, dealer: String?, asOf: Day?, customers: Table, followups: Table, traffic: Table,
                targets: Table, links: CardLinks, warnings: [LoadWarning], sources: [String]) {
        self.name = name
        self.dealer = dealer
        self.asOf = asOf
        self.customers = customers
        self.followups = followups
        self.traffic = traffic
        self.targets = targets
        self.links = links
        self.warnings = warnings
        self.sources = sources
    }

    public var tables: [Table] { [customers, followups, traffic, targets] }

    /// A table by its name or a Chinese alias.
    public func table(named name: String) -> Table? {
        TableSchema.named(name).map { table($0.kind) }
    }

    public func table(_ kind: TableKind) -> Table {
        switch kind {
        case .customers: customers
        case .followups: followups
        case .traffic: traffic
        case .targets: targets
        }
    }
}
