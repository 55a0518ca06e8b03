import Foundation
import Testing
@testable import Figures

/// Figures of diverging runs and degenerate series: every one must render to valid SVG.
@Suite struct DivergenceTests {
    static let extremes: [Double] = [1e30, -1e30, 1e40, 1e300, -1e300, .greatestFiniteMagnitude,
                                     .infinity, -.infinity, .nan]

    /// Valid SVG: one root, balanced groups, no non-finite numbers spelled out, bounded size.
    static func expectValid(_ svg: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(svg.hasPrefix("<svg"), sourceLocation: sourceLocation)
        #expect(svg.hasSuffix("</svg>\n"), sourceLocation: sourceLocation)
        #expect(!svg.contains("nan") && !svg.contains("inf"), sourceLocation: sourceLocation)
        let opened = svg.components(separatedBy: "<g").count, closed = svg.components(separatedBy: "</g>").count
        #expect(opened == closed, sourceLocation: sourceLocation)
        #expect(svg.count < 2_000_000, sourceLocation: sourceLocation)
    }

    static func contour() -> ContourSet {
        let x = (0..<20).map { -14 + 14 * Double($0) / 19 }, y = (0..<20).map { -6 + 18 * Double($0) / 19 }
        var z: [Double] = []
        for a in x { for b in y { z.append(sin(b) + cos(a) + 0.01 * (a - b) * (a - b)) } }
        return ContourSet(x: x, y: y, z: z)
    }

    /// The crash from review: a `sin` run with step size 100 leaves the box with coordinates
    /// near 1e40, then inf and nan; clipping used to round the entry point outside the box.
    @Test func divergingSinRunRenders() {
        var pts = [PathPoint(epoch: 1, x: -12, y: 10, loss: 3)]
        let xs: [Double] = [-13.5, 2.4e40, -7.9e40, 1e300, .infinity, .nan, .nan]
        let ys: [Double] = [11.0, -3.1e40, 5.5e40, -1e300, -.infinity, .nan, 4]
        for (k, (x, y)) in zip(xs, ys).enumerated() { pts.append(PathPoint(epoch: k + 2, x: x, y: y, loss: x * y)) }
        let fig = Figure(panels: [Panel(xRange: (-14, 0), yRange: (-6, 12), title: "step_size=100",
                                        layers: [.contour(Self.contour()), .path(OptimizerPath(points: pts))])])
        Self.expectValid(fig.svg())
    }

    /// Every pair of extreme values as consecutive path points, with and without fixed ranges.
    @Test func extremePathPairsRender() {
        for a in Self.extremes {
            for b in Self.extremes {
                let pts = [PathPoint(epoch: 1, x: 1, y: 1, loss: 1), PathPoint(epoch: 2, x: a, y: b, loss: a),
                           PathPoint(epoch: 3, x: b, y: -a, loss: b), PathPoint(epoch: 4, x: 2, y: 2, loss: 0)]
                Self.expectValid(Figure(panels: [Panel(xRange: (-4, 4), yRange: (-4, 4),
                                                       layers: [.path(OptimizerPath(points: pts))])]).svg())
                Self.expectValid(Figure(panels: [Panel(layers: [.path(OptimizerPath(points: pts))])]).svg())
            }
        }
    }

    /// Clipped points lie inside the box even when the segment's ends are astronomically far.
    @Test func clipStaysInsideBox() throws {
        let box = (x0: 0.0, y0: 0.0, x1: 100.0, y1: 80.0)
        for (a, b) in [(Point(50, 40), Point(2.4e40, -3.1e40)), (Point(-7.9e40, 5.5e40), Point(2.4e40, -3.1e40)),
                       (Point(-1e300, 40), Point(1e300, 41)), (Point(50, -1.7e308), Point(51, 1.7e308))] {
            guard let (c, d) = FigureRenderer.clip(a, b, to: box) else { continue }
            for p in [c, d] {
                #expect(p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1, "\(a) \(b) -> \(p)")
            }
        }
    }

