import Foundation
import Testing
@testable import Figures

@Suite struct RenderTests {
    static func paraboloid(_ n: Int = 60) -> ContourSet {
        let x = (0..<n).map { -3 + 6 * Double($0) / Double(n - 1) }
        var z: [Double] = []
        for a in x { for b in x { z.append(a * a + 0.5 * b * b) } }
        return ContourSet(x: x, y: x, z: z, levels: .count(10))
    }

    static func figure(path: [PathPoint] = []) -> Figure {
        Figure(panels: [Panel(xRange: (-4, 4), yRange: (-4, 4), title: "A & B <test>",
                              layers: [.contour(paraboloid()), .optimum(Point(0, 0)),
                                       .path(OptimizerPath(points: path))])],
               description: "Paraboloid \"bowl\".", idPrefix: "t")
    }

    static let path = [
        PathPoint(epoch: 1, x: -2.5, y: 2.5, loss: 9.375),
        PathPoint(epoch: 12, x: -3.214, y: -1.507, loss: -104.2),
        PathPoint(epoch: 13, x: 4.05, y: 0, loss: 9.3),
        PathPoint(epoch: 14, x: 40, y: -50, loss: 1e9),
    ]

    @Test func webAttributes() {
        let svg = Self.figure().svg()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("viewBox=\""))
        #expect(svg.contains("width=\"100%\""))
        #expect(svg.contains("height:auto"))
        #expect(!svg.contains(" height=\"4"))  // no fixed pixel height on the root
        #expect(svg.contains("role=\"img\" aria-labelledby=\"tt\""))
        #expect(svg.contains("<title id=\"tt\">Paraboloid &quot;bowl&quot;.</title>"))
        #expect(svg.contains("stroke=\"currentColor\""))
        #expect(svg.contains("fill=\"currentColor\""))
        #expect(svg.contains("sans-serif"))
        #expect(svg.contains(">A &amp; B &lt;test&gt;</text>"))
        #expect(svg.contains("class=\"fig-title\""))
        #expect(svg.contains("\u{2212}2</text>"))
    }

    @Test func degenerateInputsStillRender() {
        let empty = Figure(panels: [], description: "nothing").svg()
        #expect(empty.contains("viewBox=\"-10 -10 660 500\""))
        let nan = [Double.nan, .nan, .nan, .nan]
        let odd = Figure(panels: [
            Panel(layers: [.contour(ContourSet(x: [0.0, 1], y: [0.0, 1], z: nan))]),
            Panel(yScale: .log, layers: [.line(LineSeries(x: [1, 2], y: [0, -1]))]),
            Panel(xRange: (3, 3), yRange: (.nan, 1), layers: [.path(OptimizerPath(points: [PathPoint(epoch: 1, x: .infinity, y: 0, loss: .nan)]))]),
        ], description: "odd").svg()
        #expect(!odd.contains("nan") && !odd.contains("inf"))
    }

    @Test func deterministic() {
        #expect(Self.figure(path: Self.path).svg() == Self.figure(path: Self.path).svg())
    }

    @Test func pointsCarryTooltipsAndAreClipped() throws {
        let svg = Self.figure(path: Self.path).svg()
        #expect(svg.contains("<title>epoch 12: w1=-3.214, w2=-1.507, loss=-104.2</title></circle>"))
        // Partly outside: drawn under the clip path. Wholly outside: left out.
        #expect(svg.contains("<title>epoch 13: w1=4.050, w2=0.000, loss=9.3</title></circle>"))
        #expect(!svg.contains("epoch 14"))
        // The line towards the far point is cut at the panel's edge (plus a 10 px margin).
        #expect(!svg.contains("w1=40"))
        let line = try #require(svg.components(separatedBy: "fig-pathline").last?.components(separatedBy: "d=\"").dropFirst().first?.components(separatedBy: "\"").first)
        #expect(line.count < 60)
        // Layers inside the clip group: contours, optimum, path line, points, in that order.
        let clip = try #require(svg.range(of: "<g clip-path=\"url(#tc0)\">"))
        let end = try #require(svg.range(of: "<g class=\"fig-axes\""))
        let inside = String(svg[clip.upperBound..<end.lowerBound])
        let order = ["fig-contours", "fig-optimum", "fig-pathline", "fig-points"].map { inside.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(svg.contains("<clipPath id=\"tc0\"><rect x=\"80\" y=\"57.6\" width=\"496\" height=\"369.6\"/></clipPath>"))
        #expect(inside.contains("fill=\"#1e90ff\" stroke=\"#fff\""))
        #expect(inside.contains("stroke=\"#999\""))
    }

    @Test func labelsAreClearOfEachOtherAndTheFrameAndBreakTheirLine() {
        var total = 0
        let c = Self.paraboloid()
        let levels = c.resolvedLevels
        let ms = MarchingSquares(x: c.x, y: c.y, z: c.z)
        let frame = (x0: 80.0, y0: 57.6, x1: 576.0, y1: 427.2)
        var labeler = ContourLabeler(fontSize: 6 * 100 / 72, frame: frame)
        let texts = ContourLabeler.labelTexts(stride(from: 0, to: levels.count, by: 2).map { levels[$0] })
        for (k, i) in stride(from: 0, to: levels.count, by: 2).enumerated() {
            let lines = ms.lines(at: levels[i]).map { l in
                Polyline(points: l.points.map { Point(80 + ($0.x + 3) / 6 * 496, 427.2 - ($0.y + 3) / 6 * 369.6) }, closed: l.closed)
            }
            let before = labeler.labels.count
            let broken = labeler.label(lines, text: texts[k], level: levels[i])
            for label in labeler.labels[before...] {
                total += 1
                let w = TextWidth.of(label.text, fontSize: labeler.fontSize)
                // The line is broken: no remaining vertex within half the label width of its centre.
                for line in broken {
                    for p in line.points {
                        #expect(hypot(p.x - label.center.x, p.y - label.center.y) > w / 2 - 0.5)
                    }
                    #expect(!line.closed)
                }
                #expect(label.center.x - w / 2 > frame.x0 || abs(label.rotation) > 45)
                #expect(label.center.x > frame.x0 && label.center.x < frame.x1)
                #expect(label.center.y > frame.y0 && label.center.y < frame.y1)
                #expect(label.rotation >= -90 && label.rotation < 90)
            }
        }
        #expect(total >= 3)
        for (a, b) in zip(labeler.labels.indices, labeler.labels.indices.dropFirst()) {
            let p = labeler.labels[a], q = labeler.labels[b]
            let w = TextWidth.of(q.text, fontSize: labeler.fontSize)
            #expect(hypot(p.center.x - q.center.x, p.center.y - q.center.y) >= 1.2 * w)
        }
    }

    @Test func seedPanelIsUnderTwentyKilobytes() throws {
        let figure = try #require(SeedFigures.all().first { $0.id == "cell-06" })
        #expect(figure.figure.svg().utf8.count < 20_000)
    }

    @Test func contourLabelTextsAreTheReferenceOnes() throws {
        // The drawn labels of the seed sin surface use the reference's texts (U+2212 minus).
        let figure = try #require(SeedFigures.all().first { $0.id == "cell-02" }).figure
        let svg = figure.svg()
        let after = svg.components(separatedBy: "fig-clabels").last ?? ""
        let section = after.components(separatedBy: "</g>").first ?? ""
        let texts = Set(section.components(separatedBy: "</text>").compactMap { $0.split(separator: ">").last.map(String.init) })
        let reference = Set(try Fixture.decode([SurfaceCase].self, "surfaces.json")[0].label_texts)
        #expect(texts.subtracting(["", "\n"]).isSubset(of: reference))
        #expect(texts.contains("\u{2212}60"))
    }

    @Test func lineChartLogAndLinear() {
        let lin = LineChart.perEpoch([5, 4, 3, 2, 1], yLabel: "loss").svg(description: "loss", idPrefix: "l")
        #expect(lin.contains("class=\"fig-series\""))
        #expect(lin.contains(">epoch</text>"))
        let log = LineChart.perEpoch([1, 0.1, 0.01, 0.001], yLabel: "lr", yScale: .log).svg(description: "lr", idPrefix: "g")
        #expect(log.contains("<tspan dy=\"-.45em\" font-size=\"70%\">\u{2212}2</tspan>"))
    }

    @Test func descriptionHelper() {
        let s = FigureDescription.run(surface: "sin", window: Window(xMin: -14, xMax: 0, yMin: -6, yMax: 12),
                                      optimizer: "SGD (lr=0.01)", scheduler: "ExponentialLR",
                                      start: Point(-6.5, 4.5), end: Point(-3.1484909, -1.5617134),
                                      epochs: 30, finalLoss: -106.66777)
        #expect(s == "Optimizer path on the sin loss surface, w1 from \u{2212}14 to 0 and w2 from \u{2212}6 to 12; SGD (lr=0.01) with ExponentialLR; 30 epochs from (\u{2212}6.5, 4.5) to (\u{2212}3.148, \u{2212}1.562), final loss \u{2212}106.7.")
    }

    @Test func pathDataIsCompactAndRelative() {
        let d = SVGFormat.pathData([[Point(1, 2), Point(1.5, 2.06), Point(1.5, 2.06), Point(0.2, 3)]], closed: [true])
        #expect(d == "M1 2l.5.1-1.3.9z", "\(d)")
        #expect(SVGFormat.fixed(-3, 1) == "-.3")
        #expect(SVGFormat.fixed(120, 1) == "12")
        #expect(SVGFormat.num(-0.04) == "0")
        #expect(SVGFormat.fixed3(-3.2144) == "-3.214")
        #expect(SVGFormat.fixed3(0.0004) == "0.000")
        #expect(SVGFormat.fixed3(12.5) == "12.500")
        #expect(SVGFormat.fixed3(-0.05) == "-0.050")
    }
}

