extension Interpreter {
    /// Evaluates an expression of a generator's body that may contain `(yield …)`, so that a
    /// `yield` deep inside it can suspend the body and resume there.
    ///
    /// Operands are evaluated left to right as in CPython; when a `yield` inside operand *k*
    /// suspends, the values of operands 0..<k are kept in the cursor (`partial`), so resuming
    /// does not evaluate them (nor their side effects) again. Expressions without a `yield`
    /// take the ordinary `eval`.
    func genEval(_ e: Expr, _ ctx: Context, _ g: PyGenerator) throws -> Value {
        guard e.containsYield else { return try eval(e, ctx) }
        switch e.kind {
        case .yield, .yieldFrom:
            return try genYield(e, ctx, g)
        default:
            break
        }
        do {
            return try resumable(ctx, g) { operand in try genCombine(e, operand, ctx) }
        } catch var err as PyError {
            if err.pendingSpan == nil { locate(&err, e) }
            throw err
        } catch let err as PyFormatError {
            var p = PyError(err.kind.rawValue, err.message)
            locate(&p, e)
            throw p
        }
    }

    /// Runs `body`, which evaluates its operands through the `operand` function it is given,
    /// in a fixed order: each operand is evaluated resumably the first time, and its value is
    /// kept, so that when a `yield` in a later operand suspends the body, resuming hands the
    /// kept values back (in the same order) instead of evaluating them again.
    func resumable<T>(_ ctx: Context, _ g: PyGenerator, _ body: (_ operand: (Expr) throws -> Value) throws -> T) throws -> T {
        var values: [Value] = []
        if g.resuming, case .partial(let saved) = g.peekCursor() {
            _ = g.nextCursor()
            values = saved
        }
        var next = 0
        do {
            return try body { x in
                defer { next += 1 }
                if next < values.count { return values[next] }
                let v = try self.genEval(x, ctx, g)
                values.append(v)
                return v
            }
        } catch let y as GeneratorYield {
            g.record(.partial(values))
            throw y
        }
    }

