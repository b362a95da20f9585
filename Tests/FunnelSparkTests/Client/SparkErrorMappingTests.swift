#if Spark
import GRPCCore
import Testing
@testable import FunnelSpark

struct SparkErrorMappingTests {
    let endpoint = "sc://127.0.0.1:15002"

    @Test func transportFailuresAreNotSparksErrors() {
        #expect(SparkError.from(RPCError(code: .unavailable, message: "refused"), endpoint: endpoint)
                == .unreachable(endpoint: endpoint, message: "refused"))
        #expect(SparkError.from(RPCError(code: .deadlineExceeded, message: "late"), endpoint: endpoint)
                == .timedOut(endpoint: endpoint))
        #expect(SparkError.from(ArrowError.malformed("x"), endpoint: endpoint) == .arrow(.malformed("x")))
    }

    @Test func theErrorClassComesFromTheMessageWithoutDetails() {
        let error = SparkError.from(
            RPCError(code: .internalError, message: "\n[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'.\n== SQL ==\nSELEC 1"),
            endpoint: endpoint)
        #expect(error == .server(errorClass: "PARSE_SYNTAX_ERROR", sqlState: nil,
                                 message: "[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'.\n== SQL ==\nSELEC 1"))
        #expect(error.headline == "Spark: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'.")
        #expect(SparkError.from(RPCError(code: .unknown, message: "[not a class] x"), endpoint: endpoint)
                == .server(errorClass: nil, sqlState: nil, message: "[not a class] x"))
    }
}
#endif
