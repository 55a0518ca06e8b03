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

    let scalars: [Unicode.Scalar]
    let offsets: [Int]
    var index = 0
    /// The alphabet of an enclosing font command.
    var alphabet: MathAlphabet?
    /// Nesting of `$…$` inside `\text{…}`; a `$` ends the inner formula.
    var textMathDepth = 0
    /// Inside the optional argument of `\sqrt[…]`, where `]` ends the list.
    var bracketDepth = 0
    /// Groups and arguments open around the current position; bounded so that a hostile
    /// formula cannot exhaust the stack of a build task.
    var nesting = 0
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
    mutating func parseList() throws -> [MathNode] {
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

    mutating func parseListItems() throws -> [MathNode] {
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

    func startsWithOpening(_ token: Token) -> Bool {
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

    mutating func attachScripts(to atom: Atom) throws -> MathNode {
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
    mutating func parseArgument(of owner: String, at ownerToken: Token) throws -> MathNode {
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

    // MARK: Tokens

    func isLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    mutating func skipSpace() {
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

    mutating func peek() -> Token {
        skipSpace()
        return lex(at: index)
    }

    @discardableResult
    mutating func take() -> Token {
        let token = peek()
        index = token.end
        return token
    }

    func lex(at i: Int) -> Token {
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

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .eof: return "end of formula"
        case let .char(c): return String(c)
        case let .command(name): return "\\" + name
        }
    }

    func error(_ message: String, at token: Token) -> MathML.Error {
        MathML.Error(message: message, offset: offsets[min(token.start, offsets.count - 1)])
    }
}
