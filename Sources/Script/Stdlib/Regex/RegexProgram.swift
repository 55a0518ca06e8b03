/// A parsed pattern turned into the matcher's instructions, with every flag resolved where
/// it applies (scoped `(?i:…)` groups included), as CPython's `re._compiler` does.
indirect enum RegexOp {
    case char(UInt32)
    case charIgnoringCase(UInt32, ascii: Bool)
    case notChar(UInt32, ignoreCase: Bool, ascii: Bool)
    case any(dotAll: Bool)
    case set(RegexCharSet)
    case at(RegexAnchor, multiline: Bool, ascii: Bool)
    case group(Int, [RegexOp])
    case branch([[RegexOp]])
    case repetition(min: Int, max: Int, kind: RegexRepeatKind, [RegexOp])
    case groupReference(Int, ignoreCase: Bool, ascii: Bool)
    case groupExists(Int, yes: [RegexOp], no: [RegexOp])
    case assertion(behind: Bool, negated: Bool, width: Int, [RegexOp])
    case atomic([RegexOp])

    /// Whether the instruction always matches exactly one character (a fast repeat).
    var isSingleCharacter: Bool {
        switch self {
        case .char, .charIgnoringCase, .notChar, .any, .set: return true
        default: return false
        }
    }

    /// For a single-character instruction: whether it matches `c`.
    @inline(__always)
    func matches(_ c: UInt32) -> Bool {
        switch self {
        case .char(let l): return c == l
        case .charIgnoringCase(let l, let ascii): return RegexCharacters.equalIgnoringCase(c, l, ascii: ascii)
        case .notChar(let l, let ic, let ascii): return ic ? !RegexCharacters.equalIgnoringCase(c, l, ascii: ascii) : c != l
        case .any(let dotAll): return dotAll || c != 10
        case .set(let s): return s.contains(c)
        default: return false
        }
    }
}

/// A compiled pattern: its instructions, flags and groups.
struct RegexProgram {
    let ops: [RegexOp]
    let flags: Int
    let groupCount: Int
    /// Group names in the order they were defined, with their numbers.
    let groupIndex: [(String, Int)]

    /// A single-character instruction every match starts with (the first character must
    /// pass it), so a search skips the positions where it fails; nil when there is none.
    let firstCharacter: RegexOp?

    static func compile(_ pattern: String, flags: Int) throws -> RegexProgram {
        let parsed = try RegexParser.parse(pattern, flags: flags)
        let ops = lower(parsed.nodes, flags: parsed.flags, widths: parsed.groupWidths)
        return RegexProgram(ops: ops, flags: parsed.flags, groupCount: parsed.groupCount, groupIndex: parsed.groupIndex,
                            firstCharacter: leadingCharacter(ops))
    }

    /// The first instruction when it matches one character, looking into a leading group
    /// or a leading repeat that must match at least once.
    private static func leadingCharacter(_ ops: [RegexOp]) -> RegexOp? {
        guard let first = ops.first else { return nil }
        switch first {
        case .char, .charIgnoringCase, .notChar, .any, .set: return first
        case .group(_, let body), .atomic(let body): return leadingCharacter(body)
        case .repetition(let mn, _, _, let body) where mn >= 1: return leadingCharacter(body)
        default: return nil
        }
    }

    private static func lower(_ nodes: [RegexNode], flags: Int, widths: [RegexWidth?]) -> [RegexOp] {
        let ic = flags & RegexFlags.ignoreCase != 0
        let ascii = flags & RegexFlags.ascii != 0
        return nodes.map { node -> RegexOp in
            switch node {
            case .literal(let c): return ic ? .charIgnoringCase(c, ascii: ascii) : .char(c)
            case .notLiteral(let c): return .notChar(c, ignoreCase: ic, ascii: ascii)
            case .any: return .any(dotAll: flags & RegexFlags.dotAll != 0)
            case .set(let items, let negated): return .set(RegexCharSet(items: items, negated: negated, ignoreCase: ic, ascii: ascii))
            case .at(let a): return .at(a, multiline: flags & RegexFlags.multiline != 0, ascii: ascii)
            case .subpattern(let group, let add, let delete, let body):
                let inner = lower(body, flags: (flags | add) & ~delete, widths: widths)
                if let group { return .group(group, inner) }
                // A flags-only group `(?i:…)` matches as its body: a branch of one alternative.
                return .branch([inner])
            case .branch(let alternatives): return .branch(alternatives.map { lower($0, flags: flags, widths: widths) })
            case .repetition(let mn, let mx, let kind, let body):
                return .repetition(min: mn, max: mx, kind: kind, lower(body, flags: flags, widths: widths))
            case .groupReference(let g): return .groupReference(g, ignoreCase: ic, ascii: ascii)
            case .groupExists(let g, let yes, let no):
                return .groupExists(g, yes: lower(yes, flags: flags, widths: widths), no: lower(no ?? [], flags: flags, widths: widths))
            case .assertion(let behind, let negated, let body):
                let width = behind ? RegexWidth.of(body, groupWidths: widths).low : 0
                return .assertion(behind: behind, negated: negated, width: width, lower(body, flags: flags, widths: widths))
            case .atomic(let body): return .atomic(lower(body, flags: flags, widths: widths))
            }
        }
    }
}
