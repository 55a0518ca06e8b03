/// Float32 `exp` and `log` computed exactly as PyTorch's vectorized CPU kernels compute them.
///
/// ATen's `Vectorized<float>::exp()` and `log()` are SLEEF's `expf_u10` and `logf_u1`
/// (built with fused multiply-adds on AVX2 and AVX-512), not MKL's VML functions that
/// `torch.exp` calls. The softmax family (`softmax`, `log_softmax`, their backwards, and so
/// `cross_entropy`) uses them, so the engine needs the same algorithm, step by step and
/// rounding by rounding, to follow PyTorch's training runs bit for bit. The algorithm does not
/// depend on the CPU vendor or on the math backend.
enum SleefFloat {
    static func fma(_ x: Float, _ y: Float, _ z: Float) -> Float { z.addingProduct(x, y) }

    /// `Sleef_expf_u10` (1.0 ulp), as `Vectorized<float>::exp()` (`VectorKernels.sleefExp`).
    static func exp(_ d: Float) -> Float { VectorKernels.sleefExp(d) }

    /// A float with an error term (SLEEF's `vfloat2`).
    struct Float2 { var x: Float; var y: Float }

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
        return logTail(exponent: e, div(add2(-1, m), add2(1, m)))
    }

    /// What `log` and `log1p` end with: `e ln 2 + 2 atanh(x)` for the reduced argument's
    /// exponent `e` and `x = (m - 1) / (m + 1)` (a double-float), `atanh` by SLEEF's
    /// polynomial, summed in double-float arithmetic.
    static func logTail(exponent e: Float, _ x: Float2) -> Float {
        let ln2 = Float2(x: 0.69314718246459960938, y: -1.904654323148236017e-09)
        var s = Float2(x: ln2.x * e, y: fma(ln2.y, e, fma(ln2.x, e, -(ln2.x * e))))
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
        // dfadd(2, m)
        let twoPlusM = 2 + m
        return logTail(exponent: e, div(Float2(x: m, y: 0), Float2(x: twoPlusM, y: (2 - twoPlusM) + m)))
    }

    /// `Sleef_tanhf_u10`, as `Vectorized<float>::tanh()` (what PyTorch built without MKL
    /// computes for `torch.tanh`; with MKL it calls `vsTanh`): `(e - 1/e) / (e + 1/e)` for
    /// `e = exp(|x|)` in double-float arithmetic, 1 beyond 8.664339742, the sign of `x`.
    static func tanh(_ x: Float) -> Float {
        if x.isNaN { return .nan }
        let a = Swift.abs(x)
        var y: Float = 1
        if a <= 8.664339742 {
            let d = expk2(Float2(x: a, y: 0))
            // dfrec(d)
            let rx = 1 / d.x
            let e = Float2(x: rx, y: rx * fma(-d.y, rx, fma(-d.x, rx, 1)))
            let num = add(d, Float2(x: -e.x, y: -e.y)), den = add(d, e)
            let q = div(num, den)
            y = q.x + q.y
            if y.isNaN { y = 1 }
        }
        return x.sign == .minus ? -y : y
    }

    /// `Sleef_powf_u10`, as `Vectorized<float>::pow()` (what ATen's `pow` kernels run on whole
    /// vector blocks): `exp(y log|x|)` with the logarithm and the product in double-float
    /// arithmetic, then SLEEF's signs and special values (odd integer powers of negative
    /// bases, infinities, zeros, NaNs; `pow(x, 0)` and `pow(1, y)` are 1).
    static func pow(_ x: Float, _ y: Float) -> Float {
        let ay = Swift.abs(y)
        let yIsInt = y.rounded(.towardZero) == y || ay > 16_777_216
        // cvttps2dq: out of range (and NaN) gives the "integer indefinite", which is even.
        let truncated: Int32 = ay < 2_147_483_648 ? Int32(y.rounded(.towardZero)) : Int32.min
        let yIsOdd = truncated & 1 == 1 && yIsInt && ay < 16_777_216
        var result = expk(mul(logk(Swift.abs(x)), y))
        if result.isNaN { result = .infinity }
        result *= x > 0 ? 1 : (yIsInt ? (yIsOdd ? -1 : 1) : .nan)
        if y.isInfinite {
            let efx = Swift.abs(x) - 1
            let signed = y.sign == .minus ? -efx : efx
            result = signed < 0 ? 0 : (signed == 0 ? 1 : .infinity)
        }
        if x.isInfinite || x == 0 {
            let magnitude: Float = (y.sign == .minus) != (x == 0) ? 0 : .infinity
            let signSource: Float = yIsOdd ? x : 1
            result = signSource.sign == .minus ? -magnitude : magnitude
        }
        if x.isNaN || y.isNaN { result = .nan }
        if y == 0 || x == 1 { result = 1 }
        return result
    }

    /// SLEEF's `logkf` on AVX-512 (`getexp`/`getmant`): ln d as a double-float.
    private static func logk(_ d: Float) -> Float2 {
        // getexp(d / 0.75) (+inf → 128) and getmant(d) normalized to [0.75, 1.5)
        let q = d * (1 / Float(0.75))
        let e: Float = q == .infinity ? 128 : (q == 0 ? -.infinity : (q.isNaN ? .nan : Float(q.exponent)))
        var m = d.isFinite && d != 0 ? d.significand : (d == 0 ? 0 : d)
        if m >= 1.5 { m *= 0.5 }
        let x = div(add2(-1, m), add2(1, m))
        let x2 = square(x)
        var t: Float = 0.240320354700088500976562
        t = fma(t, x2.x, 0.285112679004669189453125)
        t = fma(t, x2.x, 0.400007992982864379882812)
        let c = Float2(x: 0.66666662693023681640625, y: 3.69183861259614332084311e-09)
        var s = mul(Float2(x: 0.69314718246459960938, y: -1.904654323148236017e-09), e)
        s = add(s, Float2(x: x.x * 2, y: x.y * 2))
        return add(s, mul(mul(x2, x), add2(mul(x2, t), c)))
    }

    /// SLEEF's `expkf`: exp of a double-float, as a float.
    private static func expk(_ d: Float2) -> Float {
        let u0 = (d.x + d.y) * 1.442695040888963407359924681001892137426645954152985934135449406931
        let q: Int32 = u0.isFinite && Swift.abs(u0) < 2_147_483_520 ? Int32(u0.rounded(.toNearestOrEven)) : Int32.min
        let fq = Float(q)
        var s = add2(d, fq * -0.693145751953125)
        s = add2(s, fq * -1.428606765330187045e-06)
        // dfnormalize
        let sx = s.x + s.y
        s = Float2(x: sx, y: (s.x - sx) + s.y)
        var u: Float = 0.00136324646882712841033936
        u = fma(u, s.x, 0.00836596917361021041870117)
        u = fma(u, s.x, 0.0416710823774337768554688)
        u = fma(u, s.x, 0.166665524244308471679688)
        u = fma(u, s.x, 0.499999850988388061523438)
        var t = add(s, mul(square(s), u))
        // dfadd_vf2_vf_vf2(1, t)
        let tx = 1 + t.x
        t = Float2(x: tx, y: ((1 - tx) + t.x) + t.y)
        let r = ldexp(t.x + t.y, q)
        return d.x < -104 ? 0 : r
    }

    /// SLEEF's `vldexp_vf_vf_vi2`: `x * 2^q` by four equal power-of-two factors and a rest,
    /// each exponent field clamped to [0, 255].
    private static func ldexp(_ x: Float, _ q: Int32) -> Float {
        var m = q >> 31
        m = (((m &+ q) >> 6) &- m) << 4
        let rest = q &- (m << 2)
        m = m &+ 0x7f
        m = m > 0 ? m : 0
        m = m > 0xff ? 0xff : m
        let u = Float(bitPattern: UInt32(bitPattern: m << 23))
        let v = Float(bitPattern: UInt32(bitPattern: (rest &+ 0x7f) << 23))
        return x * u * u * u * u * v
    }

    /// SLEEF's `expk2f`: exp of a double-float, as a double-float.
    static func expk2(_ d: Float2) -> Float2 {
        let u0 = (d.x + d.y) * 1.442695040888963407359924681001892137426645954152985934135449406931
        let q: Int32 = u0.isFinite && Swift.abs(u0) < 2_147_483_520 ? Int32(u0.rounded(.toNearestOrEven)) : Int32.min
        let fq = Float(q)
        var s = add2(d, fq * -0.693145751953125)
        s = add2(s, fq * -1.428606765330187045e-06)
        var u: Float = 0.1980960224e-3
        u = fma(u, s.x, 0.1394256484e-2)
        u = fma(u, s.x, 0.8333456703e-2)
        u = fma(u, s.x, 0.4166637361e-1)
        var t = add2(mul(s, u), 0.166666659414234244790680580464)
        t = add2(mul(s, t), 0.5)
        t = add2(s, mul(square(s), t))
        // dfadd(1, t)
        let tx = 1 + t.x
        t = Float2(x: tx, y: ((1 - tx) + t.x) + t.y)
        let half = q >> 1
        let scale1 = Float(bitPattern: UInt32(bitPattern: (half &+ 0x7f) &<< 23))
        let scale2 = Float(bitPattern: UInt32(bitPattern: ((q &- half) &+ 0x7f) &<< 23))
        t = Float2(x: t.x * scale1 * scale2, y: t.y * scale1 * scale2)
        return d.x < -104 ? Float2(x: 0, y: 0) : t
    }

    /// SLEEF's `dfadd_vf2_vf2_vf2` (|x| >= |y|).
    static func add(_ x: Float2, _ y: Float2) -> Float2 {
        let s = x.x + y.x
        return Float2(x: s, y: (((x.x - s) + y.x) + x.y) + y.y)
    }

    /// SLEEF's `dfadd2_vf2_vf2_vf`.
    static func add2(_ x: Float2, _ y: Float) -> Float2 {
        let s = x.x + y
        let v = s - x.x
        return Float2(x: s, y: ((x.x - (s - v)) + (y - v)) + x.y)
    }

    /// SLEEF's `dfadd2_vf2_vf2_vf2`.
    static func add2(_ x: Float2, _ y: Float2) -> Float2 {
        let s = x.x + y.x
        let v = s - x.x
        return Float2(x: s, y: ((x.x - (s - v)) + (y.x - v)) + (x.y + y.y))
    }

    /// SLEEF's `dfmul_vf2_vf2_vf` with fused multiply-adds.
    static func mul(_ x: Float2, _ y: Float) -> Float2 {
        let s = x.x * y
        return Float2(x: s, y: fma(x.y, y, fma(x.x, y, -s)))
    }

    /// SLEEF's `dfmul_vf2_vf2_vf2` with fused multiply-adds.
    static func mul(_ x: Float2, _ y: Float2) -> Float2 {
        let s = x.x * y.x
        return Float2(x: s, y: fma(x.x, y.y, fma(x.y, y.x, fma(x.x, y.x, -s))))
    }

    /// SLEEF's `dfsqu_vf2_vf2` with fused multiply-adds.
    static func square(_ x: Float2) -> Float2 {
        let s = x.x * x.x
        return Float2(x: s, y: fma(x.x + x.x, x.y, fma(x.x, x.x, -s)))
    }

    /// SLEEF's `dfadd2_vf2_vf_vf`: `x + y` with its rounding error.
    static func add2(_ x: Float, _ y: Float) -> Float2 {
        let s = x + y
        let v = s - x
        return Float2(x: s, y: (x - (s - v)) + (y - v))
    }

    /// SLEEF's `dfdiv_vf2_vf2_vf2` with fused multiply-adds.
    static func div(_ n: Float2, _ d: Float2) -> Float2 {
        let t = 1 / d.x
        let s = n.x * t
        let u = fma(t, n.x, -s)
        let v = fma(-d.y, t, fma(-d.x, t, 1))
        return Float2(x: s, y: fma(s, v, fma(n.y, t, u)))
    }
}
