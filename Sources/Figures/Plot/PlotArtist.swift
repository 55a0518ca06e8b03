/// Something drawn in an axes, with matplotlib's default z-order for its kind.
public enum PlotArtist: Sendable {
    case line(PlotLine)
    case scatter(PlotScatter)
    case contour(PlotContour)
    case image(PlotImage)
    case patches(PlotPatches)
    case fill(PlotFill)
    case referenceLine(PlotReferenceLine)
    case text(PlotText)
    case errorbar(PlotErrorBar)
    /// A `descent(…, ax=ax)` panel's layers, drawn as the `{descent}` figures draw them.
    case descent(Panel)
    /// Where a `descent(…, ax=ax)` panel goes, filled in by the host (`PlotFigure.resolvingDescent`).
    case descentPlaceholder(Int)

    /// matplotlib's z-order: patches and collections 1, lines 2, text 3; images 0.
    public var zorder: Double {
        switch self {
        case .line(let l): return l.zorder ?? 2
        case .scatter(let s): return s.zorder ?? 1
        case .contour(let c): return c.zorder ?? (c.filled ? 1 : 2)
        case .image: return 0
        case .patches(let p): return p.zorder ?? 1
        case .fill(let f): return f.zorder ?? 1
        case .referenceLine(let r): return r.line.zorder ?? 2
        case .text(let t): return t.zorder ?? 3
        case .errorbar(let e): return e.line.zorder ?? 2
        case .descent, .descentPlaceholder: return 1
        }
    }

    /// The legend label, when the artist has one that shows (labels starting "_" do not).
    var legendLabel: String? {
        let label: String
        switch self {
        case .line(let l): label = l.label
        case .scatter(let s): label = s.label
        case .patches(let p): label = p.label
        case .fill(let f): label = f.label
        case .errorbar(let e): label = e.line.label
        case .referenceLine(let r): label = r.line.label
        default: return nil
        }
        return label.isEmpty || label.hasPrefix("_") ? nil : label
    }
}

/// Line styles, with matplotlib's dash patterns (in multiples of the line width).
public enum LineStyle: String, Sendable, CaseIterable {
    case solid = "-"
    case dashed = "--"
    case dashDot = "-."
    case dotted = ":"
    case none = ""

    /// `lines.dashed_pattern` and friends, scaled by the line width (`lines.scale_dashes`).
    var dashes: [Double]? {
        switch self {
        case .solid, .none: return nil
        case .dashed: return [3.7, 1.6]
        case .dashDot: return [6.4, 1.6, 1, 1.6]
        case .dotted: return [1, 1.65]
        }
    }
}

/// Marker shapes (`"o"`, `"s"`, `"^"`, …).
public enum MarkerShape: String, Sendable, CaseIterable {
    case point = "."
    case pixel = ","
    case circle = "o"
    case triangleDown = "v"
    case triangleUp = "^"
    case triangleLeft = "<"
    case triangleRight = ">"
    case square = "s"
    case pentagon = "p"
    case star = "*"
    case hexagon = "h"
    case plus = "+"
    case x = "x"
    case diamond = "D"
    case thinDiamond = "d"
    case vline = "|"
    case hline = "_"
    case plusFilled = "P"
    case xFilled = "X"

    /// Whether the marker has an inside to fill (`x`, `+`, `|`, `_` are strokes only).
    var filled: Bool { ![.plus, .x, .vline, .hline].contains(self) }
}

/// `plot`: a polyline with optional markers.
public struct PlotLine: Sendable {
    public var x: [Double]
    public var y: [Double]
    public var color: PlotColor
    public var lineStyle: LineStyle = .solid
    /// Points.
    public var lineWidth: Double = 1.5
    public var marker: MarkerShape?
    /// Points.
    public var markerSize: Double = 6
    public var markerFaceColor: PlotColor?
    public var markerEdgeColor: PlotColor?
    public var markerEdgeWidth: Double = 1
    public var alpha: Double?
    public var label: String = ""
    public var zorder: Double?
    /// `drawstyle="steps-post"` and friends ("default" when nil).
    public var drawStyle: String?

    public init(x: [Double], y: [Double], color: PlotColor) {
        self.x = x
        self.y = y
        self.color = color
    }
}

