#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the front end needs to know about the terminal, if there is one.
enum Terminal {
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Columns of the terminal on `descriptor`, or nil when it is not one.
    static func width(of descriptor: Int32) -> Int? {
        guard isTerminal(descriptor) else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Rows of the terminal on `descriptor`, or nil when it is not one.
    static func height(of descriptor: Int32) -> Int? {
        guard isTerminal(descriptor) else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Someone is at a terminal: standard input, output and error are all one, and it
    /// is not a dumb one. Progress lines are drawn only then.
    static var isWatched: Bool {
        isTerminal(0) && isTerminal(1) && isTerminal(2) && environment("TERM") != "dumb"
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static func wantsColor(_ descriptor: Int32) -> Bool {
        guard isTerminal(descriptor) else { return false }
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func exit(_ code: Int32) -> Never {
        Glibc.exit(code)
    }
}
