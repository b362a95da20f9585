#if Spark
import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2Posix
import GRPCProtobuf

/// Opens Spark Connect sessions. A session lives inside `withSession`'s closure: the gRPC
/// connection is made for it and closed, and the server's session released, when it returns.
public enum SparkConnect {
    /// The largest response message accepted: Spark sends Arrow batches of at most 4 MiB by
    /// default (spark.connect.grpc.arrow.maxBatchSize); this leaves room for larger settings.
    public static let maximumResponseBytes = 128 * 1024 * 1024

    /// Runs `body` with a session on the server at `url`. `timeout`, when given, bounds each call.
    /// Errors of the session's calls are `SparkError`s; `body`'s own errors pass through.
    public static func withSession<Result: Sendable>(
        _ url: SparkConnectURL,
        timeout: Duration? = nil,
        _ body: (SparkConnectSession) async throws -> Result
    ) async throws -> Result {
        let endpoint = url.description
        let transport: HTTP2ClientTransport.Posix
        do {
            transport = try HTTP2ClientTransport.Posix(target: target(url), transportSecurity: .plaintext)
        } catch {
            throw SparkError.from(error, endpoint: endpoint)
        }
        return try await withGRPCClient(transport: transport) { client in
            let session = SparkConnectSession(client: client, url: url, timeout: timeout)
            do {
                let result = try await body(session)
                await session.release()
                return result
            } catch {
                await session.release()
                throw error
            }
        }
    }

    private static func target(_ url: SparkConnectURL) -> any ResolvableTarget {
        if url.host.contains(":") { return .ipv6(address: url.host, port: url.port) }
        if url.host.split(separator: ".").count == 4, url.host.allSatisfy({ $0.isNumber || $0 == "." }) {
            return .ipv4(address: url.host, port: url.port)
        }
        return .dns(host: url.host, port: url.port)
    }
}

/// One session on a Spark Connect server: its temporary views and settings last as long as it.
public struct SparkConnectSession: Sendable {
    let client: GRPCClient<HTTP2ClientTransport.Posix>
    public let url: SparkConnectURL
    /// The session's id, a UUID the client makes (Spark requires that form).
    public let sessionID: String
    let timeout: Duration?
    let serverSession = ServerSessionID()

    static let clientType = "funnel"

    init(client: GRPCClient<HTTP2ClientTransport.Posix>, url: SparkConnectURL, timeout: Duration?) {
        self.client = client
        self.url = url
        self.sessionID = UUID().uuidString.lowercased()
        self.timeout = timeout
    }

    /// Runs a query and returns its rows: the plan's root is a SQL relation, so Spark analyses
    /// and runs the statement and streams its rows as Arrow batches.
    public func sql(_ query: String) async throws(SparkError) -> SparkResult {
        try await execute(plan: .with { $0.root = Self.sqlRelation(query) }).result
    }

    /// Runs a statement as Spark 4's clients run `spark.sql(...)`: a SqlCommand, which Spark runs
    /// at once (DDL, INSERT, SET, CREATE VIEW ...). A statement with rows hands back a relation;
    /// that is then run for its rows (empty for most commands).
    public func execute(_ statement: String) async throws(SparkError) -> SparkResult {
        let command = try await execute(plan: .with {
            $0.command = .with { $0.sqlCommand = .with { $0.input = Self.sqlRelation(statement) } }
        })
        guard let relation = command.commandRelation else { return command.result }
        return try await execute(plan: .with { $0.root = relation }).result
    }

    /// The columns a query would give, without running it (AnalyzePlan's schema call).
    public func schema(of query: String) async throws(SparkError) -> [SparkSchemaField] {
        let response = try await analyze {
            $0.schema = .with { $0.plan = .with { $0.root = Self.sqlRelation(query) } }
        }
        guard case .schema(let schema)? = response.result else {
            throw .protocolViolation("AnalyzePlan gave no schema")
        }
        guard case .struct(let fields)? = schema.schema.kind else {
            return [SparkSchemaField(name: "value", type: SparkSQLType(schema.schema), nullable: true)]
        }
        return fields.fields.map(SparkSchemaField.init)
    }

