/// A recursive-descent parser from TeX math to a `MathNode` tree.
///
/// TeX is tokenized on demand: control words (`\frac`), control symbols (`\,`) and single
/// characters; spaces and `%` comments are skipped in math. Each token's position is kept
/// as a UTF-8 byte offset so errors point into the author's source.
struct TeXParser {
    enum Kind: Equatable {
        case char(Unicode.Scalar)
        case command(String)
        case eof
    }

    struct Token {
        var kind: Kind
        /// Index of the token's first scalar.
        var start: Int
        /// Index just past the token.
        var end: Int
    }

    /// A parsed unit before its scripts are attached.
    struct Atom {
        var node: MathNode
        /// Scripts go below and above (`\sum`, `\max`) rather than at the side.
        var limits = false
        /// A function name (`\sin`) that is followed by a function application.
        var function = false
        /// The node may take `\limits`/`\nolimits`.
        var isOperator = false
    }

    private let scalars: [Unicode.Scalar]
    private let offsets: [Int]
    private var index = 0
    /// The alphabet of an enclosing font command.
    private var alphabet: MathAlphabet?
    /// Nesting of `$…$` inside `\text{…}`; a `$` ends the inner formula.
    private var textMathDepth = 0
    /// Inside the optional argument of `\sqrt[…]`, where `]` ends the list.
    private var bracketDepth = 0
    /// Groups and arguments open around the current position; bounded so that a hostile
    /// formula cannot exhaust the stack of a build task.
    private var nesting = 0
    static let maximumNesting = 64

