import FunnelStore

/// A field name resolved against a table: the column holding its values for every
/// row of the table (as of the statement's T), under its canonical name.
struct ResolvedField {
    /// The canonical name (`grade`, `customer.grade`), used for result headers.
    let name: String
    let column: Column
    /// Extra words an enum field accepts standing for several of its values
    /// (`status = following` means order, dormant or active).
    let valueGroups: [String: [UInt8]]

    init(name: String, column: Column, valueGroups: [String: [UInt8]] = [:]) {
        self.name = name
        self.column = column.name == name ? column : column.renamed(name)
        self.valueGroups = valueGroups
    }
}
