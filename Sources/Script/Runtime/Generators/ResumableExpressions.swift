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
        var values: [Value] = []
        if g.resuming, case .partial(let saved) = g.peekCursor() {
            _ = g.nextCursor()
            values = saved
        }
        do {
            return try genCombine(e, &values, ctx, g)
        } catch let y as GeneratorYield {
            g.saving.append(.partial(values))
            throw y
        } catch var err as PyError {
            if err.pendingSpan == nil { locate(&err, e) }
            throw err
        }
    }

    /// The value of `e` from its operands, evaluating those not in `values` yet (appending
    /// each as it is known, so that a suspension keeps them).
    private func genCombine(_ e: Expr, _ values: inout [Value], _ ctx: Context, _ g: PyGenerator) throws -> Value {
        /// Operand `i`: its kept value, or evaluated now.
        func operand(_ i: Int, _ x: Expr) throws -> Value {
            if i < values.count { return values[i] }
            let v = try genEval(x, ctx, g)
            values.append(v)
            return v
        }
        switch e.kind {
        case .unary(let op, let x):
            return try unary(op, try operand(0, x))
        case .binary(let op, let l, let r):
            let a = try operand(0, l)
            return try binary(op, a, try operand(1, r))
        case .and(let items), .or(let items):
            var isAnd = true
            if case .or = e.kind { isAnd = false }
            var v: Value = .none
            for (i, item) in items.enumerated() {
                v = try operand(i, item)
                if try truthy(v) != isAnd { return v }
            }
            return v
        case .compare(let first, let rest):
            var left = try operand(0, first)
            for (i, (op, rightExpr)) in rest.enumerated() {
                let right = try operand(i + 1, rightExpr)
                let result = try compare(op, left, right)
                if rest.count == 1 { return result }
                if !(try truthy(result)) { return result }
                left = right
            }
            return .bool(true)
        case .ifElse(let test, let body, let orElse):
            let t = try operand(0, test)
            return try operand(1, try truthy(t) ? body : orElse)
        case .attribute(let x, let name):
            return try getAttribute(try operand(0, x), name)
        case .subscript(let x, let i):
            let obj = try operand(0, x)
            return try getItem(obj, try operand(1, i))
        case .namedExpr(let name, let x):
            let v = try operand(0, x)
            try bind(name, v, ctx)
            return v
        case .tuple(let items), .list(let items):
            var out: [Value] = []
            for (i, item) in items.enumerated() {
                if case .starred(let inner) = item.kind {
                    out.append(contentsOf: try collect(try operand(i, inner)))
                } else {
                    out.append(try operand(i, item))
                }
            }
            if case .tuple = e.kind { return .tuple(PyTuple.of(out)) }
            return .list(PyList(out))
        case .call(let callee, let argExprs):
            let f = try operand(0, callee)
            var args = Arguments()
            for (i, a) in argExprs.enumerated() {
                switch a {
                case .positional(let x): args.positional.append(try operand(i + 1, x))
                case .star(let x): args.positional.append(contentsOf: try collect(try operand(i + 1, x)))
                case .keyword(let k, let x, _): args.keywords.append((k, try operand(i + 1, x)))
                case .doubleStar(let x):
                    guard case .dict(let d) = try operand(i + 1, x) else {
                        throw PyError("TypeError", "argument after ** must be a mapping")
                    }
                    for (k, v) in d.pairs {
                        guard case .str(let key) = k else { throw PyError("TypeError", "keywords must be strings") }
                        args.keywords.append((key, v))
                    }
                }
            }
            return try call(f, args)
        default:
            throw PyError("SyntaxError", "'yield' is not supported inside this kind of expression in the script language")
        }
    }

    /// `target op= value` whose value contains a `yield`: the value first (resumably), then
    /// the in-place operation on the target.
    func genAugmentedAssign(_ target: Expr, _ op: BinaryOp, _ valueExpr: Expr, _ ctx: Context, _ g: PyGenerator) throws {
        let rhs = try genEval(valueExpr, ctx, g)
        switch target.kind {
        case .name(let n):
            try bind(n, try inPlaceBinary(op, try eval(target, ctx), rhs), ctx)
        case .attribute(let objExpr, let name):
            let obj = try eval(objExpr, ctx)
            try setAttribute(obj, name, try inPlaceBinary(op, try getAttribute(obj, name), rhs))
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, ctx)
            let index = try eval(indexExpr, ctx)
            try setItem(obj, index, try inPlaceBinary(op, try getItem(obj, index), rhs))
        default:
            throw PyError("SyntaxError", "illegal expression for augmented assignment")
        }
    }
}
