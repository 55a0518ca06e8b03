import Foundation

/// Python's float floor division and modulo, which matplotlib's tick arithmetic relies on.
///
/// CPython's `float_divmod` (Objects/floatobject.c) rounds the quotient so that results are
/// stable where a naive `floor(x / y)` is off by one; the locators reproduce matplotlib
/// exactly only with the same arithmetic.
public enum PythonFloat {
    /// `divmod(x, y)` for floats, as CPython computes it.
    @inlinable
    public static func divmod(_ vx: Double, _ wx: Double) -> (div: Double, mod: Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = Foundation.floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    /// `x // y` for floats.
    public static func floorDiv(_ x: Double, _ y: Double) -> Double { divmod(x, y).div }
}
