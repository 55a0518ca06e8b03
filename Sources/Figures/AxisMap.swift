import Foundation

/// A data-to-pixel mapping along one axis, linear or base-10 logarithmic.
struct AxisMap {
    var lo: Double
    var hi: Double
    var p0: Double
    var p1: Double
    var scale: Scale

    func f(_ v: Double) -> Double { scale == .log ? log10(v) : v }

    func px(_ v: Double) -> Double {
        let a = f(lo), b = f(hi)
        return p0 + (f(v) - a) / (b - a) * (p1 - p0)
    }
}
