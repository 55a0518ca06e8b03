/// A point in data or pixel coordinates.
public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double

    /// The point (x, y).
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// A connected contour line: open (ending on the grid boundary or a gap) or a closed loop.
///
/// A closed loop does not repeat its first point at the end.
public struct Polyline: Sendable, Hashable {
    public var points: [Point]
    public var closed: Bool

    /// A polyline through `points`, closed back to the first when `closed`.
    public init(points: [Point], closed: Bool) {
        self.points = points
        self.closed = closed
    }
}
