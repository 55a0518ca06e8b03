/// Splits an f-string's body into literal text and replacement fields, parsing each field's
/// expression with the script parser at its true position in the script.
enum FStringParser {
    static func parse(raw: String, isRaw: Bool, line: Int, column: Int) throws(ScriptSyntaxError) -> [FStringPart] {
        var scanner = Scanner(chars: Array(raw.unicodeScalars), line: line, column: column, isRaw: isRaw)
        return try scanner.parts(inSpec: false)
    }

    /// Joins adjacent literal parts.
    static func merge(_ parts: [FStringPart]) -> [FStringPart] {
        var out: [FStringPart] = []
        for p in parts {
            if case .literal(let s) = p, case .literal(let prev)? = out.last {
                out[out.count - 1] = .literal(prev + s)
            } else if case .literal(let s) = p, s.isEmpty {
                continue
            } else {
                out.append(p)
            }
        }
        return out
    }

    struct Scanner {
        let chars: [Unicode.Scalar]
        var pos = 0
        var line: Int
        var column: Int
        let isRaw: Bool

        init(chars: [Unicode.Scalar], line: Int, column: Int, isRaw: Bool) {
            self.chars = chars
            self.line = line
            self.column = column
            self.isRaw = isRaw
        }

        func error(_ message: String) -> ScriptSyntaxError {
            ScriptSyntaxError("f-string: \(message)", line: line, column: column + 1)
        }

        mutating func step() {
            if chars[pos] == "\n" { line += 1; column = 0 } else { column += 1 }
            pos += 1
        }

        mutating func parts(inSpec: Bool) throws(ScriptSyntaxError) -> [FStringPart] {
            var parts: [FStringPart] = []
            var literal = ""
            func flush() throws(ScriptSyntaxError) {
                if !literal.isEmpty {
                    parts.append(.literal(isRaw ? literal : try Lexer.unescape(literal, line: line, column: column)))
                    literal = ""
                }
            }
            while pos < chars.count {
                let c = chars[pos]
                if c == "{" {
                    if !inSpec && pos + 1 < chars.count && chars[pos + 1] == "{" {
                        literal += "{"
                        step(); step()
                        continue
                    }
                    try flush()
                    step()
                    parts.append(try field())
                } else if c == "}" {
                    if inSpec { break }
                    if pos + 1 < chars.count && chars[pos + 1] == "}" {
                        literal += "}"
                        step(); step()
                        continue
                    }
                    throw error("single '}' is not allowed")
                } else {
                    if c == "\\" && !isRaw && pos + 1 < chars.count {
                        // `\N{NAME}`: its braces are the escape's, not a field's (as CPython's
                        // `fstring_find_literal` reads them).
                        if chars[pos + 1] == "N", pos + 2 < chars.count, chars[pos + 2] == "{",
                           let close = chars[(pos + 3)...].firstIndex(of: "}") {
                            while pos <= close {
                                literal.unicodeScalars.append(chars[pos])
                                step()
                            }
                            continue
                        }
                        literal.unicodeScalars.append(c)
                        step()
                    }
                    literal.unicodeScalars.append(chars[pos])
                    step()
                }
            }
            try flush()
            return parts
        }

        /// Parses a replacement field after its `{`, through its closing `}`.
        mutating func field() throws(ScriptSyntaxError) -> FStringPart {
            let startLine = line, startColumn = column
            let start = pos
            var depth = 0
            var quote: Unicode.Scalar?
            var debug = false
            var end = pos
            scan: while pos < chars.count {
                let c = chars[pos]
                if let q = quote {
                    if c == q { quote = nil }
                    step()
                    continue
                }
                switch c {
                case "'", "\"": quote = c
                case "(", "[", "{": depth += 1
                case ")", "]":
                    depth -= 1
                case "}":
                    if depth == 0 { end = pos; break scan }
                    depth -= 1
                case "\\":
                    throw error("expression part cannot include a backslash")
                case "#":
                    throw error("expression part cannot include '#'")
                case "!" where depth == 0:
                    if pos + 1 < chars.count && chars[pos + 1] == "=" { step(); break }
                    end = pos; break scan
                case ":" where depth == 0:
                    end = pos; break scan
                case "=" where depth == 0:
                    let prev = pos > start ? chars[pos - 1] : " "
                    let next = pos + 1 < chars.count ? chars[pos + 1] : " "
                    if next == "=" { step(); break }
                    if "=!<>".unicodeScalars.contains(prev) { break }
                    end = pos
                    debug = true
                    break scan
                default: break
                }
                step()
            }
            guard pos < chars.count else { throw error("expecting '}'") }
            var text = ""
            text.unicodeScalars.append(contentsOf: chars[start..<end])
            if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" }) {
                throw error("empty expression not allowed")
            }
            let expr = try FStringParser.expression(text, line: startLine, column: startColumn)
            var debugText: String?
            if debug {
                step()
                var t = text
                t += "="
                // Whitespace after '=' is kept in the debug text.
                while pos < chars.count, chars[pos] == " " { t += " "; step() }
                debugText = t
            }
            var conversion: Character?
            if pos < chars.count, chars[pos] == "!" {
                step()
                guard pos < chars.count, ["r", "s", "a"].contains(chars[pos]) else {
                    throw error("invalid conversion character: expected 's', 'r', or 'a'")
                }
                conversion = Character(chars[pos])
                step()
            }
            var spec: [FStringPart]?
            if pos < chars.count, chars[pos] == ":" {
                step()
                spec = FStringParser.merge(try parts(inSpec: true))
            }
            guard pos < chars.count, chars[pos] == "}" else { throw error("expecting '}'") }
            step()
            return .field(expr, conversion: conversion, spec: spec, debugText: debugText)
        }
    }

    /// Parses a field's expression text, shifting its positions to where it sits in the script.
    static func expression(_ text: String, line: Int, column: Int) throws(ScriptSyntaxError) -> Expr {
        do {
            var tokens = try Lexer.tokenize("(" + text + ")")
            tokens.removeAll { $0.kind == .indent || $0.kind == .dedent }
            for i in tokens.indices {
                if tokens[i].line == 1 { tokens[i].column += column - 1 }
                if tokens[i].endLine == 1 { tokens[i].endColumn += column - 1 }
                tokens[i].line += line - 1
                tokens[i].endLine += line - 1
            }
            var parser = Parser(tokens: tokens)
            return try parser.parseWholeExpression()
        } catch {
            if error.message.hasPrefix("f-string") { throw error }
            throw ScriptSyntaxError("f-string: \(error.message)", line: error.line, column: error.column, kind: error.kind)
        }
    }
}

extension Parser {
    /// Parses the tokens as one expression followed only by newlines and end of input.
    mutating func parseWholeExpression() throws(ScriptSyntaxError) -> Expr {
        let e = try expressionList()
        return e
    }
}
