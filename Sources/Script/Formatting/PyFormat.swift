/// Python 3.11's text formatting of floats, ints and strs: `repr`, `str` and `format()` with
/// the whole format-spec mini-language, byte for byte as CPython produces it.
///
/// Pure functions with no interpreter state, so the interpreter (f-strings, `str.format`,
/// `print`, `round`) and tensor printing share one implementation. Number formatting follows
/// Python/formatter_unicode.c and Python/pystrtod.c; decimal conversion is exact (see
/// `DecimalDigits`). The `n` type formats as in the C locale, which is what Python uses
/// unless a script calls `locale.setlocale`.
public enum PyFormat {
    /// The longest field or precision honoured: past it formatting raises `MemoryError`, where
    /// CPython would try to build a string of gigabytes (`f"{x:1000000000}"`).
    public static let maximumLength = 10_000_000

    static func checkLength(_ value: Int?) throws {
        if let value, value > maximumLength { throw PyFormatError(.memoryError, "") }
    }

    /// `repr(x)` and `str(x)` for a float: the shortest digits that read back as `x`, in
    /// positional notation for exponents -4 ..< 16 (`100.0`, `0.30000000000000004`) and
    /// scientific otherwise (`1e-05`, `1e+16`); `inf`, `-inf`, `nan`, `-0.0`.
    public static func repr(_ x: Double) -> String {
        FloatText.string(x, style: "r", precision: 0, addDotZero: true)
    }

    /// `format(x, spec)` for a float (`float.__format__`).
    ///
    /// Types `e E f F g G n %` and none (repr-like, or `g` keeping a `.0` when a precision is
    /// given); fill, align `< > = ^`, sign `+ - space`, `z`, `#`, `0`, width, `,`/`_` grouping
    /// and precision. Throws `PyFormatError` with CPython's message for an invalid spec.
    public static func format(_ x: Double, spec: String) throws -> String {
        let parsed = try FormatSpec(spec, typeName: "float", defaultAlign: ">", defaultType: nil)
        switch parsed.type {
        case nil, "e", "E", "f", "F", "g", "G", "n", "%":
            return try formatFloat(x, parsed)
        case let t?:
            throw FormatSpec.unknownCode(t, "float")
        }
    }

    /// `format(n, spec)` for an int (`int.__format__`).
    ///
    /// Types `d b o x X c n` and none; `e E f F g G %` format `float(n)`. Grouping `,` (decimal)
    /// and `_` (every 3 digits, every 4 for b/o/x/X); `#` adds `0b`/`0o`/`0x`/`0X`.
    public static func format(_ n: Int, spec: String) throws -> String {
        try format(negative: n < 0, magnitude: { String(n.magnitude, radix: $0) }, spec: spec) { Double(n) }
    }

    /// `format(n, spec)` for an int of any size, given its sign, its magnitude's digits in a
    /// radix (2, 8, 10 or 16) and its nearest double (nil when it overflows a float).
    static func format(negative: Bool, magnitude: (Int) -> String, spec: String,
                       asDouble: () -> Double?) throws -> String {
        let parsed = try FormatSpec(spec, typeName: "int", defaultAlign: ">", defaultType: "d")
        switch parsed.type {
        case "e", "E", "f", "F", "g", "G", "%":
            guard let d = asDouble() else {
                throw PyFormatError(.overflowError, "int too large to convert to float")
            }
            return try formatFloat(d, parsed)
        case "d", "b", "o", "x", "X", "c", "n":
            return try formatInteger(negative: negative, magnitude: magnitude, parsed)
        case let t:
            throw FormatSpec.unknownCode(t ?? "d", "int")
        }
    }

    /// `format(s, spec)` for a str (`str.__format__`): fill, align `< > ^`, width and precision
    /// (truncation), counted in Unicode code points as Python counts them.
    public static func format(_ s: String, spec: String) throws -> String {
        if spec.isEmpty { return s }
        let parsed = try FormatSpec(spec, typeName: "str", defaultAlign: "<", defaultType: "s")
        if let t = parsed.type, t != "s" { throw FormatSpec.unknownCode(t, "str") }
        if parsed.sign == " " { throw PyFormatError("Space not allowed in string format specifier") }
        if parsed.sign != nil { throw PyFormatError("Sign not allowed in string format specifier") }
        if parsed.noNegativeZero {
            throw PyFormatError("Negative zero coercion (z) not allowed in string format specifier")
        }
        if parsed.alternate {
            throw PyFormatError("Alternate form (#) not allowed in string format specifier")
        }
        if parsed.align == "=" {
            throw PyFormatError("'=' alignment not allowed in string format specifier")
        }
        try checkLength(parsed.width)
        var scalars = Array(s.unicodeScalars)
        if let p = parsed.precision, scalars.count > p { scalars = Array(scalars[..<p]) }
        let width = parsed.width ?? 0
        let padding = max(0, width - scalars.count)
        var left = 0
        switch parsed.align {
        case ">": left = padding
        case "^": left = padding / 2
        default: left = 0
        }
        let fill = String(Character(parsed.fill))
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(repeating: fill, count: left) + String(text)
            + String(repeating: fill, count: padding - left)
    }

