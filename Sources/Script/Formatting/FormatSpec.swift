/// A parsed format spec: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
///
/// Parsing follows CPython 3.11's `parse_internal_render_format_spec`, including the order in
/// which it reports errors, so that a bad spec raises the same message as Python.
struct FormatSpec {
    var fill: Unicode.Scalar = " "
    var align: Unicode.Scalar
    var sign: Unicode.Scalar?
    var noNegativeZero = false
    var alternate = false
    var width: Int?
    /// `","` or `"_"`.
    var grouping: Unicode.Scalar?
    var precision: Int?
    var type: Unicode.Scalar?

    /// Parses `spec` for a value of Python type `typeName` whose default alignment is
    /// `defaultAlign` and whose default presentation type is `defaultType`.
    init(_ spec: String, typeName: String, defaultAlign: Unicode.Scalar,
         defaultType: Unicode.Scalar?) throws {
        let s = Array(spec.unicodeScalars)
        var pos = 0
        align = defaultAlign
        var fillSpecified = false
        var alignSpecified = false

        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }

        if s.count >= 2 && isAlign(s[1]) {
            align = s[1]
            fill = s[0]
            fillSpecified = true
            alignSpecified = true
            pos = 2
        } else if s.count >= 1 && isAlign(s[0]) {
            align = s[0]
            alignSpecified = true
            pos = 1
        }
        if pos < s.count && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
            sign = s[pos]
            pos += 1
        }
        if pos < s.count && s[pos] == "z" {
            noNegativeZero = true
            pos += 1
        }
        if pos < s.count && s[pos] == "#" {
            alternate = true
            pos += 1
        }
        if !fillSpecified && pos < s.count && s[pos] == "0" {
            fill = "0"
            // Since 3.10 the 0 flag means '=' only for numbers; a str keeps '<'.
            if !alignSpecified && defaultAlign == ">" { align = "=" }
            pos += 1
        }
        width = try FormatSpec.readInteger(s, &pos)
        if pos < s.count && s[pos] == "," {
            grouping = ","
            pos += 1
        }
        if pos < s.count && s[pos] == "_" {
            if grouping != nil { throw PyFormatError("Cannot specify both ',' and '_'.") }
            grouping = "_"
            pos += 1
        }
        if pos < s.count && s[pos] == "," {
            throw PyFormatError("Cannot specify both ',' and '_'.")
        }
        if pos < s.count && s[pos] == "." {
            pos += 1
            guard let p = try FormatSpec.readInteger(s, &pos) else {
                throw PyFormatError("Format specifier missing precision")
            }
            precision = p
        }
        if s.count - pos > 1 {
            throw PyFormatError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        type = pos < s.count ? s[pos] : defaultType

        if let g = grouping {
            switch type {
            case "d", "e", "f", "g", "E", "G", "%", "F", nil:
                break
            case "b", "o", "x", "X":
                if g != "_" { fallthrough }
            default:
                throw PyFormatError("Cannot specify '\(g)' with \(FormatSpec.quoted(type ?? "s")).")
            }
        }
    }

    /// Reads decimal digits at `pos`; nil when there are none.
    private static func readInteger(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var value = 0
        var count = 0
        while pos < s.count, let d = FormatSpec.decimalValue(s[pos]) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(d))
            if o1 || o2 { throw PyFormatError("Too many decimal digits in format string") }
            value = a
            pos += 1
            count += 1
        }
        return count == 0 ? nil : value
    }

    /// The value of a decimal digit (any script's, as CPython's `Py_UNICODE_TODECIMAL`); nil
    /// for anything else. ASCII is answered without the Unicode property tables.
    @inline(__always)
    private static func decimalValue(_ c: Unicode.Scalar) -> Double? {
        if c.value < 128 {
            return c.value >= 48 && c.value <= 57 ? Double(c.value - 48) : nil
        }
        return c.properties.numericType == .decimal ? c.properties.numericValue : nil
    }

    /// A presentation type as CPython quotes it in messages: `'d'`, or `'\xe9'` outside ASCII 33...127.
    static func quoted(_ c: Unicode.Scalar) -> String {
        if c.value > 32 && c.value < 128 { return "'\(Character(c))'" }
        return "'\\x" + String(c.value, radix: 16) + "'"
    }

    static func unknownCode(_ c: Unicode.Scalar, _ typeName: String) -> PyFormatError {
        PyFormatError("Unknown format code \(quoted(c)) for object of type '\(typeName)'")
    }
}

extension FormatSpec {
    /// Splits `padding` fill characters into left, inner (after the sign) and right parts by
    /// the alignment: `<` right, `^` centred with the extra one on the right, `=` after the
    /// sign, `>` (and the numeric default) left. No padding when `padding` is not positive.
    func split(padding: Int) -> (left: Int, inner: Int, right: Int) {
        guard padding > 0 else { return (0, 0, 0) }
        switch align {
        case "<": return (0, 0, padding)
        case "^": return (padding / 2, 0, padding - padding / 2)
        case "=": return (0, padding, 0)
        default: return (padding, 0, 0)
        }
    }
}
