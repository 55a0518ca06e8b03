extension TeXParser {
    // MARK: Atoms

    /// Parses one atom; with `argument`, a digit or letter run yields just one character, as TeX does.
    mutating func parseAtom(argument: Bool) throws -> Atom {
        let token = take()
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumNesting else {
            throw error("formula nested more than \(Self.maximumNesting) levels deep", at: token)
        }
        switch token.kind {
        case .eof:
            throw error("unexpected end of formula", at: token)
        case let .char(c):
            return try parseCharacter(c, token: token, argument: argument)
        case let .command(name):
            return try parseCommand(name, token: token)
        }
    }

    mutating func parseCharacter(_ c: Unicode.Scalar, token: Token, argument: Bool) throws -> Atom {
        switch c {
        case "{":
            let items = try parseList()
            let close = take()
            guard close.kind == .char("}") else {
                if close.kind == .eof { throw error("missing } for this {", at: token) }
                throw error("expected } before \(describe(close))", at: close)
            }
            return Atom(node: .row(items))
        case "0"..."9":
            var text = String(mapped(c))
            if !argument {
                var seenPoint = false
                while index < scalars.count {
                    let next = scalars[index]
                    if ("0"..."9").contains(next) {
                        text.unicodeScalars.append(mapped(next))
                        index += 1
                    } else if next == ".", !seenPoint, index + 1 < scalars.count,
                              ("0"..."9").contains(scalars[index + 1]) {
                        seenPoint = true
                        text += "."
                        index += 1
                    } else {
                        break
                    }
                }
            }
            return Atom(node: .number(text))
        case "a"..."z", "A"..."Z":
            if alphabet == .upright {
                var word = String(c)
                if !argument {
                    while index < scalars.count, isLetter(scalars[index]) {
                        word.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                }
                return Atom(node: word.count == 1 ? .identifier(word, [Self.normal]) : .identifier(word))
            }
            return Atom(node: .identifier(String(mapped(c))))
        case "+": return Atom(node: .op("+"))
        case "-": return Atom(node: .op("−"))
        case "*": return Atom(node: .op("∗"))
        case "(", ")", "[", "]", "|":
            return Atom(node: .op(String(c), [Self.notStretchy]))
        case "/":
            // An ordinary symbol in TeX: no space around it, unlike MathML's default.
            return Atom(node: .op("/", [Self.notStretchy, .init(name: "lspace", value: "0"), .init(name: "rspace", value: "0")]))
        case "=", "<", ">", ",", ";", ":", "!", "?", ".", "@":
            return Atom(node: .op(String(c)))
        case "~":
            return Atom(node: .space("0.3333em"))
        case "}":
            throw error("unmatched }", at: token)
        case "&":
            throw error("& is only allowed inside an environment such as aligned", at: token)
        case "$":
            throw error("unexpected $ inside math", at: token)
        case "#":
            throw error("# is not allowed in math; write \\# for the character", at: token)
        default:
            if c.properties.isAlphabetic { return Atom(node: .identifier(String(mapped(c)))) }
            if c.properties.numericType != nil { return Atom(node: .number(String(c))) }
            return Atom(node: .op(String(c)))
        }
    }

    mutating func parseCommand(_ name: String, token: Token) throws -> Atom {
        if name.isEmpty { throw error("a lone \\ ends the formula", at: token) }
        if let letter = TeXSymbols.identifiers[name] {
            return Atom(node: greekIdentifier(letter, upright: false))
        }
        if let symbol = TeXSymbols.uprightIdentifiers[name] {
            if name.first?.isUppercase == true, alphabet != nil, alphabet != .upright {
                return Atom(node: greekIdentifier(symbol, upright: true))
            }
            return Atom(node: .identifier(symbol, [Self.normal]))
        }
        if let symbol = TeXSymbols.operators[name] {
            return Atom(node: .op(symbol, Self.fenceNames.contains(name) ? [Self.notStretchy] : []))
        }
        if let symbol = TeXSymbols.largeOperators[name] {
            return Atom(node: .op(symbol), limits: true, isOperator: true)
        }
        if let symbol = TeXSymbols.integrals[name] {
            return Atom(node: .op(symbol), isOperator: true)
        }
        if TeXSymbols.functions.contains(name) {
            return Atom(node: .identifier(name), function: true)
        }
        if let text = TeXSymbols.limitFunctions[name] {
            return Atom(node: limitOperator(text), limits: true, isOperator: true)
        }
        if let width = TeXSymbols.spaces[name] {
            return Atom(node: .space(width))
        }
        if let accent = TeXSymbols.accents[name] {
            let body = try parseArgument(of: "\\" + name, at: token)
            let mark = MathNode.op(accent.mark, [accent.stretchy ? Self.stretchy : Self.notStretchy])
            return Atom(node: .over(body, mark, accent: true), limits: name == "overbrace",
                        isOperator: name == "overbrace")
        }
        if let mark = TeXSymbols.underAccents[name] {
            let body = try parseArgument(of: "\\" + name, at: token)
            return Atom(node: .under(body, .op(mark, [Self.stretchy]), accent: true),
                        limits: name == "underbrace", isOperator: name == "underbrace")
        }
        if let css = TeXSymbols.rules[name] {
            return Atom(node: .styledRow(try parseArgument(of: "\\" + name, at: token), css: css))
        }
        if let character = TeXSymbols.escapedCharacters[name] {
            return Atom(node: .op(character))
        }
        if let size = TeXSymbols.bigSizes[name] {
            let delimiter = try parseDelimiter(after: token)
            return Atom(node: .op(delimiter ?? "", [
                Self.stretchy, .init(name: "minsize", value: size), .init(name: "maxsize", value: size),
            ]))
        }
        if name == "operatorname" || name == "operatorname*" {
            let (text, _) = try readRawGroup(after: token)
            let word = String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
            if name == "operatorname*" {
                return Atom(node: limitOperator(word), limits: true, isOperator: true)
            }
            return Atom(node: word.unicodeScalars.count == 1 ? .identifier(word, [Self.normal]) : .identifier(word),
                        function: true)
        }
        if let font = TeXSymbols.fonts[name] {
            let saved = alphabet
            alphabet = font
            defer { alphabet = saved }
            return Atom(node: try parseArgument(of: "\\" + name, at: token))
        }
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = try parseArgument(of: "\\" + name, at: token)
            let denominator = try parseArgument(of: "\\" + name, at: token)
            let fraction = MathNode.frac(numerator, denominator, lineThickness: nil)
            switch name {
            case "dfrac", "cfrac": return Atom(node: .style(displayStyle: true, fraction))
            case "tfrac": return Atom(node: .style(displayStyle: false, fraction))
            default: return Atom(node: fraction)
            }
        case "binom":
            let top = try parseArgument(of: "\\binom", at: token)
            let bottom = try parseArgument(of: "\\binom", at: token)
            return Atom(node: .row([
                .op("(", [Self.stretchy]), .frac(top, bottom, lineThickness: "0"), .op(")", [Self.stretchy]),
            ]))
        case "sqrt":
            if peek().kind == .char("[") {
                let open = take()
                bracketDepth += 1
                let indexItems = try parseList()
                bracketDepth -= 1
                guard take().kind == .char("]") else { throw error("missing ] for this [", at: open) }
                let body = try parseArgument(of: "\\sqrt", at: token)
                return Atom(node: .root(body, index: .row(indexItems)))
            }
            return Atom(node: .sqrt(try parseArgument(of: "\\sqrt", at: token)))
        case "overset", "stackrel":
            let over = try parseArgument(of: "\\" + name, at: token)
            let base = try parseArgument(of: "\\" + name, at: token)
            return Atom(node: .over(base, over, accent: false))
        case "underset":
            let under = try parseArgument(of: "\\underset", at: token)
            let base = try parseArgument(of: "\\underset", at: token)
            return Atom(node: .under(base, under, accent: false))
        case "not":
            let negated = try parseAtom(argument: true)
            switch negated.node {
            case .op("=", _): return Atom(node: .op("≠"))
            case .op("∈", _): return Atom(node: .op("∉"))
            case let .op(text, attributes): return Atom(node: .op(text + "\u{338}", attributes))
            default: throw error("\\not must be followed by a relation such as = or \\in", at: token)
            }
        case "text", "textrm", "mbox", "textbf", "textit", "textsf", "texttt", "textnormal":
            return Atom(node: try parseText(after: token, command: name))
        case "left":
            return Atom(node: try parseFenced(after: token))
        case "begin":
            return Atom(node: try parseEnvironment(after: token))
        case "limits", "nolimits":
            throw error("\\\(name) is only allowed after an operator such as \\sum", at: token)
        case "\\", "cr", "right", "middle", "end", "displaystyle", "textstyle":
            throw error("unexpected \(describe(token))", at: token)
        default:
            throw MathML.Error(message: "unknown command \\\(name)", offset: offsets[token.start],
                               unknownCommand: name)
        }
    }


    // MARK: Helpers

    /// CSS aligning a table cell. Chromium's MathML tables honour only the `-webkit-` keywords
    /// for left and right; the plain keyword before it serves other browsers.
    static func alignment(_ side: String) -> String {
        side == "center" ? "text-align:center;" : "text-align:\(side);text-align:-webkit-\(side);"
    }

    func greekIdentifier(_ symbol: String, upright: Bool) -> MathNode {
        guard let scalar = symbol.unicodeScalars.first else { return .identifier(symbol) }
        switch alphabet {
        case .upright?: return .identifier(symbol, [Self.normal])
        case let font?:
            let styled = font.map(scalar)
            if styled != scalar { return .identifier(String(styled)) }
            return upright ? .identifier(symbol, [Self.normal]) : .identifier(symbol)
        case nil:
            return upright ? .identifier(symbol, [Self.normal]) : .identifier(symbol)
        }
    }

    func mapped(_ c: Unicode.Scalar) -> Unicode.Scalar {
        guard let alphabet, alphabet != .upright else { return c }
        return alphabet.map(c)
    }

    func limitOperator(_ text: String) -> MathNode {
        .op(String(text.map { $0 == " " ? "\u{2006}" : $0 }), [
            .init(name: "form", value: "prefix"), .init(name: "movablelimits", value: "true"),
            .init(name: "lspace", value: "0"), .init(name: "rspace", value: "0.1667em"),
        ])
    }

    /// The contents of a `{…}` group taken literally, for environment names and operator names.
    mutating func readRawGroup(after owner: Token) throws -> (String, Token) {
        skipSpace()
        guard index < scalars.count, scalars[index] == "{" else {
            throw error("\(describe(owner)) needs a name in braces", at: peek())
        }
        let open = index
        index += 1
        var depth = 0
        var text = ""
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            if c == "{" { depth += 1 }
            if c == "}" {
                if depth == 0 {
                    return (text, Token(kind: .char("{"), start: open + 1, end: index - 1))
                }
                depth -= 1
            }
            text.unicodeScalars.append(c)
        }
        throw error("missing } for this {", at: Token(kind: .char("{"), start: open, end: open + 1))
    }

    /// Skips the `[2pt]` that may follow `\\` in an environment.
    mutating func skipOptionalDimension() {
        skipSpace()
        guard index < scalars.count, scalars[index] == "[" else { return }
        var probe = index + 1
        while probe < scalars.count, scalars[probe] != "]" {
            let c = scalars[probe]
            guard ("0"..."9").contains(c) || isLetter(c) || c == "." || c == "-" || c == " " else { return }
            probe += 1
        }
        if probe < scalars.count { index = probe + 1 }
    }

    static let normal = MathNode.Attribute(name: "mathvariant", value: "normal")
    static let stretchy = MathNode.Attribute(name: "stretchy", value: "true")
    static let notStretchy = MathNode.Attribute(name: "stretchy", value: "false")
    static let fenceNames: Set<String> = [
        "{", "}", "lbrace", "rbrace", "lbrack", "rbrack", "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil",
        "vert", "Vert", "|", "lvert", "rvert", "lVert", "rVert",
    ]
    static let arrowDelimiters: Set<String> = ["uparrow", "downarrow", "backslash"]
}