    // MARK: - float

    static func formatFloat(_ value: Double, _ spec: FormatSpec) throws -> String {
        if let p = spec.precision, p > Int(Int32.max) { throw PyFormatError("precision too big") }
        try checkLength(spec.precision)
        try checkLength(spec.width)
        var x = value
        var style: Unicode.Scalar = spec.type ?? "r"
        var precision = spec.precision ?? -1
        var defaultPrecision = 6
        var addDotZero = false
        var percent = false
        if spec.type == nil {
            addDotZero = true
            defaultPrecision = 0
        }
        if style == "n" { style = "g" }
        if style == "%" {
            style = "f"
            x *= 100
            percent = true
        }
        if precision < 0 {
            precision = defaultPrecision
        } else if style == "r" {
            style = "g"
        }
        var text = Array(FloatText.string(x, style: style, precision: precision,
                                          alternate: spec.alternate, addDotZero: addDotZero,
                                          noNegativeZero: spec.noNegativeZero).utf8)
        if percent { text.append(UInt8(ascii: "%")) }
        var negative = false
        if text.first == UInt8(ascii: "-") {
            negative = true
            text.removeFirst()
        }
        var split = 0
        while split < text.count && text[split] >= UInt8(ascii: "0") && text[split] <= UInt8(ascii: "9") {
            split += 1
        }
        let groupSize: Int? = spec.grouping != nil && spec.type != "n" ? 3 : nil
        return NumberLayout.layout(negative: negative, prefix: "", digits: Array(text[..<split]),
                                   remainder: Array(text[split...]), spec: spec, groupSize: groupSize)
    }

    // MARK: - int

    static func formatInteger(negative: Bool, magnitude: (Int) -> String,
                              _ spec: FormatSpec) throws -> String {
        if spec.precision != nil {
            throw PyFormatError("Precision not allowed in integer format specifier")
        }
        if spec.noNegativeZero {
            throw PyFormatError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        try checkLength(spec.width)
        let type = spec.type ?? "d"
        if type == "c" {
            if spec.sign != nil {
                throw PyFormatError("Sign not allowed with integer format specifier 'c'")
            }
            if spec.alternate {
                throw PyFormatError("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            let digits = magnitude(16)
            guard !negative, digits.count <= 6, let code = UInt32(digits, radix: 16), code <= 0x10FFFF,
                  let scalar = Unicode.Scalar(code) else {
                throw PyFormatError(.overflowError, "%c arg not in range(0x110000)")
            }
            return padCharacter(scalar, spec: spec)
        }
        let radix: Int
        let prefix: String
        switch type {
        case "b": radix = 2; prefix = "0b"
        case "o": radix = 8; prefix = "0o"
        case "x", "X": radix = 16; prefix = "0x"
        default: radix = 10; prefix = ""
        }
        let digits = Array(magnitude(radix).utf8)
        var groupSize: Int?
        if spec.grouping != nil && type != "n" {
            groupSize = (spec.grouping == "_" && radix != 10) ? 4 : 3
        }
        return NumberLayout.layout(negative: negative, prefix: spec.alternate ? prefix : "",
                                   digits: digits, remainder: [], spec: spec,
                                   groupSize: groupSize, uppercase: type == "X")
    }

    /// Pads the single character of `format(n, 'c')`; CPython lays it out as a one-character
    /// remainder with no digits, so `=` pads on the left like `>`.
    private static func padCharacter(_ c: Unicode.Scalar, spec: FormatSpec) -> String {
        let width = spec.width ?? -1
        let padding = max(0, width - 1)
        let (left, inner, right) = spec.split(padding: padding)
        let fill = String(Character(spec.fill))
        return String(repeating: fill, count: left + inner) + String(Character(c))
            + String(repeating: fill, count: right)
    }
}
