/// A recursive-descent parser from tokens to the syntax tree, with Python's grammar and precedence.
///
/// The same parser reads whole scripts (`parseModule`) and single expressions such as the
/// `{descent}` options' constructor calls and loss formulas (`parseExpression`).
public struct Parser {
    private var tokens: [Token]
    private var index = 0
    private var depth = 0
    private static let maxDepth = 200

    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole script into its statements.
    public static func parseModule(_ source: String) throws(ScriptSyntaxError) -> [Stmt] {
        var parser = Parser(tokens: try Lexer.tokenize(source))
        return try parser.module()
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

    // MARK: Token helpers

    private var current: Token { tokens[index] }
    private var previous: Token { tokens[max(0, index - 1)] }
    private func peekToken(_ n: Int = 1) -> Token { tokens[min(index + n, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    private mutating func accept(_ op: String) -> Bool {
        if current.isOp(op) { index += 1; return true }
        return false
    }

    private mutating func acceptName(_ name: String) -> Bool {
        if current.isName(name) { index += 1; return true }
        return false
    }

    private func invalid(_ message: String = "invalid syntax", at token: Token? = nil) -> ScriptSyntaxError {
        let t = token ?? current
        if t.kind == .indent {
            return ScriptSyntaxError("unexpected indent", line: t.line, column: t.endColumn, kind: "IndentationError")
        }
        if t.kind == .eof && message == "invalid syntax" {
            return ScriptSyntaxError("invalid syntax", line: t.line, column: t.column + 1)
        }
        return ScriptSyntaxError(message, line: t.line, column: t.column + 1)
    }

    private mutating func expect(_ op: String) throws(ScriptSyntaxError) {
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

    private mutating func identifier() throws(ScriptSyntaxError) -> String {
        if case .name(let n) = current.kind, !pythonKeywords.contains(n) {
            index += 1
            return n
        }
        throw invalid()
    }

    /// The deepest expression tree accepted; CPython's compiler also refuses such sources.
    static let maxExpressionDepth = 1000

    /// Refuses `e` when its operator or trailer chains nest too deeply (`1+1+...+1`, `x.x.x...`).
    private func checkDepth(_ e: Expr) throws(ScriptSyntaxError) -> Expr {
        if e.depth > Parser.maxExpressionDepth {
            throw ScriptSyntaxError("maximum recursion depth exceeded during compilation", line: e.span.line, column: e.span.column + 1, kind: "RecursionError")
        }
        return e
    }

    private mutating func enter() throws(ScriptSyntaxError) {
        depth += 1
        if depth > Parser.maxDepth {
            throw ScriptSyntaxError("too many nested parentheses", line: current.line, column: current.column + 1)
        }
    }

    // MARK: Statements

    mutating func module() throws(ScriptSyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        while current.kind != .eof {
            if current.kind == .newline { index += 1; continue }
            body.append(contentsOf: try statement())
        }
        return body
    }

    private mutating func statement() throws(ScriptSyntaxError) -> [Stmt] {
        let t = current
        if t.kind == .indent { throw invalid(at: t) }
        if case .name(let n) = t.kind {
            switch n {
            case "if": return [try ifStatement()]
            case "while": return [try whileStatement()]
            case "for": return [try forStatement()]
            case "def": return [try functionDef()]
            case "with": return [try withStatement()]
            case "try": return [try tryStatement()]
            case "class":
                throw ScriptSyntaxError("class definitions are not supported in the script language", line: t.line, column: t.column + 1)
            case "yield", "async", "await":
                throw ScriptSyntaxError("'\(n)' (generators and coroutines) is not supported in the script language", line: t.line, column: t.column + 1)
            default: break
            }
        }
        if t.isOp("@") { return [try decorated()] }
        return try simpleStatements()
    }

    private mutating func simpleStatements() throws(ScriptSyntaxError) -> [Stmt] {
        var out = [try smallStatement()]
        while accept(";") {
            if current.kind == .newline { break }
            out.append(try smallStatement())
        }
        guard current.kind == .newline || current.kind == .eof else {
            throw invalid()
        }
        if current.kind == .newline { index += 1 }
        return out
    }

    private mutating func smallStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = current
        if case .name(let n) = start.kind {
            switch n {
            case "pass": index += 1; return Stmt(.pass, Span(start, start))
            case "break": index += 1; return Stmt(.breakLoop, Span(start, start))
            case "continue": index += 1; return Stmt(.continueLoop, Span(start, start))
            case "return":
                index += 1
                if current.kind == .newline || current.isOp(";") || current.kind == .eof {
                    return Stmt(.returnValue(nil), Span(start, start))
                }
                let e = try expressionList(allowStar: true)
                return Stmt(.returnValue(e), Span.join(Span(start, start), e.fullSpan))
            case "import": return try importStatement()
            case "from": return try fromStatement()
            case "global", "nonlocal":
                index += 1
                var names = [try identifier()]
                while accept(",") { names.append(try identifier()) }
                return Stmt(n == "global" ? .global(names) : .nonlocal(names), Span(start, previous))
            case "del":
                index += 1
                var targets = [try expression()]
                while accept(",") { targets.append(try expression()) }
                for t in targets { try checkTarget(t, augmented: false, keyword: "delete") }
                return Stmt(.delete(targets), Span(start, previous))
            case "assert":
                index += 1
                let test = try expression()
                let message = accept(",") ? try expression() : nil
                return Stmt(.assert(test, message), Span(start, previous))
            case "raise":
                index += 1
                if current.kind == .newline || current.kind == .eof { return Stmt(.raise(nil), Span(start, start)) }
                let e = try expression()
                if acceptName("from") { _ = try expression() }
                return Stmt(.raise(e), Span(start, previous))
            default: break
            }
        }
        let first = try expressionList(allowStar: true)
        if case .op(let op) = current.kind {
            if op == "=" {
                var targets = [first]
                var value = first
                while accept("=") {
                    value = try expressionList(allowStar: true)
                    targets.append(value)
                }
                targets.removeLast()
                for t in targets { try checkTarget(t, augmented: false) }
                return Stmt(.assign(targets, value), Span.join(first.fullSpan, value.fullSpan))
            }
            if op.count >= 2, op.hasSuffix("="), op != "==", op != "<=", op != ">=", op != "!=",
               let binary = BinaryOp(rawValue: String(op.dropLast())) {
                try checkTarget(first, augmented: true)
                index += 1
                let value = try expressionList()
                return Stmt(.augAssign(first, binary, value), Span.join(first.fullSpan, value.fullSpan))
            }
            if op == ":" {
                try checkTarget(first, augmented: false)
                index += 1
                let annotation = try expression()
                let value = accept("=") ? try expressionList() : nil
                return Stmt(.annAssign(first, annotation, value), Span(start, previous))
            }
        }
        if current.kind != .newline && current.kind != .eof && !current.isOp(";") {
            throw invalid()
        }
        return Stmt(.expr(first), first.span)
    }

    private func describe(_ e: Expr) -> String? {
        switch e.kind {
        case .name, .attribute, .subscript: return nil
        case .starred(let inner): return describe(inner)
        case .tuple(let items), .list(let items):
            for i in items { if let d = describe(i) { return d } }
            return nil
        case .call: return "function call"
        case .literal(let l):
            switch l {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .fstring: return "f-string expression"
        case .binary, .unary: return "expression"
        case .and, .or: return "expression"
        case .compare: return "comparison"
        case .lambda: return "lambda"
        case .ifElse: return "conditional expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .listComp: return "list comprehension"
        case .dictComp: return "dict comprehension"
        case .setComp: return "set comprehension"
        case .generator: return "generator expression"
        case .slice: return "slice"
        case .namedExpr: return "named expression"
        }
    }

    private func checkTarget(_ e: Expr, augmented: Bool, keyword: String = "assign to") throws(ScriptSyntaxError) {
        if augmented {
            switch e.kind {
            case .name, .attribute, .subscript: return
            default:
                let d: String
                if case .tuple = e.kind { d = "tuple" } else if case .list = e.kind { d = "list" } else { d = describe(e) ?? "expression" }
                throw ScriptSyntaxError("'\(d)' is an illegal expression for augmented assignment", line: e.span.line, column: e.span.column + 1)
            }
        }
        if let d = describe(e) {
            let hint = (keyword == "assign to" && ["function call", "literal", "expression", "comparison"].contains(d)) ? " here. Maybe you meant '==' instead of '='?" : ""
            var bad = e
            func find(_ x: Expr) -> Expr? {
                switch x.kind {
                case .name, .attribute, .subscript: return nil
                case .starred(let i): return find(i)
                case .tuple(let items), .list(let items):
                    for i in items { if let b = find(i) { return b } }
                    return nil
                default: return x
                }
            }
            bad = find(e) ?? e
            throw ScriptSyntaxError("cannot \(keyword) \(d)\(hint)", line: bad.span.line, column: bad.span.column + 1)
        }
    }

    private mutating func block(after what: String, line: Int) throws(ScriptSyntaxError) -> [Stmt] {
        try expect(":")
        if current.kind != .newline {
            // A simple statement on the same line: `if x: y = 1`.
            return try simpleStatements()
        }
        index += 1
        guard current.kind == .indent else {
            throw ScriptSyntaxError("expected an indented block after \(what) on line \(line)", line: current.line, column: current.column + 1, kind: "IndentationError")
        }
        index += 1
        var body: [Stmt] = []
        while current.kind != .dedent && current.kind != .eof {
            if current.kind == .newline { index += 1; continue }
            body.append(contentsOf: try statement())
        }
        if current.kind == .dedent { index += 1 }
        return body
    }

    private mutating func ifStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let keyword = start.isName("elif") ? "'elif' statement" : "'if' statement"
        let test = try namedExpression()
        let body = try block(after: keyword, line: start.line)
        var orElse: [Stmt] = []
        if current.isName("elif") {
            orElse = [try ifStatement()]
        } else if current.isName("else") {
            let e = advance()
            orElse = try block(after: "'else' statement", line: e.line)
        }
        return Stmt(.ifElse(test, body, orElse), Span(start, previous))
    }

    private mutating func whileStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let test = try namedExpression()
        let body = try block(after: "'while' statement", line: start.line)
        var orElse: [Stmt] = []
        if current.isName("else") {
            let e = advance()
            orElse = try block(after: "'else' statement", line: e.line)
        }
        return Stmt(.whileLoop(test, body, orElse), Span(line: start.line, column: start.column, endLine: test.span.endLine, endColumn: test.span.endColumn))
    }

    private mutating func forStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let target = try targetList()
        try checkTarget(target, augmented: false)
        guard acceptName("in") else { throw invalid() }
        let iterable = try expressionList(allowStar: true)
        let body = try block(after: "'for' statement", line: start.line)
        var orElse: [Stmt] = []
        if current.isName("else") {
            let e = advance()
            orElse = try block(after: "'else' statement", line: e.line)
        }
        return Stmt(.forLoop(target, iterable, body, orElse), Span(line: start.line, column: start.column, endLine: iterable.span.endLine, endColumn: iterable.span.endColumn))
    }

    /// A `for` target: one or more primaries separated by commas (no `in` operator).
    private mutating func targetList() throws(ScriptSyntaxError) -> Expr {
        var items: [Expr] = []
        let start = current
        var trailingComma = false
        repeat {
            if current.isName("in") { break }
            if accept("*") {
                let s = previous
                let inner = try bitOr()
                items.append(Expr(.starred(inner), Span.join(Span(s, s), inner.fullSpan)))
            } else {
                items.append(try bitOr())
            }
            trailingComma = current.isOp(",")
        } while accept(",")
        if items.count == 1 && !trailingComma { return items[0] }
        guard !items.isEmpty else { throw invalid() }
        return Expr(.tuple(items), Span(start, previous))
    }

    /// `@decorator` lines followed by a `def`.
    private mutating func decorated() throws(ScriptSyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept("@") {
            decorators.append(try namedExpression())
            guard current.kind == .newline else { throw invalid() }
            index += 1
        }
        guard current.isName("def") else {
            if current.isName("class") {
                throw ScriptSyntaxError("class definitions are not supported in the script language", line: current.line, column: current.column + 1)
            }
            throw invalid()
        }
        let stmt = try functionDef()
        guard case .functionDef(let def, _) = stmt.kind else { return stmt }
        return Stmt(.functionDef(def, decorators: decorators), stmt.span)
    }

    private mutating func functionDef() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let name = try identifier()
        try expect("(")
        let params = try parameters(closing: ")")
        try expect(")")
        if accept("->") { _ = try expression() }
        let body = try block(after: "function definition", line: start.line)
        let def = FunctionDef(name: name, parameters: params, body: body, span: Span(start, start))
        return Stmt(.functionDef(def, decorators: []), Span(start, previous))
    }

    private mutating func parameters(closing: String) throws(ScriptSyntaxError) -> Parameters {
        var params = Parameters()
        var seenStar = false
        var seenDefault = false
        var names: Set<String> = []
        func checkDuplicate(_ n: String, _ t: Token) throws(ScriptSyntaxError) {
            if !names.insert(n).inserted {
                throw ScriptSyntaxError("duplicate argument '\(n)' in function definition", line: t.line, column: t.column + 1)
            }
        }
        while !current.isOp(closing) {
            if accept("**") {
                let t = current
                let n = try identifier()
                try checkDuplicate(n, t)
                params.varKeywords = n
                if closing == ")" { _ = accept(":") ? try expression() : nil }
                _ = accept(",")
                break
            } else if accept("*") {
                if seenStar { throw invalid() }
                seenStar = true
                if case .name = current.kind {
                    let t = current
                    let n = try identifier()
                    try checkDuplicate(n, t)
                    params.varArgs = n
                    if closing == ")" && accept(":") { _ = try expression() }
                }
            } else if accept("/") {
                // Positional-only marker: treated as positional-or-keyword.
            } else {
                let t = current
                let n = try identifier()
                try checkDuplicate(n, t)
                if closing == ")" && accept(":") { _ = try expression() }
                var defaultValue: Expr?
                if accept("=") {
                    defaultValue = try expression()
                    seenDefault = true
                } else if seenDefault && !seenStar {
                    throw ScriptSyntaxError("non-default argument follows default argument", line: t.line, column: t.column + 1)
                }
                let p = Parameters.Parameter(name: n, defaultValue: defaultValue)
                if seenStar { params.keywordOnly.append(p) } else { params.positional.append(p) }
            }
            if !accept(",") { break }
        }
        return params
    }

    private mutating func withStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        var items: [(Expr, Expr?)] = []
        repeat {
            let e = try expression()
            var target: Expr?
            if acceptName("as") {
                let t = try bitOr()
                try checkTarget(t, augmented: false)
                target = t
            }
            items.append((e, target))
        } while accept(",")
        let body = try block(after: "'with' statement", line: start.line)
        return Stmt(.with(items, body), Span(line: start.line, column: start.column, endLine: start.line, endColumn: start.endColumn))
    }

