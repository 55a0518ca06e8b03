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
