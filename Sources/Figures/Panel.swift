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
    /// Titles of an `explore` figure's combinations (each drawn with `data-variant`, only
    /// `shownVariant` visible); empty for one title.
    public var variantTitles: [String] = []
    public var shownVariant = 0

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