    private mutating func tryStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let body = try block(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        while current.isName("except") {
            let e = advance()
            var type: Expr?
            var name: String?
            if !current.isOp(":") {
                type = try expression()
                if acceptName("as") { name = try identifier() }
            }
            let hbody = try block(after: "'except' statement", line: e.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, span: Span(e, e)))
        }
        var orElse: [Stmt] = []
        if !handlers.isEmpty && current.isName("else") {
            let e = advance()
            orElse = try block(after: "'else' statement", line: e.line)
        }
        var finally: [Stmt] = []
        if current.isName("finally") {
            let f = advance()
            finally = try block(after: "'finally' statement", line: f.line)
        }
        if handlers.isEmpty && finally.isEmpty {
            throw ScriptSyntaxError("expected 'except' or 'finally' block", line: current.line, column: current.column + 1)
        }
        return Stmt(.tryExcept(body: body, handlers: handlers, orElse: orElse, finally: finally), Span(start, start))
    }

    private mutating func dottedName() throws(ScriptSyntaxError) -> [String] {
        var path = [try identifier()]
        while accept(".") { path.append(try identifier()) }
        return path
    }

    private mutating func importStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        var items: [([String], String?)] = []
        repeat {
            let path = try dottedName()
            let alias = acceptName("as") ? try identifier() : nil
            items.append((path, alias))
        } while accept(",")
        return Stmt(.importModules(items), Span(start, previous))
    }

    private mutating func fromStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let path = try dottedName()
        guard acceptName("import") else { throw invalid() }
        var items: [(String, String?)] = []
        let parenthesized = accept("(")
        if accept("*") {
            items.append(("*", nil))
        } else {
            repeat {
                if parenthesized && current.isOp(")") { break }
                let n = try identifier()
                let alias = acceptName("as") ? try identifier() : nil
                items.append((n, alias))
            } while accept(",")
        }
        if parenthesized { try expect(")") }
        return Stmt(.importFrom(path, items), Span(start, previous))
    }

    // MARK: Expressions

    /// A comma-separated list; more than one item (or a trailing comma) makes a tuple.
    mutating func expressionList(allowStar: Bool = false) throws(ScriptSyntaxError) -> Expr {
        let first = try starOrExpression(allowStar: allowStar)
        guard current.isOp(",") else {
            if case .starred = first.kind {
                throw ScriptSyntaxError("can't use starred expression here", line: first.span.line, column: first.span.column + 1)
            }
            return first
        }
        var items = [first]
        while accept(",") {
            if !startsExpression(current) && !current.isOp("*") { break }
            items.append(try starOrExpression(allowStar: allowStar))
        }
        return Expr(.tuple(items), Span.join(first.fullSpan, Span(previous, previous)))
    }

    private mutating func starOrExpression(allowStar: Bool) throws(ScriptSyntaxError) -> Expr {
        if current.isOp("*") {
            let s = advance()
            let inner = try bitOr()
            return Expr(.starred(inner), Span.join(Span(s, s), inner.fullSpan))
        }
        return try expression()
    }

    private func startsExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .name(let n):
            return !pythonKeywords.contains(n) || ["None", "True", "False", "not", "lambda", "await"].contains(n)
        case .int, .float, .string, .fstring: return true
        case .op(let o): return ["(", "[", "{", "-", "+", "~", "..."].contains(o)
        default: return false
        }
    }

    private mutating func namedExpression() throws(ScriptSyntaxError) -> Expr {
        if case .name(let n) = current.kind, peekToken().isOp(":=") {
            let s = advance()
            index += 1
            let value = try expression()
            return Expr(.namedExpr(n, value), Span.join(Span(s, s), value.fullSpan))
        }
        return try expression()
    }

    /// A full expression: lambda or conditional expression.
    mutating func expression() throws(ScriptSyntaxError) -> Expr {
        try enter()
        defer { depth -= 1 }
        if current.isName("lambda") {
            let s = advance()
            let params = try parameters(closing: ":")
            try expect(":")
            let body = try expression()
            return Expr(.lambda(params, body), Span.join(Span(s, s), body.fullSpan))
        }
        let body = try orTest()
        if current.isName("if") {
            index += 1
            let test = try orTest()
            guard acceptName("else") else {
                throw ScriptSyntaxError("expected 'else' after 'if' expression", line: body.span.line, column: body.span.column + 1)
            }
            let orElse = try expression()
            return Expr(.ifElse(test: test, body: body, orElse: orElse), Span.join(body.fullSpan, orElse.fullSpan))
        }
        return body
    }

    private mutating func orTest() throws(ScriptSyntaxError) -> Expr {
        let first = try andTest()
        guard current.isName("or") else { return first }
        var items = [first]
        while acceptName("or") { items.append(try andTest()) }
        return Expr(.or(items), Span.join(first.fullSpan, items.last!.fullSpan))
    }

    private mutating func andTest() throws(ScriptSyntaxError) -> Expr {
        let first = try notTest()
        guard current.isName("and") else { return first }
        var items = [first]
        while acceptName("and") { items.append(try notTest()) }
        return Expr(.and(items), Span.join(first.fullSpan, items.last!.fullSpan))
    }

    private mutating func notTest() throws(ScriptSyntaxError) -> Expr {
        if current.isName("not") {
            let s = advance()
            try enter()
            defer { depth -= 1 }
            let operand = try notTest()
            return Expr(.unary(.not, operand), Span.join(Span(s, s), operand.fullSpan))
        }
        return try comparison()
    }

    private mutating func comparison() throws(ScriptSyntaxError) -> Expr {
        let first = try bitOr()
        var rest: [(CompareOp, Expr)] = []
        while true {
            var op: CompareOp?
            switch current.kind {
            case .op(let o):
                op = CompareOp(rawValue: o)
                if op != nil { index += 1 }
            case .name("in"):
                op = .in; index += 1
            case .name("not") where peekToken().isName("in"):
                op = .notIn; index += 2
            case .name("is"):
                index += 1
                op = acceptName("not") ? .isNot : .is
            default: break
            }
            guard let op else { break }
            rest.append((op, try bitOr()))
        }
        if rest.isEmpty { return first }
        return Expr(.compare(first, rest), Span.join(first.fullSpan, rest.last!.1.fullSpan))
    }

    private mutating func binaryLevel(_ ops: [String: BinaryOp], _ next: (inout Parser) throws(ScriptSyntaxError) -> Expr) throws(ScriptSyntaxError) -> Expr {
        var left = try next(&self)
        while case .op(let o) = current.kind, let op = ops[o] {
            index += 1
            let right = try next(&self)
            left = try checkDepth(Expr(.binary(op, left, right), Span.join(left.fullSpan, right.fullSpan)))
        }
        return left
    }

    private mutating func bitOr() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(["|": .bitOr]) { (p: inout Parser) throws(ScriptSyntaxError) in try p.bitXor() }
    }

    private mutating func bitXor() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(["^": .bitXor]) { (p: inout Parser) throws(ScriptSyntaxError) in try p.bitAnd() }
    }

    private mutating func bitAnd() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(["&": .bitAnd]) { (p: inout Parser) throws(ScriptSyntaxError) in try p.shift() }
    }

    private mutating func shift() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(["<<": .lshift, ">>": .rshift]) { (p: inout Parser) throws(ScriptSyntaxError) in try p.arith() }
    }

    private mutating func arith() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(["+": .add, "-": .sub]) { (p: inout Parser) throws(ScriptSyntaxError) in try p.term() }
    }

    private mutating func term() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(["*": .mul, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMul]) { (p: inout Parser) throws(ScriptSyntaxError) in try p.factor() }
    }

    private mutating func factor() throws(ScriptSyntaxError) -> Expr {
        if case .op(let o) = current.kind, let op = ["-": UnaryOp.neg, "+": .pos, "~": .invert][o] {
            let s = advance()
            try enter()
            defer { depth -= 1 }
            let operand = try factor()
            return Expr(.unary(op, operand), Span.join(Span(s, s), operand.fullSpan))
        }
        return try power()
    }

    private mutating func power() throws(ScriptSyntaxError) -> Expr {
        let base = try primary()
        if accept("**") {
            try enter()
            defer { depth -= 1 }
            let exponent = try factor()
            return Expr(.binary(.pow, base, exponent), Span.join(base.fullSpan, exponent.fullSpan))
        }
        return base
    }

    private mutating func primary() throws(ScriptSyntaxError) -> Expr {
        var e = try atom()
        while true {
            if accept(".") {
                let n = try identifier()
                e = try checkDepth(Expr(.attribute(e, n), Span.join(e.fullSpan, Span(previous, previous))))
            } else if current.isOp("(") {
                index += 1
                let args = try callArguments()
                try closeBracket(")")
                e = try checkDepth(Expr(.call(e, args), Span.join(e.fullSpan, Span(previous, previous))))
            } else if current.isOp("[") {
                index += 1
                let s = try subscriptList()
                try closeBracket("]")
                e = try checkDepth(Expr(.subscript(e, s), Span.join(e.fullSpan, Span(previous, previous))))
            } else {
                return e
            }
        }
    }

    private mutating func closeBracket(_ close: String) throws(ScriptSyntaxError) {
        guard accept(close) else {
            if startsExpression(current) {
                throw forgottenComma()
            }
            throw invalid()
        }
    }

    private func forgottenComma() -> ScriptSyntaxError {
        // CPython points at the expression before the missing comma.
        var i = index - 1
        var depth = 0
        while i > 0 {
            let t = tokens[i]
            if t.isOp(")") || t.isOp("]") || t.isOp("}") { depth += 1 }
            if t.isOp("(") || t.isOp("[") || t.isOp("{") {
                if depth == 0 { break }
                depth -= 1
            }
            if depth == 0 && t.isOp(",") { break }
            i -= 1
        }
        let t = tokens[min(i + 1, tokens.count - 1)]
        return ScriptSyntaxError("invalid syntax. Perhaps you forgot a comma?", line: t.line, column: t.column + 1)
    }

    private mutating func callArguments() throws(ScriptSyntaxError) -> [Argument] {
        var args: [Argument] = []
        var seenKeyword = false
        while !current.isOp(")") {
            if accept("**") {
                args.append(.doubleStar(try expression()))
                seenKeyword = true
            } else if accept("*") {
                args.append(.star(try expression()))
            } else if case .name(let n) = current.kind, peekToken().isOp("="), !pythonKeywords.contains(n) {
                let name = current
                index += 2
                args.append(.keyword(n, try expression(), nameSpan: Span(name, name)))
                seenKeyword = true
            } else {
                let t = current
                var e = try namedExpression()
                if current.isName("for") {
                    let clauses = try comprehensionClauses()
                    e = Expr(.generator(e, clauses), Span.join(e.fullSpan, Span(previous, previous)))
                }
                if current.isOp("=") {
                    throw ScriptSyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", line: t.line, column: t.column + 1)
                }
                if seenKeyword {
                    let hasDoubleStar = args.contains { if case .doubleStar = $0 { return true } else { return false } }
                    throw ScriptSyntaxError(hasDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument", line: e.span.endLine, column: e.span.endColumn + 1)
                }
                args.append(.positional(e))
            }
            if !accept(",") { break }
        }
        return args
    }

    private mutating func subscriptList() throws(ScriptSyntaxError) -> Expr {
        let first = try subscriptItem()
        guard current.isOp(",") else { return first }
        var items = [first]
        while accept(",") {
            if current.isOp("]") { break }
            items.append(try subscriptItem())
        }
        return Expr(.tuple(items), Span.join(first.fullSpan, items.last!.fullSpan))
    }

    private mutating func subscriptItem() throws(ScriptSyntaxError) -> Expr {
        let start = current
        var lower: Expr?
        if !current.isOp(":") {
            let e = try expression()
            if !current.isOp(":") { return e }
            lower = e
        }
        try expect(":")
        var upper: Expr?
        if !current.isOp(":") && !current.isOp("]") && !current.isOp(",") { upper = try expression() }
        var step: Expr?
        if accept(":") {
            if !current.isOp("]") && !current.isOp(",") { step = try expression() }
        }
        return Expr(.slice(lower, upper, step), Span(start, previous))
    }

    private mutating func comprehensionClauses() throws(ScriptSyntaxError) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while acceptName("for") {
            let target = try targetList()
            try checkTarget(target, augmented: false)
            guard acceptName("in") else { throw invalid() }
            let iterable = try orTest()
            var conditions: [Expr] = []
            while acceptName("if") { conditions.append(try orTest()) }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }


    private mutating func atom() throws(ScriptSyntaxError) -> Expr {
        let t = current
        switch t.kind {
        case .int(let v): index += 1; return Expr(.literal(.int(v)), Span(t, t))
        case .float(let v): index += 1; return Expr(.literal(.float(v)), Span(t, t))
        case .string, .fstring: return try strings()
        case .name(let n):
            switch n {
            case "None": index += 1; return Expr(.literal(.none), Span(t, t))
            case "True": index += 1; return Expr(.literal(.bool(true)), Span(t, t))
            case "False": index += 1; return Expr(.literal(.bool(false)), Span(t, t))
            default:
                if pythonKeywords.contains(n) { throw invalid() }
                index += 1
                return Expr(.name(n), Span(t, t))
            }
        case .op("..."): index += 1; return Expr(.literal(.ellipsis), Span(t, t))
        case .op("("):
            index += 1
            try enter()
            defer { depth -= 1 }
            if accept(")") { return Expr(.tuple([]), Span(t, previous)) }
            let first = current.isOp("*") ? try starOrExpression(allowStar: true) : try namedExpression()
            if current.isName("for") {
                let clauses = try comprehensionClauses()
                try closeBracket(")")
                return Expr(.generator(first, clauses), Span(t, previous))
            }
            if accept(")") {
                if case .starred = first.kind {
                    throw ScriptSyntaxError("cannot use starred expression here", line: first.span.line, column: first.span.column + 1)
                }
                // CPython positions a parenthesized expression at the expression, not its
                // parentheses, but counts them in the enclosing node's extent.
                first.parenthesizedSpan = Span(t, previous)
                return first
            }
            guard current.isOp(",") else { try closeBracket(")"); return first }
            var items = [first]
            while accept(",") {
                if current.isOp(")") { break }
                items.append(try starOrExpression(allowStar: true))
            }
            try closeBracket(")")
            return Expr(.tuple(items), Span(t, previous))
        case .op("["):
            index += 1
            try enter()
            defer { depth -= 1 }
            if accept("]") { return Expr(.list([]), Span(t, previous)) }
            let first = try starOrExpression(allowStar: true)
            if current.isName("for") {
                let clauses = try comprehensionClauses()
                try closeBracket("]")
                return Expr(.listComp(first, clauses), Span(t, previous))
            }
            var items = [first]
            while accept(",") {
                if current.isOp("]") { break }
                items.append(try starOrExpression(allowStar: true))
            }
            try closeBracket("]")
            return Expr(.list(items), Span(t, previous))
        case .op("{"):
            index += 1
            try enter()
            defer { depth -= 1 }
            if accept("}") { return Expr(.dict([]), Span(t, previous)) }
            if accept("**") {
                var pairs: [(Expr?, Expr)] = [(nil, try bitOr())]
                try dictRest(&pairs)
                return Expr(.dict(pairs), Span(t, previous))
            }
            let first = try starOrExpression(allowStar: true)
            if accept(":") {
                let value = try expression()
                if current.isName("for") {
                    let clauses = try comprehensionClauses()
                    try closeBracket("}")
                    return Expr(.dictComp(first, value, clauses), Span(t, previous))
                }
                var pairs: [(Expr?, Expr)] = [(first, value)]
                try dictRest(&pairs)
                return Expr(.dict(pairs), Span(t, previous))
            }
            if current.isName("for") {
                let clauses = try comprehensionClauses()
                try closeBracket("}")
                return Expr(.setComp(first, clauses), Span(t, previous))
            }
            var items = [first]
            while accept(",") {
                if current.isOp("}") { break }
                items.append(try starOrExpression(allowStar: true))
            }
            try closeBracket("}")
            return Expr(.set(items), Span(t, previous))
        case .indent:
            throw invalid(at: t)
        default:
            throw invalid()
        }
    }

    private mutating func dictRest(_ pairs: inout [(Expr?, Expr)]) throws(ScriptSyntaxError) {
        while accept(",") {
            if current.isOp("}") { break }
            if accept("**") {
                pairs.append((nil, try bitOr()))
                continue
            }
            let key = try expression()
            guard accept(":") else {
                throw ScriptSyntaxError("':' expected after dictionary key", line: key.span.line, column: key.span.column + 1)
            }
            pairs.append((key, try expression()))
        }
        try closeBracket("}")
    }

    /// Adjacent string literals concatenate; any f-string among them makes the whole an f-string.
    private mutating func strings() throws(ScriptSyntaxError) -> Expr {
        let start = current
        var parts: [FStringPart] = []
        var hasF = false
        while true {
            switch current.kind {
            case .string(let s):
                index += 1
                parts.append(.literal(s))
            case .fstring(let raw, let isRaw, let bodyLine, let bodyColumn):
                index += 1
                hasF = true
                parts.append(contentsOf: try FStringParser.parse(raw: raw, isRaw: isRaw, line: bodyLine, column: bodyColumn))
            default:
                let span = Span(start, previous)
                if !hasF {
                    let text = parts.map { if case .literal(let s) = $0 { return s } else { return "" } }.joined()
                    return Expr(.literal(.string(text)), span)
                }
                return Expr(.fstring(FStringParser.merge(parts)), span)
            }
        }
    }
}
