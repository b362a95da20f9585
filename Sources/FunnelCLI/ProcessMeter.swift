#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's own resource use, for `funnel bench`: CPU time (all threads) and
/// resident memory, now and at its peak.
enum ProcessMeter {
    /// User plus system CPU seconds of every thread so far.
    static func cpuSeconds() -> Double {
        let times = cpuTimes()
        return times.user + times.system
    }

    /// User and system CPU seconds of every thread so far.
    static func cpuTimes() -> (user: Double, system: Double) {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return (0, 0) }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return (seconds(usage.ru_utime), seconds(usage.ru_stime))
    }

    /// Resident memory in KiB (`VmRSS`), and its peak (`VmHWM`), from /proc; zeros where
    /// /proc is missing.
    static func residentKiB() -> (current: Int, peak: Int) {
        let text = procStatus()
        func field(_ name: String) -> Int {
            for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
                let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
                return Int(digits) ?? 0
            }
            return 0
        }
        return (field("VmRSS"), field("VmHWM"))
    }

    private static func procStatus() -> String {
        let descriptor = open("/proc/self/status", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return "" }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got <= 0 { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Real and CPU time since a start, for `.timer`, read as sqlite3 prints it:
/// `real 3.412 user 3.350 sys 0.030`. The CPU times tell the work from the waiting
/// (for a pager its reader is slow to quit, for a disk).
struct Stopwatch {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private var cpu: (user: Double, system: Double)

    init() {
        start = clock.now
        cpu = ProcessMeter.cpuTimes()
    }

    mutating func restart() { self = Stopwatch() }

    /// `real 3.412 user 3.350 sys 0.030`, in seconds.
    var reading: String {
        let now = ProcessMeter.cpuTimes()
        func text(_ seconds: Double) -> String { Interpreter.seconds(.milliseconds(Int64((max(0, seconds) * 1000).rounded()))) }
        return "real \(Interpreter.seconds(clock.now - start)) user \(text(now.user - cpu.user)) "
            + "sys \(text(now.system - cpu.system))"
    }
}
