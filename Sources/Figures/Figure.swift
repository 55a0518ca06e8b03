/// A figure: one or more panels side by side in a row, rendered to a standalone SVG string.
///
/// Sizes follow matplotlib's: inches at 100 px per inch, default subplot margins
/// (left 0.125, right 0.9, bottom 0.11, top 0.88, wspace 0.2), so a panel has the proportions
/// of the seed lesson's figures. The SVG is cropped to its drawn content plus 0.1 in, as
/// `bbox_inches="tight"` crops.
public struct Figure: Sendable {
    public var panels: [Panel]
    /// Figure width and height in inches.
    public var size: (width: Double, height: Double)
    /// Words describing the figure for assistive technology (`<title>` and `aria-label`).
    public var description: String
    /// Prefix for element ids (clip paths); give each figure on a page a distinct one.
    /// When nil, one is derived from the figure's content.
    public var idPrefix: String?

    /// A figure; `size` in inches defaults to the seed's size for the panel count.
    public init(panels: [Panel], size: (width: Double, height: Double)? = nil,
                description: String = "", idPrefix: String? = nil) {
        self.panels = panels
        self.size = size ?? Figure.defaultSize(panels: panels.count)
        self.description = description
        self.idPrefix = idPrefix
    }

    /// The seed's sizes: matplotlib's default 6.4 x 4.8 in for one panel, (6n, 5) for n side by side.
    public static func defaultSize(panels: Int) -> (width: Double, height: Double) {
        panels <= 1 ? (6.4, 4.8) : (6.0 * Double(panels), 5.0)
    }

    /// The SVG document; the same figure always gives the same bytes.
    public func svg() -> String {
        FigureRenderer(figure: self).render()
    }
}

/// Axis scale.
public enum Scale: Sendable, Hashable {
    case linear
    case log
}

/// One axes: data ranges, title, axis labels and the layers drawn in it.
public struct Panel: Sendable {
    /// Data ranges shown; nil autoscales to the layers with matplotlib's 5% margins.
    public var xRange: (Double, Double)?
    public var yRange: (Double, Double)?
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var yScale: Scale
    public var layers: [Layer]

    /// A panel; layers are drawn contours first, then optimum, path line, points.
    public init(xRange: (Double, Double)? = nil, yRange: (Double, Double)? = nil, title: String = "",
                xLabel: String = "", yLabel: String = "", yScale: Scale = .linear, layers: [Layer] = []) {
        self.xRange = xRange
        self.yRange = yRange
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.yScale = yScale
        self.layers = layers
    }
}

/// Something drawn in a panel, in drawing order of its kind (contours below, then the optimum,
/// the path line, the path points), as the seed's z-orders stack them.
public enum Layer: Sendable {
    case contour(ContourSet)
    case path(OptimizerPath)
    case optimum(Point)
    case line(LineSeries)
}

/// Contour lines of gridded values with matplotlib's `contour(X, Y, Z, levels=N, cmap="turbo")`
/// and `clabel(levels=levels[::2], fontsize=6)` look.
public struct ContourSet: Sendable {
    public var x: [Double]
    public var y: [Double]
    /// Row-major values, "ij" convention: `z[i * y.count + j]` is at `(x[i], y[j])`.
    public var z: [Double]
    /// Data range of `z` in the precision it was given (matplotlib's `z.min()`, `z.max()`).
    public var zRange: (min: Double, max: Double)?
    public var levels: Levels
    /// Label every `labelEvery`-th level (0: no labels).
    public var labelEvery: Int

    /// How levels are chosen.
    public enum Levels: Sendable {
        /// matplotlib's `levels=N`.
        case count(Int)
        /// Explicit increasing levels.
        case values([Double])
    }

    /// Contours of `z` over the grid `x` by `y` (`[Float]` or `[Double]`).
    public init<T: BinaryFloatingPoint>(x: [T], y: [T], z: [T], levels: Levels = .count(30), labelEvery: Int = 2) {
        self.x = x.map { Double($0) }
        self.y = y.map { Double($0) }
        self.z = z.map { Double($0) }
        self.zRange = ContourLevels.range(of: z)
        self.levels = levels
        self.labelEvery = labelEvery
    }

    /// The levels drawn (including matplotlib's one-beyond-the-data outer levels).
    public var resolvedLevels: [Double] {
        switch levels {
        case .values(let v): return v
        case .count(let n):
            guard let r = zRange else { return [] }
            return ContourLevels.auto(zmin: r.min, zmax: r.max, count: n)
        }
    }
}

/// One optimizer step for the path layer and its tooltip.
public struct PathPoint: Sendable, Hashable {
    public var epoch: Int
    public var x: Double
    public var y: Double
    public var loss: Double

    /// The point at `(x, y)` before epoch `epoch`'s step, with that epoch's loss.
    public init(epoch: Int, x: Double, y: Double, loss: Double) {
        self.epoch = epoch
        self.x = x
        self.y = y
        self.loss = loss
    }
}

/// An optimizer's path: points coloured by epoch (viridis) over a thin #999 line.
public struct OptimizerPath: Sendable {
    public var points: [PathPoint]
    /// Names of the two coordinates in tooltips.
    public var xName: String
    public var yName: String

    /// A path through `points` in order.
    public init(points: [PathPoint], xName: String = "w1", yName: String = "w2") {
        self.points = points
        self.xName = xName
        self.yName = yName
    }
}

/// A line of y over x, e.g. loss or learning rate per epoch.
public struct LineSeries: Sendable {
    public var x: [Double]
    public var y: [Double]
    public var label: String
    /// CSS colour; nil uses matplotlib's cycle (C0, C1, ...).
    public var color: String?

    /// A series; non-finite values (and non-positive ones on a log axis) break the line.
    public init(x: [Double], y: [Double], label: String = "", color: String? = nil) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
    }
}
