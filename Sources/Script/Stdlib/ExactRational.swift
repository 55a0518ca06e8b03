import Foundation

/// Exact arithmetic for `statistics`: ints and floats as exact rationals, and the two
/// correctly rounded conversions back to float that CPython's results depend on.
///
/// CPython's `statistics` sums data as `Fraction`s, so `mean`, `variance` and `stdev` are the
/// correctly rounded value of an exact rational. Every float is `m·2^e`, so the sums here are
/// dyadic (`mantissa·2^exponent`) and only the final division needs a general denominator;
/// a correctly rounded result is unique, so computing it this way gives CPython's bits.
struct Dyadic {
    var mantissa: BigInt
    var exponent: Int

    static let zero = Dyadic(mantissa: BigInt(0), exponent: 0)

    /// The exact value of a finite double.
    init(_ d: Double) {
        if d == 0 {
            self = .zero
            return
        }
        let bits = d.significandBitPattern
        let m: UInt64
        let e: Int
        if d.exponentBitPattern == 0 {
            m = bits
            e = -1074
        } else {
            m = bits | (1 << 52)
            e = Int(d.exponentBitPattern) - 1075
        }
        mantissa = BigInt(d < 0 ? -Int(m) : Int(m))
        exponent = e
    }

    init(mantissa: BigInt, exponent: Int) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The mantissa scaled to `exponent` (which must not exceed this one's).
    func mantissa(at exponent: Int) -> BigInt {
        mantissa.shiftedLeft(self.exponent - exponent)
    }

    /// The exact sum of `values`.
    static func sum(_ values: [Dyadic]) -> Dyadic {
        guard let low = values.map(\.exponent).min() else { return .zero }
        var total = BigInt(0)
        for v in values { total = total + v.mantissa(at: low) }
        return Dyadic(mantissa: total, exponent: low)
    }

    /// As a fraction `numerator / denominator` with a positive denominator.
    var fraction: (BigInt, BigInt) {
        exponent >= 0 ? (mantissa.shiftedLeft(exponent), BigInt(1))
                      : (mantissa, BigInt(1).shiftedLeft(-exponent))
    }
}

enum ExactRational {
    /// `numerator / denominator` correctly rounded to a double (Python's `int / int`);
    /// `denominator` must be positive.
    static func double(_ numerator: BigInt, _ denominator: BigInt) throws -> Double {
        if numerator.isZero { return 0 }
        var a = BigInt(negative: false, limbs: numerator.limbs)
        var b = denominator
        // Scale so that the quotient has 55 or 56 bits, then fold the remainder into its
        // last bit (round to odd): converting that to 53 bits rounds as the exact ratio would.
        let shift = a.bitWidth - b.bitWidth - 55
        if shift >= 0 { b = b.shiftedLeft(shift) } else { a = a.shiftedLeft(-shift) }
        let (q, r) = BigInt.divideMagnitude(a, b)
        var bits: UInt64 = 0
        for (i, limb) in q.limbs.enumerated() { bits |= UInt64(limb) << (32 * i) }
        if !r.isZero { bits |= 1 }
        let value = scalbn(Double(bits), shift)
        if value.isInfinite { throw PyError("OverflowError", "integer division result too large for a float") }
        return numerator.negative ? -value : value
    }

    /// Whether `denominator` divides `numerator`, and the quotient when it does.
    static func exactQuotient(_ numerator: BigInt, _ denominator: BigInt) -> BigInt? {
        let (q, r) = BigInt.divideMagnitude(numerator, denominator)
        guard r.isZero else { return nil }
        return BigInt(negative: numerator.negative != denominator.negative, limbs: q.limbs)
    }

    /// The integer square root of a non-negative `n` (floor), by Newton's iteration.
    static func isqrt(_ n: BigInt) -> BigInt {
        if n.isZero { return n }
        var x = BigInt(1).shiftedLeft((n.bitWidth + 1) / 2)
        while true {
            let (q, _) = BigInt.divideMagnitude(n, x)
            let (y, _) = BigInt.divideMagnitude(x + q, BigInt(2))
            if BigInt.compare(y, x) >= 0 { return x }
            x = y
        }
    }

    /// √(n/m) correctly rounded to a double, as CPython's `statistics._float_sqrt_of_frac`:
    /// an integer square root with 55+ significant bits, rounded to odd, then one division.
    static func sqrt(_ n: BigInt, _ m: BigInt) throws -> Double {
        let width = 2 * 53 + 3
        let d = n.bitWidth - m.bitWidth - width
        let q = d >= 0 ? d / 2 : -((-d + 1) / 2)
        if q >= 0 {
            let root = roundToOddRoot(n, m.shiftedLeft(2 * q))
            return try double(root.shiftedLeft(q), BigInt(1))
        }
        let root = roundToOddRoot(n.shiftedLeft(-2 * q), m)
        return try double(root, BigInt(1).shiftedLeft(-q))
    }

    /// ⌊√⌊n/m⌋⌋ with its last bit set when the root is inexact.
    private static func roundToOddRoot(_ n: BigInt, _ m: BigInt) -> BigInt {
        let (floor, _) = BigInt.divideMagnitude(n, m)
        let a = isqrt(floor)
        if BigInt.compare(a * a * m, n) != 0, a.limbs.first.map({ $0 & 1 == 0 }) ?? true {
            return a + BigInt(1)
        }
        return a
    }
}
