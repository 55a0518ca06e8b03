/// A chart of values per epoch (loss, learning rate), linear or log scale on y.
public struct LineChart: Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [LineSeries]
    public var yScale: Scale

    /// A chart of `series` with a legend when two or more have labels.
    public init(title: String = "", xLabel: String = "epoch", yLabel: String = "",
                series: [LineSeries], yScale: Scale = .linear) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.yScale = yScale
    }

    /// A chart of one value per epoch, epochs numbered from 1.
    public static func perEpoch(_ values: [Double], yLabel: String, title: String = "",
                                yScale: Scale = .linear) -> LineChart {
        LineChart(title: title, yLabel: yLabel,
                  series: [LineSeries(x: values.indices.map { Double($0 + 1) }, y: values, label: yLabel)],
                  yScale: yScale)
    }

    /// The panel holding this chart.
    public var panel: Panel {
        Panel(title: title, xLabel: xLabel, yLabel: yLabel, yScale: yScale, layers: series.map { .line($0) })
    }

    /// The SVG of this chart alone.
    public func svg(description: String, idPrefix: String? = nil) -> String {
        Figure(panels: [panel], description: description, idPrefix: idPrefix).svg()
    }

    /// The SVG of charts side by side (e.g. loss and lr for `show: [loss, lr]`).
    public static func svg(_ charts: [LineChart], description: String, idPrefix: String? = nil) -> String {
        Figure(panels: charts.map(\.panel), description: description, idPrefix: idPrefix).svg()
    }

    /// Loss per epoch of one or more runs (e.g. the panels of a block), labelled when several.
    public static func loss(_ runs: [(label: String, values: [Double])], title: String = "") -> LineChart {
        LineChart(title: title, yLabel: "loss", series: series(runs), yScale: .linear)
    }

    /// Learning rate per epoch of one or more runs; a log scale when it spans a decade or more.
    public static func learningRate(_ runs: [(label: String, values: [Double])], title: String = "") -> LineChart {
        let all = runs.flatMap(\.values).filter(\.isFinite)
        let lo = all.min() ?? 0, hi = all.max() ?? 0
        let scale: Scale = lo > 0 && hi / lo >= 10 ? .log : .linear
        return LineChart(title: title, yLabel: "lr", series: series(runs), yScale: scale)
    }

    private static func series(_ runs: [(label: String, values: [Double])]) -> [LineSeries] {
        runs.map { run in
            LineSeries(x: run.values.indices.map { Double($0 + 1) }, y: run.values,
                       label: runs.count > 1 ? run.label : "")
        }
    }
}
