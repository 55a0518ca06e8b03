/// Contour level choice for `levels=N`, as matplotlib's `ContourSet._autolev` makes it.
///
/// `MaxNLocator(N + 1, min_n_ticks=1)` proposes levels spanning [zmin, zmax]; all but the last
/// level below zmin and the first above zmax are trimmed (unless fewer than three would remain).
/// The kept outer levels draw nothing but set the colour normalisation and the label format.
public enum ContourLevels {
    /// The levels for data in [zmin, zmax] with target count `count`.
    public static func auto(zmin: Double, zmax: Double, count: Int = 30) -> [Double] {
        let locator = MaxNLocator(nbins: count + 1, minNTicks: 1)
        let lev = locator.tickValues(zmin, zmax)
        let i0 = lev.lastIndex { $0 < zmin } ?? 0
        let i1 = (lev.firstIndex { $0 > zmax }).map { $0 + 1 } ?? lev.count
        if i1 - i0 < 3 { return lev }
        return Array(lev[i0..<i1])
    }

    /// Minimum and maximum of finite values, in the values' own precision then widened, as
    /// matplotlib takes `z.min()` and `z.max()` of the array.
    @inlinable
    public static func range<T: BinaryFloatingPoint>(of z: [T]) -> (min: Double, max: Double)? {
        var lo = T.infinity, hi = -T.infinity
        for v in z where v.isFinite {
            if v < lo { lo = v }
            if v > hi { hi = v }
        }
        guard lo <= hi else { return nil }
        return (Double(lo), Double(hi))
    }
}
