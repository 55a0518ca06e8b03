/// Definitions: decorators, `def` and parameter lists.
extension Parser {
    mutating func decorated() throws(ScriptSyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept("@") {
            decorators.append(try namedExpression())
            guard current.kind == .newline else { throw invalid() }
            index += 1
        }
        if current.isName("class") {
            let stmt = try classDef()
            guard case .classDef(let def, _) = stmt.kind else { return stmt }
            return Stmt(.classDef(def, decorators: decorators), stmt.span)
        }
        guard current.isName("def") else { throw invalid() }
        let stmt = try functionDef()
        guard case .functionDef(let def, _) = stmt.kind else { return stmt }
        return Stmt(.functionDef(def, decorators: decorators), stmt.span)
    }

    /// `class Name(bases, keywords):` and its body.
    mutating func classDef() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let written = try identifier()
        let name = mangled(written)
        var bases: [Argument] = []
        if accept("(") {
            bases = try callArguments()
            try closeBracket(")")
        }
        let outerClass = privateClass
        privateClass = written
        defer { privateClass = outerClass }
        let body = try block(after: "class definition", line: start.line)
        let def = ClassDef(name: name, bases: bases, body: body, span: Span(start, start))
        return Stmt(.classDef(def, decorators: []), Span(start, previous))
    }

    mutating func functionDef() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        let name = mangled(try identifier())
        try expect("(")
        var params = try parameters(closing: ")")
        try expect(")")
        if accept("->") { params.annotations.append(("return", try expression())) }
        let body = try block(after: "function definition", line: start.line)
        let def = FunctionDef(name: name, parameters: params, body: body, span: Span(start, start))
        return Stmt(.functionDef(def, decorators: []), Span(start, previous))
    }

    mutating func parameters(closing: String) throws(ScriptSyntaxError) -> Parameters {
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
                let n = mangled(try identifier())
                try checkDuplicate(n, t)
                params.varKeywords = n
                if closing == ")" && accept(":") { params.annotations.append((n, try expression())) }
                _ = accept(",")
                break
            } else if accept("*") {
                if seenStar { throw invalid() }
                seenStar = true
                if case .name = current.kind {
                    let t = current
                    let n = mangled(try identifier())
                    try checkDuplicate(n, t)
                    params.varArgs = n
                    if closing == ")" && accept(":") { params.annotations.append((n, try expression())) }
                }
            } else if accept("/") {
                params.positionalOnlyCount = params.positional.count
            } else {
                let t = current
                let n = mangled(try identifier())
                try checkDuplicate(n, t)
                if closing == ")" && accept(":") { params.annotations.append((n, try expression())) }
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
        // CPython 3.11 lists (and evaluates) the annotations of the parameters after `/`
        // before those of the positional-only ones.
        if params.positionalOnlyCount > 0 {
            let positionalOnly = Set(params.positional.prefix(params.positionalOnlyCount).map(\.name))
            let moved = params.annotations.filter { positionalOnly.contains($0.name) }
            if !moved.isEmpty {
                var rest = params.annotations.filter { !positionalOnly.contains($0.name) }
                let regular = Set(params.positional.dropFirst(params.positionalOnlyCount).map(\.name))
                let at = rest.lastIndex { regular.contains($0.name) }.map { $0 + 1 } ?? 0
                rest.insert(contentsOf: moved, at: at)
                params.annotations = rest
            }
        }
        return params
    }
}
