/// A recursive-descent parser from tokens to the syntax tree, with Python's grammar and precedence.
///
/// The same parser reads whole scripts (`parseModule`) and single expressions such as the
/// `{descent}` options' constructor calls and loss formulas (`parseExpression`).
public struct Parser {
    var tokens: [Token]
    var index = 0
    var depth = 0
    /// The class whose body is being parsed, for private name mangling (`mangled(_:)`).
    var privateClass: String?
    static let maxDepth = 200

    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole script into its statements, with the checks CPython makes before running
    /// one (`ScopeCheck`).
    public static func parseModule(_ source: String) throws(ScriptSyntaxError) -> [Stmt] {
        var parser = Parser(tokens: try Lexer.tokenize(source))
        let module = try parser.module()
        try ScopeCheck.check(module)
        return module
    }

    /// Parses one expression (surrounding whitespace and a trailing newline allowed).
    public static func parseExpression(_ source: String) throws(ScriptSyntaxError) -> Expr {
        var tokens = try Lexer.tokenize(source)
        // An expression is parsed without statement structure: drop layout tokens.
        tokens.removeAll { $0.kind == .indent || $0.kind == .dedent }
        var parser = Parser(tokens: tokens)
        while parser.current.kind == .newline { parser.index += 1 }
        let e = try parser.expressionList()
        while parser.current.kind == .newline { parser.index += 1 }
        guard parser.current.kind == .eof else { throw parser.invalid() }
        return e
    }

    /// A private name (`__secret`) written inside a class body, its methods included, as
    /// CPython's compiler rewrites it: `_Counter__secret`, so that subclasses do not clash.
    /// Dunder names (`__init__`) and names outside classes are unchanged.
    func mangled(_ name: String) -> String {
        guard let cls = privateClass, name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = cls.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_\(stripped)\(name)"
    }

    // MARK: Token helpers

    var current: Token { tokens[index] }
    var previous: Token { tokens[max(0, index - 1)] }
    func peekToken(_ n: Int = 1) -> Token { tokens[min(index + n, tokens.count - 1)] }

    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    mutating func accept(_ op: String) -> Bool {
        if current.isOp(op) { index += 1; return true }
        return false
    }

    mutating func acceptName(_ name: String) -> Bool {
        if current.isName(name) { index += 1; return true }
        return false
    }

    func invalid(_ message: String = "invalid syntax", at token: Token? = nil) -> ScriptSyntaxError {
        let t = token ?? current
        if t.kind == .indent {
            return ScriptSyntaxError("unexpected indent", line: t.line, column: t.endColumn, kind: "IndentationError")
        }
        if t.kind == .eof && message == "invalid syntax" {
            return ScriptSyntaxError("invalid syntax", line: t.line, column: t.column + 1)
        }
        return ScriptSyntaxError(message, line: t.line, column: t.column + 1)
    }

    mutating func expect(_ op: String) throws(ScriptSyntaxError) {
        guard accept(op) else {
            if op == ":" || op == "=" || op == "(" || op == ")" || op == "]" || op == "}" {
                if op == ":" {
                    let p = previous
                    throw ScriptSyntaxError("expected ':'", line: p.endLine, column: p.endColumn + 1)
                }
                if op == "(" {
                    throw ScriptSyntaxError("expected '('", line: current.line, column: current.column + 1)
                }
            }
            throw invalid()
        }
    }

    mutating func identifier() throws(ScriptSyntaxError) -> String {
        if case .name(let n) = current.kind, !pythonKeywords.contains(n) {
            index += 1
            return n
        }
        throw invalid()
    }

    /// The deepest expression tree accepted; CPython's compiler also refuses such sources.
    static let maxExpressionDepth = 1000

    /// Refuses `e` when its operator or trailer chains nest too deeply (`1+1+...+1`, `x.x.x...`).
    func checkDepth(_ e: Expr) throws(ScriptSyntaxError) -> Expr {
        if e.depth > Parser.maxExpressionDepth {
            throw ScriptSyntaxError("maximum recursion depth exceeded during compilation", line: e.span.line, column: e.span.column + 1, kind: "RecursionError")
        }
        return e
    }

    mutating func enter() throws(ScriptSyntaxError) {
        depth += 1
        if depth > Parser.maxDepth {
            throw ScriptSyntaxError("too many nested parentheses", line: current.line, column: current.column + 1)
        }
    }
}
