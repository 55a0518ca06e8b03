import Foundation

/// matplotlib's `MaxNLocator`: at most `nbins` intervals between "nice" tick values.
///
/// Contour levels (`levels=N` uses `MaxNLocator(N + 1, min_n_ticks=1)`) and axis ticks
/// (`AutoLocator` is `MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10])`) both come from
/// this algorithm; it follows `ticker.MaxNLocator.tick_values` step for step so the values
/// agree with matplotlib's to the last bit.
public struct MaxNLocator: Sendable {
    /// matplotlib's default steps when none are given.
    public static let defaultSteps: [Double] = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
    /// AutoLocator's steps.
    public static let autoSteps: [Double] = [1, 2, 2.5, 5, 10]

    /// Maximum number of intervals.
    public var nbins: Int
    /// Acceptable step multiples, 1 through 10.
    public var steps: [Double]
    /// Fewest ticks inside the range before a smaller step is tried.
    public var minNTicks: Int

    /// A locator with `nbins` intervals; `steps` must rise from 1 to 10.
    public init(nbins: Int, steps: [Double] = MaxNLocator.defaultSteps, minNTicks: Int = 2) {
        self.nbins = max(1, nbins)
        var s = steps.filter { $0 >= 1 && $0 <= 10 }
        if s.first != 1 { s.insert(1, at: 0) }
        if s.last != 10 { s.append(10) }
        self.steps = s
        self.minNTicks = minNTicks
    }

    /// AutoLocator for an axis of `lengthPoints` typographic points whose tick labels are
    /// `labelSize` points: matplotlib's `get_tick_space` heuristic (labels at most 3:1 wide on
    /// x, spacing of 2 label heights on y), clipped to 9 bins.
    public static func auto(axisLengthPoints: Double, labelSize: Double = 10, vertical: Bool) -> MaxNLocator {
        let size = labelSize * (vertical ? 2 : 3)
        let fit = Foundation.floor(axisLengthPoints / size)
        let space = size > 0 && fit.isFinite ? Int(min(max(fit, 1), 9)) : 9
        return MaxNLocator(nbins: min(max(space, 1), 9), steps: autoSteps)
    }

    private var extendedSteps: [Double] {
        steps.dropLast().map { 0.1 * $0 } + steps + [10 * steps[1]]
    }

    /// Tick values covering [vmin, vmax] (possibly one beyond each end), as matplotlib returns them.
    public func tickValues(_ vmin: Double, _ vmax: Double) -> [Double] {
        let (lo, hi) = Self.nonsingular(vmin, vmax, expander: 1e-13, tiny: 1e-14)
        return rawTicks(lo, hi)
    }

    /// `transforms._nonsingular`: widen a degenerate interval.
    static func nonsingular(_ a: Double, _ b: Double, expander: Double, tiny: Double) -> (Double, Double) {
        guard a.isFinite, b.isFinite else { return (-expander, expander) }
        var vmin = min(a, b), vmax = max(a, b)
        let maxAbs = max(abs(vmin), abs(vmax))
        if maxAbs < (1e6 / tiny) * Double.leastNormalMagnitude {
            vmin = -expander; vmax = expander
        } else if vmax - vmin <= maxAbs * tiny {
            if vmax == 0 && vmin == 0 {
                vmin = -expander; vmax = expander
            } else {
                vmin -= expander * abs(vmin)
                vmax += expander * abs(vmax)
            }
        }
        return (vmin, vmax)
    }

    /// `ticker.scale_range`.
    static func scaleRange(_ vmin: Double, _ vmax: Double, _ n: Int) -> (scale: Double, offset: Double) {
        let dv = abs(vmax - vmin)
        let meanv = (vmax + vmin) / 2
        var offset = 0.0
        if !(abs(meanv) / dv < 100) {
            offset = copysign(pow(10, PythonFloat.floorDiv(log10(abs(meanv)), 1)), meanv)
        }
        let scale = pow(10, PythonFloat.floorDiv(log10(dv / Double(n)), 1))
        return (scale, offset)
    }

    func rawTicks(_ vmin: Double, _ vmax: Double) -> [Double] {
        let (scale, offset) = Self.scaleRange(vmin, vmax, nbins)
        let lo = vmin - offset, hi = vmax - offset
        let candidates = extendedSteps.map { $0 * scale }
        let rawStep = (hi - lo) / Double(nbins)
        let istep = candidates.firstIndex { $0 >= rawStep } ?? (candidates.count - 1)
        var ticks: [Double] = []
        for step in candidates[...istep].reversed() {
            let bestVmin = PythonFloat.floorDiv(lo, step) * step
            let edge = EdgeInteger(step: step, offset: offset)
            let low = edge.le(lo - bestVmin)
            let high = edge.ge(hi - bestVmin)
            ticks = []
            // Ranges too wide for doubles (spans near 1e308) give no sensible ticks.
            guard step.isFinite, step > 0, low.isFinite, high.isFinite, high - low < 10_000 else { continue }
            var k = low
            while k < high + 1 {
                ticks.append(k * step + bestVmin)
                k += 1
            }
            let nticks = ticks.filter { $0 <= hi && $0 >= lo }.count
            if nticks >= minNTicks { break }
        }
        return ticks.map { $0 + offset }
    }
}

/// `ticker._Edge_integer`: integer multiples of a step, tolerant of float error.
struct EdgeInteger {
    let step: Double
    let offset: Double

    init(step: Double, offset: Double) {
        self.step = step
        self.offset = abs(offset)
    }

    func closeTo(_ ms: Double, _ edge: Double) -> Bool {
        var tol = 1e-10
        if offset > 0 {
            let digits = log10(offset / step)
            tol = min(0.4999, max(1e-10, pow(10, digits - 12)))
        }
        return abs(ms - edge) < tol
    }

    func le(_ x: Double) -> Double {
        let (d, m) = PythonFloat.divmod(x, step)
        return closeTo(m / step, 1) ? d + 1 : d
    }

    func ge(_ x: Double) -> Double {
        let (d, m) = PythonFloat.divmod(x, step)
        return closeTo(m / step, 0) ? d : d + 1
    }
}
