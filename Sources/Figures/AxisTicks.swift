import Foundation

/// Ticks of one axis: positions, labels and minor ticks.
struct AxisTicks {
    var values: [Double] = []
    var labels: [String] = []
    var minor: [Double] = []
    /// Scale and offset shown once at the axis end ("1e−6", "+1e3"), empty for none.
    var offsetText = ""

    /// AutoLocator ticks with ScalarFormatter labels, only those inside [lo, hi].
    static func linear(lo: Double, hi: Double, lengthPx: Double, vertical: Bool) -> AxisTicks {
        let locator = MaxNLocator.auto(axisLengthPoints: lengthPx / Style.pt, vertical: vertical)
        let all = locator.tickValues(lo, hi)
        let formatter = ScalarFormatter(viewInterval: (lo, hi), useOffset: true)
        let labels = formatter.formatTicks(all)
        var t = AxisTicks()
        t.offsetText = formatter.offsetText(all)
        let a = min(lo, hi), b = max(lo, hi)
        let tol = (b - a) * 1e-10
        for (v, s) in zip(all, labels) where v >= a - tol && v <= b + tol {
            t.values.append(v)
            t.labels.append(s)
        }
        return t
    }

    /// LogLocator decade ticks labelled 10^k, minor ticks at 2..9 times each decade; when the
    /// view spans at most one decade the minor ticks are labelled too, as
    /// LogFormatterSciNotation labels them (all of them up to 0.4 decades, else 2, 3, 4, 6).
    static func log(lo: Double, hi: Double) -> AxisTicks {
        var t = AxisTicks()
        guard lo > 0, hi > 0, lo.isFinite, hi.isFinite else { return t }
        let a = Foundation.log10(min(lo, hi)), b = Foundation.log10(max(lo, hi))
        let numdec = b - a
        let k0 = Int(Foundation.floor(a)), k1 = Int(Foundation.ceil(b))
        let span = max(1, k1 - k0)
        let stride = max(1, Int((Double(span) / 9).rounded(.up)))
        let sublabels: Set<Int> = numdec > 1 ? [] : (numdec > 0.4 ? [2, 3, 4, 6] : Set(2...9))
        let eps = 1e-10
        for k in k0...k1 {
            let v = pow(10.0, Double(k))
            let exponent = ScalarFormatter.fixMinus(String(k))
            if Double(k) >= a - eps && Double(k) <= b + eps && (k - k0) % stride == 0 {
                t.values.append(v)
                t.labels.append("10^" + exponent)
            }
            guard stride == 1 else { continue }
            for m in 2...9 {
                let w = Double(m) * v
                let lw = Foundation.log10(w)
                guard lw >= a - eps && lw <= b + eps else { continue }
                if sublabels.contains(m) {
                    t.values.append(w)
                    t.labels.append("\(m)\u{00D7}10^" + exponent)
                } else {
                    t.minor.append(w)
                }
            }
        }
        return t
    }
}