/// `scatter`: markers at points with per-point or shared colours and sizes.
public struct PlotScatter: Sendable {
    public var x: [Double]
    public var y: [Double]
    /// Areas in points², one or one per point.
    public var sizes: [Double] = [36]
    /// Colours, one or one per point; used when `values` is nil.
    public var colors: [PlotColor]
    /// Values mapped through `colormap` (`c=` numbers).
    public var values: [Double]?
    public var colormap: PlotColormap?
    public var vmin: Double?
    public var vmax: Double?
    public var marker: MarkerShape = .circle
    public var alpha: Double?
    /// Edge colour; nil is matplotlib's "face".
    public var edgeColors: [PlotColor]?
    public var lineWidth: Double = 1
    public var label: String = ""
    public var zorder: Double?

    public init(x: [Double], y: [Double], colors: [PlotColor]) {
        self.x = x
        self.y = y
        self.colors = colors
    }

    /// The colour-mapping range: given limits, else the values' range.
    public var normRange: (Double, Double) {
        let v = (values ?? []).filter(\.isFinite)
        return (vmin ?? v.min() ?? 0, vmax ?? v.max() ?? 1)
    }
}

/// `contour` and `contourf` over a grid.
public struct PlotContour: Sendable {
    /// Grid coordinates: `x` along columns, `y` along rows.
    public var x: [Double]
    public var y: [Double]
    /// Row-major values, matplotlib's convention: `z[j * x.count + i]` is at `(x[i], y[j])`.
    public var z: [Double]
    public var filled: Bool
    public var levels: ContourSet.Levels = .count(7)
    public var colormap: PlotColormap?
    /// One fixed colour for every level (`colors="k"`).
    public var colors: [PlotColor]?
    public var alpha: Double?
    /// Points; nil uses 1.5.
    public var lineWidths: Double?
    public var lineStyle: LineStyle?
    public var vmin: Double?
    public var vmax: Double?
    public var zorder: Double?
    /// `clabel` on this set: font size in points, and the levels labelled (nil: all).
    public var labels: ContourLabels?

    public struct ContourLabels: Sendable {
        public var fontSize: Double
        public var levels: [Double]?
        public var inline: Bool
        public var colors: PlotColor?
        public init(fontSize: Double = 10, levels: [Double]? = nil, inline: Bool = true, colors: PlotColor? = nil) {
            self.fontSize = fontSize
            self.levels = levels
            self.inline = inline
            self.colors = colors
        }
    }

    public init(x: [Double], y: [Double], z: [Double], filled: Bool) {
        self.x = x
        self.y = y
        self.z = z
        self.filled = filled
    }

    /// The levels as matplotlib chooses them (`levels=N` through `MaxNLocator`).
    public var resolvedLevels: [Double] {
        switch levels {
        case .values(let v): return v
        case .count(let n):
            guard let r = ContourLevels.range(of: z) else { return [] }
            return ContourLevels.auto(zmin: r.min, zmax: r.max, count: n)
        }
    }

    /// The values coloured: the levels for lines, the band midpoints for filled contours.
    public var layers: [Double] {
        let l = resolvedLevels
        guard filled else { return l }
        return zip(l, l.dropFirst()).map { 0.5 * ($0 + $1) }
    }

    /// The colour-mapping range: the given limits, else the first and last level.
    public var normRange: (Double, Double) {
        let l = resolvedLevels
        return (vmin ?? l.first ?? 0, vmax ?? l.last ?? 1)
    }

    /// The colour of each layer.
    public var layerColors: [PlotColor] {
        let layers = self.layers
        if let colors, !colors.isEmpty {
            return layers.indices.map { colors[$0 % colors.count].with(alpha: alpha) }
        }
        let cmap = colormap ?? PlotColormap(named: "viridis")!
        let (lo, hi) = normRange
        return layers.map { cmap.color($0, vmin: lo, vmax: hi).with(alpha: alpha) }
    }
}

/// `imshow`: a small array of values or colours drawn as cells.
public struct PlotImage: Sendable {
    public var rows: Int
    public var columns: Int
    /// Row-major values (mapped through the colormap) or nil when `rgb` is given.
    public var values: [Double]?
    public var rgb: [PlotColor]?
    public var colormap: PlotColormap?
    public var vmin: Double?
    public var vmax: Double?
    /// (left, right, bottom, top) in data coordinates; nil is (-0.5, columns-0.5, rows-0.5, -0.5).
    public var extent: (Double, Double, Double, Double)?
    /// "upper" (row 0 at the top, the default) or "lower".
    public var originUpper = true
    public var alpha: Double?
    /// "equal" (the default) keeps cells square; "auto" fills the axes.
    public var aspectEqual = true

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The extent in data coordinates.
    public var resolvedExtent: (left: Double, right: Double, bottom: Double, top: Double) {
        if let e = extent { return (e.0, e.1, e.2, e.3) }
        let w = Double(columns) - 0.5, h = Double(rows) - 0.5
        return originUpper ? (-0.5, w, h, -0.5) : (-0.5, w, -0.5, h)
    }

