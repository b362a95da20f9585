import FunnelStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Which day is *today* (domain.md §2): the day the user set, else the dataset's
/// own `as_of`, else the system date. A dataset's `as_of` wins over the clock so a
/// snapshot gives the same numbers whenever it is opened.
public enum Today {
    public static func resolve(userSet: Day?, datasetAsOf: Day?, system: () -> Day = Today.system) -> Day {
        userSet ?? datasetAsOf ?? system()
    }

    /// The local calendar date of the machine.
    public static func system() -> Day {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
              let day = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else {
            return Day(rawValue: Int32(truncatingIfNeeded: now / 86_400))
        }
        return day
    }
}
