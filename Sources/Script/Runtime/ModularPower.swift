/// `pow(base, exp, mod)` for ints, as CPython's `long_pow` computes it: by repeated
/// squaring modulo `|mod|` (so huge exponents cost nothing), a negative exponent through
/// the modular inverse, and the result's sign following `mod`'s.
enum ModularPower {
    /// The result, or CPython's ValueError for a zero modulus or a base with no inverse.
    static func pow(_ base: Int, _ exponent: Int, _ modulus: Int) throws -> Int {
        if modulus == 0 { throw PyError("ValueError", "pow() 3rd argument cannot be 0") }
        let m = modulus.magnitude
        var b = UInt(mod(base, m))
        var e = exponent.magnitude
        if exponent < 0 {
            guard let inverse = inverse(b, m) else {
                throw PyError("ValueError", "base is not invertible for the given modulus")
            }
            b = inverse
        }
        var result: UInt = m == 1 ? 0 : 1
        while e > 0 {
            if e & 1 == 1 { result = mulmod(result, b, m) }
            b = mulmod(b, b, m)
            e >>= 1
        }
        // CPython's result has the modulus's sign (in (mod, 0] for a negative modulus).
        if modulus < 0, result != 0 { return Int(result) - Int(m) }
        return Int(result)
    }

    private static func mod(_ a: Int, _ m: UInt) -> UInt {
        let r = a.magnitude % m
        return a < 0 && r != 0 ? m - r : r
    }

    private static func mulmod(_ a: UInt, _ b: UInt, _ m: UInt) -> UInt {
        let (high, low) = a.multipliedFullWidth(by: b)
        return m.dividingFullWidth((high, low)).remainder
    }

    /// The inverse of `a` modulo `m` by the extended Euclidean algorithm; nil when gcd > 1.
    private static func inverse(_ a: UInt, _ m: UInt) -> UInt? {
        var (r0, r1) = (Int128(m), Int128(a))
        var (t0, t1) = (Int128(0), Int128(1))
        while r1 != 0 {
            let q = r0 / r1
            (r0, r1) = (r1, r0 - q * r1)
            (t0, t1) = (t1, t0 - q * t1)
        }
        guard r0 == 1 else { return m == 1 ? 0 : nil }
        let mm = Int128(m)
        return UInt(((t0 % mm) + mm) % mm)
    }
}
