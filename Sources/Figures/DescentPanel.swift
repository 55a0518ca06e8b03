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
    /// Every path of an `explore` figure, by combination, and their titles; `path` and
    /// `title` are then unused and `shownVariant` is the one the page opens with.
    public var variantPaths: [[PathPoint]] = []
    public var variantTitles: [String] = []
    public var shownVariant = 0
    /// Paths of a `compare` figure, each in its own colour with a legend entry.
    public var comparedPaths: [(label: String, points: [PathPoint])] = []
    /// Whether paths appear epoch by epoch.
    public var animate = false

    /// A panel; `z` may be `[Float]` (as the lesson's float32 tensors) or `[Double]`, and its
    /// min and max are taken in that precision, as matplotlib takes them.
    @inlinable
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
        if !path.isEmpty, variantPaths.isEmpty, comparedPaths.isEmpty {
            var p = OptimizerPath(points: path)
            p.animate = animate
            layers.append(.path(p))
        }
        for (k, points) in variantPaths.enumerated() {
            var p = OptimizerPath(points: points)
            p.variant = k
            p.shown = k == shownVariant
            p.animate = animate
            layers.append(.path(p))
        }
        for (k, compared) in comparedPaths.enumerated() {
            var p = OptimizerPath(points: compared.points)
            p.colour = Style.cycle[k % Style.cycle.count]
            p.label = compared.label
            p.animate = animate
            layers.append(.path(p))
        }
        var panel = Panel(xRange: (window.xMin, window.xMax), yRange: (window.yMin, window.yMax),
                          title: variantTitles.isEmpty ? title : variantTitles[shownVariant], layers: layers)
        panel.variantTitles = variantTitles
        panel.shownVariant = shownVariant
        return panel
    }
}

extension DescentPanel {
    /// A panel whose surface is `loss` sampled on a `steps` x `steps` float32 grid over
    /// `window`, as the seed's `plot_loss` samples it (`torch.meshgrid(..., indexing="ij")`).
    public init(window: Window, steps: Int = 100, loss: (Float, Float) -> Float, levels: Int = 30,
                path: [PathPoint] = [], optimum: Point? = nil, title: String = "") {
        let x = Linspace.float32(Float(window.xMin), Float(window.xMax), steps)
        let y = Linspace.float32(Float(window.yMin), Float(window.yMax), steps)
        var z = [Float](repeating: 0, count: x.count * y.count)
        for i in x.indices { for j in y.indices { z[i * y.count + j] = loss(x[i], y[j]) } }
        self.init(window: window, gridX: x, gridY: y, z: z, levels: levels, path: path, optimum: optimum, title: title)
    }
}
