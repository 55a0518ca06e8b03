extension SleefFloat {
    /// `Sleef_expm1f_u10`, as `Vectorized<float>::expm1()`: `torch.expm1` on float32 (ATen
    /// maps every element, tail included, through it; MKL's `vsExpm1` is not used).
    /// `exp(a) - 1` in double-float arithmetic from SLEEF's `expk2f`, saturated at -1 and ∞.
    static func expm1(_ a: Float) -> Float {
        let e = expk2(Float2(x: a, y: 0))
        let d = add2(e, -1)
        var x = d.x + d.y
        if a > 88.72283172607421875 { x = .infinity }
        if a < -16.635532333438687426013570 { x = -1 }
        if a == 0 && a.sign == .minus { x = -0.0 }
        return x
    }
}
