/// `str`'s case and character-class methods beyond the common ones: `casefold`, `title`
/// and `istitle` as CPython's Objects/unicodeobject.c computes them (a letter after a cased
/// letter is lowered, any other is title-cased), and `isdecimal`, `isascii`,
/// `isidentifier`, `isprintable` by Unicode's properties.
extension Interpreter {
    /// The methods of this file, for lookup and "Did you mean" hints.
    static let strCaseMethods = ["casefold", "title", "istitle", "isdecimal", "isascii", "isidentifier", "isprintable"]

    /// One of `strCaseMethods` on `s`.
    func strCaseMethod(_ s: String, _ name: String, _ args: Arguments) throws -> Value {
        _ = try args.positionalOnly("str." + name, 0...0)
        switch name {
        case "casefold": return .str(Interpreter.casefold(s))
        case "title": return .str(Interpreter.title(s))
        case "istitle": return .bool(Interpreter.isTitle(s))
        case "isdecimal": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.generalCategory == .decimalNumber })
        case "isascii": return .bool(s.unicodeScalars.allSatisfy(\.isASCII))
        case "isidentifier":
            guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return .bool(false) }
            return .bool(s.unicodeScalars.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        default: return .bool(s.unicodeScalars.allSatisfy(Interpreter.isPrintable))
        }
    }

    /// Whether a letter has case (`Py_UNICODE_ISUPPER`, `ISLOWER` or `ISTITLE`).
    private static func isCased(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isUppercase || p.isLowercase || p.generalCategory == .titlecaseLetter
    }

    /// `str.title()`: each cased letter after a cased letter lowered, every other title-cased
    /// (`"they're 3rd".title()` is `"They'Re 3Rd"`, as in CPython).
    static func title(_ s: String) -> String {
        var out = ""
        var previousCased = false
        for c in s.unicodeScalars {
            out += previousCased ? c.properties.lowercaseMapping : c.properties.titlecaseMapping
            previousCased = isCased(c)
        }
        return out
    }

    /// `str.istitle()`: an upper- or title-case letter only after an uncased character, a
    /// lower-case one only after a cased one, and at least one cased letter.
    static func isTitle(_ s: String) -> Bool {
        var previousCased = false
        var cased = false
        for c in s.unicodeScalars {
            let p = c.properties
            if p.isUppercase || p.generalCategory == .titlecaseLetter {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if p.isLowercase {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    /// `str.casefold()`: Unicode's full case folding, which is the lower-case mapping except
    /// for the characters below (CaseFolding.txt's `F` and the `C` entries that differ).
    static func casefold(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if let folded = foldingExceptions[c.value] { out += folded } else { out += c.properties.lowercaseMapping }
        }
        return out
    }

    private static let foldingExceptions: [UInt32: String] = [
        0x00B5: "\u{03BC}", 0x00DF: "ss", 0x0130: "i\u{0307}", 0x0149: "\u{02BC}n", 0x017F: "s", 0x01F0: "j\u{030C}",
        0x0345: "\u{03B9}", 0x0390: "\u{03B9}\u{0308}\u{0301}", 0x03B0: "\u{03C5}\u{0308}\u{0301}", 0x03C2: "\u{03C3}",
        0x03D0: "\u{03B2}", 0x03D1: "\u{03B8}", 0x03D5: "\u{03C6}", 0x03D6: "\u{03C0}", 0x03F0: "\u{03BA}",
        0x03F1: "\u{03C1}", 0x03F5: "\u{03B5}", 0x0587: "\u{0565}\u{0582}", 0x1E96: "h\u{0331}", 0x1E97: "t\u{0308}",
        0x1E98: "w\u{030A}", 0x1E99: "y\u{030A}", 0x1E9A: "a\u{02BE}", 0x1E9B: "\u{1E61}", 0x1E9E: "ss", 0x1FBE: "\u{03B9}",
        0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
        0xFB13: "\u{0574}\u{0576}", 0xFB14: "\u{0574}\u{0565}", 0xFB15: "\u{0574}\u{056B}", 0xFB16: "\u{057E}\u{0576}",
        0xFB17: "\u{0574}\u{056D}",
    ]

    /// `Py_UNICODE_ISPRINTABLE`: not a control, format, surrogate, private-use or unassigned
    /// character, nor a separator other than the space.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator: return false
        default: return true
        }
    }
}
