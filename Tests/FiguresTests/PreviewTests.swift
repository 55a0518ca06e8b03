import Foundation
import Testing
@testable import Figures

@Suite struct SeedFigureTests {
    @Test func nineteenFiguresTwentyEightPanels() throws {
        let all = try SeedFigures.all()
        #expect(all.count == 19)
        #expect(all.reduce(0) { $0 + $1.figure.panels.count } == 28)
    }

    @Test func seedPanelsAreLight() throws {
        var checked = 0
        for (id, figure) in try SeedFigures.all() {
            let svg = figure.svg()
            let points = figure.panels.flatMap(\.layers).reduce(0) { n, l in
                if case .path(let p) = l { return n + p.points.count } else { return n } }
            // Everything but the per-point tooltips: under 16 KB a panel (the path line of 250 epochs included).
            let tooltipBytes = svg.components(separatedBy: "<g class=\"fig-points\">").dropFirst()
                .reduce(0) { $0 + ($1.components(separatedBy: "</g>").first?.utf8.count ?? 0) }
            #expect((svg.utf8.count - tooltipBytes) / figure.panels.count < 16_000, "\(id)")
            // A whole single panel with up to 50 epochs: under 20 KB.
            if figure.panels.count == 1 && points <= 50 {
                #expect(svg.utf8.count < 20_000, "\(id): \(svg.utf8.count) bytes")
                checked += 1
            }
        }
        #expect(checked == 11)
    }

    /// Writes every seed figure into one HTML page when FIGURES_PREVIEW names a file.
    @Test func preview() throws {
        guard let path = ProcessInfo.processInfo.environment["FIGURES_PREVIEW"] else { return }
        var html = "<!doctype html><meta charset=utf-8><body style='margin:8px;font-family:sans-serif'>"
        let only = ProcessInfo.processInfo.environment["FIGURES_ONLY"]?.split(separator: ",").map(String.init)
        for (id, figure) in try SeedFigures.all() where only == nil || only!.contains(id) {
            let svg = figure.svg()
            html += "<h3>\(id) (\(svg.utf8.count) bytes)</h3><div style='width:\(figure.panels.count == 1 ? 560 : 1450)px'>\(svg)</div>"
        }
        let cases = try SeedSurfaces.cases().filter { ["cell-15", "cell-16", "cell-18"].contains($0.id) }
        let loss = LineChart(title: "loss per epoch", yLabel: "loss", series: cases.map {
            LineSeries(x: $0.rows.map { $0[0] }, y: $0.rows.map { $0[3] }, label: $0.id) })
        html += "<h3>line chart, dark theme, phone width</h3><div style='width:360px;background:#111;color:#ddd;color-scheme:dark'>"
        html += LineChart.svg([loss], description: "Loss per epoch.", idPrefix: "lc") + "</div>"
        try html.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
