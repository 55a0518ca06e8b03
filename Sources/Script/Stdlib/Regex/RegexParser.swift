/// Parses a pattern into `RegexNode`s, following CPython 3.11's `re._parser` step by step so
/// that the same patterns are accepted and the same `re.error` messages and positions come
/// out of the ones that are not.
struct RegexParser {
    /// The parsed pattern: its nodes, the flags (given and inline), and its groups.
    struct Result {
        var nodes: [RegexNode]
        var flags: Int
        var groupCount: Int
        var groupIndex: [(String, Int)]
        var groupWidths: [RegexWidth?]
    }

    private var source: RegexTokenizer
    private var flags: Int
    private var groupNames: [String: Int] = [:]
    private var groupOrder: [(String, Int)] = []
    /// Group 0 first; nil while a group is open.
    private var groupWidths: [RegexWidth?] = [nil]
    private var lookbehindGroups: Int?
    private var groupReferencePositions: [Int: Int] = [:]
    /// The compiler's lookbehind check (made after the whole pattern parsed, as CPython's).
    private var compileError: RegexSyntaxError?
    private var groupCount: Int { groupWidths.count }

    static let specialChars = Set(".\\[{()*+?^$|".unicodeScalars)
    static let whitespace = Set(" \t\n\r\u{0B}\u{0C}".unicodeScalars)

    static func parse(_ pattern: String, flags: Int) throws -> Result {
        var p = RegexParser(source: try RegexTokenizer(pattern), flags: flags)
        let nodes = try p.parseAlternation(verbose: flags & RegexFlags.verbose != 0, nested: 0)
        p.flags = try fixFlags(p.flags)
        if p.source.next != nil { throw p.source.error("unbalanced parenthesis") }
        for (g, pos) in p.groupReferencePositions.sorted(by: { $0.key < $1.key }) where g >= p.groupCount {
            throw RegexSyntaxError(message: "invalid group reference \(g)", position: pos)
        }
        if let e = p.compileError { throw e }
        return Result(nodes: nodes, flags: p.flags, groupCount: p.groupCount - 1, groupIndex: p.groupOrder, groupWidths: p.groupWidths)
    }

    /// CPython's `fix_flags` for a str pattern (a ValueError, not `re.error`).
    static func fixFlags(_ flags: Int) throws -> Int {
        if flags & RegexFlags.locale != 0 { throw PyError("ValueError", "cannot use LOCALE flag with a str pattern") }
        if flags & RegexFlags.ascii == 0 { return flags | RegexFlags.unicode }
        if flags & RegexFlags.unicode != 0 { throw PyError("ValueError", "ASCII and UNICODE flags are incompatible") }
        return flags
    }

    private func groupIsClosed(_ g: Int) -> Bool { g < groupCount && groupWidths[g] != nil }

    private func checkLookbehindGroup(_ g: Int) throws {
        guard let lb = lookbehindGroups else { return }
        if !groupIsClosed(g) { throw source.error("cannot refer to an open group") }
        if g >= lb { throw source.error("cannot refer to group defined in the same lookbehind subpattern") }
    }

    private mutating func openGroup(_ name: String?) throws -> Int {
        let g = groupCount
        groupWidths.append(nil)
        if let name {
            if let old = groupNames[name] {
                throw RegexSyntaxError(message: "redefinition of group name \(RegexTokenizer.quote(name)) as group \(g); was group \(old)", position: nil)
            }
            groupNames[name] = g
            groupOrder.append((name, g))
        }
        return g
    }

    // MARK: Alternation and sequences

