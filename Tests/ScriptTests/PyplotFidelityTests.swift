import Figures
import Foundation
import Testing
@testable import Script

/// Draws each pyplot fixture script with Descent and compares the layout with real
/// matplotlib's (recorded by tools/reference/pyplot_reference.py): axes boxes, view limits,
/// ticks and their labels, legend boxes, colorbar ticks.
@Suite struct PyplotFidelityTests {
    struct Reference: Decodable {
        struct Figure: Decodable {
            let size: [Double]
            let axes: [Axes]
        }
        struct Axes: Decodable {
            let box: [Double]
            let xLimits: [Double]
            let yLimits: [Double]
            let xTicks: [Double]
            let xTickLabels: [String]
            let yTicks: [Double]
            let yTickLabels: [String]
            let lineColors: [String]
            let legend: [Double]?
            let colorbarTicks: [[Double]]
            let colorbarTickLabels: [[String]]
        }
        let figures: [Figure]
    }

    static var names: [String] {
        guard let dir = fixtureURL("pyplot"),
              let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return files.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// matplotlib's log-axis labels are mathtext (`$\\mathdefault{10^{-1}}$`); Descent's are
    /// the same text written plainly (`10^−1`).
    static func plain(_ labels: [String]) -> [String] {
        labels.map { s in
            guard s.hasPrefix("$\\mathdefault{") else { return s }
            var t = String(s.dropFirst("$\\mathdefault{".count).dropLast(2))
            t = t.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
            t = t.replacingOccurrences(of: "\\times", with: "\u{00D7}")
            return t.replacingOccurrences(of: "-", with: "\u{2212}")
        }
    }

    static func close(_ a: [Double], _ b: [Double], tolerance: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * max(1, abs($1)) }
    }

    @Test(arguments: names)
    func layoutMatchesMatplotlib(_ name: String) throws {
        let dir = try #require(fixtureURL("pyplot"))
        let source = try String(contentsOf: dir.appendingPathComponent(name + ".py"), encoding: .utf8)
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: dir.appendingPathComponent(name + ".json")))
        let result = ScriptSession(importTorch: false).run(source: source, file: name + ".py")
        #expect(result.error == nil, "\(result.error?.traceback ?? "")")
        try #require(result.figures.count == reference.figures.count)
        for (shown, ref) in zip(result.figures, reference.figures) {
            let got = shown.figure.inspection()
            #expect([shown.figure.width, shown.figure.height] == ref.size)
            try #require(got.axes.count == ref.axes.count, "\(name): \(got.axes.count) axes, matplotlib has \(ref.axes.count)")
            for (k, (g, r)) in zip(got.axes, ref.axes).enumerated() {
                let place = "\(name) axes \(k)"
                #expect(Self.close(g.box, r.box, tolerance: 2), "\(place) box \(g.box) vs \(r.box)")
                #expect(Self.close(g.xLimits, r.xLimits, tolerance: 1e-6), "\(place) xlim \(g.xLimits) vs \(r.xLimits)")
                #expect(Self.close(g.yLimits, r.yLimits, tolerance: 1e-6), "\(place) ylim \(g.yLimits) vs \(r.yLimits)")
                #expect(Self.close(g.xTicks, r.xTicks, tolerance: 1e-9), "\(place) xticks \(g.xTicks) vs \(r.xTicks)")
                #expect(Self.close(g.yTicks, r.yTicks, tolerance: 1e-9), "\(place) yticks \(g.yTicks) vs \(r.yTicks)")
                let visibleX = shown.figure.axes[k].x.tickLabelsVisible && shown.figure.axes[k].twinOf == nil
                if visibleX { #expect(g.xTickLabels == Self.plain(r.xTickLabels), "\(place) xtick labels") }
                #expect(g.yTickLabels == Self.plain(r.yTickLabels), "\(place) ytick labels")
                if let rl = r.legend {
                    let gl = try #require(g.legend, "\(place): no legend")
                    #expect(Self.close(gl, rl, tolerance: 4), "\(place) legend \(gl) vs \(rl)")
                } else {
                    #expect(g.legend == nil)
                }
                #expect(g.colorbarTicks.count == r.colorbarTicks.count)
                for (a, b) in zip(g.colorbarTicks, r.colorbarTicks) { #expect(Self.close(a, b, tolerance: 1e-9), "\(place) colorbar ticks \(a) vs \(b)") }
                #expect(g.colorbarTickLabels == r.colorbarTickLabels, "\(place) colorbar labels")
                let colours = shown.figure.axes[k].artists.compactMap { a -> String? in
                    switch a {
                    case .line(let l): return l.color.hex
                    case .errorbar(let e): return e.line.color.hex
                    case .referenceLine(let l): return l.line.color.hex
                    default: return nil
                    }
                }
                #expect(Set(colours) == Set(r.lineColors), "\(place) line colours \(colours) vs \(r.lineColors)")
            }
        }
    }
}
