// Benchmarks: `swift run -c release bench <name> [args]`. Each area adds a case below.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let benches: [String: String] = [
    "mlp": "train a 2-16-16-2 MLP with Adam on 200 points for 1,000 epochs (time, peak RSS)",
    "figures": "render 19 seed-like figures (28 panels), time and bytes per figure",
    "plot": "run the pyplot fixture scripts (typical course plots): script and SVG time and bytes per figure",
    "script": "run the seed exercise script",
    "serve": "descent serve: from a saved edit of a lesson to the reload event, median over 20 edits",
    "site": "build notebooks/ cold (median, peak RSS, parse/evaluate/render) and generated courses of 1-500 lessons",
]
guard let name = arguments.first else {
    print("usage: bench <name> [args]; names: \(benches.keys.sorted().joined(separator: ", "))")
    exit(0)
}
switch name {
case "script":
    ScriptBench.run(Array(arguments.dropFirst()))
case "mlp":
    MLPBench.run(Array(arguments.dropFirst()))
case "figures":
    FiguresBench.run(Array(arguments.dropFirst()))
case "plot":
    PlotBench.run(Array(arguments.dropFirst()))
case "serve":
    await ServeBench.run(Array(arguments.dropFirst()))
case "site":
    await SiteBench.run(Array(arguments.dropFirst()))
case "engine":
    do { try EngineBench.run(Array(arguments.dropFirst())) } catch { print("bench engine: \(error)"); exit(1) }
default:
    FileHandle.standardError.write(Data("bench: unknown benchmark '\(name)'\n".utf8))
    exit(2)
}
