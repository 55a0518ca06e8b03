/// Composes the words a screen reader says for a training figure.
public enum FigureDescription {
    /// E.g. "Gradient descent path on the sin loss surface, w1 from −14 to 0 and w2 from −6 to
    /// 12; SGD (lr=0.01) with ExponentialLR; 30 epochs from (−6.5, 4.5) to (−3.148, −1.562),
    /// final loss −106.7."
    public static func run(surface: String, window: Window, optimizer: String, scheduler: String? = nil,
                           start: Point, end: Point, epochs: Int, finalLoss: Double) -> String {
        func n(_ v: Double) -> String { short(v) }
        var s = "Optimizer path on the \(surface) loss surface, w1 from \(n(window.xMin)) to \(n(window.xMax))"
        s += " and w2 from \(n(window.yMin)) to \(n(window.yMax)); \(optimizer)"
        if let scheduler, !scheduler.isEmpty { s += " with \(scheduler)" }
        s += "; \(epochs) epoch\(epochs == 1 ? "" : "s") from (\(n(start.x)), \(n(start.y)))"
        s += " to (\(n(end.x)), \(n(end.y))), final loss \(n(finalLoss))."
        return s
    }

    /// A number with 4 significant digits, no trailing zeros, U+2212 for minus.
    static func short(_ v: Double) -> String {
        guard v.isFinite else { return v.isNaN ? "nan" : (v > 0 ? "inf" : "\u{2212}inf") }
        var s = String(format: "%.4g", v)
        if s.contains("."), !s.contains("e") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if s == "-0" { s = "0" }
        return ScalarFormatter.fixMinus(s)
    }
}
