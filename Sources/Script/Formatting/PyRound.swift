extension PyFormat {
    /// `round(x, ndigits)` for a float: the decimal rounding of the exact binary value, half to
    /// even, read back as the nearest double, as CPython's `double_round` does with dtoa mode 3.
    ///
    /// `round(2.675, 2)` is `2.67` and `round(0.125, 2)` is `0.12`; `ndigits` may be negative
    /// (`round(1234.5, -2)` is `1200.0`); nan and infinities are returned unchanged; a value
    /// that rounds to zero keeps its sign (`round(-0.001, 2)` is `-0.0`). Throws
    /// `OverflowError: rounded value too large to represent` when rounding up overflows.
    public static func round(_ x: Double, ndigits: Int) throws -> Double {
        if !x.isFinite { return x }
        if ndigits > 323 { return x }
        if ndigits < -308 { return 0.0 * x }
        let d = DecimalDigits.fixed(x, places: ndigits)
        if d.digits.isEmpty { return x.sign == .minus ? -0.0 : 0.0 }
        var text = x.sign == .minus ? "-" : ""
        for digit in d.digits { text.append(Character(Unicode.Scalar(digit + 48))) }
        text += "e\(d.decimalPoint - d.digits.count)"
        let rounded = Double(text) ?? x
        if rounded.isInfinite {
            throw PyFormatError(.overflowError, "rounded value too large to represent")
        }
        return rounded
    }

    /// `round(x)` with no digits: the nearest integer, halves to even, as a double the caller
    /// turns into an int. Throws CPython's errors for nan (`ValueError`) and infinities
    /// (`OverflowError`).
    public static func roundToInteger(_ x: Double) throws -> Double {
        if x.isNaN { throw PyFormatError("cannot convert float NaN to integer") }
        if x.isInfinite {
            throw PyFormatError(.overflowError, "cannot convert float infinity to integer")
        }
        return x.rounded(.toNearestOrEven) + 0.0  // an int has no negative zero
    }

    /// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else rounded to a multiple
    /// of `10 ** -ndigits`, halves to even (`round(155, -1)` is 160, `round(145, -1)` is 140).
    /// Nil when the result does not fit in 64 bits.
    public static func round(_ n: Int, ndigits: Int) -> Int? {
        if ndigits >= 0 { return n }
        if ndigits < -18 {
            // 10^19 and beyond exceed 64 bits: everything rounds to 0 except, for 10^19,
            // magnitudes above 5·10^18, which round to ±10^19.
            return ndigits == -19 && n.magnitude > 5_000_000_000_000_000_000 ? nil : 0
        }
        var power = 1
        for _ in 0..<(-ndigits) { power *= 10 }
        var quotient = n / power
        var remainder = n % power
        if remainder < 0 {
            quotient -= 1
            remainder += power
        }
        // remainder in [0, power): round to nearest, ties to even quotient.
        let twice = remainder.multipliedReportingOverflow(by: 2)
        let roundUp = twice.overflow || twice.partialValue > power
            || (twice.partialValue == power && quotient % 2 != 0)
        if roundUp { quotient += 1 }
        let (result, overflow) = quotient.multipliedReportingOverflow(by: power)
        return overflow ? nil : result
    }
}
