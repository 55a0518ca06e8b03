/// A `re.sub` replacement string parsed as CPython's `parse_template` does: literal text,
/// `\1`/`\g<1>`/`\g<name>` group references and the usual escapes (`\n`, `\t`, octal).
struct RegexTemplate {
    enum Piece {
        case literal(String)
        case group(Int)
    }
    let pieces: [Piece]

    /// The replacement text when the template refers to no group.
    var literalText: String? {
        var s = ""
        for p in pieces {
            guard case .literal(let t) = p else { return nil }
            s += t
        }
        return s
    }

    static func parse(_ template: String, groupCount: Int, groupIndex: [(String, Int)]) throws -> RegexTemplate {
        var s = try RegexTokenizer(template)
        var pieces: [Piece] = []
        var literal = ""
        func isDigit(_ c: String?) -> Bool { c.map { $0.count == 1 && $0.first!.isASCII && $0.first!.isNumber } ?? false }
        func isOctal(_ c: String?) -> Bool { c.map { $0.count == 1 && ("0"..."7").contains($0.first!) } ?? false }
        func addGroup(_ index: Int, _ offset: Int) throws {
            if index > groupCount { throw s.error("invalid group reference \(index)", offset) }
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
            pieces.append(.group(index))
        }
        while let this = try s.get() {
            guard this.first == "\\" else { literal += this; continue }
            let c = String(this.unicodeScalars.dropFirst().first!)
            if c == "g" {
                if !(try s.match("<")) { throw s.error("missing <") }
                let name = try s.getUntil(">", "group name")
                let index: Int
                if RegexTokenizer.isIdentifier(name) {
                    guard let g = groupIndex.first(where: { $0.0 == name })?.1 else {
                        throw PyError("IndexError", "unknown group name \(RegexTokenizer.quote(name))")
                    }
                    index = g
                } else {
                    guard name.allSatisfy({ $0.isASCII && $0.isNumber }), let g = Int(name) else {
                        throw s.error("bad character in group name \(RegexTokenizer.quote(name))", name.unicodeScalars.count + 1)
                    }
                    if g >= 1 << 30 { throw s.error("invalid group reference \(g)", name.unicodeScalars.count + 1) }
                    index = g
                }
                try addGroup(index, name.unicodeScalars.count + 1)
            } else if c == "0" {
                var digits = "0"
                if isOctal(s.next) {
                    digits += try s.get()!
                    if isOctal(s.next) { digits += try s.get()! }
                }
                literal.unicodeScalars.append(Unicode.Scalar(UInt32(digits, radix: 8)! & 0xFF)!)
            } else if isDigit(c) {
                var text = this
                var isOctalEscape = false
                if isDigit(s.next) {
                    text += try s.get()!
                    let t = Array(text.unicodeScalars)
                    if ("0"..."7").contains(t[1]) && ("0"..."7").contains(t[2]) && isOctal(s.next) {
                        text += try s.get()!
                        isOctalEscape = true
                        let v = UInt32(String(text.dropFirst()), radix: 8)!
                        if v > 0o377 { throw s.error("octal escape value \(text) outside of range 0-0o377", text.unicodeScalars.count) }
                        literal.unicodeScalars.append(Unicode.Scalar(v)!)
                    }
                }
                if !isOctalEscape { try addGroup(Int(String(text.dropFirst()))!, text.unicodeScalars.count - 1) }
            } else if let v = RegexParser.simpleEscape(this) {
                literal.unicodeScalars.append(Unicode.Scalar(v)!)
            } else {
                let ch = c.unicodeScalars.first!
                if ("a"..."z").contains(ch) || ("A"..."Z").contains(ch) {
                    throw s.error("bad escape \(this)", this.unicodeScalars.count)
                }
                literal += this
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return RegexTemplate(pieces: pieces)
    }

    /// The replacement for one match: unmatched groups give empty text.
    func expand(_ m: PyRegexMatch) -> String {
        var out = ""
        for p in pieces {
            switch p {
            case .literal(let t): out += t
            case .group(let g): out += m.groupText(g) ?? ""
            }
        }
        return out
    }
}