    /// The value of `e` from its operands, each obtained through `operand` in CPython's order.
    private func genCombine(_ e: Expr, _ operand: (Expr) throws -> Value, _ ctx: Context) throws -> Value {
        /// Items of a list, tuple or set display, with `*iterable` unpacked.
        func items(_ exprs: [Expr]) throws -> [Value] {
            var out: [Value] = []
            for item in exprs {
                if case .starred(let inner) = item.kind {
                    out.append(contentsOf: try collect(try operand(inner)))
                } else {
                    out.append(try operand(item))
                }
            }
            return out
        }
        /// An f-string's text: each field's value, then its nested spec's fields, then the format.
        func fstring(_ parts: [FStringPart]) throws -> String {
            var out = ""
            for part in parts {
                switch part {
                case .literal(let s): out += s
                case .field(let x, let conversion, let specParts, let debugText):
                    let v = try operand(x)
                    let spec = try specParts.map { try fstring($0) } ?? ""
                    out += try fieldText(v, conversion: conversion, spec: spec, hasSpec: specParts != nil, debugText: debugText)
                }
            }
            return out
        }
        switch e.kind {
        case .unary(let op, let x):
            return try unary(op, try operand(x))
        case .binary(let op, let l, let r):
            let a = try operand(l)
            return try binary(op, a, try operand(r))
        case .and(let xs), .or(let xs):
            var isAnd = true
            if case .or = e.kind { isAnd = false }
            var v: Value = .none
            for x in xs {
                v = try operand(x)
                if try truthy(v) != isAnd { return v }
            }
            return v
        case .compare(let first, let rest):
            var left = try operand(first)
            for (op, rightExpr) in rest {
                let right = try operand(rightExpr)
                let result = try compare(op, left, right)
                if rest.count == 1 { return result }
                if !(try truthy(result)) { return result }
                left = right
            }
            return .bool(true)
        case .ifElse(let test, let body, let orElse):
            let t = try operand(test)
            return try operand(try truthy(t) ? body : orElse)
        case .attribute(let x, let name):
            return try getAttribute(try operand(x), name)
        case .subscript(let x, let i):
            let obj = try operand(x)
            return try getItem(obj, try operand(i))
        case .slice(let lo, let hi, let step):
            let lower = try lo.map { try operand($0) } ?? .none
            let upper = try hi.map { try operand($0) } ?? .none
            return .object(PySlice(lower: lower, upper: upper, step: try step.map { try operand($0) } ?? .none))
        case .namedExpr(let name, let x):
            let v = try operand(x)
            try bind(name, v, ctx)
            return v
        case .tuple(let xs):
            return .tuple(PyTuple.of(try items(xs)))
        case .list(let xs):
            return .list(PyList(try items(xs)))
        case .set(let xs):
            return try setDisplay(try items(xs))
        case .dict(let pairs):
            let d = PyDict()
            for (k, v) in pairs {
                if let k {
                    let key = try operand(k)
                    try d.set(key, try operand(v))
                } else {
                    let m = try operand(v)
                    guard case .dict(let other) = m else {
                        throw PyError("TypeError", "'\(m.typeName)' object is not a mapping")
                    }
                    for (kk, vv) in other.pairs { try d.set(kk, vv) }
                }
            }
            return .dict(d)
        case .fstring(let parts):
            return .str(try fstring(parts))
        case .call(let callee, let argExprs):
            let f = try operand(callee)
            var args = Arguments()
            for a in argExprs {
                switch a {
                case .positional(let x): args.positional.append(try operand(x))
                case .star(let x):
                    let v = try operand(x)
                    guard isIterable(v) else { throw PyError("TypeError", "\(functionString(f)) argument after * must be an iterable, not \(v.typeName)") }
                    args.positional.append(contentsOf: try collect(v))
                case .keyword(let k, let x, _):
                    let v = try operand(x)
                    if args.keywords.contains(where: { $0.0 == k }) {
                        throw PyError("TypeError", "\(functionString(f)) got multiple values for keyword argument '\(k)'")
                    }
                    args.keywords.append((k, v))
                case .doubleStar(let x):
                    let v = try operand(x)
                    guard case .dict(let d) = v else {
                        throw PyError("TypeError", "\(functionString(f)) argument after ** must be a mapping, not \(v.typeName)")
                    }
                    for (k, val) in d.pairs {
                        guard case .str(let key) = k else { throw PyError("TypeError", "keywords must be strings") }
                        if args.keywords.contains(where: { $0.0 == key }) {
                            throw PyError("TypeError", "\(functionString(f)) got multiple values for keyword argument '\(key)'")
                        }
                        args.keywords.append((key, val))
                    }
                }
            }
            return try call(f, args)
        case .listComp(let elt, let clauses):
            let first = try operand(clauses[0].iterable)
            var out: [Value] = []
            try comprehension(e, [elt], clauses, ctx, name: "<listcomp>", first: first, span: e.span) { c in out.append(try eval(elt, c)) }
            return .list(PyList(out))
        case .setComp(let elt, let clauses):
            let first = try operand(clauses[0].iterable)
            let s = PySet(frozen: false)
            try comprehension(e, [elt], clauses, ctx, name: "<setcomp>", first: first, span: e.span) { c in try s.add(try eval(elt, c), self) }
            return .object(s)
        case .dictComp(let k, let v, let clauses):
            let first = try operand(clauses[0].iterable)
            let d = PyDict()
            try comprehension(e, [k, v], clauses, ctx, name: "<dictcomp>", first: first, span: e.span) { c in
                let key = try eval(k, c)
                try d.set(key, try eval(v, c))
            }
            return .dict(d)
        case .lambda(let params, let body):
            // A default value holding the enclosing generator's `yield`.
            let defaults = try params.positional.map { p in try p.defaultValue.map { try operand($0) } }
            let keywordDefaults = try params.keywordOnly.map { p in try p.defaultValue.map { try operand($0) } }
            return .function(try makeFunction(lambdaDefinition(e, params, body), lambdaBody: body.containsYield ? nil : body, name: "<lambda>", ctx,
                                              evaluatedDefaults: (defaults, keywordDefaults)))
        case .generator(let elt, let clauses):
            return try generatorExpression(e, elt, clauses, ctx, first: try operand(clauses[0].iterable))
        default:
            return try eval(e, ctx)
        }
    }
}