    private mutating func parseAlternation(verbose: Bool, nested: Int) throws -> [RegexNode] {
        var items: [[RegexNode]] = []
        var verbose = verbose
        while true {
            items.append(try parseSequence(verbose: &verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
            if !(try source.match("|")) { break }
            if nested == 0 { verbose = flags & RegexFlags.verbose != 0 }
        }
        if items.count == 1 { return items[0] }
        return [.branch(items)]
    }

    private mutating func parseSequence(verbose: inout Bool, nested: Int, first: Bool = false) throws -> [RegexNode] {
        var verboseHere = verbose
        defer { if first { verbose = verboseHere } }
        var sequence: [RegexNode] = []
        while true {
            guard let this = source.next else { break }
            if this == "|" || this == ")" { break }
            _ = try source.get()
            let c = this.unicodeScalars.first!
            if verboseHere {
                if RegexParser.whitespace.contains(c) && this.unicodeScalars.count == 1 { continue }
                if this == "#" {
                    while let t = try source.get(), t != "\n" {}
                    continue
                }
            }
            if c == "\\" {
                sequence.append(try escape(this))
            } else if !RegexParser.specialChars.contains(c) {
                sequence.append(.literal(c.value))
            } else if this == "[" {
                sequence.append(try parseSet())
            } else if "*+?{".unicodeScalars.contains(c) {
                if try !parseRepeat(this, &sequence) { continue }
            } else if this == "." {
                sequence.append(.any)
            } else if this == "(" {
                if let node = try parseGroup(verbose: &verboseHere, nested: nested, first: first, sequenceIsEmpty: sequence.isEmpty) {
                    sequence.append(node)
                }
            } else if this == "^" {
                sequence.append(.at(.beginning))
            } else if this == "$" {
                sequence.append(.at(.end))
            }
        }
        // Unpack groups that neither capture nor set flags.
        var unpacked: [RegexNode] = []
        for node in sequence {
            if case .subpattern(nil, 0, 0, let body) = node { unpacked += body } else { unpacked.append(node) }
        }
        return unpacked
    }

    // MARK: Repeats

    /// Applies `*`, `+`, `?` or `{m,n}` to the last item; false when `{` was a literal.
    private mutating func parseRepeat(_ this: String, _ sequence: inout [RegexNode]) throws -> Bool {
        let here = source.tell
        var lo = 0, hi = RegexFlags.maxRepeat
        switch this {
        case "?": hi = 1
        case "*": break
        case "+": lo = 1
        default:
            if source.next == "}" {
                sequence.append(.literal(123))
                return false
            }
            var low = "", high = ""
            while let n = source.next, n.count == 1, n.first!.isASCII, n.first!.isNumber { low += try source.get()! }
            if try source.match(",") {
                while let n = source.next, n.count == 1, n.first!.isASCII, n.first!.isNumber { high += try source.get()! }
            } else {
                high = low
            }
            if !(try source.match("}")) {
                sequence.append(.literal(123))
                try source.seek(here)
                return false
            }
            if !low.isEmpty {
                guard let v = Int(low), v < RegexFlags.maxRepeat else { throw PyError("OverflowError", "the repetition number is too large") }
                lo = v
            }
            if !high.isEmpty {
                guard let v = Int(high), v < RegexFlags.maxRepeat else { throw PyError("OverflowError", "the repetition number is too large") }
                hi = v
                if hi < lo { throw source.error("min repeat greater than max repeat", source.tell - here) }
            }
        }
        let width = source.tell - here + this.count
        guard var item = sequence.last else { throw source.error("nothing to repeat", width) }
        if case .at = item { throw source.error("nothing to repeat", width) }
        if case .repetition = item { throw source.error("multiple repeat", width) }
        var body = [item]
        if case .subpattern(nil, 0, 0, let inner) = item { body = inner }
        let kind: RegexRepeatKind
        if try source.match("?") { kind = .lazy } else if try source.match("+") { kind = .possessive } else { kind = .greedy }
        item = .repetition(min: lo, max: hi, kind: kind, body)
        sequence[sequence.count - 1] = item
        return true
    }

    // MARK: Groups

    private mutating func parseGroup(verbose: inout Bool, nested: Int, first: Bool, sequenceIsEmpty: Bool) throws -> RegexNode? {
        let start = source.tell - 1
        var capture = true
        var atomic = false
        var name: String?
        var addFlags = 0, deleteFlags = 0
        if try source.match("?") {
            guard let char = try source.get() else { throw source.error("unexpected end of pattern") }
            switch char {
            case "P":
                if try source.match("<") {
                    name = try source.getUntil(">", "group name")
                    try source.checkGroupName(name!, 1)
                } else if try source.match("=") {
                    let ref = try source.getUntil(")", "group name")
                    try source.checkGroupName(ref, 1)
                    guard let g = groupNames[ref] else {
                        throw source.error("unknown group name \(RegexTokenizer.quote(ref))", ref.unicodeScalars.count + 1)
                    }
                    if !groupIsClosed(g) { throw source.error("cannot refer to an open group", ref.unicodeScalars.count + 1) }
                    try checkLookbehindGroup(g)
                    return .groupReference(g)
                } else {
                    guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
                    throw source.error("unknown extension ?P" + c, c.unicodeScalars.count + 2)
                }
            case ":":
                capture = false
            case "#":
                while true {
                    if source.next == nil { throw source.error("missing ), unterminated comment", source.tell - start) }
                    if try source.get() == ")" { break }
                }
                return nil
            case "=", "!", "<":
                var kind = char
                var behind = false
                let savedLookbehind = lookbehindGroups
                if char == "<" {
                    guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
                    if c != "=" && c != "!" { throw source.error("unknown extension ?<" + c, c.unicodeScalars.count + 2) }
                    kind = c
                    behind = true
                    if lookbehindGroups == nil { lookbehindGroups = groupCount }
                }
                let body = try parseAlternation(verbose: verbose, nested: nested + 1)
                if behind && savedLookbehind == nil { lookbehindGroups = nil }
                if !(try source.match(")")) { throw source.error("missing ), unterminated subpattern", source.tell - start) }
                if behind {
                    // The compiler's check, raised without a position.
                    let w = RegexWidth.of(body, groupWidths: groupWidths)
                    if compileError == nil, w.low > 4_294_967_295 { compileError = RegexSyntaxError(message: "looks too much behind", position: nil) }
                    if compileError == nil, w.low != w.high { compileError = RegexSyntaxError(message: "look-behind requires fixed-width pattern", position: nil) }
                }
                return .assertion(behind: behind, negated: kind == "!", body)
            case "(":
                let condName = try source.getUntil(")", "group name")
                let condGroup: Int
                if RegexTokenizer.isIdentifier(condName) {
                    guard let g = groupNames[condName] else {
                        throw source.error("unknown group name \(RegexTokenizer.quote(condName))", condName.unicodeScalars.count + 1)
                    }
                    condGroup = g
                } else {
                    guard condName.allSatisfy({ $0.isASCII && $0.isNumber }), let g = Int(condName) else {
                        throw source.error("bad character in group name \(RegexTokenizer.quote(condName))", condName.unicodeScalars.count + 1)
                    }
                    if g == 0 { throw source.error("bad group number", condName.unicodeScalars.count + 1) }
                    if g >= 1 << 30 { throw source.error("invalid group reference \(g)", condName.unicodeScalars.count + 1) }
                    if groupReferencePositions[g] == nil { groupReferencePositions[g] = source.tell - condName.unicodeScalars.count - 1 }
                    condGroup = g
                }
                try checkLookbehindGroup(condGroup)
                var v = verbose
                let yes = try parseSequence(verbose: &v, nested: nested + 1)
                var no: [RegexNode]?
                if try source.match("|") {
                    no = try parseSequence(verbose: &v, nested: nested + 1)
                    if source.next == "|" { throw source.error("conditional backref with more than two branches") }
                }
                if !(try source.match(")")) { throw source.error("missing ), unterminated subpattern", source.tell - start) }
                return .groupExists(condGroup, yes: yes, no: no)
            case ">":
                capture = false
                atomic = true
            default:
                if char.count == 1, RegexFlags.letter(char.first!) != nil || char == "-" {
                    guard let scoped = try parseFlags(char) else {
                        if !first || !sequenceIsEmpty {
                            throw source.error("global flags not at the start of the expression", source.tell - start)
                        }
                        verbose = flags & RegexFlags.verbose != 0
                        return nil
                    }
                    (addFlags, deleteFlags) = scoped
                    capture = false
                } else {
                    throw source.error("unknown extension ?" + char, char.unicodeScalars.count + 1)
                }
            }
        }
        var group: Int?
        if capture {
            do { group = try openGroup(name) } catch let e as RegexSyntaxError {
                throw source.error(e.message, (name?.unicodeScalars.count ?? 0) + 1)
            }
        }
        let subVerbose = (verbose || addFlags & RegexFlags.verbose != 0) && deleteFlags & RegexFlags.verbose == 0
        let body = try parseAlternation(verbose: subVerbose, nested: nested + 1)
        if !(try source.match(")")) { throw source.error("missing ), unterminated subpattern", source.tell - start) }
        if let group { groupWidths[group] = RegexWidth.of(body, groupWidths: groupWidths) }
        if atomic { return .atomic(body) }
        return .subpattern(group: group, addFlags: addFlags, deleteFlags: deleteFlags, body)
    }

    /// `(?imsx)` (global: returns nil) or `(?i-m:…)` (scoped: the flags added and removed).
    private mutating func parseFlags(_ first: String) throws -> (Int, Int)? {
        var char: String? = first
        var add = 0, delete = 0
        let typeFlags = RegexFlags.ascii | RegexFlags.locale | RegexFlags.unicode
        func isFlag(_ c: String?) -> Bool { c.map { $0.count == 1 && RegexFlags.letter($0.first!) != nil } ?? false }
        func isAlpha(_ c: String) -> Bool { c.count == 1 && c.first!.isLetter }
        if char != "-" {
            while true {
                let flag = RegexFlags.letter(char!.first!)!
                if char == "L" { throw source.error("bad inline flags: cannot use 'L' flag with a str pattern") }
                add |= flag
                if flag & typeFlags != 0 && add & typeFlags != flag {
                    throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                char = try source.get()
                guard let c = char else { throw source.error("missing -, : or )") }
                if c == ")" || c == "-" || c == ":" { break }
                if !isFlag(c) { throw source.error(isAlpha(c) ? "unknown flag" : "missing -, : or )", c.unicodeScalars.count) }
            }
        }
        if char == ")" {
            flags |= add
            return nil
        }
        if add & (RegexFlags.debug | RegexFlags.template) != 0 { throw source.error("bad inline flags: cannot turn on global flag", 1) }
        if char == "-" {
            char = try source.get()
            guard let c = char else { throw source.error("missing flag") }
            if !isFlag(c) { throw source.error(isAlpha(c) ? "unknown flag" : "missing flag", c.unicodeScalars.count) }
            while true {
                let flag = RegexFlags.letter(char!.first!)!
                if flag & typeFlags != 0 { throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'") }
                delete |= flag
                char = try source.get()
                guard let c = char else { throw source.error("missing :") }
                if c == ":" { break }
                if !isFlag(c) { throw source.error(isAlpha(c) ? "unknown flag" : "missing :", c.unicodeScalars.count) }
            }
        }
        if delete & (RegexFlags.debug | RegexFlags.template) != 0 { throw source.error("bad inline flags: cannot turn off global flag", 1) }
        if add & delete != 0 { throw source.error("bad inline flags: flag turned on and off", 1) }
        return (add, delete)
    }

    // MARK: Character sets

    private mutating func parseSet() throws -> RegexNode {
        let here = source.tell - 1
        var items: [RegexSetItem] = []
        let negated = try source.match("^")
        while true {
            guard let this = try source.get() else { throw source.error("unterminated character set", source.tell - here) }
            if this == "]" && !items.isEmpty { break }
            var code1: RegexSetCode
            if this.first == "\\" { code1 = try classEscape(this) } else { code1 = .literal(this.unicodeScalars.first!.value) }
            if try source.match("-") {
                guard let that = try source.get() else { throw source.error("unterminated character set", source.tell - here) }
                if that == "]" {
                    items.append(code1.item)
                    items.append(.literal(45))
                    break
                }
                let code2: RegexSetCode = that.first == "\\" ? try classEscape(that) : .literal(that.unicodeScalars.first!.value)
                guard case .literal(let lo) = code1, case .literal(let hi) = code2, hi >= lo else {
                    let width = this.unicodeScalars.count + 1 + that.unicodeScalars.count
                    throw source.error("bad character range \(this)-\(that)", width)
                }
                items.append(.range(lo, hi))
            } else {
                items.append(code1.item)
            }
        }
        var unique: [RegexSetItem] = []
        for i in items where !unique.contains(i) { unique.append(i) }
        if unique.count == 1, case .literal(let c) = unique[0] { return negated ? .notLiteral(c) : .literal(c) }
        return .set(unique, negated: negated)
    }

    // MARK: Escapes

    private static func isHex(_ c: Unicode.Scalar) -> Bool { c.properties.isASCIIHexDigit }
    private static func isOctal(_ c: Unicode.Scalar) -> Bool { ("0"..."7").contains(c) }
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    private static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }

    static func simpleEscape(_ e: String) -> UInt32? {
        switch e {
        case "\\a": return 7
        case "\\b": return 8
        case "\\f": return 12
        case "\\n": return 10
        case "\\r": return 13
        case "\\t": return 9
        case "\\v": return 11
        case "\\\\": return 92
        default: return nil
        }
    }

    private static func category(_ e: String) -> RegexNode? {
        switch e {
        case "\\A": return .at(.beginningString)
        case "\\b": return .at(.boundary)
        case "\\B": return .at(.nonBoundary)
        case "\\d": return .set([.category(.digit)], negated: false)
        case "\\D": return .set([.category(.notDigit)], negated: false)
        case "\\s": return .set([.category(.space)], negated: false)
        case "\\S": return .set([.category(.notSpace)], negated: false)
        case "\\w": return .set([.category(.word)], negated: false)
        case "\\W": return .set([.category(.notWord)], negated: false)
        case "\\Z": return .at(.endString)
        default: return nil
        }
    }

    /// `\x`, `\u`, `\U` (with their exact digit counts); nil for other escapes.
    private mutating func hexEscape(_ escape: String) throws -> UInt32? {
        let c = escape.unicodeScalars.dropFirst().first!
        let digits: Int
        switch c {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: return nil
        }
        let e = escape + (try source.getWhile(digits, RegexParser.isHex))
        if e.unicodeScalars.count != digits + 2 { throw source.error("incomplete escape \(e)", e.unicodeScalars.count) }
        let v = UInt32(String(e.dropFirst(2)), radix: 16)!
        if v > 0x10FFFF { throw source.error("bad escape \(e)", e.unicodeScalars.count) }
        return v
    }

    /// The rest of `\N{name}`: the character with that Unicode name, or sre's errors
    /// (`missing {`, `undefined character name 'X'` at the escape's start).
    private mutating func namedEscape() throws -> UInt32 {
        guard try source.match("{") else { throw source.error("missing {") }
        let name = try source.getUntil("}", "character name")
        guard let scalar = UnicodeNames.scalar(named: name) else {
            throw source.error("undefined character name \(RegexTokenizer.quote(name))", name.unicodeScalars.count + 4)
        }
        return scalar.value
    }

    private mutating func classEscape(_ escape: String) throws -> RegexSetCode {
        if let v = RegexParser.simpleEscape(escape) { return .literal(v) }
        if let node = RegexParser.category(escape), case .set(let items, _) = node { return .category(items[0]) }
        if let v = try hexEscape(escape) { return .literal(v) }
        let c = escape.unicodeScalars.dropFirst().first!
        if c == "N" { return .literal(try namedEscape()) }
        if RegexParser.isOctal(c) {
            let e = escape + (try source.getWhile(2, RegexParser.isOctal))
            let v = UInt32(String(e.dropFirst()), radix: 8)!
            if v > 0o377 { throw source.error("octal escape value \(e) outside of range 0-0o377", e.unicodeScalars.count) }
            return .literal(v)
        }
        if RegexParser.isDigit(c) || RegexParser.isASCIILetter(c) {
            throw source.error("bad escape \(escape)", escape.unicodeScalars.count)
        }
        return .literal(c.value)
    }

    private mutating func escape(_ escape: String) throws -> RegexNode {
        if let node = RegexParser.category(escape) { return node }
        if let v = RegexParser.simpleEscape(escape) { return .literal(v) }
        if let v = try hexEscape(escape) { return .literal(v) }
        let c = escape.unicodeScalars.dropFirst().first!
        if c == "N" { return .literal(try namedEscape()) }
        if c == "0" {
            let e = escape + (try source.getWhile(2, RegexParser.isOctal))
            return .literal(UInt32(String(e.dropFirst()), radix: 8)!)
        }
        if RegexParser.isDigit(c) {
            var e = escape
            if let n = source.next, n.unicodeScalars.count == 1, RegexParser.isDigit(n.unicodeScalars.first!) {
                e += try source.get()!
                let s = Array(e.unicodeScalars)
                if RegexParser.isOctal(s[1]) && RegexParser.isOctal(s[2]),
                   let n2 = source.next, n2.unicodeScalars.count == 1, RegexParser.isOctal(n2.unicodeScalars.first!) {
                    e += try source.get()!
                    let v = UInt32(String(e.dropFirst()), radix: 8)!
                    if v > 0o377 { throw source.error("octal escape value \(e) outside of range 0-0o377", e.unicodeScalars.count) }
                    return .literal(v)
                }
            }
            let g = Int(String(e.dropFirst()))!
            if g < groupCount {
                if !groupIsClosed(g) { throw source.error("cannot refer to an open group", e.unicodeScalars.count) }
                try checkLookbehindGroup(g)
                return .groupReference(g)
            }
            throw source.error("invalid group reference \(g)", e.unicodeScalars.count - 1)
        }
        if RegexParser.isASCIILetter(c) { throw source.error("bad escape \(escape)", escape.unicodeScalars.count) }
        return .literal(c.value)
    }
}

/// What an escape inside `[…]` stands for: one character or a category.
enum RegexSetCode {
    case literal(UInt32)
    case category(RegexSetItem)

    var item: RegexSetItem {
        switch self {
        case .literal(let c): return .literal(c)
        case .category(let i): return i
        }
    }
}
