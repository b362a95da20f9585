#if Spark
import GRPCCore

/// The methods of Spark's `spark.connect.SparkConnectService` that the client calls, for
/// grpc-swift's generic client (no generated stubs: four descriptors are all it needs).
enum SparkConnectService {
    static let name = "spark.connect.SparkConnectService"

    static let executePlan = MethodDescriptor(fullyQualifiedService: name, method: "ExecutePlan", type: .serverStreaming)
    static let analyzePlan = MethodDescriptor(fullyQualifiedService: name, method: "AnalyzePlan", type: .unary)
    static let releaseSession = MethodDescriptor(fullyQualifiedService: name, method: "ReleaseSession", type: .unary)
}
#endif
