import Foundation

/// The draws of ATen's CPU distribution kernels (`DistributionTemplates.h`,
/// `DistributionsHelper.h`, `TransformationHelper.h`), value for value.
extension Generator {
    /// A float in [0, 1) from the low 24 bits of one 32-bit draw.
    @inline(__always) func unitFloat() -> Float {
        Float(random() & 0xff_ffff) * (1 / 16_777_216)
    }

    /// A double in [0, 1) from the low 53 bits of one 64-bit draw.
    @inline(__always) func unitDouble() -> Double {
        Double(random64() & (1 << 53 - 1)) * (1 / 9_007_199_254_740_992)
    }

    /// `uniform_(from, to)` on float32: `x * (to - from) + from` as one FMA, a value that
    /// rounds up to `to` replaced by `from`.
    public func uniformFloats(_ count: Int, from: Double = 0, to: Double = 1) -> [Float] {
        let (lo, hi) = (Float(from), Float(to))
        let width = hi - lo
        return (0..<count).map { _ in
            let v = lo.addingProduct(unitFloat(), width)
            return v == hi ? lo : v
        }
    }

    /// `uniform_(from, to)` on float64.
    public func uniformDoubles(_ count: Int, from: Double = 0, to: Double = 1) -> [Double] {
        let width = to - from
        return (0..<count).map { _ in
            let v = from.addingProduct(unitDouble(), width)
            return v == to ? from : v
        }
    }

    /// One sample of ATen's `normal_distribution<double>`: Box-Muller on two 53-bit uniforms,
    /// caching the sine branch for the next call.
    func normalDouble(mean: Double, std: Double) -> Double {
        if let cached = nextDoubleNormal {
            nextDoubleNormal = nil
            return mean.addingProduct(cached, std)
        }
        let u1 = unitDouble()
        let u2 = unitDouble()
        let r = (-2 * log1p(-u2)).squareRoot()
        let theta = 2 * Double.pi * u1
        nextDoubleNormal = r * sin(theta)
        return mean.addingProduct(r * cos(theta), std)
    }

    /// `normal_(mean, std)` on float32: fewer than 16 elements one double sample each,
    /// otherwise uniforms transformed 16 at a time, the tail redrawn as a last overlapping block.
    public func normalFloats(_ count: Int, mean: Double = 0, std: Double = 1) -> [Float] {
        if count < 16 {
            return (0..<count).map { _ in Float(normalDouble(mean: mean, std: std)) }
        }
        var data = (0..<count).map { _ in unitFloat() }
        let (m, s) = (Float(mean), Float(std))
        data.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            var i = 0
            while i + 16 <= count {
                BoxMuller16.fill(base + i, mean: m, std: s)
                i += 16
            }
            if count % 16 != 0 {
                let tail = base + count - 16
                for k in 0..<16 { tail[k] = unitFloat() }
                BoxMuller16.fill(tail, mean: m, std: s)
            }
        }
        return data
    }

    /// `normal_(mean, std)` on float64, with the same two paths.
    public func normalDoubles(_ count: Int, mean: Double = 0, std: Double = 1) -> [Double] {
        if count < 16 {
            return (0..<count).map { _ in normalDouble(mean: mean, std: std) }
        }
        var data = (0..<count).map { _ in unitDouble() }
        data.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            var i = 0
            while i + 16 <= count {
                BoxMuller16.fill(base + i, mean: mean, std: std)
                i += 16
            }
            if count % 16 != 0 {
                let tail = base + count - 16
                for k in 0..<16 { tail[k] = unitDouble() }
                BoxMuller16.fill(tail, mean: mean, std: std)
            }
        }
        return data
    }

    /// `random_(low, high)` / `randint`: `draw % (high - low) + low`, from a 64-bit draw when
    /// the range is 2²⁸ or more, else from a 32-bit one.
    public func integers(_ count: Int, low: Int64, high: Int64) -> [Int64] {
        let range = UInt64(bitPattern: high &- low)
        return (0..<count).map { _ in
            let draw = range >= 1 << 28 ? random64() : UInt64(random())
            return Int64(bitPattern: draw % range) &+ low
        }
    }

    /// `random_()` on int64 with no bounds: a 64-bit draw modulo 2⁶³.
    public func nonNegativeInt64() -> Int64 {
        Int64(bitPattern: random64() % (UInt64(Int64.max) + 1))
    }

    /// `randperm(n)`: the identity permutation shuffled by swapping each position with one
    /// chosen by `random() % (n - i)` (ATen's algorithm for n below 2³²/20).
    public func permutation(_ n: Int) -> [Int64] {
        var result = (0..<Int64(n)).map { $0 }
        if n < 2 { return result }
        for i in 0..<(n - 1) {
            let z = Int(UInt64(random()) % UInt64(n - i))
            result.swapAt(i, i + z)
        }
        return result
    }

    /// `bernoulli_(p)` with a scalar probability: one 53-bit uniform per element, `u < p`.
    public func bernoulli(_ count: Int, p: Double) -> [Bool] {
        (0..<count).map { _ in unitDouble() < p }
    }
}