    /// The server's Spark version (`4.0.1`).
    public func sparkVersion() async throws(SparkError) -> String {
        let response = try await analyze { $0.sparkVersion = .init() }
        guard case .sparkVersion(let version)? = response.result else {
            throw .protocolViolation("AnalyzePlan gave no version")
        }
        return version.version
    }

    // MARK: - Calls

    private static func sqlRelation(_ query: String) -> Spark_Connect_Relation {
        .with { $0.sql = .with { $0.query = query } }
    }

    private var userContext: Spark_Connect_UserContext {
        .with { $0.userID = url.userID ?? "funnel" }
    }

    private var options: CallOptions {
        var options = CallOptions.defaults
        options.timeout = timeout
        options.maxResponseMessageBytes = SparkConnect.maximumResponseBytes
        options.waitForReady = false
        return options
    }

    private var metadata: Metadata {
        var metadata: Metadata = [:]
        for (key, value) in url.headers.sorted(by: { $0.key < $1.key }) {
            metadata.addString(value, forKey: key)
        }
        return metadata
    }

    private func execute(plan: Spark_Connect_Plan) async throws(SparkError) -> SparkResultCollector {
        let request = Spark_Connect_ExecutePlanRequest.with {
            $0.sessionID = sessionID
            $0.userContext = userContext
            $0.clientType = Self.clientType
            $0.plan = plan
            if let observed = self.serverSession.current { $0.clientObservedServerSideSessionID = observed }
        }
        let serverSession = self.serverSession
        do {
            return try await client.serverStreaming(
                request: ClientRequest(message: request, metadata: metadata),
                descriptor: SparkConnectService.executePlan,
                serializer: ProtobufSerializer<Spark_Connect_ExecutePlanRequest>(),
                deserializer: ProtobufDeserializer<Spark_Connect_ExecutePlanResponse>(),
                options: options
            ) { response in
                var collector = SparkResultCollector()
                for try await message in response.messages {
                    try serverSession.observe(message.serverSideSessionID)
                    try collector.add(message)
                }
                return collector
            }
        } catch {
            throw SparkError.from(error, endpoint: url.description)
        }
    }

    private func analyze(_ configure: (inout Spark_Connect_AnalyzePlanRequest) -> Void)
        async throws(SparkError) -> Spark_Connect_AnalyzePlanResponse
    {
        var request = Spark_Connect_AnalyzePlanRequest.with {
            $0.sessionID = sessionID
            $0.userContext = userContext
            $0.clientType = Self.clientType
            if let observed = serverSession.current { $0.clientObservedServerSideSessionID = observed }
        }
        configure(&request)
        let response: Spark_Connect_AnalyzePlanResponse
        do {
            response = try await client.unary(
                request: ClientRequest(message: request, metadata: metadata),
                descriptor: SparkConnectService.analyzePlan,
                serializer: ProtobufSerializer<Spark_Connect_AnalyzePlanRequest>(),
                deserializer: ProtobufDeserializer<Spark_Connect_AnalyzePlanResponse>(),
                options: options
            ) { try $0.message }
        } catch {
            throw SparkError.from(error, endpoint: url.description)
        }
        try serverSession.observe(response.serverSideSessionID)
        return response
    }

    /// Ends the server's session (its views and cached state); a failure here changes nothing
    /// the caller has, so it is ignored.
    func release() async {
        let request = Spark_Connect_ReleaseSessionRequest.with {
            $0.sessionID = sessionID
            $0.userContext = userContext
            $0.clientType = Self.clientType
        }
        _ = try? await client.unary(
            request: ClientRequest(message: request, metadata: metadata),
            descriptor: SparkConnectService.releaseSession,
            serializer: ProtobufSerializer<Spark_Connect_ReleaseSessionRequest>(),
            deserializer: ProtobufDeserializer<Spark_Connect_ReleaseSessionResponse>(),
            options: options
        ) { try $0.message }
    }
}
#endif
