extension SleefFloat {
    /// `Sleef_atan2f_u10`, as `Vectorized<float>::atan2()` (ATen's vectorized `atan2`
    /// kernel): the quadrant from the signs, `atan(s/t)` of the reduced ratio by SLEEF's
    /// polynomial in double-float arithmetic, then IEEE's special cases.
    static func atan2(_ y0: Float, _ x0: Float) -> Float {
        var x = x0, y = y0
        if Swift.abs(x) < 2.9387372783541830947e-39 {
            x *= Float(1 << 24)
            y *= Float(1 << 24)
        }
        let d = atan2k(Float2(x: Swift.abs(y), y: 0), Float2(x: x, y: 0))
        var r = mulsign(d.x + d.y, x)
        let halfPi = Float(Double.pi / 2)
        if x.isInfinite || x == 0 { r = halfPi - infinity2(x, mulsign(halfPi, x)) }
        if y.isInfinite { r = halfPi - infinity2(x, mulsign(Float(Double.pi / 4), x)) }
        if y == 0 { r = x.sign == .minus ? Float(Double.pi) : 0 }
        if x.isNaN || y.isNaN { return .nan }
        return mulsign(r, y)
    }

    /// `x` with its sign flipped where `sign` is negative (SLEEF's `vmulsign`).
    private static func mulsign(_ x: Float, _ sign: Float) -> Float {
        Float(bitPattern: x.bitPattern ^ (sign.bitPattern & 0x8000_0000))
    }

    /// SLEEF's `visinf2_vf_vf_vf`: `m` with `d`'s sign bit or-ed in where `d` is infinite, else 0.
    private static func infinity2(_ d: Float, _ m: Float) -> Float {
        d.isInfinite ? Float(bitPattern: (d.bitPattern & 0x8000_0000) | m.bitPattern) : 0
    }

    /// SLEEF's `atan2kf_u1`: atan2 of double-floats, as a double-float.
    private static func atan2k(_ y: Float2, _ x0: Float2) -> Float2 {
        var q: Int32 = x0.x < 0 ? -2 : 0
        var x = x0
        if x0.x < 0 { x = Float2(x: -x0.x, y: -x0.y) }
        let swap = x.x < y.x
        if swap { q += 1 }
        var s = swap ? Float2(x: -x.x, y: -x.y) : y
        var t = swap ? y : x
        s = div(s, t)
        t = square(s)
        // dfnormalize
        let n = t.x + t.y
        t = Float2(x: n, y: (t.x - n) + t.y)
        var u: Float = -0.00176397908944636583328247
        u = fma(u, t.x, 0.0107900900766253471374512)
        u = fma(u, t.x, -0.0309564601629972457885742)
        u = fma(u, t.x, 0.0577365085482597351074219)
        u = fma(u, t.x, -0.0838950723409652709960938)
        u = fma(u, t.x, 0.109463557600975036621094)
        u = fma(u, t.x, -0.142626821994781494140625)
        u = fma(u, t.x, 0.199983194470405578613281)
        // dfadd_vf2_vf_vf(-1/3, u t.x)
        let a: Float = -0.333332866430282592773438, b = u * t.x
        let ab = a + b
        t = mul(t, Float2(x: ab, y: (a - ab) + b))
        // dfadd_vf2_vf_vf2(1, t)
        let one = 1 + t.x
        t = mul(s, Float2(x: one, y: ((1 - one) + t.x) + t.y))
        let quadrant = mul(Float2(x: 1.5707963705062866211, y: -4.3711388286737928865e-08), Float(q))
        return add(quadrant, t)
    }
}
