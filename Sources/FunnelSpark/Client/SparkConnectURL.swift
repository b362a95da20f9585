/// Where a Spark Connect server listens, from a connection string in Spark's own form:
/// `sc://host[:port][/;param=value;...]`. The port defaults to 15002. `user_id` names the user
/// the server sees; other parameters go to the server as gRPC metadata, as Spark's clients send
/// them. TLS (`use_ssl=true`, or a `token`, which Spark only sends over TLS) is not supported.
public struct SparkConnectURL: Sendable, Hashable, CustomStringConvertible {
    public static let defaultPort = 15002

    public let host: String
    public let port: Int
    public let userID: String?
    /// Parameters other than `user_id` and `use_ssl`, sent as request metadata.
    public let headers: [String: String]

    public init(host: String, port: Int = SparkConnectURL.defaultPort, userID: String? = nil,
                headers: [String: String] = [:]) {
        self.host = host
        self.port = port
        self.userID = userID
        self.headers = headers
    }

    /// Parses `sc://host:port/;params`; the error says what is wrong with the text.
    public init(parsing text: String) throws(SparkError) {
        func bad(_ reason: String) -> SparkError { .badURL(text, reason: reason) }
        guard text.hasPrefix("sc://") else { throw bad("it does not start with sc://") }
        var rest = Substring(text.dropFirst(5))
        var parameterText: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            parameterText = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }

        var host: Substring
        var portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw bad("an IPv6 address without its closing ]") }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw bad("text after the IPv6 address") }
                portText = after.dropFirst()
            }
        } else if let colon = rest.firstIndex(of: ":") {
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        } else {
            host = rest
        }
        guard !host.isEmpty else { throw bad("no host") }

        var port = SparkConnectURL.defaultPort
        if let portText {
            guard let number = Int(portText), (1...65535).contains(number) else {
                throw bad("the port \"\(portText)\" is not a number from 1 to 65535")
            }
            port = number
        }

        var userID: String?
        var headers: [String: String] = [:]
        for pair in parameterText.split(separator: ";") where !pair.isEmpty {
            guard let equals = pair.firstIndex(of: "=") else { throw bad("the parameter \"\(pair)\" has no value") }
            let key = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            switch key {
            case "user_id":
                userID = value
            case "use_ssl":
                if value.lowercased() == "true" { throw bad("TLS (use_ssl=true) is not supported") }
            case "token":
                throw bad("a token needs TLS, which is not supported")
            default:
                headers[key] = value
            }
        }
        self.init(host: String(host), port: port, userID: userID, headers: headers)
    }

    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        var text = "sc://\(shownHost):\(port)"
        var parameters = headers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        if let userID { parameters.insert("user_id=\(userID)", at: 0) }
        if !parameters.isEmpty { text += "/;" + parameters.joined(separator: ";") }
        return text
    }
}
