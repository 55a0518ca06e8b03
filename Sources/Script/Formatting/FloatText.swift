/// CPython's `PyOS_double_to_string`: a double as text in one of the e/f/g/r styles.
///
/// Follows `format_float_short` in Python/pystrtod.c: the digits come from `DecimalDigits`
/// (Gay's modes 0, 2 and 3), then are laid out with zero padding, an optional exponent of at
/// least two digits, `.0` for integral `repr`s and the alternate form's kept decimal point.
enum FloatText {
    /// `style` is one of `e E f F g G r`; `precision` is digits after the point (e, f) or
    /// significant digits (g); it is ignored for `r`.
    static func string(_ x: Double, style: Unicode.Scalar, precision: Int, alternate: Bool = false,
                       addDotZero: Bool = false, noNegativeZero: Bool = false) -> String {
        let upper = style == "E" || style == "F" || style == "G"
        if x.isNaN { return upper ? "NAN" : "nan" }
        if x.isInfinite { return x < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf") }

        var code: Unicode.Scalar
        var precision = precision
        let d: DecimalDigits
        switch style {
        case "e", "E":
            code = "e"
            precision += 1
            d = DecimalDigits.significant(x, count: precision)
        case "f", "F":
            code = "f"
            d = DecimalDigits.fixed(x, places: precision)
        case "g", "G":
            code = "g"
            if precision == 0 { precision = 1 }
            d = DecimalDigits.significant(x, count: precision)
        default:
            code = "r"
            precision = 0
            d = DecimalDigits.shortest(x)
        }

        var negative = x.sign == .minus
        let digits = d.digits
        let digitsCount = digits.count
        if noNegativeZero && negative && (digitsCount == 0 || (digitsCount == 1 && digits[0] == 0)) {
            negative = false
        }
        var decimalPoint = d.decimalPoint
        var useExponent = false
        var end = digitsCount
        switch code {
        case "e":
            useExponent = true
            end = precision
        case "f":
            end = decimalPoint + precision
        case "g":
            if decimalPoint <= -4 || decimalPoint > (addDotZero ? precision - 1 : precision) {
                useExponent = true
            }
            if alternate { end = precision }
        default:
            if decimalPoint <= -4 || decimalPoint > 16 { useExponent = true }
        }
        var exponent = 0
        if useExponent {
            exponent = decimalPoint - 1
            decimalPoint = 1
        }
        let start = decimalPoint <= 0 ? decimalPoint - 1 : 0
        if !useExponent && addDotZero {
            end = max(end, decimalPoint + 1)
        } else {
            end = max(end, decimalPoint)
        }

        let zero = UInt8(ascii: "0")
        var out: [UInt8] = []
        out.reserveCapacity(end - start + 8)
        if negative { out.append(UInt8(ascii: "-")) }
        if decimalPoint <= 0 {
            out.append(contentsOf: repeatElement(zero, count: decimalPoint - start))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: repeatElement(zero, count: -decimalPoint))
        } else {
            out.append(contentsOf: repeatElement(zero, count: -start))
        }
        if decimalPoint > 0 && decimalPoint <= digitsCount {
            for i in 0..<decimalPoint { out.append(zero + digits[i]) }
            out.append(UInt8(ascii: "."))
            for i in decimalPoint..<digitsCount { out.append(zero + digits[i]) }
        } else {
            for digit in digits { out.append(zero + digit) }
        }
        if digitsCount < decimalPoint {
            out.append(contentsOf: repeatElement(zero, count: decimalPoint - digitsCount))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: repeatElement(zero, count: end - decimalPoint))
        } else {
            out.append(contentsOf: repeatElement(zero, count: max(0, end - digitsCount)))
        }
        if out.last == UInt8(ascii: ".") && !alternate { out.removeLast() }
        if useExponent {
            out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            out.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let magnitude = abs(exponent)
            if magnitude < 10 { out.append(zero) }
            out.append(contentsOf: String(magnitude).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
