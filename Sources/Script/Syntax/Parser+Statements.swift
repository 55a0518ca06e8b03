/// Statements: simple statements, blocks, and the compound statements other than definitions.
extension Parser {
    /// `yield`, `yield value`, `yield a, b`, `yield from iterable`.
    mutating func yieldExpression() throws(ScriptSyntaxError) -> Expr {
        let start = advance()
        if acceptName("from") {
            let e = try expression()
            return Expr(.yieldFrom(e), Span.join(Span(start, start), e.fullSpan))
        }
        if current.kind == .newline || current.kind == .eof || current.isOp(";") || current.isOp(")") {
            return Expr(.yield(nil), Span(start, start))
        }
        let e = try expressionList(allowStar: true)
        return Expr(.yield(e), Span.join(Span(start, start), e.fullSpan))
    }

    mutating func module() throws(ScriptSyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        while current.kind != .eof {
            if current.kind == .newline { index += 1; continue }
            body.append(contentsOf: try statement())
        }
        return body
    }

    mutating func statement() throws(ScriptSyntaxError) -> [Stmt] {
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
            case "class": return [try classDef()]
            case "match" where startsMatchStatement(): return [try matchStatement()]
            case "async", "await":
                throw ScriptSyntaxError("'\(n)' (generators and coroutines) is not supported in the script language", line: t.line, column: t.column + 1)
            default: break
            }
        }
        if t.isOp("@") { return [try decorated()] }
        return try simpleStatements()
    }

    mutating func simpleStatements() throws(ScriptSyntaxError) -> [Stmt] {
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

    mutating func smallStatement() throws(ScriptSyntaxError) -> Stmt {
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
            case "yield":
                let e = try yieldExpression()
                return Stmt(.expr(e), e.span)
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
                if current.kind == .newline || current.kind == .eof || current.isOp(";") { return Stmt(.raise(nil, cause: nil), Span(start, start)) }
                let e = try expression()
                let cause = acceptName("from") ? try expression() : nil
                return Stmt(.raise(e, cause: cause), Span(start, previous))
            default: break
            }
        }
        let first = try expressionList(allowStar: true)
        if case .op(let op) = current.kind {
            if op == "=" {
                var targets = [first]
                var value = first
                while accept("=") {
                    value = current.isName("yield") ? try yieldExpression() : try expressionList(allowStar: true)
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
                let value = current.isName("yield") ? try yieldExpression() : try expressionList()
                return Stmt(.augAssign(first, binary, value), Span.join(first.fullSpan, value.fullSpan))
            }
            if op == ":" {
                try checkTarget(first, augmented: false)
                index += 1
                let annotation = try expression()
                let value = accept("=") ? (current.isName("yield") ? try yieldExpression() : try expressionList()) : nil
                return Stmt(.annAssign(first, annotation, value), Span(start, previous))
            }
        }
        if current.kind != .newline && current.kind != .eof && !current.isOp(";") {
            throw invalid()
        }
        return Stmt(.expr(first), first.span)
    }

    func describe(_ e: Expr) -> String? {
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
        case .yield, .yieldFrom: return "yield expression"
        }
    }

    func checkTarget(_ e: Expr, augmented: Bool, keyword: String = "assign to") throws(ScriptSyntaxError) {
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

    mutating func block(after what: String, line: Int) throws(ScriptSyntaxError) -> [Stmt] {
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

    mutating func ifStatement() throws(ScriptSyntaxError) -> Stmt {
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

    mutating func whileStatement() throws(ScriptSyntaxError) -> Stmt {
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

    mutating func forStatement() throws(ScriptSyntaxError) -> Stmt {
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
    mutating func targetList() throws(ScriptSyntaxError) -> Expr {
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

    mutating func withStatement() throws(ScriptSyntaxError) -> Stmt {
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

    mutating func tryStatement() throws(ScriptSyntaxError) -> Stmt {
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

    mutating func dottedName() throws(ScriptSyntaxError) -> [String] {
        var path = [try identifier()]
        while accept(".") { path.append(try identifier()) }
        return path
    }

    mutating func importStatement() throws(ScriptSyntaxError) -> Stmt {
        let start = advance()
        var items: [([String], String?)] = []
        repeat {
            let path = try dottedName()
            let alias = acceptName("as") ? try identifier() : nil
            items.append((path, alias))
        } while accept(",")
        return Stmt(.importModules(items), Span(start, previous))
    }

    mutating func fromStatement() throws(ScriptSyntaxError) -> Stmt {
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
}
