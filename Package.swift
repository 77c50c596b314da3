// swift-tools-version: 6.0
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "advocate",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "advocate", targets: ["advocate"]),
        .library(name: "AdvocacyCore", targets: ["AdvocacyCore"]),
        .library(name: "AdvocacyPlugins", targets: ["AdvocacyPlugins"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The send journal: SQLite in WAL mode, over Debian's libsqlite3-dev.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CIDN2",
            pkgConfig: "libidn2",
            providers: [.apt(["libidn2-dev"])]
        ),
        .systemLibrary(name: "CRenameExchange"),
        .target(
            name: "AdvocacyCore",
            dependencies: [
                "CYAML",
                "CRenameExchange",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "AdvocacyPlugins",
            dependencies: [
                "AdvocacyCore",
                "CCmarkGFM",
                "CIDN2",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            path: "Sources/Plugins",
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "advocate",
            dependencies: [
                "AdvocacyCore",
                "AdvocacyPlugins",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        .target(
            name: "AdvocacyFixtures",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/Fixtures",
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "advocate-bench",
            dependencies: ["AdvocacyCore", "AdvocacyFixtures", "CYAML"],
            path: "Benchmarks/advocate-bench",
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "markdown-bench",
            dependencies: ["AdvocacyPlugins"],
            path: "Benchmarks/markdown-bench",
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "lists-bench",
            dependencies: ["AdvocacyCore", "AdvocacyPlugins", "AdvocacyFixtures"],
            path: "Benchmarks/lists-bench",
            exclude: ["reference.py"],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "journal-bench",
            dependencies: ["AdvocacyPlugins", "AdvocacyFixtures"],
            path: "Benchmarks/journal-bench",
            exclude: ["reference.py"],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "send-bench",
            dependencies: ["AdvocacyCore", "AdvocacyPlugins", .product(name: "Crypto", package: "swift-crypto")],
            path: "Benchmarks/send-bench",
            exclude: ["reference.py", "sink.py"],
            swiftSettings: strictness
        ),
        .executableTarget(
            name: "mailing-bench",
            dependencies: ["AdvocacyCore", "AdvocacyPlugins", "AdvocacyFixtures"],
            path: "Benchmarks/mailing-bench",
            exclude: ["reference.py"],
            swiftSettings: strictness
        ),
        // What every test target shares: one runner for the advocate binary and the programs
        // that check its output, golden files, throwaway projects (Tests/AdvocateTestSupport).
        .target(
            name: "AdvocateTestSupport",
            dependencies: ["AdvocacyFixtures"],
            path: "Tests/AdvocateTestSupport",
            swiftSettings: strictness
        ),
        .testTarget(
            name: "AdvocacyCoreTests",
            dependencies: ["AdvocacyCore", "AdvocacyFixtures", "AdvocateTestSupport"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "AdvocacyPluginsTests",
            dependencies: ["AdvocacyCore", "AdvocacyPlugins", "AdvocacyFixtures", "AdvocateTestSupport"],
            exclude: ["Golden"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "advocateTests",
            dependencies: ["advocate", "AdvocacyFixtures", "AdvocateTestSupport"],
            swiftSettings: strictness
        ),
    ],
    swiftLanguageModes: [.v6]
)
