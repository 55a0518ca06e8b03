/// A math alphabet selected by a TeX font command (`\mathbf`, `\mathbb`, …).
///
/// MathML Core renders styled letters from Unicode's Mathematical Alphanumeric Symbols
/// block rather than from a `mathvariant` attribute, so each alphabet maps characters to
/// their styled code points.
enum MathAlphabet: Sendable {
    case upright, italic, bold, boldItalic, doubleStruck, script, fraktur, sansSerif, monospace

    /// The styled form of `scalar`, or `scalar` itself when the alphabet has no form for it.
    func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if let exception = exceptions[scalar] { return exception }
        let base: (upper: UInt32?, lower: UInt32?, digit: UInt32?, greekUpper: UInt32?, greekLower: UInt32?)
        switch self {
        case .upright: return scalar
        case .italic: base = (0x1D434, 0x1D44E, nil, 0x1D6E2, 0x1D6FC)
        case .bold: base = (0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8, 0x1D6C2)
        case .boldItalic: base = (0x1D468, 0x1D482, 0x1D7CE, 0x1D71C, 0x1D736)
        case .doubleStruck: base = (0x1D538, 0x1D552, 0x1D7D8, nil, nil)
        case .script: base = (0x1D49C, 0x1D4B6, nil, nil, nil)
        case .fraktur: base = (0x1D504, 0x1D51E, nil, nil, nil)
        case .sansSerif: base = (0x1D5A0, 0x1D5BA, 0x1D7E2, nil, nil)
        case .monospace: base = (0x1D670, 0x1D68A, 0x1D7F6, nil, nil)
        }
        let mapped: UInt32?
        switch v {
        case 0x41...0x5A: mapped = base.upper.map { $0 + v - 0x41 }
        case 0x61...0x7A: mapped = base.lower.map { $0 + v - 0x61 }
        case 0x30...0x39: mapped = base.digit.map { $0 + v - 0x30 }
        case 0x391...0x3A9 where v != 0x3A2: mapped = base.greekUpper.map { $0 + v - 0x391 }
        case 0x3B1...0x3C9: mapped = base.greekLower.map { $0 + v - 0x3B1 }
        default: mapped = nil
        }
        return mapped.flatMap(Unicode.Scalar.init) ?? scalar
    }

    /// Letters that Unicode encoded in the Letterlike Symbols block before the math block existed.
    private var exceptions: [Unicode.Scalar: Unicode.Scalar] {
        switch self {
        case .italic: return ["h": "ℎ"]
        case .doubleStruck:
            return ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
        case .script:
            return ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ",
                    "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"]
        case .fraktur: return ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"]
        default: return [:]
        }
    }
}
