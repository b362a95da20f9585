// swift-tools-version:6.0
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
let package = Package(
    name: "Funnel",
    products: [
        .library(name: "FunnelKit", targets: [
            "FunnelText", "FunnelStore", "FunnelDomain", "FunnelSyntax", "FunnelEngine", "FunnelOutput",
            "FunnelGenerator",
        ]),
        .executable(name: "funnel", targets: ["funnel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        // Syntax errors' words are the output layer's: the tests that read them import it.
        .testTarget(name: "FunnelSyntaxTests", dependencies: ["FunnelSyntax", "FunnelText", "FunnelOutput"]),
        .testTarget(
            name: "FunnelOutputTests",
            dependencies: ["FunnelOutput", "FunnelEngine", "FunnelStore", "FunnelText", "FunnelSyntax", "FunnelDomain"],
            exclude: ["Renderers/Golden"]
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