    public var normRange: (Double, Double) {
        let v = (values ?? []).filter(\.isFinite)
        return (vmin ?? v.min() ?? 0, vmax ?? v.max() ?? 1)
    }
}

/// Rectangles: `bar`, `barh`, `hist`.
public struct PlotPatches: Sendable {
    public struct Rect: Sendable {
        public var x: Double, y: Double, width: Double, height: Double
        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x; self.y = y; self.width = width; self.height = height
        }
    }
    public var rects: [Rect]
    public var colors: [PlotColor]
    public var edgeColor: PlotColor?
    public var lineWidth: Double = 0
    public var alpha: Double?
    public var label: String = ""
    public var zorder: Double?
    /// Values the autoscale margins do not go past (0 for bars: their base), per axis.
    public var stickyX: [Double] = []
    public var stickyY: [Double] = []
    /// `histtype="step"`: the outline only.
    public var stepOutline = false

    public init(rects: [Rect], colors: [PlotColor]) {
        self.rects = rects
        self.colors = colors
    }
}

/// `fill_between`: the region between two curves.
public struct PlotFill: Sendable {
    public var x: [Double]
    public var y1: [Double]
    public var y2: [Double]
    /// True for `fill_betweenx` (x and y swapped).
    public var horizontal = false
    public var color: PlotColor
    public var edgeColor: PlotColor?
    public var alpha: Double?
    public var label: String = ""
    public var zorder: Double?

    public init(x: [Double], y1: [Double], y2: [Double], color: PlotColor) {
        self.x = x
        self.y1 = y1
        self.y2 = y2
        self.color = color
    }
}

/// `axhline` / `axvline`: a line at a data value spanning a fraction of the axes.
public struct PlotReferenceLine: Sendable {
    public var vertical: Bool
    public var value: Double
    public var from: Double = 0
    public var to: Double = 1
    /// Style (its x and y are unused).
    public var line: PlotLine

    public init(vertical: Bool, value: Double, line: PlotLine) {
        self.vertical = vertical
        self.value = value
        self.line = line
    }
}

/// `text` and `annotate`.
public struct PlotText: Sendable {
    public var text: String
    public var x: Double
    public var y: Double
    /// Coordinates in axes fractions (`transform=ax.transAxes`, `xycoords="axes fraction"`).
    public var axesCoordinates = false
    /// Points.
    public var fontSize: Double = 10
    public var color: PlotColor?
    /// "left", "center", "right".
    public var horizontalAlignment = "left"
    /// "baseline", "bottom", "center", "top".
    public var verticalAlignment = "baseline"
    public var rotation: Double = 0
    /// `rotation_mode="anchor"`: align the unrotated text, then rotate it about the anchor
    /// (axis labels); otherwise the rotated box is aligned (matplotlib's default).
    public var rotateAboutAnchor = false
    public var bold = false
    public var zorder: Double?
    /// `annotate`: the point the arrow points at, and the arrow's colour.
    public var arrowTo: (x: Double, y: Double, axesCoordinates: Bool)?
    public var arrowColor: PlotColor?
    /// `textcoords="offset points"`: the text sits this many points (x right, y up) from (x, y).
    public var offsetPoints: (Double, Double)?
    /// A box behind the text (`bbox=dict(...)`): face colour.
    public var boxColor: PlotColor?

    public init(text: String, x: Double, y: Double) {
        self.text = text
        self.x = x
        self.y = y
    }
}

/// `errorbar`: a line with vertical (and horizontal) error bars and caps.
public struct PlotErrorBar: Sendable {
    public var line: PlotLine
    /// Lower and upper error per point (nil: none).
    public var yErr: (lower: [Double], upper: [Double])?
    public var xErr: (lower: [Double], upper: [Double])?
    /// Cap length in points (0: none).
    public var capSize: Double = 0
    public var errorColor: PlotColor?
    public var errorLineWidth: Double?

    public init(line: PlotLine) {
        self.line = line
    }
}
