/// matplotlib's listed colormaps used by the figures, with matplotlib's lookup rule.
public enum Colormap: Sendable {
    case turbo
    case viridis

    private var table: [(Double, Double, Double)] {
        switch self {
        case .turbo: return ColormapData.turbo
        case .viridis: return ColormapData.viridis
        }
    }

    /// Table index for a normalised value, as `Colormap.__call__` computes it: `x * N`
    /// truncated, with 1.0 mapped to the last entry and values outside [0, 1] clamped to the
    /// ends (the default under/over colours of a listed map).
    public static func index(_ x: Double, count: Int = 256) -> Int {
        guard x.isFinite else { return 0 }
        var xa = x * Double(count)
        if xa == Double(count) { xa = Double(count - 1) }
        if xa < 0 { return 0 }
        if xa >= Double(count) { return count - 1 }
        return Int(xa)
    }

    /// The `#rrggbb` colour of a normalised value in [0, 1].
    public func hex(_ x: Double) -> String {
        let (r, g, b) = table[Self.index(x)]
        return "#" + [r, g, b].map { v in
            let n = Int((v * 255).rounded(.toNearestOrEven))
            let s = String(n, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    /// The colour of `value` with linear normalisation over [vmin, vmax] (matplotlib's
    /// `Normalize`; a degenerate range maps everything to 0).
    public func hex(_ value: Double, vmin: Double, vmax: Double) -> String {
        hex(vmax > vmin ? (value - vmin) / (vmax - vmin) : 0)
    }
}
