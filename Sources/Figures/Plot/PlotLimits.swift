import Foundation

/// matplotlib's autoscaling: data limits of the artists, `nonsingular` widening, 5% margins
/// that stop at sticky edges (bar bases, image and contour extents).
enum PlotLimits {
    /// Data extent along one axis, with the sticky values margins must not cross.
    struct Extent {
        var lo = Double.infinity
        var hi = -Double.infinity
        var sticky: [Double] = []
        var isEmpty: Bool { lo > hi }

        mutating func add(_ v: Double, log: Bool) {
            guard v.isFinite, !log || v > 0 else { return }
            lo = min(lo, v)
            hi = max(hi, v)
        }

        mutating func add(_ vs: [Double], log: Bool) { for v in vs { add(v, log: log) } }
    }

    /// The data extents of an axes' artists along x and y.
    static func extents(_ axes: PlotAxes) -> (x: Extent, y: Extent) {
        var x = Extent(), y = Extent()
        let lx = axes.x.scale == .log, ly = axes.y.scale == .log
        for artist in axes.artists {
            switch artist {
            case .line(let l):
                // A point is in the data limits only when both its coordinates are finite.
                for (a, b) in zip(l.x, l.y) where a.isFinite && b.isFinite {
                    x.add(a, log: lx); y.add(b, log: ly)
                }
            case .scatter(let s):
                for (a, b) in zip(s.x, s.y) where a.isFinite && b.isFinite {
                    x.add(a, log: lx); y.add(b, log: ly)
                }
            case .errorbar(let e):
                for (i, (a, b)) in zip(e.line.x, e.line.y).enumerated() where a.isFinite && b.isFinite {
                    x.add(a, log: lx); y.add(b, log: ly)
                    if let err = e.yErr { y.add(b - err.lower[i], log: ly); y.add(b + err.upper[i], log: ly) }
                    if let err = e.xErr { x.add(a - err.lower[i], log: lx); x.add(a + err.upper[i], log: lx) }
                }
            case .contour(let c):
                x.add(c.x, log: lx); y.add(c.y, log: ly)
                if let a = c.x.min(), let b = c.x.max() { x.sticky += [a, b] }
                if let a = c.y.min(), let b = c.y.max() { y.sticky += [a, b] }
            case .image(let im):
                let e = im.resolvedExtent
                x.add([e.left, e.right], log: lx); y.add([e.bottom, e.top], log: ly)
                x.sticky += [e.left, e.right]; y.sticky += [e.bottom, e.top]
            case .patches(let p):
                for r in p.rects {
                    x.add([r.x, r.x + r.width], log: lx)
                    y.add([r.y, r.y + r.height], log: ly)
                }
                x.sticky += p.stickyX; y.sticky += p.stickyY
            case .fill(let f):
                let (a, b) = f.horizontal ? (y, x) : (x, y)
                var along = a, across = b
                for (i, v) in f.x.enumerated() {
                    guard v.isFinite else { continue }
                    along.add(v, log: f.horizontal ? ly : lx)
                    across.add(f.y1[i], log: f.horizontal ? lx : ly)
                    across.add(f.y2[i], log: f.horizontal ? lx : ly)
                }
                if f.horizontal { y = along; x = across } else { x = along; y = across }
            case .referenceLine(let r):
                if r.vertical { x.add(r.value, log: lx) } else { y.add(r.value, log: ly) }
            case .descent(let p):
                if let r = p.xRange { x.add([r.0, r.1], log: lx) }
                if let r = p.yRange { y.add([r.0, r.1], log: ly) }
            case .text, .descentPlaceholder:
                break
            }
        }
        return (x, y)
    }

    /// View limits from an extent: matplotlib's `autoscale_view` for one axis.
    static func view(_ e: Extent, margin: Double, scale: Scale) -> (Double, Double) {
        guard !e.isEmpty else { return scale == .log ? (1, 10) : (0, 1) }
        var (x0, x1) = nonsingular(e.lo, e.hi, scale: scale)
        let tol = 1e-5 * max(abs(x0), abs(x1), abs(x1 - x0))
        let stickies = e.sticky.filter(\.isFinite).sorted()
        let lowBound = stickies.last { $0 <= x0 + tol } ?? -Double.infinity
        let highBound = stickies.first { $0 >= x1 - tol } ?? Double.infinity
        func t(_ v: Double) -> Double { scale == .log ? log10(v) : v }
        func inv(_ v: Double) -> Double { scale == .log ? pow(10, v) : v }
        let a = t(x0), b = t(x1)
        let delta = (b - a) * margin
        x0 = max(inv(a - delta), lowBound)
        x1 = min(inv(b + delta), highBound)
        return (x0, x1)
    }

    /// `Locator.nonsingular`: a constant range widened (5% linear, to decades on log).
    static func nonsingular(_ a: Double, _ b: Double, scale: Scale) -> (Double, Double) {
        if scale == .log {
            guard a == b else { return (a, b) }
            let lo = floor(log10(a)), hi = ceil(log10(b))
            return lo == hi ? (pow(10, lo - 1), pow(10, hi + 1)) : (pow(10, lo), pow(10, hi))
        }
        return MaxNLocator.nonsingular(a, b, expander: 0.05, tiny: 1e-15)
    }
}