@Suite struct LegendTests {
    @Test func legendOnlyForTwoOrMoreLabelledSeries() {
        let one = LineChart.perEpoch([3, 2, 1], yLabel: "loss").svg(description: "", idPrefix: "a")
        #expect(!one.contains("fig-legend"))
        let two = LineChart(yLabel: "loss", series: [
            LineSeries(x: [1, 2, 3], y: [3, 2, 1], label: "SGD"),
            LineSeries(x: [1, 2, 3], y: [3, 1.5, 0.5], label: "Adam & co"),
        ]).svg(description: "", idPrefix: "b")
        #expect(two.contains("class=\"fig-legend\""))
        #expect(two.contains(">Adam &amp; co</text>"))
        #expect(two.contains("stroke=\"#ff7f0e\""))
    }
}

@Suite struct LineChartHelperTests {
    @Test func constantLearningRateGetsMatplotlibsRange() {
        let chart = LineChart.learningRate([("SGD", Array(repeating: 0.01, count: 30))])
        #expect(chart.yScale == .linear)
        let svg = chart.svg(description: "lr", idPrefix: "k")
        // nonsingular widens 0.01 to [0.0095, 0.0105], then 5% margins: ticks 0.0096 ... 0.0104.
        #expect(svg.contains(">0.0100</text>"))
        #expect(!svg.contains("fig-legend"))
    }

    @Test func decayingLearningRateIsLogScale() {
        let lr = (1...60).map { 0.04 * pow(0.9, Double($0)) }
        #expect(LineChart.learningRate([("a", lr), ("b", lr.map { $0 / 2 })]).yScale == .log)
        let loss = LineChart.loss([("SGD", [3, 2, 1]), ("Adam", [3, 1, 0.5])])
        #expect(loss.series.map(\.label) == ["SGD", "Adam"])
        #expect(loss.svg(description: "", idPrefix: "m").contains("fig-legend"))
    }
}
