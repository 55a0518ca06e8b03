/// Float64 functions computed as PyTorch's vectorized CPU kernels compute them.
///
/// ATen's `Vectorized<double>::log1p()` is SLEEF's `log1p_u10` (AVX-512 and AVX2 builds use
/// fused multiply-adds), applied by `vml::vlog1p` to every element of a contiguous tensor,
/// the last partial vector included; glibc's `log1p` differs from it in the last bit for
/// about one input in ten. This is SLEEF's algorithm step by step, in double-double
/// arithmetic, as its AVX-512 variant (`getexp`) runs it.
enum SleefDouble {
    /// A double with an error term (SLEEF's `vdouble2`).
    private struct Double2 { var x: Double; var y: Double }

    private static func fma(_ x: Double, _ y: Double, _ z: Double) -> Double { z.addingProduct(x, y) }

    /// `Sleef_log1pd8_u10`: ln(1 + d) as `2 atanh(m / (2 + m))` around the exponent of
    /// `(1 + d) / 0.75`, in double-double arithmetic.
    static func log1p(_ d: Double) -> Double {
        if d.isNaN || d < -1 { return .nan }
        if d == -1 { return -.infinity }
        if d == .infinity { return .infinity }
        if d == 0 { return d }
        let dp1 = d + 1
        // getexp(dp1 / 0.75): the exponent of the scaled value, as a double.
        let q = dp1 * (1.0 / 0.75)
        let e = q.isInfinite ? 1024 : Double(q.exponent)
        let t = Double(sign: .plus, exponent: -Int(e), significand: 1)
        let m = fma(d, t, t - 1)
        // ddmul(ln2 as a double-double, e)
        let ln2 = Double2(x: 0.693147180559945286226764, y: 2.319046813846299558417771e-17)
        let sx = ln2.x * e
        var s = Double2(x: sx, y: fma(ln2.y, e, fma(ln2.x, e, -sx)))
        // dddiv((m, 0), ddadd(2, m))
        let twoPlusM = 2 + m
        let x = div(Double2(x: m, y: 0), Double2(x: twoPlusM, y: (2 - twoPlusM) + m))
        let x2 = x.x * x.x
        let x4 = x2 * x2, x8 = x4 * x4
        // POLY7(x2, x4, x8, c6 … c0), SLEEF's Estrin scheme with fused multiply-adds.
        let p3 = fma(x4, 0.1532076988502701353e+0, fma(x2, 0.1525629051003428716e+0, 0.1818605932937785996e+0))
        let p4 = fma(x4, fma(x2, 0.2222214519839380009e+0, 0.2857142932794299317e+0),
                     fma(x2, 0.3999999999635251990e+0, 0.6666666666667333541e+0))
        let poly = fma(x8, p3, p4)
        // ddadd(s, ddscale(x, 2)), then ddadd(s, x2 * x * poly)
        let x2x = Double2(x: x.x * 2, y: x.y * 2)
        let ax = s.x + x2x.x
        s = Double2(x: ax, y: (((s.x - ax) + x2x.x) + s.y) + x2x.y)
        let r = (x2 * x.x) * poly
        let bx = s.x + r
        s = Double2(x: bx, y: ((s.x - bx) + r) + s.y)
        return s.x + s.y
    }

    /// SLEEF's `dddiv_vd2_vd2_vd2` with fused multiply-adds.
    private static func div(_ n: Double2, _ d: Double2) -> Double2 {
        let t = 1 / d.x
        let s = n.x * t
        let u = fma(t, n.x, -s)
        let v = fma(-d.y, t, fma(-d.x, t, 1))
        return Double2(x: s, y: fma(s, v, fma(n.y, t, u)))
    }
}
