/// Splits script text into tokens as CPython's tokenizer does.
///
/// Produces INDENT/DEDENT from leading whitespace, joins lines inside brackets and after a
/// backslash, drops comments and blank lines, and decodes number and string literals.
/// f-strings are kept raw and split by the parser, which parses their expressions.
public struct Lexer {
    private let chars: [Unicode.Scalar]
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var tokens: [Token] = []
    private var indents: [Int] = [0]
    private var brackets: [(char: Unicode.Scalar, line: Int, column: Int)] = []
    private var atLineStart = true

    public init(_ source: String) {
        chars = Array(source.unicodeScalars)
    }

    /// Tokenizes the whole source.
    public static func tokenize(_ source: String) throws(ScriptSyntaxError) -> [Token] {
        var lexer = Lexer(source)
        return try lexer.run()
    }

    private var column: Int { pos - lineStart }

    /// The source text of scalars `start..<end`, built in one step when it is ASCII (names,
    /// operators and most literals), as appending scalar by scalar costs a lexer its time.
    private func text(_ start: Int, _ end: Int) -> String {
        let n = end - start
        var ascii = true
        for i in start..<end where chars[i].value >= 0x80 { ascii = false; break }
        if !ascii {
            var s = ""
            s.unicodeScalars.append(contentsOf: chars[start..<end])
            return s
        }
        return String(unsafeUninitializedCapacity: n) { buffer in
            for i in 0..<n { buffer[i] = UInt8(truncatingIfNeeded: chars[start + i].value) }
            return n
        }
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = pos + offset
        return i < chars.count ? chars[i] : nil
    }

    private mutating func add(_ kind: Token.Kind, line l: Int, column c: Int) {
        tokens.append(Token(kind, line: l, column: c, endLine: line, endColumn: column))
    }

    private mutating func newLine() {
        line += 1
        lineStart = pos
    }

    mutating func run() throws(ScriptSyntaxError) -> [Token] {
        while true {
            if atLineStart && brackets.isEmpty {
                if try handleIndentation() { continue }
            }
            guard let c = peek() else { break }
            atLineStart = false
            switch c {
            case " ", "\t", "\u{0C}":
                pos += 1
            case "#":
                while let d = peek(), d != "\n" { pos += 1 }
            case "\r":
                pos += 1
            case "\n":
                if brackets.isEmpty {
                    add(.newline, line: line, column: column)
                    atLineStart = true
                }
                pos += 1
                newLine()
            case "\\":
                if peek(1) == "\n" {
                    pos += 2
                    newLine()
                } else if peek(1) == "\r" && peek(2) == "\n" {
                    pos += 3
                    newLine()
                } else if peek(1) == nil {
                    throw ScriptSyntaxError("unexpected EOF while parsing", line: line, column: column + 1)
                } else {
                    throw ScriptSyntaxError("unexpected character after line continuation character", line: line, column: column + 2)
                }
            default:
                if isIdentifierStart(c) {
                    try lexNameOrString()
                } else if isDigit(c) || (c == "." && peek(1).map(isDigit) == true) {
                    try lexNumber()
                } else if c == "\"" || c == "'" {
                    try lexString(prefix: "", startColumn: column)
                } else {
                    try lexOperator()
                }
            }
        }
        if let open = brackets.last {
            throw ScriptSyntaxError("'\(open.char)' was never closed", line: open.line, column: open.column + 1)
        }
        if let last = tokens.last, last.kind != .newline, !(tokens.last?.kind == .dedent) {
            add(.newline, line: line, column: column)
        }
        while indents.count > 1 {
            indents.removeLast()
            add(.dedent, line: line, column: 0)
        }
        add(.eof, line: line, column: column)
        return tokens
    }

