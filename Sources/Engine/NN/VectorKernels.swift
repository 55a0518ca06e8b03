import Foundation

/// The order in which ATen's vectorized CPU kernels (`ATen/cpu/vec`) combine float32 values,
/// and the SLEEF `expf` they call, so that softmax and friends round as PyTorch's do.
///
/// PyTorch picks its kernels by CPU capability: 16-lane vectors (AVX-512) where the CPU has
/// AVX-512 F/BW/VL/DQ, else 8 lanes (AVX2). Horizontal reductions (`vec::reduce_all`) keep
/// one accumulator a lane, fold a partial last vector into the first lanes, then combine the
/// lanes in halves (lane i with lane i + W/2, then W/4, ...), as the shuffles of
/// `vec_reduce_all` do. Vector code calls SLEEF's `expf`/`logf` (1-ulp), scalar tails the C
/// library's `expf`.
enum VectorKernels {
    /// Lanes of a float32 vector in PyTorch's kernels on this CPU.
    static let floatLanes: Int = {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let flagsLine = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return 8 }
        let flags = Set(flagsLine.split(separator: " ").map(String.init))
        return ["avx512f", "avx512bw", "avx512vl", "avx512dq"].allSatisfy(flags.contains) ? 16 : 8
    }()

    /// SLEEF's `xexpf` (`Sleef_expf16_u10`, `Vectorized<float>::exp()`) with fused multiply-adds.
    @inline(__always)
    static func sleefExp(_ d: Float) -> Float {
        let scaled = d * 1.442695040888963407359924681001892137426645954152985934135449406931
        // cvtps2dq: nearest-even; out of range (and NaN) gives the "integer indefinite".
        let q: Int32 = scaled.isFinite && Swift.abs(scaled) < 2_147_483_520 ? Int32(scaled.rounded(.toNearestOrEven)) : Int32.min
        let fq = Float(q)
        var s = d.addingProduct(fq, -0.693145751953125)
        s = s.addingProduct(fq, -1.428606765330187045e-06)
        var u: Float = 0.000198527617612853646278381
        u = Float(0.00139304355252534151077271).addingProduct(u, s)
        u = Float(0.00833336077630519866943359).addingProduct(u, s)
        u = Float(0.0416664853692054748535156).addingProduct(u, s)
        u = Float(0.166666671633720397949219).addingProduct(u, s)
        u = Float(0.5).addingProduct(u, s)
        u = 1 + s.addingProduct(s * s, u)
        let half = q >> 1
        u = u * pow2i(half) * pow2i(q &- half)
        if d < -104 { u = 0 }
        if d > 100 { u = .infinity }
        return u
    }

    /// SLEEF's `xlogf_u1` (`Sleef_logf16_u10`, `Vectorized<float>::log()`) as built for
    /// AVX-512 (exponent and mantissa by `getexp`/`getmant`, double-float arithmetic with
    /// fused multiply-adds), for positive finite inputs; others go to libm.
    static func sleefLog(_ d: Float) -> Float {
        guard d.isFinite, d > 0, d.isNormal else { return Foundation.log(d) }
        typealias F2 = (x: Float, y: Float)
        func add2(_ x: Float, _ y: Float) -> F2 {
            let rx = x + y, v = rx - x
            return (rx, (x - (rx - v)) + (y - v))
        }
        let e = Float((d * (1.0 / 0.75)).exponent)
        var m = Float(sign: .plus, exponent: 0, significand: d.significand)
        if m >= 1.5 { m = m / 2 }
        // s = (ln2 hi, ln2 lo) * e
        let (lh, ll): (Float, Float) = (0.69314718246459960938, -1.904654323148236017e-09)
        let sx = lh * e
        let s: F2 = (sx, (-sx).addingProduct(lh, e).addingProduct(ll, e))
        // x = (m - 1) / (m + 1) in double-float
        let n = add2(-1, m), den = add2(1, m)
        let t0 = 1 / den.x
        let qx = n.x * t0
        let u = (-qx).addingProduct(t0, n.x)
        var qy = Float(1).addingProduct(-den.x, t0)
        qy = qy.addingProduct(-den.y, t0)
        qy = u.addingProduct(n.y, t0).addingProduct(qx, qy)
        let x: F2 = (qx, qy)
        let x2 = x.x * x.x
        var t: Float = 0.3027294874
        t = Float(0.3996108174).addingProduct(t, x2)
        t = Float(0.6666694880).addingProduct(t, x2)
        // s = dfadd(s, dfscale(x, 2))
        let sc: F2 = (x.x * 2, x.y * 2)
        var r: F2 = (s.x + sc.x, 0)
        r.y = (((s.x - r.x) + sc.x) + s.y) + sc.y
        // s = dfadd(s, x2 * x * t)
        let w = (x2 * x.x) * t
        let fx = r.x + w
        let fy = ((r.x - fx) + w) + r.y
        return fx + fy
    }

    /// 2^q as SLEEF's `vpow2i_vf_vi2` builds it (exponent bits only).
    @inline(__always)
    private static func pow2i(_ q: Int32) -> Float {
        Float(bitPattern: UInt32(bitPattern: (q &+ 0x7f) &<< 23))
    }

    /// `vec::reduce_all` / `map_reduce_all` of `count` values read by `value(i)`, combined by `op`.
    @inline(__always)
    static func reduceAll(_ count: Int, _ value: (Int) -> Float, _ op: (Float, Float) -> Float) -> Float {
        let w = floatLanes
        if count < w {
            var acc = value(0)
            for i in 1..<max(count, 1) { acc = op(acc, value(i)) }
            return acc
        }
        var acc = (0..<w).map(value)
        var d = w
        while d < count - count % w {
            for l in 0..<w { acc[l] = op(acc[l], value(d + l)) }
            d += w
        }
        for l in 0..<(count - d) { acc[l] = op(acc[l], value(d + l)) }
        var k = w / 2
        while k >= 1 {
            let v = acc
            for l in 0..<w { acc[l] = op(v[l], v[l ^ k]) }
            k /= 2
        }
        return acc[0]
    }

    /// `vec::maximum`: NaN wins.
    @inline(__always)
    static func maximum(_ a: Float, _ b: Float) -> Float { a.isNaN || b.isNaN ? .nan : Swift.max(a, b) }

    /// Float32 softmax or log-softmax of `x` viewed as (outer, size, inner) along the middle
    /// dimension, as ATen's `_vec_softmax_lastdim` / `_vec_log_softmax_lastdim` (inner == 1)
    /// and `_vec_softmax` / `_vec_logsoftmax` (inner > 1) compute it on one thread.
    static func softmax(_ x: [Float], outer: Int, size: Int, inner: Int, log: Bool) -> [Float] {
        var out = [Float](repeating: 0, count: x.count)
        if size == 0 { return out }
        if inner == 1 {
            for o in 0..<outer {
                let base = o * size
                let m = reduceAll(size, { x[base + $0] }, maximum)
                if log {
                    let sum = reduceAll(size, { sleefExp(x[base + $0] - m) }, +)
                    let logSum = sleefLog(sum)
                    for i in 0..<size { out[base + i] = x[base + i] - m - logSum }
                } else {
                    for i in 0..<size { out[base + i] = sleefExp(x[base + i] - m) }
                    let sum = reduceAll(size, { out[base + $0] }, +)
                    let r = 1 / sum
                    for i in 0..<size { out[base + i] = out[base + i] * r }
                }
            }
            return out
        }
        // Along an inner dimension each position is its own lane: positions in whole vectors
        // use SLEEF's exp, the rest (`inner % lanes` a row, or of a log-softmax chunk) libm's.
        let w = floatLanes
        let chunk = log ? Swift.max((128 * 1024) / size / 4, w) / w * w : inner
        for o in 0..<outer {
            var start = 0
            while start < inner {
                let len = Swift.min(chunk, inner - start)
                let vectorized = len - len % w
                for j in 0..<len {
                    let p = start + j
                    let inVector = j < vectorized
                    func exp(_ v: Float) -> Float { inVector ? sleefExp(v) : Foundation.exp(v) }
                    let at = { (k: Int) in (o * size + k) * inner + p }
                    var m = x[at(0)]
                    if log {
                        m = -.infinity
                        for k in 0..<size { let v = x[at(k)]; m = v > m ? v : m }
                    } else {
                        for k in 1..<size { m = inVector ? maximum(m, x[at(k)]) : Swift.max(m, x[at(k)]) }
                    }
                    var sum: Float = 0
                    if log {
                        for k in 0..<size { sum += exp(x[at(k)] - m) }
                        let logSum = sleefLog(sum)
                        for k in 0..<size { out[at(k)] = x[at(k)] - m - logSum }
                    } else {
                        for k in 0..<size { let e = exp(x[at(k)] - m); out[at(k)] = e; sum += e }
                        for k in 0..<size { out[at(k)] = out[at(k)] / sum }
                    }
                }
                start += len
            }
        }
        return out
    }

    /// Float32 `sigmoid` as ATen's `cpu_kernel_vec` loop computes a contiguous tensor: whole
    /// blocks of two vectors as `1 / (1 + exp(0 - x))` with SLEEF's exp, the rest with libm's.
    static func sigmoid(_ x: [Float]) -> [Float] {
        let block = 2 * floatLanes
        let vectorized = x.count - x.count % block
        var out = [Float](repeating: 0, count: x.count)
        for i in 0..<vectorized { out[i] = 1 / (1 + sleefExp(0 - x[i])) }
        for i in vectorized..<x.count { out[i] = 1 / (1 + Foundation.exp(-x[i])) }
        return out
    }
}
