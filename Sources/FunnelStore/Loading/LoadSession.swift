/// One load in progress: the tables every input appends to, the record problems found
/// so far, and the dataset-level facts merged across inputs.
struct LoadSession {
    private var tables = TableSet()
    private var problems = ProblemLog()
    /// The first dealer any input names.
    private var dealer: String?
    /// The latest `as_of` any input gives.
    private var asOf: Day?
    /// The follow-up cycles the inputs set: for each grade, the first input's that sets it.
    private var cycles: [Grade: Int?] = [:]
    private var sources: [String] = []
    /// Where reading is counted, if anywhere.
    private let progress: LoadProgress?

    init(progress: LoadProgress? = nil) {
        self.progress = progress
    }

    /// Reads one input's bytes. A problem that stops the file throws at once; record
    /// problems are kept and thrown by `finish`, after every input has been read.
    mutating func read(_ bytes: [UInt8], file: String, kind: InputFile.Kind, chunkThreshold: Int)
        throws(LoadFailure) {
        let outcome: Result<Void, LoadFailure> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(LoadFailure) in
                try read(buffer, file: file, kind: kind, chunkThreshold: chunkThreshold)
            }
        }
        try outcome.get()
    }

    /// Reads bytes the caller keeps alive for the duration of the call (a mapped file).
    mutating func read(_ buffer: UnsafeBufferPointer<UInt8>, file: String, kind: InputFile.Kind,
                       chunkThreshold: Int) throws(LoadFailure) {
        sources.append(file)
        let reading = ChunkedRead(file: file, kind: kind, threshold: chunkThreshold, progress: progress)
        if let problem = TextCheck.problem(buffer) {
            throw LoadFailure(LoadDiagnostic(file: file, message: problem))
        }
        if kind == .document && TextCheck.isBlank(buffer) {
            throw LoadFailure(LoadDiagnostic(
                file: file, message: #"empty file: expected a JSON object such as {"customers": [...]}"#))
        }
        let rowsBefore = tables.builders.reduce(0) { $0 + $1.rowCount }
        let facts = try reading.read(buffer, into: &tables, problems: &problems)
        progress?.finishFile(bytes: buffer.count, records: tables.builders.reduce(0) { $0 + $1.rowCount } - rowsBefore)
        if dealer == nil { dealer = facts.dealer }
        if let day = facts.asOf { asOf = max(asOf ?? day, day) }
        cycles.merge(facts.cycles) { first, _ in first }
    }

    /// The dataset, or every record problem found.
    mutating func finish(name fallbackName: String) throws(LoadFailure) -> Dataset {
        if let failure = problems.failure { throw failure }
        var built: [Table] = []
        for index in tables.builders.indices { built.append(tables.builders[index].finish()) }
        var origins: [String: RowOrigins] = [:]
        for origin in tables.origins { origins[origin.table] = origin }
        // A blank dealer would make an empty welcome line: the file's name says more.
        let named = dealer.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        let assembler = DatasetAssembler(name: named ?? fallbackName, dealer: dealer, asOf: asOf, sources: sources)
        var dataset = try assembler.assemble(customers: built[0], followups: built[1], traffic: built[2],
                                             targets: built[3], origins: origins)
        if !cycles.isEmpty { dataset.followupCycles = FollowupCycles.standard.setting(cycles) }
        return dataset
    }
}