    /// Measures a line's indentation; skips blank and comment-only lines. Returns true if it consumed a blank line.
    private mutating func handleIndentation() throws(ScriptSyntaxError) -> Bool {
        var width = 0
        var i = pos
        while i < chars.count {
            let c = chars[i]
            if c == " " { width += 1 } else if c == "\t" { width = (width / 8 + 1) * 8 } else if c == "\u{0C}" { width = 0 } else { break }
            i += 1
        }
        // Blank line, comment-only line or end of input: no indentation change.
        if i >= chars.count {
            pos = i
            atLineStart = false
            return false
        }
        if chars[i] == "#" || chars[i] == "\n" || (chars[i] == "\r" && i + 1 < chars.count && chars[i + 1] == "\n") {
            while i < chars.count && chars[i] != "\n" { i += 1 }
            if i < chars.count {
                pos = i + 1
                newLine()
                return true
            }
            pos = i
            atLineStart = false
            return false
        }
        if chars[i] == "\\" && i + 1 < chars.count && chars[i + 1] == "\n" {
            // A continuation at line start joins the next line; indentation is measured here.
        }
        pos = i
        atLineStart = false
        let current = indents.last ?? 0
        if width > current {
            if tokens.isEmpty || tokens.last?.kind == .newline || tokens.last?.kind == .dedent || tokens.last?.kind == .indent {
                if indents.count >= 100 {
                    throw ScriptSyntaxError("too many levels of indentation", line: line, column: column + 1, kind: "IndentationError")
                }
                indents.append(width)
                add(.indent, line: line, column: 0)
            }
        } else if width < current {
            while let last = indents.last, last > width {
                indents.removeLast()
                add(.dedent, line: line, column: column)
            }
            if indents.last != width {
                var end = pos
                while end < chars.count, chars[end] != "\n" { end += 1 }
                throw ScriptSyntaxError("unindent does not match any outer indentation level", line: line, column: end - lineStart + 1, kind: "IndentationError")
            }
        }
        return false
    }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.value < 128 ? isASCIILetter(c) : c.properties.isXIDStart)
    }

    private func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.value < 128 ? (isASCIILetter(c) || isDigit(c)) : c.properties.isXIDContinue)
    }

    /// `A`-`Z`, `a`-`z`: the ASCII letters (the ASCII characters that are alphabetic).
    private func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value | 0x20
        return v >= 97 && v <= 122
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    private mutating func lexNameOrString() throws(ScriptSyntaxError) {
        let startColumn = column
        let start = pos
        while let c = peek(), isIdentifierContinue(c) { pos += 1 }
        let name = text(start, pos)
        if let q = peek(), q == "\"" || q == "'", name.count <= 2,
           name.lowercased().allSatisfy({ "rbfu".contains($0) }) {
            try lexString(prefix: name.lowercased(), startColumn: startColumn)
            return
        }
        add(.name(name), line: line, column: startColumn)
    }

    private mutating func lexNumber() throws(ScriptSyntaxError) {
        let startColumn = column
        let start = pos
        var text = ""
        func digits(_ accept: (Unicode.Scalar) -> Bool) {
            while let c = peek(), accept(c) || (c == "_" && peek(1).map(accept) == true) {
                if c != "_" { text.unicodeScalars.append(c) }
                pos += 1
            }
        }
        if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
            pos += 2
            let radix = (x == "x" || x == "X") ? 16 : (x == "o" || x == "O") ? 8 : 2
            digits { c in Int(String(c), radix: radix) != nil }
            guard let value = Int(text, radix: radix) else {
                throw ScriptSyntaxError(text.isEmpty ? "invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal" : "integer literal too large", line: line, column: startColumn + 1)
            }
            try checkNumberEnd(startColumn)
            add(.int(value), line: line, column: startColumn)
            return
        }
        var isFloat = false
        digits(isDigit)
        if peek() == "." {
            isFloat = true
            text += "."
            pos += 1
            digits(isDigit)
        }
        if let e = peek(), e == "e" || e == "E" {
            let save = pos
            var exp = "e"
            pos += 1
            if let s = peek(), s == "+" || s == "-" { exp.unicodeScalars.append(s); pos += 1 }
            if let d = peek(), isDigit(d) {
                isFloat = true
                text += exp
                digits(isDigit)
            } else {
                pos = save
            }
        }
        var imaginary = false
        if let j = peek(), j == "j" || j == "J" { imaginary = true; pos += 1 }
        try checkNumberEnd(startColumn)
        if imaginary {
            throw ScriptSyntaxError("complex numbers are not supported", line: line, column: startColumn + 1)
        }
        if isFloat {
            add(.float(Double(text) ?? .infinity), line: line, column: startColumn)
        } else {
            if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
                throw ScriptSyntaxError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: line, column: startColumn + 1)
            }
            guard let value = Int(text) else {
                throw ScriptSyntaxError("integer literal too large (the script language's ints are 64-bit)", line: line, column: startColumn + 1)
            }
            _ = start
            add(.int(value), line: line, column: startColumn)
        }
    }

    private mutating func checkNumberEnd(_ startColumn: Int) throws(ScriptSyntaxError) {
        if let c = peek(), isIdentifierContinue(c) {
            throw ScriptSyntaxError("invalid decimal literal", line: line, column: startColumn + 1)
        }
    }

    private mutating func lexString(prefix: String, startColumn: Int) throws(ScriptSyntaxError) {
        let startLine = line
        guard let quote = peek() else { return }
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        let bodyLine = line, bodyColumn = column
        let isRaw = prefix.contains("r")
        let isF = prefix.contains("f")
        // The body is the source text between the quotes, escapes and newlines included.
        let bodyStart = pos
        var bodyEnd = pos
        while true {
            guard let c = peek() else {
                if triple {
                    let detected = pos > 0 && chars[pos - 1] == "\n" ? line - 1 : line
                    throw ScriptSyntaxError("unterminated triple-quoted string literal (detected at line \(detected))", line: startLine, column: startColumn + 1)
                }
                throw ScriptSyntaxError("unterminated string literal (detected at line \(line))", line: startLine, column: startColumn + 1)
            }
            if c == "\\" {
                pos += 1
                if let n = peek() {
                    pos += 1
                    if n == "\n" { newLine() }
                }
                continue
            }
            if c == "\n" {
                if !triple {
                    throw ScriptSyntaxError("unterminated string literal (detected at line \(line))", line: startLine, column: startColumn + 1)
                }
                pos += 1
                newLine()
                continue
            }
            if c == quote {
                if !triple { bodyEnd = pos; pos += 1; break }
                if peek(1) == quote && peek(2) == quote { bodyEnd = pos; pos += 3; break }
            }
            pos += 1
        }
        let raw = text(bodyStart, bodyEnd)
        if isF {
            tokens.append(Token(.fstring(raw: raw, isRaw: isRaw, bodyLine: bodyLine, bodyColumn: bodyColumn),
                                line: startLine, column: startColumn, endLine: line, endColumn: column))
        } else {
            let value = isRaw ? raw : try Lexer.unescape(raw, line: startLine, column: startColumn)
            tokens.append(Token(.string(value), line: startLine, column: startColumn, endLine: line, endColumn: column))
        }
    }

    /// Decodes backslash escapes as Python does for a non-raw string literal.
    static func unescape(_ raw: String, line: Int, column: Int) throws(ScriptSyntaxError) -> String {
        if !raw.utf8.contains(UInt8(ascii: "\\")) { return raw }
        let s = Array(raw.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "\\", i + 1 < s.count else { out.append(c); i += 1; continue }
            let n = s[i + 1]
            i += 2
            switch n {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var value = Int(n.value - 48)
                var k = 0
                while k < 2, i < s.count, ("0"..."7").contains(s[i]) {
                    value = value * 8 + Int(s[i].value - 48)
                    i += 1; k += 1
                }
                if let u = Unicode.Scalar(value) { out.append(u) }
            case "x", "u", "U":
                let count = n == "x" ? 2 : n == "u" ? 4 : 8
                var hex = ""
                var k = 0
                while k < count, i < s.count, s[i].properties.isASCIIHexDigit {
                    hex.unicodeScalars.append(s[i]); i += 1; k += 1
                }
                guard hex.count == count, let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) else {
                    let name = n == "x" ? "truncated \\xXX escape" : n == "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                    throw ScriptSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2 - k)-\(i - 1): \(name)", line: line, column: column + 1)
                }
                out.append(u)
            case "N":
                // `\N{name}`: the character with that Unicode name.
                let start = i - 2
                func failure(_ end: Int, _ what: String) -> ScriptSyntaxError {
                    ScriptSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end): \(what)", line: line, column: column + 1)
                }
                guard i < s.count, s[i] == "{" else { throw failure(i - 1, "malformed \\N character escape") }
                guard let close = s[(i + 1)...].firstIndex(of: "}"), close > i + 1 else {
                    throw failure(s[(i + 1)...].firstIndex(of: "}") ?? s.count - 1, "malformed \\N character escape")
                }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: s[(i + 1)..<close])
                guard let u = UnicodeNames.scalar(named: String(name)) else { throw failure(close, "unknown Unicode character name") }
                out.append(u)
                i = close + 1
            default:
                out.append("\\")
                out.append(n)
            }
        }
        return String(out)
    }

    private static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "...", "!=="]
    private static let twoCharOps: Set<String> = [
        "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
        "^=", "@=", "->", ":=",
    ]
    private static let oneCharOps: Set<Unicode.Scalar> = [
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
        ",", ":", ".", ";", "=",
    ]

    private mutating func lexOperator() throws(ScriptSyntaxError) {
        let startColumn = column
        func text(_ n: Int) -> String? {
            guard pos + n <= chars.count else { return nil }
            return self.text(pos, pos + n)
        }
        // Only `=`, a repeated character or `->` can make a longer operator: the others skip
        // building the candidate strings.
        let next = peek(1)
        if next == "=" || next == peek() || next == ">" {
            if let t = text(3), Lexer.threeCharOps.contains(t), t != "!==" {
                pos += 3
                add(.op(t), line: line, column: startColumn)
                return
            }
            if let t = text(2), Lexer.twoCharOps.contains(t) {
                pos += 2
                add(.op(t), line: line, column: startColumn)
                return
            }
        }
        guard let c = peek() else { return }
        guard Lexer.oneCharOps.contains(c) else {
            if c == "!" {
                throw ScriptSyntaxError("invalid syntax", line: line, column: startColumn + 1)
            }
            if c == "$" || c == "?" || c == "`" {
                throw ScriptSyntaxError("invalid syntax", line: line, column: startColumn + 1)
            }
            let hex = String(c.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            throw ScriptSyntaxError("invalid character '\(c)' (U+\(padded))", line: line, column: startColumn + 1)
        }
        switch c {
        case "(", "[", "{":
            brackets.append((c, line, startColumn))
        case ")", "]", "}":
            guard let open = brackets.popLast() else {
                throw ScriptSyntaxError("unmatched '\(c)'", line: line, column: startColumn + 1)
            }
            let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
            if c != expected {
                if open.line != line {
                    throw ScriptSyntaxError("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)' on line \(open.line)", line: line, column: startColumn + 1)
                }
                throw ScriptSyntaxError("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)'", line: line, column: startColumn + 1)
            }
        default: break
        }
        pos += 1
        add(.op(Lexer.oneCharText[Int(c.value)]), line: line, column: startColumn)
    }

    /// `String(c)` for each ASCII character, made once.
    private static let oneCharText: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
}