    /// Line charts of diverging losses, constant and empty series, on linear and log axes.
    @Test func degenerateLineChartsRender() {
        let series: [[Double]] = [
            [1, 10, 1e30, 1e300, .infinity, .nan, 3],
            [.greatestFiniteMagnitude, -.greatestFiniteMagnitude],
            [.greatestFiniteMagnitude, .greatestFiniteMagnitude],
            [5, 5, 5, 5], [0, 0, 0], [-1, -2, 0], [.nan, .nan], [.infinity, -.infinity], [],
            [1e-320, 1e-300, 1e300], [.leastNonzeroMagnitude, .greatestFiniteMagnitude], [1e308, 1.7e308],
        ]
        for y in series {
            let x = y.indices.map(Double.init)
            for scale in [Scale.linear, .log] {
                let fig = Figure(panels: [Panel(title: "loss", yScale: scale,
                                                layers: [.line(LineSeries(x: x, y: y, label: "a")),
                                                         .line(LineSeries(x: x, y: y.reversed(), label: "b"))])])
                Self.expectValid(fig.svg())
            }
            let huge = Figure(panels: [Panel(layers: [.line(LineSeries(x: y, y: x))])])
            Self.expectValid(huge.svg())
        }
        let ranges: [(Double, Double)] = [(0, 1e300), (-1e308, 1e308), (1e300, 1e300), (-.infinity, 1), (0, 0)]
        for r in ranges {
            Self.expectValid(Figure(panels: [Panel(xRange: r, yRange: r, layers: [.line(LineSeries(x: [0, 1], y: [0, 1]))])]).svg())
            Self.expectValid(Figure(panels: [Panel(xRange: r, yRange: r, yScale: .log, layers: [.line(LineSeries(x: [0, 1], y: [1, 2]))])]).svg())
        }
    }

    /// Contour grids whose values are all NaN, all equal, or span the whole float range.
    @Test func degenerateContoursRender() {
        let g = [0.0, 1, 2]
        for z in [[Double](repeating: .nan, count: 9), [Double](repeating: 4, count: 9),
                  [Double](repeating: 0, count: 9), [-1e308, 0, 1e308, 1, 2, 3, 4, 5, .infinity],
                  [1e300, 1e300, 1e300, 1e300, 1e300, 1e300, 1e300, 1e300, 2e300]] {
            Self.expectValid(Figure(panels: [Panel(layers: [.contour(ContourSet(x: g, y: g, z: z))])]).svg())
        }
    }

    /// SVG number formatting never traps: huge values clamp, non-finite ones break paths.
    @Test func numberFormattingIsTotal() {
        for v in Self.extremes {
            _ = SVGFormat.num(v)
            _ = SVGFormat.num(v, 2)
            _ = SVGFormat.fixed3(v)
        }
        let d = SVGFormat.pathData([[Point(0, 0), Point(1, 1), Point(.nan, 2), Point(3, 3), Point(4, 4)]], closed: [false])
        #expect(d == "M0 0l1 1M3 3l1 1")
        let e = SVGFormat.pathData([[Point(1e300, 0), Point(-1e300, 1)]], closed: [false])
        #expect(!e.isEmpty)
    }

    /// Tick location and formatting on spans that overflow doubles or collapse to zero.
    @Test func ticksAndLabelsOnExtremeSpans() {
        let wide = MaxNLocator(nbins: 9).tickValues(-1e308, 1e308)
        #expect(wide.allSatisfy { $0.isFinite })
        #expect(ContourLevels.auto(zmin: -1.7e308, zmax: 1.7e308).count < 100)
        #expect(MaxNLocator.auto(axisLengthPoints: .infinity, vertical: false).nbins == 9)
        #expect(ScalarFormatter.formatData(0) == "0")
        let f = ScalarFormatter(viewInterval: (-1.7e308, 1.7e308), useOffset: true)
        _ = f.formatTicks([-1e308, 0, 1e308])
        _ = f.offsetText([-1e308, 0, 1e308])
        let g = ScalarFormatter(viewInterval: (5, 5), useOffset: true)
        #expect(g.formatTicks([5]) == ["5"])
        #expect(ScalarFormatter(viewInterval: (0, .infinity)).formatTicks([0, 1e308, 1.7e308]).count == 3)
        #expect(AxisTicks.log(lo: 1e-320, hi: .infinity).values.isEmpty)
    }
}
