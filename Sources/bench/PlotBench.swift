import Foundation
import Script

/// `swift run -c release bench plot [--repeat N]`: runs each pyplot fixture script
/// (Tests/ScriptTests/Fixtures/pyplot/*.py, typical course plots) as a lesson block and
/// renders its figures to SVG; prints the median script time, SVG time and bytes per
/// figure. tools/reference/pyplot_bench.py measures matplotlib's SVG backend the same way.
enum PlotBench {
    static func run(_ args: [String]) {
        var repeats = 20
        if let k = args.firstIndex(of: "--repeat"), k + 1 < args.count, let n = Int(args[k + 1]) { repeats = max(1, n) }
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Tests/ScriptTests/Fixtures/pyplot")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
            print("bench plot: cannot read \(dir.path) (run from a checkout of the repository)")
            return
        }
        print("script                 figs   run ms   svg ms   bytes")
        var totalRun = 0.0, totalSVG = 0.0, totalBytes = 0, totalFigures = 0
        for name in files.filter({ $0.hasSuffix(".py") }).sorted() {
            guard let source = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { continue }
            var runTimes: [Double] = [], svgTimes: [Double] = []
            var bytes = 0, figures = 0
            for _ in 0..<repeats {
                let session = ScriptSession(importTorch: false)
                let t0 = DispatchTime.now().uptimeNanoseconds
                let result = session.run(source: source, file: name)
                let t1 = DispatchTime.now().uptimeNanoseconds
                var svgBytes = 0
                for (k, f) in result.figures.enumerated() { svgBytes += f.figure.svg(idPrefix: "f\(k)").utf8.count }
                let t2 = DispatchTime.now().uptimeNanoseconds
                runTimes.append(Double(t1 - t0) / 1e6)
                svgTimes.append(Double(t2 - t1) / 1e6)
                bytes = svgBytes
                figures = result.figures.count
            }
            let run = median(runTimes), svg = median(svgTimes)
            let per = max(1, figures)
            let label = name.replacingOccurrences(of: ".py", with: "").padding(toLength: 22, withPad: " ", startingAt: 0)
            print(label + String(format: " %4d %8.2f %8.2f %7d", figures, run / Double(per), svg / Double(per), bytes / per))
            totalRun += run; totalSVG += svg; totalBytes += bytes; totalFigures += figures
        }
        let n = Double(max(1, totalFigures))
        print(String(format: "per figure (mean over %d): run %.2f ms, svg %.2f ms, %d bytes", totalFigures, totalRun / n, totalSVG / n, totalBytes / max(1, totalFigures)))
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s[s.count / 2]
    }
}
