// swift-tools-version:6.0
import PackageDescription

// The engine's kernels round with fused multiply-adds where PyTorch's compiled kernels do
// (`addingProduct`). Without a target CPU that has FMA, each one is a call to libm's `fmaf`;
// on x86-64 the engine is built for Haswell and later (AVX2 and FMA, as every x86-64 CPU
// since 2013-2015 has) so they are single instructions and simple loops vectorize. Results
// are the same either way: Swift never contracts or reassociates floating-point arithmetic.
#if arch(x86_64)
let engineCPU: [String] = ["-target-cpu", "haswell"]
#else
let engineCPU: [String] = []
#endif

let package = Package(
    name: "descent",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "descent", targets: ["descent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        // FlyingFox 0.27.1 without its proxy handler, so nothing loads FoundationNetworking
        // and libcurl (Vendor/README.md).
        .package(path: "Vendor/FlyingFox"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "Notebook",
            dependencies: [
                "CMark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // The engine's kernels run a hundred times slower unoptimized, and `descent check`
        // runs whole training loops in the debug build the tests use: optimize it always.
        // Release builds skip the run-time exclusivity checks in the engine's kernels (debug builds,
        // which the tests use, keep them).
        .target(name: "Engine", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug)), .unsafeFlags(engineCPU),
                                                .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(name: "Figures"),
        // The interpreter's hot paths (frames, syntax-node caches, dicts) skip the run-time
        // exclusivity checks in release builds too; debug builds (the tests') keep them.
        .target(name: "Script", dependencies: ["Notebook", "Engine", "Figures"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(name: "Render", dependencies: ["Notebook", "Engine", "Script", "Figures"]),
        .target(name: "Site", dependencies: ["Notebook", "Engine", "Script", "Figures", "Render"]),
        .target(name: "Serve", dependencies: ["Notebook", "Render", "Site", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]),
        .executableTarget(
            name: "descent",
            dependencies: [
                "Site",
                "Serve",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "bench", dependencies: ["Engine", "Script", "Figures", "Site", "Serve"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ScriptTests", dependencies: ["Script", "Figures"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RenderTests", dependencies: ["Render"]),
        .testTarget(name: "SiteTests", dependencies: ["Site"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ServeTests", dependencies: ["Serve"]),
        .testTarget(name: "CLITests", dependencies: ["Site"]),
    ]
)
