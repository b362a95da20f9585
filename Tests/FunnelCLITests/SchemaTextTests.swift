@testable import funnel
import FunnelStore
import Testing

/// `.tables` and `.schema` count each table's rows where they are: the loaded data's,
/// or under `--engine` the database's (the session's dataset is then an empty stand-in,
/// whose zeros would be wrong).
@Suite struct SchemaTextTests {
    static let empty = Dataset(name: "stand-in", dealer: nil, asOf: nil,
                               customers: Table(empty: TableSchema.customers),
                               followups: Table(empty: TableSchema.followups),
                               traffic: Table(empty: TableSchema.traffic), targets: Table(empty: TableSchema.targets),
                               links: CardLinks(followupCard: [], trafficCard: [], followupOffsets: [0],
                                                followupRows: []),
                               warnings: [], sources: [])

    @Test func theDatabasesCountsStandForTheEmptyDataset() {
        let counts: [TableKind: Int] = [.customers: 20_000, .followups: 130_081, .traffic: 28_622, .targets: 336]
        let tables = SchemaText.tables(Self.empty, counts: counts)
        #expect(tables.contains("customers  客户, 客户档案  20,000 rows"), "\(tables)")
        #expect(tables.contains("targets    目标            336 rows"), "\(tables)")
        #expect(SchemaText.schema(Self.empty, table: .traffic, counts: counts)
                .hasPrefix("traffic (展厅流量, 流量): 28,622 rows"))
    }

    @Test func withoutCountsTheDatasetCounts() {
        #expect(SchemaText.tables(Self.empty).contains("customers  客户, 客户档案  0 rows"))
    }
}
