// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on those above it in this list:
//   FunnelStore  (columns, JSON loading)
//   FunnelDomain (periods, derived card fields, prospect base)
//   FunnelGenerator (deterministic demo and benchmark data)
//   funnel       (the command line; the only target that touches the terminal)
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
        .target(name: "FunnelText"),
        .target(name: "FunnelStore"),
        .target(name: "FunnelDomain", dependencies: ["FunnelStore"]),
        .target(name: "FunnelSyntax", dependencies: ["FunnelText"]),
        .target(name: "FunnelEngine", dependencies: ["FunnelStore", "FunnelDomain", "FunnelSyntax", "FunnelText"]),
        .target(name: "FunnelOutput", dependencies: ["FunnelEngine", "FunnelStore", "FunnelText"]),
        .target(
            name: "FunnelGenerator",
            dependencies: ["FunnelStore", "FunnelDomain"],
            resources: [.copy("Resources/demo.json")]
        ),
        .executableTarget(
            name: "funnel",
            dependencies: [
                "FunnelStore", "FunnelDomain", "FunnelGenerator", "CLibedit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/FunnelCLI"
        ),
        .testTarget(name: "FunnelStoreTests", dependencies: ["FunnelStore"]),
        .testTarget(name: "FunnelSyntaxTests", dependencies: ["FunnelSyntax", "FunnelText"]),
        .testTarget(
            name: "FunnelOutputTests", dependencies: ["FunnelOutput", "FunnelEngine", "FunnelStore", "FunnelText"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "FunnelDomainTests", dependencies: ["FunnelStore", "FunnelDomain"]),
        .testTarget(
            name: "FunnelGeneratorTests",
            dependencies: ["FunnelStore", "FunnelDomain", "FunnelGenerator"]
        ),
        .testTarget(name: "FunnelCLITests", dependencies: ["funnel"]),
    ],
    swiftLanguageModes: [.v6]
)
