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
    @inlinable
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
