/// One KPI's value, as `KPIBasis.values(in:)` lists them.
public struct KPIResult: Hashable, Sendable {
    public let kpi: KPI
    public let value: KPIValue

    public init(kpi: KPI, value: KPIValue) {
        self.kpi = kpi
        self.value = value
    }

    public var definition: KPIDefinition { kpi.definition }
}
