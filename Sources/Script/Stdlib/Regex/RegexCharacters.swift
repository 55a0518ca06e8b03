/// The character tests of CPython's `_sre` for str patterns: Unicode-aware `\d \s \w` (or
/// ASCII-only under `re.ASCII`) and the simple case mappings `re.IGNORECASE` compares with.
enum RegexCharacters {
    /// `\d`: a decimal digit (`str.isdecimal`), or `0-9` under `re.ASCII`.
    static func isDigit(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 { return c >= 48 && c <= 57 }
        if ascii { return false }
        return Unicode.Scalar(c)?.properties.numericType == .decimal
    }

    /// `\s`: CPython's `Py_UNICODE_ISSPACE`, or ` \t\n\r\f\v` under `re.ASCII`.
    static func isSpace(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 { return c == 32 || (c >= 9 && c <= 13) || (!ascii && c >= 0x1C && c <= 0x1F) }
        if ascii { return false }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `\w`: `str.isalnum()` or `_`, or `[a-zA-Z0-9_]` under `re.ASCII`.
    static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 128 {
            return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95
        }
        if ascii { return false }
        guard let s = Unicode.Scalar(c) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return s.properties.numericType != nil
        }
    }

    /// The simple lowercase mapping (one character to one), as `_sre`'s `lower`.
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 128 { return c >= 65 && c <= 90 ? c + 32 : c }
        guard let s = Unicode.Scalar(c) else { return c }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : c
    }

    /// The simple uppercase mapping.
    static func upper(_ c: UInt32) -> UInt32 {
        if c < 128 { return c >= 97 && c <= 122 ? c - 32 : c }
        guard let s = Unicode.Scalar(c) else { return c }
        let m = s.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? m.first!.value : c
    }

    /// Whether two characters are equal ignoring case (ASCII-only case under `re.ASCII`).
    static func equalIgnoringCase(_ a: UInt32, _ b: UInt32, ascii: Bool) -> Bool {
        if a == b { return true }
        if ascii || (a < 128 && b < 128) {
            return a < 128 && b < 128 && lower(a) == lower(b)
        }
        return lower(a) == lower(b) || upper(a) == upper(b)
    }

    static func inCategory(_ category: RegexCategory, _ c: UInt32, ascii: Bool) -> Bool {
        switch category {
        case .digit: return isDigit(c, ascii: ascii)
        case .notDigit: return !isDigit(c, ascii: ascii)
        case .space: return isSpace(c, ascii: ascii)
        case .notSpace: return !isSpace(c, ascii: ascii)
        case .word: return isWord(c, ascii: ascii)
        case .notWord: return !isWord(c, ascii: ascii)
        }
    }
}

/// A character set with the flags it was compiled under.
struct RegexCharSet {
    let items: [RegexSetItem]
    let negated: Bool
    let ignoreCase: Bool
    let ascii: Bool

    func contains(_ c: UInt32) -> Bool {
        var found = has(c)
        if !found && ignoreCase {
            let l = RegexCharacters.lower(c), u = RegexCharacters.upper(c)
            if ascii {
                found = (l != c && c < 128 && has(l)) || (u != c && c < 128 && has(u))
            } else {
                found = (l != c && has(l)) || (u != c && has(u))
            }
        }
        return found != negated
    }

    private func has(_ c: UInt32) -> Bool {
        for item in items {
            switch item {
            case .literal(let l): if l == c { return true }
            case .range(let lo, let hi): if c >= lo && c <= hi { return true }
            case .category(let k): if RegexCharacters.inCategory(k, c, ascii: ascii) { return true }
            }
        }
        return false
    }
}
