import Foundation
import Engine
import Figures
import Notebook
import Script

/// One descent spec, run: the surface on its grid and, when it trains, the path.
struct DescentRun {
    var spec: Notebook.DescentSpec
    var gridX: [Float]
    var gridY: [Float]
    var z: [Float]
    var trajectory: Trajectory?
    var title: String

    /// Evaluates the surface and runs the optimizer, reporting problems at their place.
    /// `unmapped` holds the ranges of code options that are not their text as written (see
    /// `RunCompiler.diagnostic`).
    static func run(_ spec: Notebook.DescentSpec, unmapped: Set<SourceRange> = [], diagnostics: inout [Diagnostic]) -> DescentRun? {
        let loss: RunCompiler.Loss
        do {
            loss = try RunCompiler.loss(spec.loss, mapped: !unmapped.contains(spec.loss.range))
        } catch {
            diagnostics.append(error)
            return nil
        }
        var gridX: [Float] = [], gridY: [Float] = [], z: [Float] = []
        do {
            let xs = try Tensor.linspace(spec.x.lowerBound, spec.x.upperBound, steps: spec.grid)
            let ys = try Tensor.linspace(spec.y.lowerBound, spec.y.upperBound, steps: spec.grid)
            let mesh = try Tensor.meshgrid([xs, ys], indexing: "ij")
            let surface = try GradMode.withNoGrad { try loss(mesh[0], mesh[1]) }
            gridX = xs.values.map { Float($0) }
            gridY = ys.values.map { Float($0) }
            z = surface.values.map { Float($0) }
        } catch {
            diagnostics.append(.error(SiteMessage.lossFailed("\(error)"), at: spec.loss.range))
            return nil
        }
        var trajectory: Trajectory?
        if spec.runs {
            let start = (spec.start[0], spec.start[1])
            do {
                // A built-in surface runs on traced scalars: the same path, several times faster.
                let surface = Surface.named(spec.loss.value.trimmingCharacters(in: .whitespacesAndNewlines))
                if let stepSize = spec.stepSize {
                    trajectory = try surface.map { try Descent.run(surface: $0, start: start, epochs: spec.epochs, stepSize: stepSize) }
                        ?? Descent.run(loss: loss, start: start, epochs: spec.epochs, stepSize: stepSize)
                } else if let optimizer = spec.optimizer {
                    let makeOptimizer = RunCompiler.optimizer(optimizer, mapped: !unmapped.contains(optimizer.range))
                    let makeScheduler = spec.scheduler.map { RunCompiler.scheduler($0, mapped: !unmapped.contains($0.range)) }
                    trajectory = try surface.map { try Descent.run(surface: $0, start: start, epochs: spec.epochs, makeOptimizer: makeOptimizer, makeScheduler: makeScheduler) }
                        ?? Descent.run(loss: loss, start: start, epochs: spec.epochs, makeOptimizer: makeOptimizer, makeScheduler: makeScheduler)
                }
            } catch let error as RunCompiler.Located {
                diagnostics.append(error.diagnostic)
                return nil
            } catch {
                let place = spec.optimizer ?? spec.loss
                diagnostics.append(RunCompiler.diagnostic(error, at: place))
                return nil
            }
        }
        return DescentRun(spec: spec, gridX: gridX, gridY: gridY, z: z, trajectory: trajectory, title: title(spec))
    }

    /// The reference helper's title: `step_size=0.01`, `SGD - {'lr': 0.01}`, ` - ExponentialLR`.
    static func title(_ spec: Notebook.DescentSpec) -> String {
        if let title = spec.title { return title }
        var title = ""
        if let stepSize = spec.stepSize {
            // Python prints an int as written (`100`) and a float by repr (`0.01`, `100.0`).
            let text = spec.stepSizeIsInteger && abs(stepSize) < 1e18 ? String(Int(stepSize)) : PyFormat.repr(stepSize)
            title += "step_size=\(text)"
        }
        if let optimizer = spec.optimizer, let call = RunCompiler.constructorSummary(optimizer.value) {
            let entries = call.keywords.map { "'\($0.0)': \($0.1)" }
            title += "\(call.name) - {\(entries.joined(separator: ", "))}"
        }
        if let scheduler = spec.scheduler, let call = RunCompiler.constructorSummary(scheduler.value) {
            title += " - \(call.name)"
        }
        return title
    }

    /// The panel the figure draws for this run.
    var panel: DescentPanel {
        let path = points
        let window = Window(xMin: spec.x.lowerBound, xMax: spec.x.upperBound, yMin: spec.y.lowerBound, yMax: spec.y.upperBound)
        let optimum = spec.optimum.map { Point($0[0], $0[1]) }
        var panel = DescentPanel(window: window, gridX: gridX, gridY: gridY, z: z, levels: spec.levels, path: path, optimum: optimum, title: title)
        panel.animate = spec.animate
        return panel
    }

    /// The path's points, epoch by epoch (empty for a bare surface).
    var points: [PathPoint] {
        guard let t = trajectory else { return [] }
        return t.epochs.indices.map { PathPoint(epoch: t.epochs[$0], x: Double(t.w1[$0]), y: Double(t.w2[$0]), loss: Double(t.loss[$0])) }
    }

    /// The words a screen reader says for this run.
    var description: String {
        let window = Window(xMin: spec.x.lowerBound, xMax: spec.x.upperBound, yMin: spec.y.lowerBound, yMax: spec.y.upperBound)
        let surface = Surface.named(spec.loss.value) != nil ? spec.loss.value : "“\(spec.loss.value)”"
        guard let t = trajectory, let last = t.epochs.indices.last else {
            return "Contour plot of the \(surface) loss surface, w1 from \(spec.x.lowerBound) to \(spec.x.upperBound) and w2 from \(spec.y.lowerBound) to \(spec.y.upperBound)."
        }
        let optimizer = spec.stepSize.map { "gradient descent with step size \(PyFormat.repr($0))" }
            ?? spec.optimizer.map { $0.value } ?? ""
        let scheduler = spec.scheduler.flatMap { RunCompiler.constructorSummary($0.value)?.name }
        return FigureDescription.run(surface: surface, window: window, optimizer: optimizer, scheduler: scheduler,
                                     start: Point(spec.start[0], spec.start[1]),
                                     end: Point(Double(t.w1[last]), Double(t.w2[last])),
                                     epochs: t.epochs.count, finalLoss: Double(t.loss[last]))
    }

    /// A sentence for the page when the run left the finite numbers.
    var divergenceNote: String? {
        guard let t = trajectory else { return nil }
        func text(_ v: Float) -> String { v.isNaN ? "nan" : (v > 0 ? "inf" : "-inf") }
        for i in t.epochs.indices {
            let name = title.isEmpty ? "The run" : title
            if !t.w1[i].isFinite || !t.w2[i].isFinite {
                let (which, value) = t.w1[i].isFinite ? ("w2", t.w2[i]) : ("w1", t.w1[i])
                return "\(name) diverged: \(which) is \(text(value)) from epoch \(t.epochs[i]) on, so later points cannot be drawn."
            }
            if !t.loss[i].isFinite {
                return "\(name) diverged: the loss is \(text(t.loss[i])) from epoch \(t.epochs[i]) on."
            }
        }
        return nil
    }
}
