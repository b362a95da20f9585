/// What the SQL compiler cannot express yet: the statement is refused with its name,
/// never answered differently from the in-memory engine.
struct SQLRefusal: Error {
    let what: String

    init(_ what: String) { self.what = what }
}
