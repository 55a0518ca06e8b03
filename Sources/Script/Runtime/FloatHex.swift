import Foundation

/// CPython's `float.hex()` (`float_hex` in Objects/floatobject.c): the significand with one
/// leading hex digit and 13 after the point, subnormals with a leading 0 at exponent -1022.
enum FloatHex {
    static func string(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        let sign = x.sign == .minus ? "-" : ""
        if x == 0 { return sign + "0x0.0p+0" }
        let parts = Foundation.frexp(Swift.abs(x))
        var m = parts.0, e = parts.1
        let shift = 1 - Swift.max(-1021 - e, 0)
        m = Foundation.ldexp(m, shift)
        e -= shift
        let digits = Array("0123456789abcdef")
        var d = Int(m)
        var out = sign + "0x" + String(digits[d]) + "."
        m -= Double(d)
        for _ in 0..<13 {
            m *= 16
            d = Int(m)
            out.append(digits[d])
            m -= Double(d)
        }
        return out + "p" + (e < 0 ? "-" : "+") + String(Swift.abs(e))
    }
}
