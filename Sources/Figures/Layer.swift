/// Axis scale.
public enum Scale: Sendable, Hashable {
    case linear
    case log
}

/// Something drawn in a panel, in drawing order of its kind (contours below, then the optimum,
/// the path line, the path points), as the seed's z-orders stack them.
public enum Layer: Sendable {
    case contour(ContourSet)
    case path(OptimizerPath)
    case optimum(Point)
    case line(LineSeries)
}
