import ArgumentParser
import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelSyntax

/// `funnel bench --data PATH [--runs N] [--statement S ...]`: a hidden command for
/// bench/run. Loads the data once and times it, then runs each statement `runs` times
/// in this process and prints one JSON object: load seconds (reading the files and
/// preparing the session) and CPU seconds (CPU above
/// wall means both cores worked), memory after loading, the store's raw column bytes,
/// and per statement the first (cold) and median times. A statement's time covers
/// parsing and evaluating it into its result table; rendering is not included.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnel bench",
        abstract: "Time loading and statements in one process, for bench/run (prints JSON).",
        shouldDisplay: false
    )

    @Option(name: .long, help: ArgumentHelp("A JSON file or a folder of JSON Lines tables.", valueName: "path"))
    var data: [String] = []

    @Option(help: "Times each statement is run.")
    var runs: Int = 5

    @Option(name: .long, help: ArgumentHelp("A statement to time; repeat for several.", valueName: "statement"))
    var statement: [String] = []

    func validate() throws {
        if data.isEmpty { throw ValidationError("bench needs --data") }
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let out = StandardStream(descriptor: 1)
        let clock = ContinuousClock()
        let cpuBefore = ProcessMeter.cpuSeconds()
        let started = clock.now
        let dataset: Dataset
        do {
            dataset = try DatasetLoader().load(paths: data)
        } catch {
            StandardStream(descriptor: 2).write("error: cannot load the data\n\(error.description)\n")
            throw ExitCode(2)
        }
        // The session's per-dataset preparation (card links in date order, visit days)
        // happens before the first prompt, so it counts as loading.
        let read = clock.now
        var session = Session(dataset: dataset)
        let loadSeconds = BenchCommand.seconds(clock.now - started)
        let sessionSeconds = BenchCommand.seconds(clock.now - read)
        let loadCPU = ProcessMeter.cpuSeconds() - cpuBefore
        let memory = ProcessMeter.residentKiB()

        var fields: [String] = [
            "\"engine\": \"funnel\"",
            "\"load_seconds\": \(loadSeconds)",
            "\"load_cpu_seconds\": \(loadCPU)",
            "\"session_seconds\": \(sessionSeconds)",
            "\"rss_after_load_kib\": \(memory.current)",
            "\"peak_rss_after_load_kib\": \(memory.peak)",
            "\"column_bytes\": \(dataset.columnBytes)",
            "\"link_bytes\": \(dataset.links.byteCount)",
            "\"rows\": {" + dataset.tables.map { "\"\($0.name)\": \($0.rowCount)" }.joined(separator: ", ") + "}",
        ]
        var timings: [String] = []
        for text in statement {
            timings.append(BenchCommand.time(text, runs: runs, session: &session, clock: clock))
        }
        fields.append("\"statements\": [" + timings.joined(separator: ", ") + "]")
        fields.append("\"peak_rss_kib\": \(ProcessMeter.residentKiB().peak)")
        out.write("{" + fields.joined(separator: ", ") + "}\n")
        out.flush()
    }

    /// One statement's timings as a JSON object; an error is reported in it, not thrown,
    /// so one unsupported statement does not hide the others' numbers.
    private static func time(_ text: String, runs: Int, session: inout Session, clock: ContinuousClock) -> String {
        var times: [Double] = [], cpu: [Double] = []
        var rows = 0
        var failure: String?
        for _ in 0..<runs {
            let cpuBefore = ProcessMeter.cpuSeconds()
            let started = clock.now
            for parsed in Parser.parseEach(text) {
                switch parsed {
                case .success(let statement):
                    do {
                        switch try session.execute(statement) {
                        case .table(let table): rows = table.rowCount
                        case .tables(let tables): rows = tables.reduce(0) { $0 + $1.rowCount }
                        case .chart(let chart): rows = chart.table.rowCount
                        case .text, .none: rows = 0
                        }
                    } catch {
                        failure = ErrorText.message(error)
                    }
                case .failure(let error):
                    failure = ErrorText.message(.syntax(error))
                }
            }
            times.append(seconds(clock.now - started))
            cpu.append(ProcessMeter.cpuSeconds() - cpuBefore)
            if failure != nil { break }
        }
        var fields = ["\"statement\": \(JSONText.quoted(text))"]
        if let failure {
            fields.append("\"error\": \(JSONText.quoted(failure))")
        } else {
            fields += ["\"first_seconds\": \(times[0])", "\"median_seconds\": \(median(times))",
                       "\"median_cpu_seconds\": \(median(cpu))", "\"rows\": \(rows)"]
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

}
