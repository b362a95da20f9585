#if Spark
import Foundation
import GRPCCore
import GRPCProtobuf

extension SparkError {
    /// The error a failed call gives: Spark's own (its error class and SQL state come in the
    /// status's google.rpc.ErrorInfo), a server that does not answer, or a timeout.
    static func from(_ error: any Error, endpoint: String) -> SparkError {
        if let error = error as? SparkError { return error }
        if let error = error as? ArrowError { return .arrow(error) }
        guard let rpc = error as? RPCError else {
            return .unreachable(endpoint: endpoint, message: String(describing: error))
        }
        switch rpc.code {
        case .unavailable:
            return .unreachable(endpoint: endpoint, message: rpc.message)
        case .deadlineExceeded:
            return .timedOut(endpoint: endpoint)
        case .cancelled:
            return .unreachable(endpoint: endpoint, message: "the call was cancelled: \(rpc.message)")
        default:
            // Spark's messages may start with a newline (a parse error's does).
            let message = rpc.message.trimmingCharacters(in: .whitespacesAndNewlines)
            let info = (try? rpc.unpackGoogleRPCStatus())?.details.lazy.compactMap(\.errorInfo).first
            let errorClass = info?.metadata["errorClass"] ?? bracketedClass(message)
            return .server(errorClass: errorClass, sqlState: info?.metadata["sqlState"], message: message)
        }
    }

    /// `TABLE_OR_VIEW_NOT_FOUND` from "[TABLE_OR_VIEW_NOT_FOUND] The table ...".
    private static func bracketedClass(_ message: String) -> String? {
        guard message.hasPrefix("["), let close = message.firstIndex(of: "]") else { return nil }
        let name = message[message.index(after: message.startIndex)..<close]
        guard !name.isEmpty, name.allSatisfy({ $0.isUppercase || $0 == "_" || $0 == "." || $0.isNumber }) else {
            return nil
        }
        return String(name)
    }
}
#endif
