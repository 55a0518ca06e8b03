/// The view window of a loss-surface panel: w1 along x, w2 along y.
public struct Window: Sendable, Hashable {
    public var xMin: Double
    public var xMax: Double
    public var yMin: Double
    public var yMax: Double

    /// A window [xMin, xMax] x [yMin, yMax].
    public init(xMin: Double, xMax: Double, yMin: Double, yMax: Double) {
        self.xMin = xMin
        self.xMax = xMax
        self.yMin = yMin
        self.yMax = yMax
    }
}

/// One panel of a lesson's training figure, as the seed's `plot_train` draws it: the loss
/// surface as labelled contours, the optimizer's path, the optimum, a title.
public struct DescentPanel: Sendable {
    public var window: Window
    /// Grid coordinates along w1 and w2.
    public var gridX: [Double]
    public var gridY: [Double]
    /// Loss on the grid, "ij" row-major: `z[i * gridY.count + j]` is at `(gridX[i], gridY[j])`.
    public var z: [Double]
    /// Min and max of `z` in its given precision; sets the contour levels.
    public var zRange: (min: Double, max: Double)?
    /// matplotlib's `levels=N`.
    public var levels: Int
    /// The optimizer's steps (empty for a bare surface).
    public var path: [PathPoint]
    /// Where the minimum is, drawn as a dodgerblue marker.
    public var optimum: Point?
    public var title: String

    /// A panel; `z` may be `[Float]` (as the lesson's float32 tensors) or `[Double]`, and its
    /// min and max are taken in that precision, as matplotlib takes them.
    public init<T: BinaryFloatingPoint>(window: Window, gridX: [T], gridY: [T], z: [T], levels: Int = 30,
                                        path: [PathPoint] = [], optimum: Point? = nil, title: String = "") {
        self.window = window
        self.gridX = gridX.map { Double($0) }
        self.gridY = gridY.map { Double($0) }
        self.z = z.map { Double($0) }
        self.zRange = ContourLevels.range(of: z)
        self.levels = levels
        self.path = path
        self.optimum = optimum
        self.title = title
    }

    /// The general figure panel this stands for.
    public var panel: Panel {
        var contour = ContourSet(x: gridX, y: gridY, z: z, levels: .count(levels))
        contour.zRange = zRange
        var layers: [Layer] = [.contour(contour)]
        if let o = optimum { layers.append(.optimum(o)) }
        if !path.isEmpty { layers.append(.path(OptimizerPath(points: path))) }
        return Panel(xRange: (window.xMin, window.xMax), yRange: (window.yMin, window.yMax),
                     title: title, layers: layers)
    }
}

/// Entry point for a lesson's training figures.
public enum DescentFigure {
    /// The figure value for panels side by side (sized as the seed's figures).
    public static func figure(panels: [DescentPanel], description: String, idPrefix: String? = nil) -> Figure {
        Figure(panels: panels.map(\.panel), description: description, idPrefix: idPrefix)
    }

    /// The SVG of panels side by side, with `description` as its accessible title.
    public static func svg(panels: [DescentPanel], description: String, idPrefix: String? = nil) -> String {
        figure(panels: panels, description: description, idPrefix: idPrefix).svg()
    }
}

/// Composes the words a screen reader says for a training figure.
public enum FigureDescription {
    /// E.g. "Gradient descent path on the sin loss surface, w1 from −14 to 0 and w2 from −6 to
    /// 12; SGD (lr=0.01) with ExponentialLR; 30 epochs from (−6.5, 4.5) to (−3.148, −1.562),
    /// final loss −106.7."
    public static func run(surface: String, window: Window, optimizer: String, scheduler: String? = nil,
                           start: Point, end: Point, epochs: Int, finalLoss: Double) -> String {
        func n(_ v: Double) -> String { short(v) }
        var s = "Optimizer path on the \(surface) loss surface, w1 from \(n(window.xMin)) to \(n(window.xMax))"
        s += " and w2 from \(n(window.yMin)) to \(n(window.yMax)); \(optimizer)"
        if let scheduler, !scheduler.isEmpty { s += " with \(scheduler)" }
        s += "; \(epochs) epoch\(epochs == 1 ? "" : "s") from (\(n(start.x)), \(n(start.y)))"
        s += " to (\(n(end.x)), \(n(end.y))), final loss \(n(finalLoss))."
        return s
    }

    /// A number with 4 significant digits, no trailing zeros, U+2212 for minus.
    static func short(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "\u{2212}inf") }
        var s = String(format: "%.4g", v)
        if s.contains("."), !s.contains("e") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if s == "-0" { s = "0" }
        return ScalarFormatter.fixMinus(s)
    }
}