    init(_ tex: String) {
        scalars = Array(tex.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    // MARK: Formula

    /// Parses the whole source; anything left over is an error.
    mutating func parseFormula() throws -> [MathNode] {
        let nodes = try parseList()
        let token = peek()
        switch token.kind {
        case .eof: return nodes
        case .char("}"): throw error("unmatched }", at: token)
        case .char("&"): throw error("& is only allowed inside an environment such as aligned", at: token)
        case .char("]"): throw error("unmatched ]", at: token)
        case .command("\\"), .command("cr"):
            throw error("\\\\ is only allowed inside an environment such as aligned", at: token)
        case .command("right"): throw error("\\right without a matching \\left", at: token)
        case .command("middle"): throw error("\\middle without a matching \\left", at: token)
        case .command("end"): throw error("\\end without a matching \\begin", at: token)
        default: throw error("unexpected \(describe(token))", at: token)
        }
    }

    /// Parses atoms with their scripts up to a closing token, which it leaves unread.
    private mutating func parseList() throws -> [MathNode] {
        Self.markUnarySigns(try parseListItems())
    }

    /// A `+` or `−` that starts a list or follows another operator, an opening bracket or a
    /// comma is a sign, not a binary operator: as in TeX, it gets no space around it
    /// (`(−3, −1.6)` rather than `( − 3, − 1.6)`).
    static func markUnarySigns(_ items: [MathNode]) -> [MathNode] {
        var items = items
        let closing: Set<String> = [")", "]", "}", "|", "‖", "⟩", "⌋", "⌉", "!", "′", "″", "‴", "⁗", "\u{2061}"]
        for i in items.indices {
            guard case let .op(text, attributes) = items[i], attributes.isEmpty, text == "−" || text == "+" || text == "±" else { continue }
            let isSign: Bool
            if i == items.startIndex {
                isSign = true
            } else if case let .op(previous, _) = items[i - 1] {
                isSign = !closing.contains(previous)
            } else {
                isSign = false
            }
            if isSign {
                items[i] = .op(text, [.init(name: "form", value: "prefix"), .init(name: "lspace", value: "0"), .init(name: "rspace", value: "0")])
            }
        }
        return items
    }

    private mutating func parseListItems() throws -> [MathNode] {
        var items: [MathNode] = []
        while true {
            let token = peek()
            switch token.kind {
            case .eof, .char("}"), .char("&"):
                return items
            case .char("$") where textMathDepth > 0:
                return items
            case .char("]") where bracketDepth > 0:
                return items
            case let .command(name) where ["\\", "cr", "right", "middle", "end"].contains(name):
                return items
            case let .command(name) where name == "displaystyle" || name == "textstyle":
                take()
                let rest = try parseList()
                items.append(.style(displayStyle: name == "displaystyle", .row(rest)))
                return items
            default:
                let atom: Atom
                if case let .char(c) = token.kind, c == "^" || c == "_" || c == "'" {
                    atom = Atom(node: .row([]))
                } else {
                    atom = try parseAtom(argument: false)
                }
                items.append(try attachScripts(to: atom))
                if atom.function {
                    items.append(.op("\u{2061}"))
                    if !startsWithOpening(peek()) { items.append(.space("0.1667em")) }
                }
            }
        }
    }

    private func startsWithOpening(_ token: Token) -> Bool {
        switch token.kind {
        case .eof: return true
        case let .char(c): return "([|{}&$".unicodeScalars.contains(c)
        case let .command(name):
            return ["left", "right", "\\", "end", "{", "langle", "lVert", "lvert", "lfloor", "lceil",
                    "big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", ",", ";", ":",
                    "quad", "qquad", "!"].contains(name)
        }
    }

    // MARK: Scripts

    private mutating func attachScripts(to atom: Atom) throws -> MathNode {
        var sub: MathNode?
        var sup: MathNode?
        var primes = 0
        var limits = atom.limits
        loop: while true {
            let token = peek()
            switch token.kind {
            case .command("limits"), .command("nolimits"):
                guard atom.isOperator else {
                    throw error("\(describe(token)) is only allowed after an operator such as \\sum", at: token)
                }
                take()
                limits = token.kind == .command("limits")
            case .char("_"):
                take()
                if sub != nil { throw error("double subscript: use braces, as in x_{a_b}", at: token) }
                sub = try parseArgument(of: "_", at: token)
            case .char("^"):
                take()
                if sup != nil { throw error("double superscript: use braces, as in x^{a^b}", at: token) }
                sup = try parseArgument(of: "^", at: token)
            case .char("'"):
                take()
                if sup != nil { throw error("double superscript: put the prime before ^", at: token) }
                primes += 1
            default:
                break loop
            }
        }
        if primes > 0 {
            let marks = ["′", "″", "‴", "⁗"]
            let prime = MathNode.op(primes <= 4 ? marks[primes - 1] : String(repeating: "′", count: primes))
            sup = sup.map { .row([prime, $0]) } ?? prime
        }
        let base = atom.node
        switch (sub, sup) {
        case (nil, nil): return base
        case let (sub?, nil): return limits ? .under(base, sub, accent: false) : .sub(base, sub)
        case let (nil, sup?): return limits ? .over(base, sup, accent: false) : .sup(base, sup)
        case let (sub?, sup?): return limits ? .underover(base, sub, sup) : .subsup(base, sub, sup)
        }
    }

    /// The argument of a command or script: a braced group or a single token.
    private mutating func parseArgument(of owner: String, at ownerToken: Token) throws -> MathNode {
        let token = peek()
        switch token.kind {
        case .eof, .char("}"), .char("&"), .char("^"), .char("_"):
            throw error("missing argument for \(owner)", at: token.kind == .eof ? ownerToken : token)
        case .char("$") where textMathDepth > 0:
            throw error("missing argument for \(owner)", at: token)
        case let .command(name) where ["\\", "cr", "right", "middle", "end"].contains(name):
            throw error("missing argument for \(owner)", at: token)
        default:
            return try parseAtom(argument: true).node
        }
    }

    // MARK: Atoms

    /// Parses one atom; with `argument`, a digit or letter run yields just one character, as TeX does.
    private mutating func parseAtom(argument: Bool) throws -> Atom {
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

    private mutating func parseCharacter(_ c: Unicode.Scalar, token: Token, argument: Bool) throws -> Atom {
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

    private mutating func parseCommand(_ name: String, token: Token) throws -> Atom {
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

    // MARK: Constructs

    /// `\left( … \middle| … \right)`: a row whose outer delimiters stretch over its content.
    private mutating func parseFenced(after left: Token) throws -> MathNode {
        var items: [MathNode] = []
        if let open = try parseDelimiter(after: left) { items.append(.op(open, [Self.stretchy])) }
        while true {
            items += try parseList()
            let token = peek()
            switch token.kind {
            case .command("middle"):
                take()
                if let middle = try parseDelimiter(after: token) { items.append(.op(middle, [Self.stretchy])) }
            case .command("right"):
                take()
                if let close = try parseDelimiter(after: token) { items.append(.op(close, [Self.stretchy])) }
                return .row(items)
            case .eof:
                throw error("\\left without a matching \\right", at: left)
            default:
                throw error("expected \\right before \(describe(token))", at: token)
            }
        }
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`; nil for the empty delimiter `.`.
    private mutating func parseDelimiter(after owner: Token) throws -> String? {
        let token = take()
        switch token.kind {
        case .char("."): return nil
        case .char("<"): return "⟨"
        case .char(">"): return "⟩"
        case let .char(c) where "()[]|/".unicodeScalars.contains(c): return String(c)
        case let .command(name) where Self.fenceNames.contains(name) || Self.arrowDelimiters.contains(name):
            return TeXSymbols.operators[name]
        case .command("backslash"): return "\\"
        default:
            if token.kind == .eof { throw error("missing delimiter after \(describe(owner))", at: owner) }
            throw error("\(describe(token)) is not a delimiter (after \(describe(owner)))", at: token)
        }
    }

    /// `\text{…}`: upright text with spaces kept, and `$…$` inside it as math.
    private mutating func parseText(after command: Token, command name: String) throws -> MathNode {
        skipSpace()
        guard index < scalars.count, scalars[index] == "{" else {
            throw error("\\\(name) needs its text in braces, as in \\\(name){if }", at: peek())
        }
        let open = take()
        let textAlphabet: MathAlphabet? = name == "textbf" ? .bold : name == "textit" ? .italic
            : name == "textsf" ? .sansSerif : name == "texttt" ? .monospace : nil
        var parts: [MathNode] = []
        var buffer = ""
        var depth = 0
        func flush() {
            if !buffer.isEmpty { parts.append(.text(buffer)) }
            buffer = ""
        }
        while true {
            guard index < scalars.count else { throw error("missing } for \\\(name){", at: open) }
            let c = scalars[index]
            let start = index
            index += 1
            switch c {
            case "{":
                depth += 1
            case "}":
                if depth == 0 {
                    flush()
                    return parts.count == 1 ? parts[0] : .row(parts)
                }
                depth -= 1
            case "~":
                buffer += "\u{A0}"
            case "$":
                flush()
                textMathDepth += 1
                let items = try parseList()
                textMathDepth -= 1
                guard take().kind == .char("$") else {
                    throw error("missing $ to close the math started here", at: Token(kind: .char("$"), start: start, end: start + 1))
                }
                parts += items
            case "\\":
                guard index < scalars.count else { throw error("missing } for \\\(name){", at: open) }
                let next = scalars[index]
                if "{}$%&#_ ".unicodeScalars.contains(next) {
                    buffer += next == " " ? "\u{A0}" : String(next)
                    index += 1
                } else if next == "," {
                    buffer += "\u{2009}"
                    index += 1
                } else {
                    var word = ""
                    while index < scalars.count, isLetter(scalars[index]) {
                        word.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    if word.isEmpty {
                        word = String(next)
                        index += 1
                    }
                    throw MathML.Error(message: "unknown command \\\(word) in \\\(name){…}",
                                       offset: offsets[start], unknownCommand: word)
                }
            default:
                if c.properties.isWhitespace {
                    if !buffer.hasSuffix("\u{A0}") || buffer.isEmpty { buffer += "\u{A0}" }
                    while index < scalars.count, scalars[index].properties.isWhitespace,
                          scalars[index] != "\u{A0}" { index += 1 }
                } else {
                    buffer.unicodeScalars.append(textAlphabet?.map(c) ?? c)
                }
            }
        }
    }

    /// `\begin{name} … \end{name}`: a table of cells separated by `&` and `\\`.
    private mutating func parseEnvironment(after begin: Token) throws -> MathNode {
        let (name, nameToken) = try readRawGroup(after: begin)
        guard TeXSymbols.environments.contains(name) else {
            throw error("unknown environment \(name)", at: nameToken)
        }
        var columnSpec: [String] = []
        if name == "array" {
            let (spec, _) = try readRawGroup(after: begin)
            for c in spec.unicodeScalars {
                switch c {
                case "l": columnSpec.append("left")
                case "r": columnSpec.append("right")
                case "c": columnSpec.append("center")
                default: break
                }
            }
        } else if name == "alignedat" {
            _ = try readRawGroup(after: begin)
        }
        let equationLike = ["aligned", "align", "align*", "alignedat", "split"].contains(name)
        var rows: [[MathNode]] = []
        var cells: [MathNode] = []
        while true {
            var items = try parseList()
            if equationLike, cells.count % 2 == 1 {
                // An empty identifier before `= b` makes the relation infix, spaced as in TeX.
                items.insert(.identifier(""), at: 0)
            }
            cells.append(.row(items))
            let token = take()
            switch token.kind {
            case .char("&"):
                continue
            case .command("\\"), .command("cr"):
                skipOptionalDimension()
                rows.append(cells)
                cells = []
            case .command("end"):
                let (endName, endToken) = try readRawGroup(after: token)
                guard endName == name else {
                    throw error("\\begin{\(name)} ended by \\end{\(endName)}", at: endToken)
                }
                if !(cells.count == 1 && cells[0] == .row([])) || rows.isEmpty { rows.append(cells) }
                return buildEnvironment(name, rows: rows, columnSpec: columnSpec)
            case .eof:
                throw error("\\begin{\(name)} without a matching \\end{\(name)}", at: begin)
            default:
                throw error("expected \\end{\(name)} before \(describe(token))", at: token)
            }
        }
    }

    private func buildEnvironment(_ name: String, rows: [[MathNode]], columnSpec: [String]) -> MathNode {
        let columns = rows.map(\.count).max() ?? 0
        func table(_ align: (Int) -> String, padding: (Int) -> String, display: Bool) -> MathNode {
            let cells = rows.map { row in
                (0..<columns).map { column in
                    MathNode.Cell(content: column < row.count ? row[column] : .row([]),
                                  style: Self.alignment(align(column)) + "padding:\(padding(column))")
                }
            }
            return .table(rows: cells, attributes: display ? [.init(name: "displaystyle", value: "true")] : [])
        }
        func fenced(_ open: String, _ close: String, _ body: MathNode) -> MathNode {
            .row([.op(open, [Self.stretchy]), body, .op(close, [Self.stretchy])])
        }
        let matrix = table({ _ in "center" }, padding: { _ in "0.2em 0.5em" }, display: false)
        switch name {
        case "aligned", "align", "align*", "alignedat", "split":
            return table({ $0 % 2 == 0 ? "right" : "left" },
                         padding: { $0 % 2 == 0 && $0 > 0 ? "0.25em 0 0.25em 2em" : "0.25em 0" },
                         display: true)
        case "gathered", "gather", "gather*", "equation", "equation*":
            if rows.count == 1, columns == 1 { return rows[0][0] }
            return table({ _ in "center" }, padding: { _ in "0.25em 0" }, display: true)
        case "cases":
            let body = table({ _ in "left" }, padding: { $0 == 0 ? "0.2em 1em 0.2em 0" : "0.2em 0" },
                             display: false)
            return .row([.op("{", [Self.stretchy]), body])
        case "pmatrix": return fenced("(", ")", matrix)
        case "bmatrix": return fenced("[", "]", matrix)
        case "Bmatrix": return fenced("{", "}", matrix)
        case "vmatrix": return fenced("|", "|", matrix)
        case "Vmatrix": return fenced("‖", "‖", matrix)
        case "array":
            return table({ $0 < columnSpec.count ? columnSpec[$0] : "center" },
                         padding: { _ in "0.2em 0.5em" }, display: false)
        default:
            return matrix
        }
    }

    // MARK: Helpers

    /// CSS aligning a table cell. Chromium's MathML tables honour only the `-webkit-` keywords
    /// for left and right; the plain keyword before it serves other browsers.
    private static func alignment(_ side: String) -> String {
        side == "center" ? "text-align:center;" : "text-align:\(side);text-align:-webkit-\(side);"
    }

    private func greekIdentifier(_ symbol: String, upright: Bool) -> MathNode {
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

    private func mapped(_ c: Unicode.Scalar) -> Unicode.Scalar {
        guard let alphabet, alphabet != .upright else { return c }
        return alphabet.map(c)
    }

    private func limitOperator(_ text: String) -> MathNode {
        .op(String(text.map { $0 == " " ? "\u{2006}" : $0 }), [
            .init(name: "form", value: "prefix"), .init(name: "movablelimits", value: "true"),
            .init(name: "lspace", value: "0"), .init(name: "rspace", value: "0.1667em"),
        ])
    }

    /// The contents of a `{…}` group taken literally, for environment names and operator names.
    private mutating func readRawGroup(after owner: Token) throws -> (String, Token) {
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
    private mutating func skipOptionalDimension() {
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

    private static let normal = MathNode.Attribute(name: "mathvariant", value: "normal")
    private static let stretchy = MathNode.Attribute(name: "stretchy", value: "true")
    private static let notStretchy = MathNode.Attribute(name: "stretchy", value: "false")
    private static let fenceNames: Set<String> = [
        "{", "}", "lbrace", "rbrace", "lbrack", "rbrack", "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil",
        "vert", "Vert", "|", "lvert", "rvert", "lVert", "rVert",
    ]
    private static let arrowDelimiters: Set<String> = ["uparrow", "downarrow", "backslash"]

    // MARK: Tokens

    private func isLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private mutating func skipSpace() {
        while index < scalars.count {
            let c = scalars[index]
            if c.properties.isWhitespace {
                index += 1
            } else if c == "%" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            } else {
                return
            }
        }
    }

    private mutating func peek() -> Token {
        skipSpace()
        return lex(at: index)
    }

    @discardableResult
    private mutating func take() -> Token {
        let token = peek()
        index = token.end
        return token
    }

    private func lex(at i: Int) -> Token {
        guard i < scalars.count else { return Token(kind: .eof, start: scalars.count, end: scalars.count) }
        let c = scalars[i]
        guard c == "\\" else { return Token(kind: .char(c), start: i, end: i + 1) }
        guard i + 1 < scalars.count else { return Token(kind: .command(""), start: i, end: i + 1) }
        var end = i + 1
        if isLetter(scalars[end]) {
            while end < scalars.count, isLetter(scalars[end]) { end += 1 }
            var name = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
            if name == "operatorname", end < scalars.count, scalars[end] == "*" {
                name += "*"
                end += 1
            }
            return Token(kind: .command(name), start: i, end: end)
        }
        let symbol = scalars[end]
        return Token(kind: .command(symbol.properties.isWhitespace ? " " : String(symbol)), start: i, end: end + 1)
    }

    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .eof: return "end of formula"
        case let .char(c): return String(c)
        case let .command(name): return "\\" + name
        }
    }

    private func error(_ message: String, at token: Token) -> MathML.Error {
        MathML.Error(message: message, offset: offsets[min(token.start, offsets.count - 1)])
    }
}
