// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, kept in their own package so the main build and tests never
// see the sanitizer flags. Built and run by scripts/fuzz:
//   swift build -c release -Xswiftc -sanitize=fuzzer,address
// Each target's main.swift passes its test function to libFuzzer's driver
// (LLVMFuzzerRunDriver), since SwiftPM renames an executable's own main.
let package = Package(
    name: "FunnelFuzz",
    dependencies: [
        .package(name: "Funnel", path: ".."),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzStatements",
            dependencies: ["FuzzDriver", .product(name: "FunnelKit", package: "Funnel")]
        ),
        .executableTarget(
            name: "FuzzLoader",
            dependencies: ["FuzzDriver", .product(name: "FunnelKit", package: "Funnel")]
        ),
        .executableTarget(
            name: "FuzzSnapshot",
            dependencies: ["FuzzDriver", .product(name: "FunnelKit", package: "Funnel")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
