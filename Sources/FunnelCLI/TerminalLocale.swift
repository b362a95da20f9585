#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The locale the prompt edits in. A Swift program starts in the "C" locale, where
/// libedit silently drops every Chinese character typed; so the prompt takes the
/// user's locale, and when that is not UTF-8 (LANG unset or "C", as under CI or a
/// bare `ssh`), UTF-8 character handling all the same.
enum TerminalLocale {
    /// Call before libedit starts. Numbers stay in the "C" locale: nothing here
    /// should print or read `2,5` for 2.5 because of LC_NUMERIC.
    static func adopt() {
        _ = setlocale(LC_ALL, "")
        _ = setlocale(LC_NUMERIC, "C")
        if !isUTF8 { _ = setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// Whether the character codeset in force is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
