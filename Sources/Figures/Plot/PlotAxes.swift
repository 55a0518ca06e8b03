/// Where an axes sits in its figure's grid: `rows` x `columns` cells, spanning some of them.
public struct GridSpot: Sendable, Hashable {
    public var rows: Int
    public var columns: Int
    public var rowRange: Range<Int>
    public var columnRange: Range<Int>

    /// The cell `index` (0-based, row by row) of a `rows` x `columns` grid.
    public init(rows: Int, columns: Int, index: Int) {
        self.rows = rows
        self.columns = columns
        rowRange = (index / columns)..<(index / columns + 1)
        columnRange = (index % columns)..<(index % columns + 1)
    }

    public init(rows: Int, columns: Int, rowRange: Range<Int>, columnRange: Range<Int>) {
        self.rows = rows
        self.columns = columns
        self.rowRange = rowRange
        self.columnRange = columnRange
    }
}

/// One axis of an axes: label, limits, scale, ticks.
public struct PlotAxis: Sendable {
    public var label: String = ""
    /// Label font size in points.
    public var labelSize: Double = 10
    /// Limits set by `xlim`/`set_xlim`; either end may be left to autoscale.
    public var lower: Double?
    public var upper: Double?
    public var scale: Scale = .linear
    /// Fixed tick positions (`xticks([...])`) and their labels.
    public var ticks: [Double]?
    public var tickLabels: [String]?
    /// Tick label rotation in degrees.
    public var tickRotation: Double = 0
    /// Whether tick labels are drawn (hidden on inner subplots of `sharex`/`sharey`).
    public var tickLabelsVisible = true
    /// The axes whose limits this axis shares (`sharex=True`), by index in the figure.
    public var sharedWith: Int?
    public var inverted = false

    public init() {}
}

/// A legend request: where, and how.
public struct PlotLegend: Sendable {
    /// matplotlib's location code: 0 "best", 1 "upper right", … 10 "center".
    public var location: Int = 0
    /// `bbox_to_anchor` in axes fractions, with `loc` the corner placed there.
    public var anchor: (Double, Double)?
    public var fontSize: Double = 10
    public var columns: Int = 1
    public var title: String?
    public var frame = true
    /// Explicit labels (`legend(["a", "b"])`), given to the labelled-or-not artists in order.
    public var labels: [String]?
    /// Explicit handles (`legend(handles=...)`): artist indices with their labels.
    public var entries: [(Int, String)]?

    public init() {}

    /// Location names in matplotlib's code order.
    public static let locations = ["best", "upper right", "upper left", "lower left", "lower right", "right",
                                   "center left", "center right", "lower center", "upper center", "center"]
}

/// A colorbar drawn beside an axes for a colour-mapped artist.
public struct PlotColorbar: Sendable {
    public var colormap: PlotColormap
    public var vmin: Double
    public var vmax: Double
    /// Band edges of a contour set (discrete colours), nil for a continuous scale.
    public var boundaries: [Double]?
    /// The colours of the bands (contour sets).
    public var bandColors: [PlotColor]?
    /// Contour line levels (colorbar of `contour`): drawn as lines across the bar.
    public var lineLevels: [Double]?
    public var label: String = ""
    public var horizontal = false
    public var fraction = 0.15
    public var pad: Double?
    public var shrink = 1.0
    public var aspect = 20.0

    public init(colormap: PlotColormap, vmin: Double, vmax: Double) {
        self.colormap = colormap
        self.vmin = vmin
        self.vmax = vmax
    }
}

/// `set_aspect` / `axis("equal")`.
public enum PlotAspect: Sendable, Equatable {
    /// One data unit the same length on both axes, the box shrunk to fit (`set_aspect("equal")`).
    case equalBox
    /// One data unit the same length on both axes, the limits widened (`axis("equal")`).
    case equalLimits
    /// A ratio of y to x units with the box shrunk.
    case ratio(Double)
}

/// One axes: its place, artists and decoration.
public struct PlotAxes: Sendable {
    public var spot: GridSpot
    public var artists: [PlotArtist] = []
    public var title: String = ""
    public var titleLeft: String = ""
    public var titleRight: String = ""
    public var titleSize: Double = 12
    public var x = PlotAxis()
    public var y = PlotAxis()
    public var legend: PlotLegend?
    /// `grid()`: which axes get grid lines ("both", "x", "y"), nil for none.
    public var grid: String?
    public var aspect: PlotAspect?
    /// `axis("off")`.
    public var axisOff = false
    /// `twinx()`: the axes whose place and x axis this one shares; its y axis is on the right.
    public var twinOf: Int?
    /// `axis("tight")`: no margins.
    public var tight = false
    /// Colorbars stealing room from this axes, in the order made.
    public var colorbars: [PlotColorbar] = []
    /// Autoscale margins (`margins()`), as fractions of the data span.
    public var xMargin = 0.05
    public var yMargin = 0.05
    public var facecolor: PlotColor?
    /// Grid line style (`grid(color=..., linestyle=...)`); nil is matplotlib's default.
    public var gridStyle: PlotLine?
    /// Next colour of the line cycle (`plot`, `hist`, `errorbar`) and of the patch cycle
    /// (`scatter`, `bar`, `fill_between`): matplotlib keeps the two apart.
    public var lineCycle = 0
    public var patchCycle = 0

    public init(spot: GridSpot) {
        self.spot = spot
    }
}
