/// The `match` statement (PEP 634): `match` and `case` are soft keywords, statements only
/// when what follows reads as one (`match = re.match(...)` and `case = 1` stay assignments).
extension Parser {
    /// Whether the tokens at `match` start a match statement's header (`match subject:` then
    /// a newline); the parser comes back to where it was either way.
    mutating func startsMatchStatement() -> Bool {
        let saved = index
        let savedDepth = depth
        defer { index = saved; depth = savedDepth }
        index += 1
        guard startsExpression(current) || current.isOp("*") else { return false }
        do {
            _ = try matchSubject()
        } catch {
            return false
        }
        return current.isOp(":") && peekToken().kind == .newline
    }

    /// CPython's `invalid syntax` at the current token, underlining it.
    func invalidToken() -> ScriptSyntaxError {
        let t = current
        switch t.kind {
        case .indent, .dedent, .newline, .eof: return invalid(at: t)
        default: return ScriptSyntaxError("invalid syntax", span: Span(t, t))
        }
    }

    /// `match subject:` followed by its indented `case` blocks.
    mutating func matchStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let subject = try matchSubject()
        try expect(":")
        guard current.kind == .newline else { throw invalid() }
        index += 1
        guard current.kind == .indent else {
            throw ScriptSyntaxError("expected an indented block after 'match' statement on line \(start.line)",
                                    line: current.line, column: current.column + 1, kind: "IndentationError")
        }
        index += 1
        var cases: [MatchCase] = []
        while current.kind != .dedent && current.kind != .eof {
            if current.kind == .newline { index += 1; continue }
            guard current.isName("case") else { throw invalidToken() }
            cases.append(try matchCase())
        }
        if cases.isEmpty { throw invalidToken() }
        if current.kind == .dedent { index += 1 }
        return Stmt(.match(subject, cases), Span.join(Span(start, start), subject.fullSpan))
    }

    /// The subject: a named expression, or a tuple of (starred) expressions.
    private mutating func matchSubject() throws(ScriptSyntaxError) -> Expr {
        let first = current.isOp("*") ? try starOrExpression(allowStar: true) : try namedExpression()
        guard current.isOp(",") else {
            if case .starred = first.kind { throw invalid() }
            return first
        }
        var items = [first]
        while accept(",") {
            if current.isOp(":") { break }
            items.append(current.isOp("*") ? try starOrExpression(allowStar: true) : try namedExpression())
        }
        return Expr(.tuple(items), Span.join(first.fullSpan, Span(previous, previous)))
    }

    private mutating func matchCase() throws(ScriptSyntaxError) -> MatchCase {
        let keyword = advance()
        let pattern = try openPatterns()
        guard current.isOp(":") || current.isName("if") else { throw invalidToken() }
        let guardExpr = acceptName("if") ? try namedExpression() : nil
        let body = try block(after: "'case' statement", line: keyword.line)
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body)
    }

    /// A case's patterns: one pattern, or several separated by commas (a sequence pattern
    /// without brackets).
    private mutating func openPatterns() throws(ScriptSyntaxError) -> Pattern {
        let start = current
        let first = try maybeStarPattern()
        guard current.isOp(",") else {
            if case .star = first.kind { throw invalid() }
            return first
        }
        var items = [first]
        while accept(",") {
            if current.isOp(":") || current.isName("if") { break }
            items.append(try maybeStarPattern())
        }
        return Pattern(.sequence(items), Span(start, previous))
    }

    private mutating func maybeStarPattern() throws(ScriptSyntaxError) -> Pattern {
        guard current.isOp("*") else { return try pattern() }
        let star = advance()
        let name = try captureName()
        return Pattern(.star(name), Span(star, previous))
    }

    /// A name a pattern binds (nil for `_`), refused when it is dotted, called or assigned.
    private mutating func captureName() throws(ScriptSyntaxError) -> Expr? {
        let t = current
        guard case .name(let n) = t.kind, !pythonKeywords.contains(n) else { throw invalidToken() }
        index += 1
        if current.isOp(".") || current.isOp("(") || current.isOp("=") { throw invalidToken() }
        return n == "_" ? nil : Expr(.name(mangled(n)), Span(t, t))
    }

    /// `or_pattern ['as' name]`.
    mutating func pattern() throws(ScriptSyntaxError) -> Pattern {
        try enter()
        defer { depth -= 1 }
        let inner = try orPattern()
        guard current.isName("as") else { return inner }
        index += 1
        let t = current
        if t.isName("_") { throw ScriptSyntaxError("cannot use '_' as a target", span: Span(t, t)) }
        guard let name = try captureName() else { throw invalid(at: t) }
        return Pattern(.asPattern(inner, name), Span.join(inner.span, name.span))
    }

    private mutating func orPattern() throws(ScriptSyntaxError) -> Pattern {
        let first = try closedPattern()
        guard current.isOp("|") else { return first }
        var items = [first]
        while accept("|") { items.append(try closedPattern()) }
        return Pattern(.or(items), Span.join(first.span, items[items.count - 1].span))
    }

    private mutating func closedPattern() throws(ScriptSyntaxError) -> Pattern {
        let t = current
        switch t.kind {
        case .int, .float, .string, .fstring:
            return try literalPattern()
        case .op("-"):
            return try literalPattern()
        case .name(let n):
            if n == "None" || n == "True" || n == "False" { return try literalPattern() }
            if pythonKeywords.contains(n) { throw invalidToken() }
            index += 1
            var dotted = Expr(.name(mangled(n)), Span(t, t))
            var isDotted = false
            while accept(".") {
                let attr = current
                let a = try identifier()
                dotted = Expr(.attribute(dotted, a), Span(t, attr))
                isDotted = true
            }
            if current.isOp("(") { return try classPattern(dotted) }
            if isDotted {
                if current.isOp("=") { throw invalidToken() }
                return Pattern(.value(dotted), dotted.span)
            }
            if current.isOp("=") { throw invalidToken() }
            return n == "_" ? Pattern(.wildcard, Span(t, t)) : Pattern(.capture(dotted), Span(t, t))
        case .op("("):
            index += 1
            if accept(")") { return Pattern(.sequence([]), Span(t, previous)) }
            let first = try maybeStarPattern()
            if accept(")") {
                if case .star = first.kind { throw invalid(at: previous) }
                // A group: the pattern itself (CPython keeps no node for the parentheses).
                return first
            }
            guard current.isOp(",") else { throw invalidToken() }
            var items = [first]
            while accept(",") {
                if current.isOp(")") { break }
                items.append(try maybeStarPattern())
            }
            try closeBracket(")")
            return Pattern(.sequence(items), Span(t, previous))
        case .op("["):
            index += 1
            var items: [Pattern] = []
            while !current.isOp("]") {
                items.append(try maybeStarPattern())
                if !accept(",") { break }
            }
            try closeBracket("]")
            return Pattern(.sequence(items), Span(t, previous))
        case .op("{"):
            return try mappingPattern()
        default:
            throw invalidToken()
        }
    }

    /// A literal: a number (negative too), strings, `None`, `True`, `False`.
    private mutating func literalPattern() throws(ScriptSyntaxError) -> Pattern {
        let t = current
        let value: Expr
        switch t.kind {
        case .string, .fstring:
            value = try strings()
            if case .fstring = value.kind {
                throw ScriptSyntaxError("patterns may only match literals and attribute lookups", span: value.span)
            }
            return Pattern(.literal(value), value.span)
        case .name("None"): index += 1; value = Expr(.literal(.none), Span(t, t))
        case .name("True"): index += 1; value = Expr(.literal(.bool(true)), Span(t, t))
        case .name("False"): index += 1; value = Expr(.literal(.bool(false)), Span(t, t))
        case .op("-"):
            index += 1
            let n = current
            switch n.kind {
            case .int(let v): index += 1; value = Expr(.unary(.neg, Expr(.literal(.int(v)), Span(n, n))), Span(t, n))
            case .float(let v): index += 1; value = Expr(.unary(.neg, Expr(.literal(.float(v)), Span(n, n))), Span(t, n))
            default: throw invalidToken()
            }
        case .int(let v): index += 1; value = Expr(.literal(.int(v)), Span(t, t))
        case .float(let v): index += 1; value = Expr(.literal(.float(v)), Span(t, t))
        default: throw invalidToken()
        }
        // `1 + 2` reads as a complex literal missing its imaginary part.
        if case .int = t.kind, current.isOp("+") || current.isOp("-") { try refuseComplex() }
        if case .float = t.kind, current.isOp("+") || current.isOp("-") { try refuseComplex() }
        if case .op = t.kind, current.isOp("+") || current.isOp("-") { try refuseComplex() }
        return Pattern(.literal(value), value.span)
    }

    private mutating func refuseComplex() throws(ScriptSyntaxError) {
        let n = peekToken()
        switch n.kind {
        case .int, .float:
            throw ScriptSyntaxError("imaginary number required in complex literal", span: Span(n, n))
        default:
            index += 1
            throw invalidToken()
        }
    }

    /// `{key: pattern, …, **rest}`.
    private mutating func mappingPattern() throws(ScriptSyntaxError) -> Pattern {
        let open = advance()
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: Expr?
        while !current.isOp("}") {
            if accept("**") {
                let t = current
                guard let name = try captureName() else { throw invalid(at: t) }
                rest = name
                if accept(","), !current.isOp("}") { throw invalidToken() }
                break
            }
            let key: Expr
            switch current.kind {
            case .name(let n) where n != "None" && n != "True" && n != "False":
                let t = advance()
                var dotted = Expr(.name(mangled(n)), Span(t, t))
                guard current.isOp(".") else { throw invalidToken() }
                while accept(".") {
                    let attr = current
                    dotted = Expr(.attribute(dotted, try identifier()), Span(t, attr))
                }
                key = dotted
            default:
                guard case .literal(let e) = try literalPattern().kind else { throw invalid() }
                key = e
            }
            try expect(":")
            keys.append(key)
            patterns.append(try pattern())
            if !accept(",") { break }
        }
        try closeBracket("}")
        return Pattern(.mapping(keys: keys, patterns: patterns, rest: rest), Span(open, previous))
    }

    /// `Cls(p, …, attr=q, …)` after the class's (dotted) name.
    private mutating func classPattern(_ cls: Expr) throws(ScriptSyntaxError) -> Pattern {
        index += 1
        var positional: [Pattern] = []
        var keywords: [(name: String, pattern: Pattern, nameSpan: Span)] = []
        while !current.isOp(")") {
            if case .name(let n) = current.kind, peekToken().isOp("="), !pythonKeywords.contains(n) {
                let t = advance()
                index += 1
                keywords.append((n, try pattern(), Span(t, t)))
            } else {
                let p = try pattern()
                if !keywords.isEmpty {
                    throw ScriptSyntaxError("positional patterns follow keyword patterns", span: p.span)
                }
                positional.append(p)
            }
            if !accept(",") { break }
        }
        try closeBracket(")")
        return Pattern(.classPattern(cls, positional: positional, keywords: keywords), Span(line: cls.span.line, column: cls.span.column, endLine: previous.endLine, endColumn: previous.endColumn))
    }
}
