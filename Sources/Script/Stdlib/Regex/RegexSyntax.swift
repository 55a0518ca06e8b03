/// The parsed form of a regular expression, as CPython's `re._parser` builds it: a list of
/// nodes per sequence, with groups, branches, repeats and assertions nesting further lists.
///
/// Flags are not applied yet (scoped `(?i:…)` groups keep theirs); `RegexProgram` resolves
/// them into the matcher's instructions.
indirect enum RegexNode {
    case literal(UInt32)
    case notLiteral(UInt32)
    case any
    /// `[…]`, `\d`…: the items, and whether the set is negated.
    case set([RegexSetItem], negated: Bool)
    case at(RegexAnchor)
    /// A group: capturing (`group` set) or one with scoped flags (`(?i:…)`).
    case subpattern(group: Int?, addFlags: Int, deleteFlags: Int, [RegexNode])
    case branch([[RegexNode]])
    case repetition(min: Int, max: Int, kind: RegexRepeatKind, [RegexNode])
    case groupReference(Int)
    /// `(?(id)yes|no)`.
    case groupExists(Int, yes: [RegexNode], no: [RegexNode]?)
    /// Lookahead (`behind` false) or lookbehind, positive or negative.
    case assertion(behind: Bool, negated: Bool, [RegexNode])
    case atomic([RegexNode])
}

/// One member of a character set.
enum RegexSetItem: Equatable {
    case literal(UInt32)
    case range(UInt32, UInt32)
    case category(RegexCategory)
}

/// The character classes `\d \D \s \S \w \W`.
enum RegexCategory: Equatable {
    case digit, notDigit, space, notSpace, word, notWord
}

/// The zero-width anchors `^ $ \A \Z \b \B`.
enum RegexAnchor: Equatable {
    case beginning, beginningString, end, endString, boundary, nonBoundary
}

/// Greedy (`*`), lazy (`*?`) or possessive (`*+`) repetition.
enum RegexRepeatKind: Equatable {
    case greedy, lazy, possessive
}

/// The flag bits of CPython's `re` (`re.I` is 2, …), as `Pattern.flags` reports them.
enum RegexFlags {
    static let template = 1
    static let ignoreCase = 2
    static let locale = 4
    static let multiline = 8
    static let dotAll = 16
    static let unicode = 32
    static let verbose = 64
    static let debug = 128
    static let ascii = 256
    /// CPython's `MAXREPEAT`: a repeat count must stay below it.
    static let maxRepeat = 4_294_967_295
    /// `getwidth`'s cap (CPython's `MAXWIDTH`, 1 << 64, saturated to an Int).
    static let maxWidth = Int.max / 4

    /// The names `Pattern.__repr__` prints, in CPython's order.
    static let reprNames: [(String, Int)] = [
        ("re.TEMPLATE", template), ("re.IGNORECASE", ignoreCase), ("re.LOCALE", locale),
        ("re.MULTILINE", multiline), ("re.DOTALL", dotAll), ("re.UNICODE", unicode),
        ("re.VERBOSE", verbose), ("re.DEBUG", debug), ("re.ASCII", ascii),
    ]

    /// The inline flag letters of `(?aiLmsux)`.
    static func letter(_ c: Character) -> Int? {
        switch c {
        case "i": return ignoreCase
        case "L": return locale
        case "m": return multiline
        case "s": return dotAll
        case "x": return verbose
        case "a": return ascii
        case "t": return template
        case "u": return unicode
        default: return nil
        }
    }
}

/// A pattern syntax error: `re.error`'s message and the index in the pattern, when known.
struct RegexSyntaxError: Error {
    let message: String
    let position: Int?
}

/// The smallest and largest number of characters a node list can match (`getwidth`).
struct RegexWidth {
    var low: Int
    var high: Int

    static func of(_ nodes: [RegexNode], groupWidths: [RegexWidth?]) -> RegexWidth {
        var lo = 0, hi = 0
        func add(_ w: RegexWidth) {
            lo = min(lo + w.low, RegexFlags.maxWidth)
            hi = min(hi + w.high, RegexFlags.maxWidth)
        }
        for node in nodes {
            switch node {
            case .literal, .notLiteral, .any, .set: add(RegexWidth(low: 1, high: 1))
            case .at: break
            case .subpattern(_, _, _, let body), .atomic(let body): add(of(body, groupWidths: groupWidths))
            case .branch(let alternatives):
                var i = RegexFlags.maxWidth, j = 0
                for a in alternatives {
                    let w = of(a, groupWidths: groupWidths)
                    i = min(i, w.low)
                    j = max(j, w.high)
                }
                add(RegexWidth(low: i, high: j))
            case .repetition(let mn, let mx, _, let body):
                let w = of(body, groupWidths: groupWidths)
                let low = w.low == 0 ? 0 : (mn > RegexFlags.maxWidth / max(w.low, 1) ? RegexFlags.maxWidth : w.low * mn)
                let high: Int
                if mx == RegexFlags.maxRepeat && w.high > 0 { high = RegexFlags.maxWidth }
                else { high = w.high == 0 ? 0 : (mx > RegexFlags.maxWidth / w.high ? RegexFlags.maxWidth : w.high * mx) }
                add(RegexWidth(low: low, high: high))
            case .groupReference(let g):
                if g < groupWidths.count, let w = groupWidths[g] { add(w) }
            case .groupExists(_, let yes, let no):
                var w = of(yes, groupWidths: groupWidths)
                if let no {
                    let n = of(no, groupWidths: groupWidths)
                    w = RegexWidth(low: min(w.low, n.low), high: max(w.high, n.high))
                } else {
                    w.low = 0
                }
                add(w)
            case .assertion: break
            }
        }
        return RegexWidth(low: lo, high: hi)
    }
}
