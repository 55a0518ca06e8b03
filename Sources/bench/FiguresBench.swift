import Figures
import Script
import Foundation

/// `swift run -c release bench figures [--html PATH]`: renders the seed lesson's 19 figures
/// (28 panels: the sin window [-14,0]x[-6,12] and the reg window [-5,5]^2 on 100x100 grids,
/// with PyTorch's own paths from Tests/FiguresTests/Fixtures/seed-cases.json) and prints time
/// and bytes per figure. With `--html`, also writes all figures into one page to look at.
enum FiguresBench {
    static func sinLoss(_ w1: Float, _ w2: Float) -> Float {
        let a = exp(1 - cos(w1)), b = exp(1 - sin(w2))
        return sin(w2) * a * a + cos(w1) * b * b + (w1 - w2) * (w1 - w2)
    }

    static func regLoss(_ w1: Float, _ w2: Float) -> Float { w1 * w1 + w2 * w2 + 1.8 * w1 * w2 }

    /// One reference run of the seed lesson, as the fixture file stores it.
    struct Case: Decodable {
        struct Call: Decodable {
            let name: String
            let params: [String: Double]
        }
        let id: String
        let loss: String
        let rows: [[Double]]
        let optimizer: Call?
        let scheduler: Call?
        let step_size: Double?

        /// The seed's `plot_train` title: `SGD - {'lr': 0.01}`, `step_size=0.01`, ` - ExponentialLR`.
        var title: String {
            var t = step_size.map { "step_size=\(PyFormat.repr($0))" } ?? ""
            if let o = optimizer {
                // The seed passes `lr` first; JSON objects have no order, so it is restored here.
                let keys = o.params.keys.sorted { ($0 != "lr" ? 1 : 0, $0) < ($1 != "lr" ? 1 : 0, $1) }
                t += "\(o.name) - {" + keys.map { "'\($0)': \(PyFormat.repr(o.params[$0]!))" }.joined(separator: ", ") + "}"
            }
            if let s = scheduler { t += " - \(s.name)" }
            return t
        }
    }

    static func run(_ args: [String]) {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/FiguresTests/Fixtures/seed-cases.json")
        struct File: Decodable { let cases: [Case] }
        guard let data = try? Data(contentsOf: fixture), let cases = try? JSONDecoder().decode(File.self, from: data).cases else {
            print("bench figures: cannot read \(fixture.path) (run from a checkout of the repository)")
            return
        }
        let sinWindow = Window(xMin: -14, xMax: 0, yMin: -6, yMax: 12)
        let regWindow = Window(xMin: -5, xMax: 5, yMin: -5, yMax: 5)
        func panel(_ loss: String, _ c: Case?) -> DescentPanel {
            let isSin = loss == "sin"
            return DescentPanel(window: isSin ? sinWindow : regWindow, steps: 100, loss: isSin ? sinLoss : regLoss,
                                path: c?.rows.map { PathPoint(epoch: Int($0[0]), x: $0[1], y: $0[2], loss: $0[3]) } ?? [],
                                optimum: !isSin && c != nil ? Point(0, 0) : nil, title: c?.title ?? "")
        }
        // Figures in lesson order: the bare surfaces (cells 02 and 08), then runs grouped by cell.
        var groups: [(id: String, panels: [DescentPanel])] = [("cell-02", [panel("sin", nil)])]
        for c in cases {
            let id = String(c.id.prefix(7))
            if let k = groups.firstIndex(where: { $0.id == id }) {
                groups[k].panels.append(panel(c.loss, c))
            } else {
                groups.append((id, [panel(c.loss, c)]))
            }
            if id == "cell-07" { groups.append(("cell-08", [panel("reg", nil)])) }
        }
        let built = groups.map { DescentFigure.figure(panels: $0.panels, description: "Seed figure \($0.id).", idPrefix: $0.id) }
        let panelCount = built.reduce(0) { $0 + $1.panels.count }
        let repeats = 5
        var totalBytes = 0, totalMs = 0.0
        var html = "<!doctype html><meta charset=utf-8><body>"
        // Per panel: its bytes, and how many of them are point tooltips (`<title>` in a circle).
        func panelWeights(_ svg: String) -> [(bytes: Int, tooltips: Int)] {
            svg.components(separatedBy: "<g class=\"fig-panel\">").dropFirst().map { panel in
                let tooltips = panel.components(separatedBy: "<circle").dropFirst().reduce(0) { sum, circle in
                    guard let a = circle.range(of: "<title>"), let b = circle.range(of: "</title>") else { return sum }
                    return sum + circle.utf8.distance(from: a.lowerBound, to: b.upperBound)
                }
                return (panel.utf8.count, tooltips)
            }
        }
        var heaviest = (bytes: 0, tooltips: 0, id: "")
        print("figure   panels  bytes   largest panel (of it tooltips)  ms (median of \(repeats))")
        for (k, figure) in built.enumerated() {
            var times: [Double] = []
            var svg = ""
            for _ in 0..<repeats {
                let t0 = DispatchTime.now().uptimeNanoseconds
                svg = figure.svg()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
            let ms = times.sorted()[repeats / 2]
            let bytes = svg.utf8.count
            totalBytes += bytes
            totalMs += ms
            html += "<div style='width:\(figure.panels.count == 1 ? 560 : 1450)px'>\(svg)</div>"
            let largest = panelWeights(svg).max { $0.bytes < $1.bytes } ?? (0, 0)
            if largest.bytes > heaviest.bytes { heaviest = (largest.bytes, largest.tooltips, groups[k].id) }
            print(String(format: "%@  %6d  %6d  %13d (%6d)  %26.2f", groups[k].id, figure.panels.count, bytes,
                         largest.bytes, largest.tooltips, ms))
        }
        print(String(format: "total: %d figures, %d panels, %d bytes (%.1f KB/panel), %.1f ms (%.2f ms/panel)",
                     built.count, panelCount, totalBytes, Double(totalBytes) / Double(panelCount) / 1024, totalMs,
                     totalMs / Double(panelCount)))
        print("heaviest panel: \(heaviest.bytes) bytes in \(heaviest.id), \(heaviest.tooltips) of them point tooltips")
        if let i = args.firstIndex(of: "--html"), i + 1 < args.count {
            try? html.write(toFile: args[i + 1], atomically: true, encoding: .utf8)
        }
    }
}
