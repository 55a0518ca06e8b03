import Figures
import Foundation

/// `swift run -c release bench figures [--html PATH]`: renders a seed-like set of 19 figures
/// (28 panels: the sin window [-14,0]x[-6,12] and the reg window [-5,5]^2 on 100x100 grids,
/// paths of the seed's epoch counts) and prints time and bytes per figure. With `--html`, also
/// writes all figures into one page to look at.
enum FiguresBench {
    static func sinLoss(_ w1: Float, _ w2: Float) -> Float {
        let a = exp(1 - cos(w1)), b = exp(1 - sin(w2))
        return sin(w2) * a * a + cos(w1) * b * b + (w1 - w2) * (w1 - w2)
    }

    static func regLoss(_ w1: Float, _ w2: Float) -> Float { w1 * w1 + w2 * w2 + 1.8 * w1 * w2 }

    /// A gradient-descent path (central differences) standing in for an optimizer run.
    static func path(_ f: (Float, Float) -> Float, start: (Float, Float), lr: Float, epochs: Int) -> [PathPoint] {
        var (x, y) = start
        var out: [PathPoint] = []
        for e in 1...epochs {
            let loss = f(x, y)
            out.append(PathPoint(epoch: e, x: Double(x), y: Double(y), loss: Double(loss)))
            let h: Float = 1e-3
            let gx = (f(x + h, y) - f(x - h, y)) / (2 * h), gy = (f(x, y + h) - f(x, y - h)) / (2 * h)
            x -= lr * gx
            y -= lr * gy
        }
        return out
    }

    static func run(_ args: [String]) {
        let sinWindow = Window(xMin: -14, xMax: 0, yMin: -6, yMax: 12)
        let regWindow = Window(xMin: -5, xMax: 5, yMin: -5, yMax: 5)
        func grid(_ w: Window, _ f: (Float, Float) -> Float) -> ([Float], [Float], [Float]) {
            let x = Linspace.float32(Float(w.xMin), Float(w.xMax), 100), y = Linspace.float32(Float(w.yMin), Float(w.yMax), 100)
            var z = [Float](repeating: 0, count: 10_000)
            for i in 0..<100 { for j in 0..<100 { z[i * 100 + j] = f(x[i], y[j]) } }
            return (x, y, z)
        }
        let sinGrid = grid(sinWindow, sinLoss), regGrid = grid(regWindow, regLoss)
        // (loss, epochs per panel) for the seed's 19 figures in lesson order.
        let figures: [(String, [Int])] = [
            ("sin", [0]), ("sin", [30]), ("sin", [30]), ("sin", [30]), ("sin", [25]), ("sin", [15]),
            ("reg", [0]), ("reg", [50, 50]), ("reg", [80]), ("reg", [10, 50, 70]),
            ("sin", [60, 100, 60]), ("sin", [60, 60, 60]), ("sin", [150, 50, 35]), ("sin", [250]),
            ("sin", [30]), ("sin", [20]), ("sin", [150]), ("sin", [30]), ("sin", [50]),
        ]
        var built: [Figure] = []
        for (k, (loss, epochs)) in figures.enumerated() {
            let isSin = loss == "sin"
            let g = isSin ? sinGrid : regGrid
            let panels = epochs.map { n in
                DescentPanel(window: isSin ? sinWindow : regWindow, gridX: g.0, gridY: g.1, z: g.2,
                             path: n == 0 ? [] : path(isSin ? sinLoss : regLoss,
                                                      start: isSin ? (-12, 10) : (-4.5, -2),
                                                      lr: isSin ? 0.01 : 0.1, epochs: n),
                             optimum: isSin ? nil : Point(0, 0), title: n == 0 ? "" : "SGD - {'lr': 0.01}")
            }
            built.append(DescentFigure.figure(panels: panels, description: "Seed-like figure \(k + 1).", idPrefix: "b\(k)"))
        }
        let repeats = 5
        var totalBytes = 0, totalMs = 0.0
        var html = "<!doctype html><meta charset=utf-8><body>"
        print("figure  panels  bytes   bytes/panel  ms (median of \(repeats))")
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
            print(String(format: "%6d  %6d  %6d  %11d  %6.2f", k + 1, figure.panels.count, bytes,
                         bytes / figure.panels.count, ms))
        }
        print(String(format: "total: 19 figures, 28 panels, %d bytes (%.1f KB/panel), %.1f ms (%.2f ms/panel)",
                     totalBytes, Double(totalBytes) / 28 / 1024, totalMs, totalMs / 28))
        if let i = args.firstIndex(of: "--html"), i + 1 < args.count {
            try? html.write(toFile: args[i + 1], atomically: true, encoding: .utf8)
        }
    }
}
