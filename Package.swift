// swift-tools-version:6.0
import PackageDescription


let package = Package(
    name: "pdash",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pdash", targets: ["pdash"]),
        .executable(name: "pdash-bench", targets: ["pdash-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CBuildInfo"),
        .target(
            name: "AWSSigV4",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "AWSCore",
            dependencies: [
                "AWSSigV4",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(name: "AWSServices", dependencies: ["AWSCore"]),
        .target(
            name: "Emulator",
            dependencies: [
                "AWSSigV4",
                "AWSServices",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(name: "Dashboard", dependencies: ["AWSCore", "AWSServices"]),
        .target(name: "PdashSettings"),
        .target(name: "DashboardView", dependencies: ["Dashboard"]),
        .target(name: "Terminal", dependencies: ["CNcursesw", "DashboardView"]),
        .target(name: "HeadlessOutput", dependencies: ["AWSCore", "AWSSigV4", "DashboardView"]),
        .executableTarget(
            name: "pdash",
            dependencies: [
                "AWSCore", "AWSServices", "Emulator", "Dashboard", "DashboardView", "Terminal", "HeadlessOutput", "PdashSettings",
                "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "pdash-bench",
            dependencies: [
                "AWSCore", "AWSServices", "Emulator", "Dashboard", "DashboardView",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AWSSigV4Tests", dependencies: ["AWSSigV4"]),
        .testTarget(name: "AWSServicesTests", dependencies: ["AWSServices", "AWSCore"]),
        .testTarget(
            name: "AWSCoreTests",
            dependencies: [
                "AWSCore", "Emulator",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(name: "EmulatorTests", dependencies: ["Emulator", "AWSCore", "AWSServices"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Emulator", "AWSCore"]),
        .testTarget(name: "PdashSettingsTests", dependencies: ["PdashSettings"]),
        .testTarget(name: "DashboardViewTests", dependencies: ["DashboardView"], exclude: ["Snapshots"]),
        .testTarget(name: "HeadlessOutputTests", dependencies: ["HeadlessOutput", "AWSServices"]),
        .testTarget(name: "EndToEndTests", dependencies: ["pdash", "AWSCore", "DashboardView", "HeadlessOutput"]),
    ],
    swiftLanguageModes: [.v6]
)
