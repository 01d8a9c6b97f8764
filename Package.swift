// swift-tools-version: 6.1
import PackageDescription

// Layers point one way: PodiumText ← TermCore ← TermCurses; PodiumText ← PodiumCore ←
// PodiumStore, PodiumDemo; everything ← PodiumApp ← podium. Only TermCurses touches ncurses, only PodiumStore
// touches SQL, PodiumCore does no I/O.
let package = Package(
    name: "Podium",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "podium", targets: ["podium"]),
        .executable(name: "podium-bench", targets: ["PodiumBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        // The text rules the terminal and the documents share (sanitising), Foundation only, so
        // that TermCore and PodiumCore need not import each other.
        .target(name: "PodiumText"),
        .target(name: "TermCore", dependencies: ["PodiumText", "Yams"]),
        .target(name: "TermCurses", dependencies: ["TermCore", "CNCursesW"]),
        .target(name: "PodiumCore", dependencies: ["PodiumText"]),
        .target(
            name: "PodiumStore",
            dependencies: ["PodiumCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "PodiumThemes", path: "Themes",
            resources: [.copy("default.yaml"), .copy("light.yaml"), .copy("high-contrast.yaml"), .copy("mono.yaml")]
        ),
        .target(name: "PodiumDemo", dependencies: ["PodiumCore"], resources: [.copy("Resources")]),
        // The event as YAML, spreadsheets in, printable documents out. Reads and writes bytes,
        // never files: callers own the I/O.
        .target(name: "PodiumDocuments", dependencies: ["PodiumCore", "Yams", "ZIPFoundation"]),
        .target(
            name: "PodiumApp",
            dependencies: ["PodiumCore", "PodiumStore", "PodiumDemo", "PodiumDocuments", "TermCore"]
        ),
        .executableTarget(
            name: "podium",
            dependencies: [
                "PodiumApp", "PodiumCore", "PodiumStore", "PodiumDemo", "PodiumDocuments", "PodiumThemes", "TermCore",
                "TermCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed budgets, measured in release mode: `swift run -c release podium-bench all`.
        .executableTarget(
            name: "PodiumBench",
            dependencies: ["PodiumApp", "PodiumCore", "PodiumDemo", "PodiumDocuments", "PodiumStore", "PodiumThemes", "TermCore"],
            // openpty, for measuring what the terminal receives.
            linkerSettings: [.linkedLibrary("util")]
        ),
        // One scripted operator in its own process, for the several-operators stress test.
        .executableTarget(name: "podium-operator", dependencies: ["PodiumCore", "PodiumStore"], path: "Sources/PodiumOperator"),
        .testTarget(name: "PodiumTextTests", dependencies: ["PodiumText"]),
        .testTarget(name: "TermCoreTests", dependencies: ["TermCore", "PodiumText"]),
        // PodiumDocuments: the reports and scripts built here are also checked in their printed forms.
        .testTarget(name: "PodiumCoreTests", dependencies: ["PodiumCore", "PodiumDemo", "PodiumDocuments"], exclude: ["Golden"]),
        .testTarget(name: "PodiumDocumentsTests", dependencies: ["PodiumDocuments", "PodiumCore", "PodiumDemo", "ZIPFoundation"]),
        .testTarget(name: "PodiumStoreTests", dependencies: ["PodiumStore", "PodiumCore", "PodiumDemo"]),
        .testTarget(
            name: "PodiumAppTests",
            dependencies: ["PodiumApp", "PodiumCore", "PodiumDocuments", "PodiumStore", "PodiumDemo", "TermCore"],
            exclude: ["Golden"]
        ),
        // Depends on the executables so that `swift test` builds the binaries it drives; on the store
        // so that the kill trials and the stress test can fold the journal the binaries left and compare.
        .testTarget(name: "EndToEndTests", dependencies: ["podium", "podium-operator", "PodiumCore", "PodiumStore", "PodiumDemo"]),
    ]
)
