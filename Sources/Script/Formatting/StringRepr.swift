extension PyFormat {
    /// `repr(s)` for a Python str: single quotes unless the text holds `'` and no `"`;
    /// backslash escapes for `\\`, the quote, `\t \n \r`, other control and unprintable
    /// characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`; printable non-ASCII kept as is.
    public static func reprString(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let hasSingle = scalars.contains("'")
        let hasDouble = scalars.contains("\"")
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for c in scalars {
            switch c {
            case quote, "\\":
                out.append("\\")
                out.append(c)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out.append(contentsOf: hexEscape(c.value, "x", 2).unicodeScalars)
                } else if c.value < 0x7F || isPrintable(c) {
                    out.append(c)
                } else if c.value <= 0xFF {
                    out.append(contentsOf: hexEscape(c.value, "x", 2).unicodeScalars)
                } else if c.value <= 0xFFFF {
                    out.append(contentsOf: hexEscape(c.value, "u", 4).unicodeScalars)
                } else {
                    out.append(contentsOf: hexEscape(c.value, "U", 8).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    private static func hexEscape(_ v: UInt32, _ letter: String, _ width: Int) -> String {
        let hex = String(v, radix: 16)
        return "\\" + letter + String(repeating: "0", count: max(0, width - hex.count)) + hex
    }

    /// Python's `str.isprintable` for one character: not in categories Cc, Cf, Cs, Co, Cn,
    /// Zl, Zp, Zs (except the ASCII space).
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
