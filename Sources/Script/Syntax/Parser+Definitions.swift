/// Definitions: decorators, `def` and parameter lists.
extension Parser {
    mutating func decorated() throws(ScriptSyntaxError) -> Stmt {
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

    mutating func functionDef() throws(ScriptSyntaxError) -> Stmt {
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
}
