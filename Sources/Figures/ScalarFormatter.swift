import Foundation

/// matplotlib's `ScalarFormatter`: tick and contour-label texts.
///
/// The number of decimals is chosen from all the locations together (`_set_format`); with
/// `useOffset` a common offset is taken out when it saves at least four digits
/// (`_compute_offset`); values are scaled by a power of ten outside the 1e-5...1e6 power limits
/// (`_set_order_of_magnitude`, only counting locations inside the view interval); hyphens
/// become U+2212 minus signs. The offset and scale are shown once, by `offsetText`.
public struct ScalarFormatter: Sendable {
    /// The axis view interval; contour labels use matplotlib's dummy axis interval (0, 1).
    public var viewInterval: (Double, Double)
    /// Whether a common offset may be taken out (axes: yes; clabel: no).
    public var useOffset: Bool
    /// `axes.formatter.limits`: orders of magnitude outside (lo, hi) scale the labels.
    public var powerLimits: (Int, Int) = (-5, 6)
    /// `axes.formatter.offset_threshold`.
    public var offsetThreshold = 4

    /// A formatter for an axis showing `viewInterval`.
    public init(viewInterval: (Double, Double) = (0, 1), useOffset: Bool = false) {
        self.viewInterval = viewInterval
        self.useOffset = useOffset
    }

    /// Offset, power of ten and decimals for a set of locations (`set_locs`).
    struct Format {
        var offset: Double
        var orderOfMagnitude: Int
        var decimals: Int
    }

    func format(for values: [Double]) -> Format {
        let offset = useOffset ? computeOffset(values) : 0
        let oom = orderOfMagnitude(values, offset: offset)
        return Format(offset: offset, orderOfMagnitude: oom, decimals: decimals(values, offset: offset, oom: oom))
    }

    /// The label texts for `values`, formatted together as `format_ticks` does.
    public func formatTicks(_ values: [Double]) -> [String] {
        guard !values.isEmpty else { return [] }
        let f = format(for: values)
        let scale = pow(10.0, Double(f.orderOfMagnitude))
        return values.map { x in
            var xp = (x - f.offset) / scale
            if abs(xp) < 1e-8 { xp = 0 }
            return Self.fixMinus(String(format: "%1.\(f.decimals)f", xp))
        }
    }

    /// The text shown once per axis for the scale and offset ("1e−6", "+1e3"), empty if none.
    public func offsetText(_ values: [Double]) -> String {
        guard !values.isEmpty else { return "" }
        let f = format(for: values)
        guard f.orderOfMagnitude != 0 || f.offset != 0 else { return "" }
        var offsetStr = ""
        if f.offset != 0 {
            offsetStr = Self.formatData(f.offset)
            if f.offset > 0 { offsetStr = "+" + offsetStr }
        }
        let sci = f.orderOfMagnitude != 0 ? "1e\(f.orderOfMagnitude)" : ""
        return Self.fixMinus(sci + offsetStr)
    }

    /// `ScalarFormatter.format_data`: a value as "5", "1.5e3", "1e−6".
    static func formatData(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return value == 0 ? "0" : String(value) }
        let e = floorLog10(abs(value))
        let s = (value / pow(10.0, Double(e)) * 1e10).rounded() / 1e10
        let significand = s.truncatingRemainder(dividingBy: 1) == 0
            ? String(Int(s)) : String(format: "%1.10g", s)
        return e == 0 ? significand : "\(significand)e\(e)"
    }

    private var sortedView: (Double, Double) {
        (min(viewInterval.0, viewInterval.1), max(viewInterval.0, viewInterval.1))
    }

    func computeOffset(_ values: [Double]) -> Double {
        let (vmin, vmax) = sortedView
        let locs = values.filter { vmin <= $0 && $0 <= vmax }
        guard let lmin = locs.min(), let lmax = locs.max() else { return 0 }
        if lmin == lmax || (lmin <= 0 && 0 <= lmax) { return 0 }
        let absMin = min(abs(lmin), abs(lmax)), absMax = max(abs(lmin), abs(lmax))
        let sign: Double = lmin < 0 ? -1 : 1
        let oomMax = Foundation.ceil(log10(absMax))
        func fd(_ a: Double, _ oom: Double) -> Double { PythonFloat.floorDiv(a, pow(10, oom)) }
        var oom = oomMax
        var guardCount = 0
        while fd(absMin, oom) == fd(absMax, oom) && guardCount < 400 { oom -= 1; guardCount += 1 }
        oom += 1
        if (absMax - absMin) / pow(10, oom) <= 1e-2 {
            oom = oomMax
            guardCount = 0
            while !(fd(absMax, oom) - fd(absMin, oom) > 1) && guardCount < 400 { oom -= 1; guardCount += 1 }
            oom += 1
        }
        let n = Double(offsetThreshold - 1)
        return fd(absMax, oom) >= pow(10, n) ? sign * fd(absMax, oom) * pow(10, oom) : 0
    }

    /// The power of ten the labels are scaled by (shown in the offset text when non-zero).
    public func orderOfMagnitude(_ values: [Double]) -> Int {
        orderOfMagnitude(values, offset: useOffset ? computeOffset(values) : 0)
    }

    func orderOfMagnitude(_ values: [Double], offset: Double) -> Int {
        let (vmin, vmax) = sortedView
        let visible = values.filter { vmin <= $0 && $0 <= vmax }.map { abs($0) }
        guard let val = visible.max() else { return 0 }
        let oom: Int
        if offset != 0 {
            oom = Self.floorLog10(vmax - vmin)
        } else {
            oom = Self.floorLog10(val)
        }
        if oom <= powerLimits.0 || oom >= powerLimits.1 { return oom }
        return 0
    }

    func decimals(_ values: [Double], offset: Double, oom: Int) -> Int {
        var all = values
        if values.count < 2 { all += [viewInterval.0, viewInterval.1] }
        let scale = pow(10.0, Double(oom))
        var locs = all.map { ($0 - offset) / scale }
        var range = (locs.max() ?? 0) - (locs.min() ?? 0)
        if range == 0 { range = locs.map { abs($0) }.max() ?? 0 }
        if range == 0 { range = 1 }
        if values.count < 2 { locs.removeLast(2) }
        let rangeOom = Self.floorLog10(range)
        var sigfigs = max(0, 3 - rangeOom)
        let thresh = 1e-3 * pow(10.0, Double(rangeOom))
        while sigfigs >= 0 {
            let p = pow(10.0, Double(sigfigs))
            let err = locs.map { abs($0 - ($0 * p).rounded(.toNearestOrEven) / p) }.max() ?? 0
            if err < thresh { sigfigs -= 1 } else { break }
        }
        return sigfigs + 1
    }

    /// `floor(log10(x))` as an integer; 0 for zero, negative or non-finite `x`, where the
    /// conversion to `Int` would trap.
    static func floorLog10(_ x: Double) -> Int {
        let e = Foundation.floor(log10(x))
        return e.isFinite ? Int(e) : 0
    }

    /// Replace ASCII hyphen-minus with U+2212, as `axes.unicode_minus` does.
    public static func fixMinus(_ s: String) -> String {
        s.replacingOccurrences(of: "-", with: "\u{2212}")
    }
}
