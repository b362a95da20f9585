import Testing
@testable import FunnelSpark

struct SparkConnectURLTests {
    @Test func readsHostPortAndParameters() throws {
        let url = try SparkConnectURL(parsing: "sc://127.0.0.1:15002")
        #expect(url == SparkConnectURL(host: "127.0.0.1", port: 15002))
        #expect(try SparkConnectURL(parsing: "sc://spark.example").port == 15002)
        let full = try SparkConnectURL(parsing: "sc://[::1]:443/;user_id=ana;x-trace=1;use_ssl=false")
        #expect(full.host == "::1")
        #expect(full.port == 443)
        #expect(full.userID == "ana")
        #expect(full.headers == ["x-trace": "1"])
        #expect(full.description == "sc://[::1]:443/;user_id=ana;x-trace=1")
    }

    @Test func saysWhatIsWrong() {
        let cases: [(String, String)] = [
            ("http://host:15002", "it does not start with sc://"),
            ("sc://", "no host"),
            ("sc://host:0", "the port \"0\" is not a number from 1 to 65535"),
            ("sc://host:port", "the port \"port\" is not a number from 1 to 65535"),
            ("sc://host/;use_ssl=true", "TLS (use_ssl=true) is not supported"),
            ("sc://host/;token=abc", "a token needs TLS, which is not supported"),
            ("sc://host/;user_id", "the parameter \"user_id\" has no value"),
            ("sc://[::1", "an IPv6 address without its closing ]"),
        ]
        for (text, reason) in cases {
            #expect(throws: SparkError.badURL(text, reason: reason)) { try SparkConnectURL(parsing: text) }
        }
    }
}
