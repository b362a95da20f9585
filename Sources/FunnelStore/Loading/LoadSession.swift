/// One load in progress: the tables every input appends to, the record problems found
/// so far, and the dataset-level facts merged across inputs.
struct LoadSession {
    private var tables = TableSet()
    private var problems = ProblemLog()
    /// The first dealer any input names.
    private var dealer: String?
    /// The latest `as_of` any input gives.
    private var asOf: Day?
    private var sources: [String] = []

    /// Reads one input's bytes. A problem that stops the file throws at once; record
    /// problems are kept and thrown by `finish`, after every input has been read.
    mutating func read(_ bytes: [UInt8], file: String, kind: InputFile.Kind) throws(LoadFailure) {
        sources.append(file)
        let outcome: Result<Void, LoadFailure> = bytes.withUnsafeBufferPointer { buffer in
            if let problem = TextCheck.problem(buffer) {
                return .failure(LoadFailure(LoadDiagnostic(file: file, message: problem)))
            }
            var lineMode = false
            if case .lines = kind { lineMode = true }
            var reader = JSONFileReader(file: file, bytes: buffer, lineMode: lineMode, problems: problems)
            do throws(JSONSyntaxError) {
                switch kind {
                case .document: try reader.readDocument(into: &tables)
                case .lines(let table): try reader.readLines(table: table, into: &tables)
                }
            } catch {
                return .failure(LoadFailure(reader.diagnostic(for: error)))
            }
            problems = reader.problems
            if dealer == nil { dealer = reader.dealer }
            if let day = reader.asOf { asOf = max(asOf ?? day, day) }
            return .success(())
        }
        try outcome.get()
    }

    /// The dataset, or every record problem found.
    mutating func finish(name fallbackName: String) throws(LoadFailure) -> Dataset {
        if let failure = problems.failure { throw failure }
        var built: [Table] = []
        for index in tables.builders.indices { built.append(tables.builders[index].finish()) }
        var origins: [String: RowOrigins] = [:]
        for origin in tables.origins { origins[origin.table] = origin }
        let assembler = DatasetAssembler(name: dealer ?? fallbackName, dealer: dealer, asOf: asOf, sources: sources)
        return try assembler.assemble(customers: built[0], followups: built[1], traffic: built[2], targets: built[3],
                                      origins: origins)
    }
}
