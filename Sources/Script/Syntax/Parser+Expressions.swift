/// Expressions, from the lowest precedence (conditional, lambda) to atoms and strings.
extension Parser {
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

    mutating func starOrExpression(allowStar: Bool) throws(ScriptSyntaxError) -> Expr {
        if current.isOp("*") {
            let s = advance()
            let inner = try bitOr()
            return Expr(.starred(inner), Span.join(Span(s, s), inner.fullSpan))
        }
        return try expression()
    }

    func startsExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .name(let n):
            return !pythonKeywords.contains(n) || ["None", "True", "False", "not", "lambda", "await"].contains(n)
        case .int, .float, .string, .fstring: return true
        case .op(let o): return ["(", "[", "{", "-", "+", "~", "..."].contains(o)
        default: return false
        }
    }

    mutating func namedExpression() throws(ScriptSyntaxError) -> Expr {
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

    mutating func orTest() throws(ScriptSyntaxError) -> Expr {
        let first = try andTest()
        guard current.isName("or") else { return first }
        var items = [first]
        while acceptName("or") { items.append(try andTest()) }
        return Expr(.or(items), Span.join(first.fullSpan, items.last!.fullSpan))
    }

    mutating func andTest() throws(ScriptSyntaxError) -> Expr {
        let first = try notTest()
        guard current.isName("and") else { return first }
        var items = [first]
        while acceptName("and") { items.append(try notTest()) }
        return Expr(.and(items), Span.join(first.fullSpan, items.last!.fullSpan))
    }

    mutating func notTest() throws(ScriptSyntaxError) -> Expr {
        if current.isName("not") {
            let s = advance()
            try enter()
            defer { depth -= 1 }
            let operand = try notTest()
            return Expr(.unary(.not, operand), Span.join(Span(s, s), operand.fullSpan))
        }
        return try comparison()
    }

    mutating func comparison() throws(ScriptSyntaxError) -> Expr {
        let first = try bitOr()
        var rest: [(CompareOp, Expr)] = []
        while true {
            var op: CompareOp?
            switch current.kind {
            case .op(let o):
                // Every comparison operator starts with one of these; skip the others' lookup.
                if let c = o.utf8.first, c == UInt8(ascii: "=") || c == UInt8(ascii: "!") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") {
                    op = CompareOp(rawValue: o)
                }
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

    /// One precedence level of left-associative binary operators (levels as in
    /// `binaryOperator`), its operands parsed by `next`.
    mutating func binaryLevel(_ level: Int, _ next: (inout Parser) throws(ScriptSyntaxError) -> Expr) throws(ScriptSyntaxError) -> Expr {
        var left = try next(&self)
        while case .op(let o) = current.kind, let (op, l) = Parser.binaryOperator(o), l == level {
            index += 1
            let right = try next(&self)
            left = try checkDepth(Expr(.binary(op, left, right), Span.join(left.fullSpan, right.fullSpan)))
        }
        return left
    }

    /// The binary operator an operator token spells, with its precedence level (0 `|`, 1 `^`,
    /// 2 `&`, 3 shifts, 4 `+ -`, 5 `* / // % @`); read from the bytes, as the parser asks at
    /// every level after every operand.
    static func binaryOperator(_ o: String) -> (BinaryOp, Int)? {
        var bytes = o.utf8.makeIterator()
        guard let a = bytes.next() else { return nil }
        let b = bytes.next()
        if bytes.next() != nil { return nil }
        switch (a, b) {
        case (UInt8(ascii: "|"), nil): return (.bitOr, 0)
        case (UInt8(ascii: "^"), nil): return (.bitXor, 1)
        case (UInt8(ascii: "&"), nil): return (.bitAnd, 2)
        case (UInt8(ascii: "<"), UInt8(ascii: "<")): return (.lshift, 3)
        case (UInt8(ascii: ">"), UInt8(ascii: ">")): return (.rshift, 3)
        case (UInt8(ascii: "+"), nil): return (.add, 4)
        case (UInt8(ascii: "-"), nil): return (.sub, 4)
        case (UInt8(ascii: "*"), nil): return (.mul, 5)
        case (UInt8(ascii: "/"), nil): return (.div, 5)
        case (UInt8(ascii: "/"), UInt8(ascii: "/")): return (.floorDiv, 5)
        case (UInt8(ascii: "%"), nil): return (.mod, 5)
        case (UInt8(ascii: "@"), nil): return (.matMul, 5)
        default: return nil
        }
    }

    /// The unary operator an operator token spells.
    static func unaryOperator(_ o: String) -> UnaryOp? {
        var bytes = o.utf8.makeIterator()
        guard let a = bytes.next(), bytes.next() == nil else { return nil }
        switch a {
        case UInt8(ascii: "-"): return .neg
        case UInt8(ascii: "+"): return .pos
        case UInt8(ascii: "~"): return .invert
        default: return nil
        }
    }

    mutating func bitOr() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(0) { (p: inout Parser) throws(ScriptSyntaxError) in try p.bitXor() }
    }

    mutating func bitXor() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(1) { (p: inout Parser) throws(ScriptSyntaxError) in try p.bitAnd() }
    }

    mutating func bitAnd() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(2) { (p: inout Parser) throws(ScriptSyntaxError) in try p.shift() }
    }

    mutating func shift() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(3) { (p: inout Parser) throws(ScriptSyntaxError) in try p.arith() }
    }

    mutating func arith() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(4) { (p: inout Parser) throws(ScriptSyntaxError) in try p.term() }
    }

    mutating func term() throws(ScriptSyntaxError) -> Expr {
        try binaryLevel(5) { (p: inout Parser) throws(ScriptSyntaxError) in try p.factor() }
    }

    mutating func factor() throws(ScriptSyntaxError) -> Expr {
        if case .op(let o) = current.kind, let op = Parser.unaryOperator(o) {
            let s = advance()
            try enter()
            defer { depth -= 1 }
            let operand = try factor()
            return Expr(.unary(op, operand), Span.join(Span(s, s), operand.fullSpan))
        }
        return try power()
    }

    mutating func power() throws(ScriptSyntaxError) -> Expr {
        let base = try primary()
        if accept("**") {
            try enter()
            defer { depth -= 1 }
            let exponent = try factor()
            return Expr(.binary(.pow, base, exponent), Span.join(base.fullSpan, exponent.fullSpan))
        }
        return base
    }

    mutating func primary() throws(ScriptSyntaxError) -> Expr {
        var e = try atom()
        while true {
            if accept(".") {
                let n = mangled(try identifier())
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

    mutating func closeBracket(_ close: String) throws(ScriptSyntaxError) {
        guard accept(close) else {
            if startsExpression(current) {
                throw forgottenComma()
            }
            throw invalid()
        }
    }

    func forgottenComma() -> ScriptSyntaxError {
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

    mutating func callArguments() throws(ScriptSyntaxError) -> [Argument] {
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

    mutating func subscriptList() throws(ScriptSyntaxError) -> Expr {
        let first = try subscriptItem()
        guard current.isOp(",") else { return first }
        var items = [first]
        while accept(",") {
            if current.isOp("]") { break }
            items.append(try subscriptItem())
        }
        return Expr(.tuple(items), Span.join(first.fullSpan, items.last!.fullSpan))
    }

    mutating func subscriptItem() throws(ScriptSyntaxError) -> Expr {
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

    mutating func comprehensionClauses() throws(ScriptSyntaxError) -> [Comprehension] {
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


    mutating func atom() throws(ScriptSyntaxError) -> Expr {
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
                if n == "yield" {
                    // A bare `yield` only starts a statement or an assignment's value.
                    throw ScriptSyntaxError("invalid syntax", span: Span(t, t))
                }
                if pythonKeywords.contains(n) { throw invalid() }
                index += 1
                return Expr(.name(mangled(n)), Span(t, t))
            }
        case .op("..."): index += 1; return Expr(.literal(.ellipsis), Span(t, t))
        case .op("("):
            index += 1
            try enter()
            defer { depth -= 1 }
            if accept(")") { return Expr(.tuple([]), Span(t, previous)) }
            if current.isName("yield") {
                // `(yield value)`: a yield expression inside a larger expression.
                let y = try yieldExpression()
                try closeBracket(")")
                y.parenthesizedSpan = Span(t, previous)
                return y
            }
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

    mutating func dictRest(_ pairs: inout [(Expr?, Expr)]) throws(ScriptSyntaxError) {
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
    mutating func strings() throws(ScriptSyntaxError) -> Expr {
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
