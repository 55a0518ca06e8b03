/// CPython 3.11's limit on conversions between ints and decimal strings (CVE-2020-10735):
/// `str(n)` of an int of more than 4300 digits, and `int(s)` of a string of more, raise
/// ValueError rather than taking quadratic time. Other bases (`hex`, `int(s, 16)`) are free.
enum IntStringLimit {
    /// `sys.get_int_max_str_digits()` by default.
    static let maxDigits = 4300

    /// The error of `str(n)`, `repr(n)`, `f"{n}"`, `"%d" % n` for a too long `n`.
    static var toStringError: PyError {
        PyError("ValueError", "Exceeds the limit (\(maxDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// The error of `int(s)` for a string of `digits` decimal digits.
    static func fromStringError(digits: Int) -> PyError {
        PyError("ValueError", "Exceeds the limit (\(maxDigits) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// The decimal digits of `n` (with its sign), or the ValueError CPython raises when
    /// there are more than `maxDigits`.
    static func decimal(_ n: BigInt) throws -> String {
        // 14,300 bits are more than 4300 digits whatever they hold: refuse without converting.
        if n.limbs.count * 32 > 14_400 { throw toStringError }
        let text = n.description
        if text.utf8.count - (n.negative ? 1 : 0) > maxDigits { throw toStringError }
        return text
    }

    /// Checks a string about to be parsed in `radix`: its run of leading digits (underscores
    /// not counted) past the sign, as CPython counts them before parsing, must not exceed
    /// `maxDigits` unless the radix is a power of two.
    static func checkParse(_ text: Substring, radix: Int) throws {
        guard radix & (radix - 1) != 0 else { return }
        var digits = 0
        for c in text.drop(while: { $0 == "+" || $0 == "-" }) {
            if c == "_" { continue }
            guard let v = c.hexDigitValue ?? (c.isASCII && c.isLetter ? Int(c.asciiValue! | 0x20) - 87 : nil), v < radix else { break }
            digits += 1
        }
        if digits > maxDigits { throw fromStringError(digits: digits) }
    }
}
