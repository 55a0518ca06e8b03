/// What a figure's layout comes to, for comparing with matplotlib's (tests, tools): each axes'
/// box, limits, ticks and legend box, in pixels from the figure's top-left corner.
public struct PlotInspection: Sendable, Equatable {
    public struct Axes: Sendable, Equatable {
        /// Left, top, right, bottom.
        public var box: [Double]
        public var xLimits: [Double]
        public var yLimits: [Double]
        public var xTicks: [Double]
        public var xTickLabels: [String]
        public var yTicks: [Double]
        public var yTickLabels: [String]
        /// Left, top, right, bottom of the legend, when there is one.
        public var legend: [Double]?
        /// Colorbar ticks and labels, one entry per colorbar.
        public var colorbarTicks: [[Double]]
        public var colorbarTickLabels: [[String]]
    }

    public var axes: [Axes]
}

extension PlotFigure {
    /// The layout as drawn (after `tight_layout`, aspect and colorbars).
    public func inspection() -> PlotInspection {
        let r = PlotRenderer(figure: self, idPrefix: "p")
        var params = PlotRenderer.Params(left: left, right: right, bottom: bottom, top: top, wspace: wspace, hspace: hspace)
        var layouts = r.layout(params)
        if tightLayout {
            params = r.tightParams(layouts, params)
            layouts = r.layout(params)
        }
        var out: [PlotInspection.Axes] = []
        for (k, a) in axes.enumerated() {
            let L = layouts[k]
            var legend: [Double]?
            if let spec = a.legend {
                var scratch = ""
                let b = r.drawLegend(spec, axes: a, layout: L, into: &scratch)
                if !b.isEmpty { legend = [b.x0, b.y0, b.x1, b.y1] }
            }
            let cbTicks = zip(a.colorbars, L.colorbarRects).map { cb, rect in
                PlotRenderer.colorbarTicks(cb, length: cb.horizontal ? rect.width : rect.height)
            }
            out.append(.init(box: [L.rect.x0, L.rect.y0, L.rect.x1, L.rect.y1],
                             xLimits: [L.xm.lo, L.xm.hi], yLimits: [L.ym.lo, L.ym.hi],
                             xTicks: L.xTicks.values, xTickLabels: L.xTicks.labels,
                             yTicks: L.yTicks.values, yTickLabels: L.yTicks.labels, legend: legend,
                             colorbarTicks: cbTicks.map(\.values), colorbarTickLabels: cbTicks.map(\.labels)))
        }
        return PlotInspection(axes: out)
    }
}
