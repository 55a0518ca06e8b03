// swift-tools-version:6.0

import PackageDescription

// FlyingFox 0.27.1 (https://github.com/swhitty/FlyingFox, commit e3e3bbe, MIT licence, see
// LICENSE) as Descent uses it: the sources of its FlyingFox and FlyingSocks targets
// unchanged, except that ProxyHTTPHandler (and its `.proxy(via:)` shorthand) is left out.
// That handler is FlyingFox's only use of URLSession: through it every program linking
// FlyingFox loaded FoundationNetworking, libcurl and some twenty libraries behind it
// (TLS, Kerberos, LDAP, SSH), about 7 MB of resident memory that `descent` never uses.
// See Vendor/README.md.
let package = Package(
    name: "FlyingFox",
    products: [
        .library(name: "FlyingFox", targets: ["FlyingFox"]),
        .library(name: "FlyingSocks", targets: ["FlyingSocks"]),
    ],
    targets: [
        .target(
            name: "FlyingFox",
            dependencies: ["FlyingSocks"],
            path: "FlyingFox/Sources",
            swiftSettings: .upcomingFeatures
        ),
        .target(
            name: "FlyingSocks",
            dependencies: [.target(name: "CSystemLinux", condition: .when(platforms: [.linux, .android]))],
            path: "FlyingSocks/Sources",
            swiftSettings: .upcomingFeatures
        ),
        .target(
            name: "CSystemLinux",
            path: "CSystemLinux"
        ),
    ]
)

extension Array where Element == SwiftSetting {
    static var upcomingFeatures: [SwiftSetting] {
        [
            .enableUpcomingFeature("ExistentialAny"),
            .swiftLanguageMode(.v6),
        ]
    }
}
