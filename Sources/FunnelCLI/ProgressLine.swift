#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import FunnelStore
import FunnelText
import Synchronization

/// A line on stderr while a load takes longer than a second: bytes read of how many,
/// records, the rate; then what the load is doing after the reading. Redrawn twenty
/// times a second on a thread of its own from the loader's counts (`LoadProgress`),
/// and erased when the load ends, so the line never stays on the screen. Only for
/// someone watching a terminal (see `Interpreter.showsProgress`).
final class ProgressLine: Sendable {
    /// After this long a load gets a line.
    static let delay = Duration.seconds(1)

    private let progress: LoadProgress
    private let name: String
    private let descriptor: Int32
    private let width: Int
    private let stopping = Atomic<Bool>(false)
    private let finished = Atomic<Bool>(false)
    private let preparing = Atomic<Bool>(false)

    /// Starts watching `progress` for a load of `name`, drawing on `descriptor`.
    init(_ progress: LoadProgress, name: String, descriptor: Int32 = 2) {
        self.progress = progress
        self.name = name
        self.descriptor = descriptor
        width = Terminal.width(of: descriptor) ?? 80
        DispatchQueue.global().async { [self] in run() }
    }

    /// The data is read; the session is being prepared for statements.
    func startPreparing() {
        preparing.store(true, ordering: .relaxed)
    }

    /// Ends the line, erasing it; returns once the terminal is clear.
    func stop() {
        stopping.store(true, ordering: .relaxed)
        while !finished.load(ordering: .acquiring) { usleep(2_000) }
    }

    private func run() {
        let clock = ContinuousClock()
        let start = clock.now
        var drawn = false
        while !stopping.load(ordering: .relaxed) {
            usleep(50_000)
            let elapsed = clock.now - start
            guard !stopping.load(ordering: .relaxed), elapsed >= ProgressLine.delay else { continue }
            // One column short of the width: a line that wraps cannot be taken back with \r.
            let shown = ProgressLine.fitted(progress.snapshot, name: name, seconds: ProgressLine.seconds(elapsed),
                                            preparing: preparing.load(ordering: .relaxed), width: max(10, width - 1))
            put("\r" + shown + "\u{1B}[K")
            drawn = true
        }
        if drawn { put("\r\u{1B}[K") }
        finished.store(true, ordering: .releasing)
    }

    private func put(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// The line in at most `width` columns. The numbers are what the line is for, so a
    /// long name gives way first: a path loses its folders, then the start of the file
    /// name (`…ealer.json`); only when that is not enough is the end of the line cut.
    static func fitted(_ snapshot: LoadProgress.Snapshot, name: String, seconds: Double, preparing: Bool,
                       width: Int) -> String {
        func line(_ name: String) -> String {
            text(snapshot, name: name, seconds: seconds, preparing: preparing)
        }
        let whole = line(name)
        if DisplayWidth.of(whole) <= width { return whole }
        let file = name.split(separator: "/").last.map(String.init) ?? name
        let short = line(file)
        if DisplayWidth.of(short) <= width { return short }
        let room = width - (DisplayWidth.of(short) - DisplayWidth.of(file)) - 1
        if room >= 4 {
            var tail = ""
            for character in file.reversed() {
                if DisplayWidth.of(tail) + DisplayWidth.of(String(character)) > room { break }
                tail.insert(character, at: tail.startIndex)
            }
            return line("…" + tail)
        }
        return DisplayWidth.prefix(of: short, fitting: width).0
    }

    /// `loading big.json: 612.3 MB of 1,202.0 MB (50%), 3,412,345 records, 101.2 MB/s`,
    /// then `…: 1,202.0 MB read, 7,375,490 records; building the tables`.
    static func text(_ snapshot: LoadProgress.Snapshot, name: String, seconds: Double, preparing: Bool) -> String {
        let records = grouped(snapshot.records) + " records"
        if preparing {
            return "loading \(name): \(megabytes(snapshot.bytes)) read, \(records); preparing the session"
        }
        if snapshot.phase == .building {
            return "loading \(name): \(megabytes(snapshot.bytes)) read, \(records); building the tables"
        }
        var text = "loading \(name): \(megabytes(snapshot.bytes))"
        if snapshot.totalBytes > 0 {
            text += " of \(megabytes(snapshot.totalBytes)) (\(snapshot.bytes * 100 / snapshot.totalBytes)%)"
        }
        text += ", " + records
        if seconds > 0 { text += ", " + megabytes(Int(Double(snapshot.bytes) / seconds)) + "/s" }
        return text
    }

    /// Bytes as megabytes (10⁶) with one decimal and thousands grouped: `1,202.0 MB`.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return grouped(tenths / 10) + ".\(tenths % 10) MB"
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
