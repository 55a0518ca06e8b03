/// `SoftmaxKernels.forwardShortRows`/`logBackwardShortRows` for rows of two (a two-class
/// classifier's logits): eight rows are sixteen consecutive floats, split into the first and
/// second column by even/odd lanes instead of gathered one element at a time. Each lane goes
/// through exactly the operations of the general short-row kernels, so the bits are theirs.
extension SoftmaxKernels {
    typealias PairLanes = SIMD16<Float>

    @inline(__always)
    static func loadPairs(_ p: UnsafePointer<Float>) -> (Lanes, Lanes) {
        let both = UnsafeRawPointer(p).loadUnaligned(as: PairLanes.self)
        return (both.evenHalf, both.oddHalf)
    }

    @inline(__always)
    static func storePairs(_ first: Lanes, _ second: Lanes, _ p: UnsafeMutablePointer<Float>) {
        var both = PairLanes()
        both.evenHalf = first
        both.oddHalf = second
        UnsafeMutableRawPointer(p).storeBytes(of: both, as: PairLanes.self)
    }

    /// `forwardShortRows` with `k == 2`.
    static func forwardPairRows(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, rows: Int, log: Bool) -> Int {
        var r = 0
        while r + 8 <= rows {
            let (v0, v1) = loadPairs(x + r * 2)
            let m = v0.replacing(with: v1, where: .!(v0 .> v1))
            var e0 = v0 - m, e1 = v1 - m
            // A NaN input, or an infinite maximum, makes some `x - max` NaN.
            if any((e0 .!= e0) .| (e1 .!= e1)) { break }
            e0 = exp(e0)
            e1 = exp(e1)
            let s = e0 + e1
            if log {
                let ls = logPositive(s)
                storePairs(v0 - m - ls, v1 - m - ls, out + r * 2)
            } else {
                let inverse = Lanes(repeating: 1) / s
                storePairs(e0 * inverse, e1 * inverse, out + r * 2)
            }
            r += 8
        }
        return r
    }

    /// `logBackwardShortRows` with `k == 2`.
    static func logBackwardPairRows(_ g: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, rows: Int) -> Int {
        var r = 0
        while r + 8 <= rows {
            let (g0, g1) = loadPairs(g + r * 2)
            let (y0, y1) = loadPairs(y + r * 2)
            if any((y0 .!= y0) .| (y1 .!= y1)) { break }
            let s = g0 + g1
            storePairs(g0.fusedAdding(-exp(y0), s), g1.fusedAdding(-exp(y1), s), out + r * 2)
            r += 8
        }
        return r
    }
}
