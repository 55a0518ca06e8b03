import Foundation
import Testing
@testable import Figures

/// Golden SVGs: recorded into Tests/FiguresTests/Fixtures/golden/ when missing or when
/// RECORD_GOLDENS=1; otherwise compared byte for byte, with a line diff on failure.
@Suite struct GoldenTests {
    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    func check(_ name: String, _ svg: String) throws {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
        let bundled = Fixture.url("golden/\(name).svg")
        guard !record, let url = bundled, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: Self.goldenDir, withIntermediateDirectories: true)
            try svg.write(to: Self.goldenDir.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
            print("recorded golden \(name).svg")
            return
        }
        if expected != svg {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = svg.split(separator: "\n", omittingEmptySubsequences: false)
            var diff: [String] = []
            for k in 0..<max(a.count, b.count) where diff.count < 20 {
                let x = k < a.count ? String(a[k]) : nil, y = k < b.count ? String(b[k]) : nil
                if x != y {
                    if let x { diff.append("\(k + 1)- \(x.prefix(160))") }
                    if let y { diff.append("\(k + 1)+ \(y.prefix(160))") }
                }
            }
            let message = "golden \(name).svg differs (RECORD_GOLDENS=1 to re-record):\n" + diff.joined(separator: "\n")
            Issue.record(Comment(rawValue: message))
        }
    }

    @Test func sinSurface() throws {
        let figure = try #require(SeedFigures.all().first { $0.id == "cell-02" })
        try check("cell-02-sin-surface", figure.figure.svg())
    }

    @Test func sgdMomentumPath() throws {
        let figure = try #require(SeedFigures.all().first { $0.id == "cell-06" })
        try check("cell-06-sgd-momentum", figure.figure.svg())
    }

    @Test func threeRegPanels() throws {
        let figure = try #require(SeedFigures.all().first { $0.id == "cell-11" })
        try check("cell-11-three-panels", figure.figure.svg())
    }

    @Test func lossAndLearningRateCharts() throws {
        let c = try #require(SeedSurfaces.cases().first { $0.id == "cell-16" })
        let loss = LineChart.perEpoch(c.rows.map { $0[3] }, yLabel: "loss", title: "loss per epoch")
        let lr = (0..<c.epochs).map { 0.04 * pow(0.95, Double($0 + 1)) }
        let lrChart = LineChart.perEpoch(lr, yLabel: "lr", title: "learning rate per epoch", yScale: .log)
        try check("cell-16-loss-lr", LineChart.svg([loss, lrChart], description: "Loss and learning rate per epoch.", idPrefix: "c16"))
    }
}
