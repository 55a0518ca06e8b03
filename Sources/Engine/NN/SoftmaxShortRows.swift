/// `SoftmaxKernels.forwardRows`/`backwardRows` for rows shorter than one of PyTorch's vectors
/// (two classes, ten classes…), eight rows at a time in SIMD registers.
///
/// ATen folds a short row left to right, one element at a time, and evaluates SLEEF's `exp` and
/// `log` on each element; every row's arithmetic is independent of the others. Here lane `l`
/// of each SIMD value carries row `r + l` through exactly the scalar kernels' operations
/// (`VectorKernels.sleefExp`, `SleefFloat.log`), so each result has the same bits; blocks
/// holding a NaN, and the last rows, take the scalar path.
extension SoftmaxKernels {
    typealias Lanes = SIMD8<Float>
    typealias IntLanes = SIMD8<Int32>

    /// Forward values of the first `rows - rows % 8` rows of length `k` (`k` below the vector
    /// width); returns how many rows it wrote. A block with a NaN is left to the caller.
    static func forwardShortRows(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, rows: Int, k: Int, log: Bool) -> Int {
        guard k > 0 && k < 16 else { return 0 }
        if k == 2 { return forwardPairRows(x, out, rows: rows, log: log) }
        var r = 0
        return withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 2 * k) { buffer in
            let v = buffer.baseAddress!, e = v + k
            while r + 8 <= rows {
                let base = x + r * k
                for j in 0..<k {
                    var lanes = Lanes()
                    for l in 0..<8 { lanes[l] = base[l * k + j] }
                    v[j] = lanes
                }
                var m = v[0]
                for j in 1..<k { m = m.replacing(with: v[j], where: .!(m .> v[j])) }
                // A NaN input, or an infinite maximum, makes some `x - max` NaN.
                var nan = SIMDMask<IntLanes>()
                for j in 0..<k {
                    e[j] = v[j] - m
                    nan .|= e[j] .!= e[j]
                }
                if any(nan) { break }
                for j in 0..<k { e[j] = exp(e[j]) }
                var s = e[0]
                for j in 1..<k { s = s + e[j] }
                let target = out + r * k
                if log {
                    let ls = logPositive(s)
                    for j in 0..<k {
                        let o = v[j] - m - ls
                        for l in 0..<8 { target[l * k + j] = o[l] }
                    }
                } else {
                    let inverse = Lanes(repeating: 1) / s
                    for j in 0..<k {
                        let o = e[j] * inverse
                        for l in 0..<8 { target[l * k + j] = o[l] }
                    }
                }
                r += 8
            }
            return r
        }
    }

    /// `log_softmax`'s gradient `g - exp(y) * sum(g)` for the first rows of length `k` (below
    /// the vector width), as `forwardShortRows`; returns how many rows it wrote.
    static func logBackwardShortRows(_ g: UnsafePointer<Float>, _ y: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, rows: Int, k: Int) -> Int {
        guard k > 0 && k < 16 else { return 0 }
        if k == 2 { return logBackwardPairRows(g, y, out, rows: rows) }
        var r = 0
        while r + 8 <= rows {
            let gb = g + r * k, yb = y + r * k, ob = out + r * k
            var s = Lanes()
            var nan = SIMDMask<IntLanes>()
            for j in 0..<k {
                var gl = Lanes(), yl = Lanes()
                for l in 0..<8 { gl[l] = gb[l * k + j]; yl[l] = yb[l * k + j] }
                nan .|= yl .!= yl
                s = j == 0 ? gl : s + gl
            }
            if any(nan) { break }
            for j in 0..<k {
                var gl = Lanes(), yl = Lanes()
                for l in 0..<8 { gl[l] = gb[l * k + j]; yl[l] = yb[l * k + j] }
                let o = gl.fusedAdding(-exp(yl), s)
                for l in 0..<8 { ob[l * k + j] = o[l] }
            }
            r += 8
        }
        return r
    }

    /// `VectorKernels.sleefExp` lane by lane, for lanes that are not NaN.
    ///
    /// `cvtps2dq`'s rounding to an integer is done by adding 1.5 * 2^23, exact for
    /// |d * log2(e)| < 2^22; beyond that (|d| > 2.9e6) the result is replaced by 0 or
    /// infinity as in the scalar kernel, whatever `q` was.
    @inline(__always)
    static func exp(_ d: Lanes) -> Lanes {
        let scaled = d * Lanes(repeating: 1.442695040888963407359924681001892137426645954152985934135449406931)
        let shifted = scaled + Lanes(repeating: 12582912)
        let q = unsafeBitCast(shifted, to: IntLanes.self) &- IntLanes(repeating: 0x4B40_0000)
        let fq = shifted - Lanes(repeating: 12582912)
        var s = d.fusedAdding(fq, Lanes(repeating: -0.693145751953125))
        s = s.fusedAdding(fq, Lanes(repeating: -1.428606765330187045e-06))
        var u = Lanes(repeating: 0.000198527617612853646278381)
        u = Lanes(repeating: 0.00139304355252534151077271).fusedAdding(u, s)
        u = Lanes(repeating: 0.00833336077630519866943359).fusedAdding(u, s)
        u = Lanes(repeating: 0.0416664853692054748535156).fusedAdding(u, s)
        u = Lanes(repeating: 0.166666671633720397949219).fusedAdding(u, s)
        u = Lanes(repeating: 0.5).fusedAdding(u, s)
        u = Lanes(repeating: 1) + s.fusedAdding(s * s, u)
        let half = q &>> IntLanes(repeating: 1)
        u = u * pow2i(half) * pow2i(q &- half)
        u.replace(with: Lanes(repeating: 0), where: d .< Lanes(repeating: -104))
        u.replace(with: Lanes(repeating: .infinity), where: d .> Lanes(repeating: 100))
        return u
    }

    @inline(__always)
    private static func pow2i(_ q: IntLanes) -> Lanes {
        unsafeBitCast((q &+ IntLanes(repeating: 0x7f)) &<< IntLanes(repeating: 23), to: Lanes.self)
    }

    /// `SleefFloat.log` lane by lane for positive normal finite lanes (a softmax row's sum
    /// of exponentials lies in [1, k]).
    @inline(__always)
    static func logPositive(_ d: Lanes) -> Lanes {
        @inline(__always) func fma(_ x: Lanes, _ y: Lanes, _ z: Lanes) -> Lanes { z.fusedAdding(x, y) }
        let scaled = d * Lanes(repeating: 1 / Float(0.75))
        let exponent = ((unsafeBitCast(scaled, to: IntLanes.self) &>> IntLanes(repeating: 23)) & IntLanes(repeating: 0xff)) &- IntLanes(repeating: 127)
        let e = unsafeBitCast(exponent &+ IntLanes(repeating: 0x4B40_0000), to: Lanes.self) - Lanes(repeating: 12582912)
        var m = unsafeBitCast((unsafeBitCast(d, to: IntLanes.self) & IntLanes(repeating: 0x007f_ffff)) | IntLanes(repeating: 0x3f80_0000), to: Lanes.self)
        m = m.replacing(with: m * Lanes(repeating: 0.5), where: m .>= Lanes(repeating: 1.5))
        let ln2x = Lanes(repeating: 0.69314718246459960938), ln2y = Lanes(repeating: -1.904654323148236017e-09)
        var sx = ln2x * e
        var sy = fma(ln2y, e, fma(ln2x, e, -(ln2x * e)))
        // div(add2(-1, m), add2(1, m))
        let one = Lanes(repeating: 1)
        let nx = -one + m, nv = nx - -one
        let ny = (-one - (nx - nv)) + (m - nv)
        let dx = one + m, dv = dx - one
        let dy = (one - (dx - dv)) + (m - dv)
        let t0 = one / dx
        let qx = nx * t0
        let qu = fma(t0, nx, -qx)
        let qv = fma(-dy, t0, fma(-dx, t0, one))
        let xx = qx, xy = fma(qx, qv, fma(ny, t0, qu))
        let x2 = xx * xx
        var t = Lanes(repeating: 0.3027294874)
        t = fma(t, x2, Lanes(repeating: 0.3996108174))
        t = fma(t, x2, Lanes(repeating: 0.6666694880))
        let two = Lanes(repeating: 2)
        let sx2 = sx + xx * two
        sy = (((sx - sx2) + xx * two) + sy) + xy * two
        sx = sx2
        let r = (x2 * xx) * t
        let rx = sx + r
        sy = ((sx - rx) + r) + sy
        sx = rx
        return sx + sy
    }
}
