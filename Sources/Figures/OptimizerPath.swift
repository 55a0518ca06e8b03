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
    /// The combination of an `explore` figure this path belongs to (drawn in a group with
    /// `data-variant`, hidden unless `shown`); nil for a plain path.
    public var variant: Int?
    /// Whether the path is visible when the page loads.
    public var shown = true
    /// One colour for the line and every point (a `compare` figure); nil colours points by
    /// epoch (viridis) over a grey line.
    public var colour: String?
    /// The legend's text for a coloured path.
    public var label = ""
    /// Whether the path appears epoch by epoch (CSS animation).
    public var animate = false

    /// A path through `points` in order.
    public init(points: [PathPoint], xName: String = "w1", yName: String = "w2") {
        self.points = points
        self.xName = xName
        self.yName = yName
    }
}
