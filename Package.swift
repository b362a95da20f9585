// swift-tools-version:6.1
import PackageDescription

// The stages, each depending only on those above it in this list (docs/architecture.md):
//   FunnelText      (display widths of Chinese text, "did you mean" distances)
//   FunnelStore     (typed columns, the schema, JSON loading)
//   FunnelDomain    (periods, derived card fields, grouping, the KPI catalog, reports)
//   FunnelSyntax    (lexer, parser, syntax tree, the keyword table, completion)
//   FunnelEngine    (binding, then execution; the session; the completion catalog)
//   FunnelOutput    (renderers, and all text: errors, notes, numbers)
//   FunnelGenerator (deterministic demo and benchmark data)
//   FunnelPostgres  (the PostgreSQL client over libpq: connect, import; only the front end uses it)
//   funnel          (the command line and the prompt; the only target that touches the terminal)
// Beside them, FunnelSpark (a Spark Connect client: gRPC, protobuf messages, an Arrow IPC reader)
// depends on no stage. Its gRPC and protobuf parts are built only with the `Spark` trait
// (`swift build --traits Spark`, docs/engines.md): the default build compiles its Arrow reader
// alone and never builds grpc-swift, SwiftNIO or SwiftProtobuf.
let package = Package(
    name: "Funnel",
    products: [
        .library(name: "FunnelKit", targets: [
            "FunnelText", "FunnelStore", "FunnelDomain", "FunnelSyntax", "FunnelEngine", "FunnelOutput",
            "FunnelGenerator",
        ]),
        .executable(name: "funnel", targets: ["funnel"]),
    ],
    traits: [
        .trait(name: "Spark", description: "The Spark Connect client (gRPC and protobuf) in FunnelSpark"),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Only with the Spark trait (each use below is conditional on it).
        .package(url: "https://github.com/grpc/grpc-swift-2", from: "2.4.3"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport", from: "2.9.2"),
        .package(url: "https://github.com/grpc/grpc-swift-protobuf", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // PostgreSQL's C client, for `--engine postgresql://...` and `funnel import` (docs/engines.md).
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(name: "FunnelText"),
        .target(name: "FunnelStore"),
        .target(name: "FunnelDomain", dependencies: ["FunnelStore"]),
        .target(name: "FunnelSyntax", dependencies: ["FunnelText"]),
        .target(name: "FunnelEngine", dependencies: ["FunnelStore", "FunnelDomain", "FunnelSyntax", "FunnelText"]),
        .target(name: "FunnelOutput",
                dependencies: ["FunnelEngine", "FunnelDomain", "FunnelSyntax", "FunnelStore", "FunnelText"]),
        // Also makes the demo dataset `funnel` opens without --data, at start-up, so the
        // binary copied anywhere still has it (docs/generator.md, "The demo dataset").
        .target(name: "FunnelGenerator", dependencies: ["FunnelStore"]),
        // The Spark Connect client. Protocol/ holds Swift generated from proto/ by
        // scripts/generate-spark-proto (committed; each file is `#if Spark`).
        .target(
            name: "FunnelSpark",
            dependencies: [
                .product(name: "GRPCCore", package: "grpc-swift-2", condition: .when(traits: ["Spark"])),
                .product(name: "GRPCNIOTransportHTTP2Posix", package: "grpc-swift-nio-transport",
                         condition: .when(traits: ["Spark"])),
                .product(name: "GRPCProtobuf", package: "grpc-swift-protobuf", condition: .when(traits: ["Spark"])),
                .product(name: "SwiftProtobuf", package: "swift-protobuf", condition: .when(traits: ["Spark"])),
            ]
        ),
        .target(name: "FunnelPostgres", dependencies: ["CLibPQ", "FunnelEngine", "FunnelStore", "FunnelDomain"]),
        .executableTarget(
            name: "funnel",
            dependencies: [
                "FunnelText", "FunnelStore", "FunnelDomain", "FunnelSyntax", "FunnelEngine", "FunnelOutput",
                "FunnelGenerator", "CLibedit", "FunnelPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/FunnelCLI"
        ),
        // What every test that runs statements shares: one harness, the demo dealer.
        .target(
            name: "FunnelTestSupport",
            dependencies: ["FunnelEngine", "FunnelOutput", "FunnelStore", "FunnelGenerator"],
            path: "Tests/FunnelTestSupport"
        ),
        .testTarget(name: "FunnelStoreTests", dependencies: ["FunnelStore"]),
        // The Arrow reader on pyarrow's bytes (Arrow/Fixtures, made by make-fixtures.py); with the
        // Spark trait, the client against a live server when FUNNEL_SPARK_URL is set.
        .testTarget(name: "FunnelSparkTests", dependencies: ["FunnelSpark"], exclude: ["Arrow/Fixtures"]),
        // Syntax errors' words are the output layer's: the tests that read them import it.
        .testTarget(name: "FunnelSyntaxTests", dependencies: ["FunnelSyntax", "FunnelText", "FunnelOutput"]),
        .testTarget(
            name: "FunnelOutputTests",
            // The charts' golden files are drawn from the demo dealer (FunnelTestSupport).
            dependencies: ["FunnelOutput", "FunnelEngine", "FunnelStore", "FunnelText", "FunnelSyntax", "FunnelDomain",
                           "FunnelTestSupport"],
            exclude: ["Renderers/Golden", "Charts/Golden"]
        ),
        .testTarget(
            name: "FunnelEngineTests",
            dependencies: [
                "FunnelEngine", "FunnelSyntax", "FunnelStore", "FunnelDomain", "FunnelOutput", "FunnelGenerator",
                "FunnelTestSupport",
            ]
        ),
        // The domain's worked examples also check the words the output layer gives them.
        .testTarget(name: "FunnelDomainTests", dependencies: ["FunnelStore", "FunnelDomain", "FunnelOutput"]),
        .testTarget(
            name: "FunnelGeneratorTests",
            dependencies: ["FunnelStore", "FunnelDomain", "FunnelGenerator"]
        ),
        // The prompt's pure parts (completion, dot-commands, history policy) are tested
        // through the engine and the executable's module; the prompt itself in a pty.
        .testTarget(
            name: "FunnelCLITests",
            dependencies: ["funnel", "FunnelEngine", "FunnelStore", "FunnelOutput", "FunnelSyntax", "FunnelTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
