/// Float32 `exp` and `log` computed exactly as PyTorch's vectorized CPU kernels compute them.
///
/// ATen's `Vectorized<float>::exp()` and `log()` are SLEEF's `expf_u10` and `logf_u1`
/// (built with fused multiply-adds on AVX2 and AVX-512), not MKL's VML functions that
/// `torch.exp` calls. The softmax family (`softmax`, `log_softmax`, their backwards, and so
/// `cross_entropy`) uses them, so the engine needs the same algorithm, step by step and
/// rounding by rounding, to follow PyTorch's training runs bit for bit. The algorithm does not
/// depend on the CPU vendor or on the math backend.
enum SleefFloat {
    private static func fma(_ x: Float, _ y: Float, _ z: Float) -> Float { z.addingProduct(x, y) }

    /// `Sleef_expf_u10` (1.0 ulp), as `Vectorized<float>::exp()` (`VectorKernels.sleefExp`).
    static func exp(_ d: Float) -> Float { VectorKernels.sleefExp(d) }

    /// A float with an error term (SLEEF's `vfloat2`).
    private struct Float2 { var x: Float; var y: Float }

    /// `Sleef_logf_u10` (1.0 ulp), as `Vectorized<float>::log()` on AVX-512 (`getexp`/`getmant`).
    static func log(_ d: Float) -> Float {
        if d.isNaN || d < 0 { return .nan }
        if d == 0 { return -.infinity }
        if d == .infinity { return .infinity }
        // getexp(d / 0.75) and getmant(d) normalized to [0.75, 1.5)
        let q = d * (1 / Float(0.75))
        let e: Float = q.isInfinite ? 128 : Float(q.exponent)
        var m = d.significand
        if m >= 1.5 { m *= 0.5 }
        let ln2 = Float2(x: 0.69314718246459960938, y: -1.904654323148236017e-09)
        var s = Float2(x: ln2.x * e, y: fma(ln2.y, e, fma(ln2.x, e, -(ln2.x * e))))
        let x = div(add2(-1, m), add2(1, m))
        let x2 = x.x * x.x
        var t: Float = 0.3027294874
        t = fma(t, x2, 0.3996108174)
        t = fma(t, x2, 0.6666694880)
        // dfadd(s, 2x) with |s| >= |2x|, then dfadd(s, x^3 t)
        let sx = s.x + x.x * 2
        s = Float2(x: sx, y: (((s.x - sx) + x.x * 2) + s.y) + x.y * 2)
        let r = (x2 * x.x) * t
        let rx = s.x + r
        s = Float2(x: rx, y: ((s.x - rx) + r) + s.y)
        return s.x + s.y
    }

    /// `Sleef_log1pf_u10`, as `Vectorized<float>::log1p()` (ATen's `vml::vlog1p`; MKL's
    /// `vsLog1p` is not used by PyTorch): ln(1 + d) as `2 atanh(m / (2 + m))` around the
    /// exponent of `(1 + d) / 0.75`, in double-float arithmetic, `log` beyond 1e38.
    static func log1p(_ d: Float) -> Float {
        if d.isNaN || d < -1 { return .nan }
        if d == -1 { return -.infinity }
        if d == 0 { return d }
        if d > 0x1.2ced32p+126 { return log(d) }
        let q = (d + 1) * (1 / Float(0.75))
        let e = Float(q.exponent)
        let t = Float(sign: .plus, exponent: -Int(e), significand: 1)
        let m = fma(d, t, t - 1)
        let ln2 = Float2(x: 0.69314718246459960938, y: -1.904654323148236017e-09)
        var s = Float2(x: ln2.x * e, y: fma(ln2.y, e, fma(ln2.x, e, -(ln2.x * e))))
        // dfadd(2, m)
        let twoPlusM = 2 + m
        let x = div(Float2(x: m, y: 0), Float2(x: twoPlusM, y: (2 - twoPlusM) + m))
        let x2 = x.x * x.x
        var p: Float = 0.3027294874
        p = fma(p, x2, 0.3996108174)
        p = fma(p, x2, 0.6666694880)
        // dfadd(s, 2x), then dfadd(s, x^3 p)
        let sx = s.x + x.x * 2
        s = Float2(x: sx, y: (((s.x - sx) + x.x * 2) + s.y) + x.y * 2)
        let r = (x2 * x.x) * p
        let rx = s.x + r
        s = Float2(x: rx, y: ((s.x - rx) + r) + s.y)
        return s.x + s.y
    }

    /// SLEEF's `dfadd2_vf2_vf_vf`: `x + y` with its rounding error.
    private static func add2(_ x: Float, _ y: Float) -> Float2 {
        let s = x + y
        let v = s - x
        return Float2(x: s, y: (x - (s - v)) + (y - v))
    }

    /// SLEEF's `dfdiv_vf2_vf2_vf2` with fused multiply-adds.
    private static func div(_ n: Float2, _ d: Float2) -> Float2 {
        let t = 1 / d.x
        let s = n.x * t
        let u = fma(t, n.x, -s)
        let v = fma(-d.y, t, fma(-d.x, t, 1))
        return Float2(x: s, y: fma(s, v, fma(n.y, t, u)))
    }
}
