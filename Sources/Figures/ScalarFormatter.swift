import Foundation

/// matplotlib's `ScalarFormatter` without offset: tick and contour-label texts.
///
/// The number of decimals is chosen from all the locations together (`_set_format`), values are
/// scaled by a power of ten outside the 1e-5...1e6 power limits (`_set_order_of_magnitude`, only
/// counting locations inside the view interval), and hyphens become U+2212 minus signs.
public struct ScalarFormatter: Sendable {
    /// The axis view interval; contour labels use matplotlib's dummy axis interval (0, 1).
    public var viewInterval: (Double, Double)
    /// `axes.formatter.limits`: orders of magnitude outside (lo, hi) scale the labels.
    public var powerLimits: (Int, Int) = (-5, 6)

    /// A formatter for an axis showing `viewInterval`.
    public init(viewInterval: (Double, Double) = (0, 1)) {
        self.viewInterval = viewInterval
    }

    /// The label texts for `values`, formatted together as `format_ticks` does.
    public func formatTicks(_ values: [Double]) -> [String] {
        guard !values.isEmpty else { return [] }
        let oom = orderOfMagnitude(values)
        let decimals = self.decimals(values, oom: oom)
        let scale = pow(10.0, Double(oom))
        return values.map { x in
            var xp = x / scale
            if abs(xp) < 1e-8 { xp = 0 }
            return Self.fixMinus(String(format: "%1.\(decimals)f", xp))
        }
    }

    /// The power of ten the labels are scaled by (shown as an offset text when non-zero).
    public func orderOfMagnitude(_ values: [Double]) -> Int {
        let lo = min(viewInterval.0, viewInterval.1), hi = max(viewInterval.0, viewInterval.1)
        let visible = values.filter { lo <= $0 && $0 <= hi }.map { abs($0) }
        guard let val = visible.max() else { return 0 }
        let oom = val == 0 ? 0 : Int(Foundation.floor(log10(val)))
        if oom <= powerLimits.0 || oom >= powerLimits.1 { return oom }
        return 0
    }

    func decimals(_ values: [Double], oom: Int) -> Int {
        var all = values
        if values.count < 2 { all += [viewInterval.0, viewInterval.1] }
        let scale = pow(10.0, Double(oom))
        var locs = all.map { $0 / scale }
        var range = (locs.max() ?? 0) - (locs.min() ?? 0)
        if range == 0 { range = locs.map { abs($0) }.max() ?? 0 }
        if range == 0 { range = 1 }
        if values.count < 2 { locs.removeLast(2) }
        let rangeOom = Int(Foundation.floor(log10(range)))
        var sigfigs = max(0, 3 - rangeOom)
        let thresh = 1e-3 * pow(10.0, Double(rangeOom))
        while sigfigs >= 0 {
            let p = pow(10.0, Double(sigfigs))
            let err = locs.map { abs($0 - ($0 * p).rounded(.toNearestOrEven) / p) }.max() ?? 0
            if err < thresh { sigfigs -= 1 } else { break }
        }
        return sigfigs + 1
    }

    /// Replace ASCII hyphen-minus with U+2212, as `axes.unicode_minus` does.
    public static func fixMinus(_ s: String) -> String {
        s.replacingOccurrences(of: "-", with: "\u{2212}")
    }
}
