import Engine
import Figures
import Notebook
import Render
import Script

/// The figure of an `explore` or `compare` block: the surface drawn once, then one path
/// group per combination (sliders choose which is visible) or one coloured path per
/// optimizer with a legend; loss and lr curves and logs follow.
enum VariantFigure {
    struct Built {
        var figure: FigureBlock
        var diagnostics: [Diagnostic]
        var runs: Int
    }

    static func build(block: DescentBlock, variants: DescentVariants, outcomes: [(run: DescentRun?, diagnostics: [Diagnostic])],
                      id: String, number: Int) -> Built {
        var diagnostics = outcomes.flatMap(\.diagnostics)
        var figure = FigureBlock(number: number, id: id, svg: nil, caption: block.caption?.value, captionRange: block.caption?.range)
        let runs = outcomes.compactMap(\.run)
        guard runs.count == variants.specs.count, runs.count == outcomes.count, let first = runs.first else {
            figure.notes.append("This figure could not be drawn; see the errors reported for it.")
            return Built(figure: figure, diagnostics: diagnostics, runs: 0)
        }
        let shown = variants.shown
        let labels = variants.isCompare ? zip(variants.labels, runs).map { $0 ?? $1.title } : runs.map(\.title)
        var panel = runs[shown].panel
        panel.animate = first.spec.animate
        figure.animated = first.spec.animate && block.show.contains(.figure)
        if variants.isExplore {
            panel.variantPaths = runs.map(\.points)
            panel.variantTitles = runs.map(\.title)
            panel.shownVariant = shown
            figure.sliders = variants.sliders.map { FigureSlider(name: $0.name, values: $0.values, start: $0.start) }
            figure.shownVariant = shown
        } else {
            panel.comparedPaths = zip(labels, runs).map { (label: $0, points: $1.points) }
            panel.title = block.panels[0].title ?? ""
        }
        if block.show.contains(.figure) {
            var description = runs[shown].description
            if variants.isExplore {
                let names = variants.sliders.map(\.name).joined(separator: " and ")
                description += " Sliders for \(names) switch among \(runs.count) runs computed ahead of time."
            } else {
                description = "Contour plot of the \(first.spec.loss.value) loss surface with \(runs.count) optimizers from the same start: "
                    + labels.joined(separator: ", ") + "."
            }
            figure.svg = DescentFigure.svg(panels: [panel], description: description, idPrefix: id)
        }
        func curves(_ run: DescentRun, label: String) -> (loss: LineSeries, lr: LineSeries) {
            let t = run.trajectory!
            let x = t.epochs.map(Double.init)
            return (LineSeries(x: x, y: t.loss.map(Double.init), label: label), LineSeries(x: x, y: t.lr, label: label))
        }
        func chartSVG(_ series: [(loss: LineSeries, lr: LineSeries)], idPrefix: String) -> String? {
            var charts: [LineChart] = []
            if block.show.contains(.loss) {
                let values = series.flatMap(\.loss.y).filter(\.isFinite)
                let logScale = (values.min() ?? 0) > 0 && (values.max() ?? 1) / max(values.min() ?? 1, .leastNormalMagnitude) > 1000
                charts.append(LineChart(title: "Loss per epoch", yLabel: "loss", series: series.map(\.loss), yScale: logScale ? .log : .linear))
            }
            if block.show.contains(.lr) {
                charts.append(LineChart(title: "Learning rate per epoch", yLabel: "learning rate", series: series.map(\.lr)))
            }
            guard !charts.isEmpty else { return nil }
            return LineChart.svg(charts, description: "Per-epoch curves of " + charts.map { $0.title.lowercased() }.joined(separator: " and ") + " for figure \(number).", idPrefix: idPrefix)
        }
        func log(_ run: DescentRun, title: String) -> LogTable {
            let t = run.trajectory!
            let rows = t.epochs.indices.map { i in
                [String(t.epochs[i]), text(t.w1[i]), text(t.w2[i]), text(t.loss[i]), PyFormat.repr(t.lr[i])]
            }
            return LogTable(title: title, rows: rows)
        }
        let trained = runs.allSatisfy { $0.trajectory != nil }
        if trained, variants.isExplore {
            for (k, run) in runs.enumerated() {
                if let svg = chartSVG([curves(run, label: block.show.contains(.lr) ? "lr" : "loss")], idPrefix: "\(id)-curves-\(k)") {
                    figure.charts.append(svg)
                    figure.chartVariants.append(k)
                }
                if block.show.contains(.log) {
                    figure.logs.append(log(run, title: run.title))
                    figure.logVariants.append(k)
                }
            }
        } else if trained {
            if let svg = chartSVG(zip(runs, labels).map { curves($0, label: $1) }, idPrefix: id + "-curves") { figure.charts.append(svg) }
            if block.show.contains(.log) { figure.logs = zip(runs, labels).map { log($0, title: $1) } }
        }
        for (k, run) in runs.enumerated() where !variants.isExplore || k == shown {
            if let note = run.divergenceNote {
                figure.notes.append(note)
                diagnostics.append(.warning(note, at: run.spec.range))
            }
        }
        return Built(figure: figure, diagnostics: diagnostics, runs: runs.filter { $0.trajectory != nil }.count)
    }

    /// A float32 value as its shortest round-trip text (as the plain log prints it).
    static func text(_ value: Float) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return "\(value)"
    }
}
