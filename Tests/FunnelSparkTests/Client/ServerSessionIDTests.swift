#if Spark
import Testing
@testable import FunnelSpark

struct ServerSessionIDTests {
    @Test func keepsTheFirstIDAndRefusesAnother() throws {
        let id = ServerSessionID()
        #expect(id.current == nil)
        try id.observe("")
        #expect(id.current == nil)
        try id.observe("a")
        try id.observe("a")
        #expect(id.current == "a")
        #expect(throws: SparkError.protocolViolation("the server's session changed from a to b: it was restarted")) {
            try id.observe("b")
        }
        #expect(id.current == "a")
    }
}
#endif
