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
}
