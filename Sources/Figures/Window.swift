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
