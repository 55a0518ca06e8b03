/// Statements of a generator's body whose `yield` is outside the plain value expressions:
/// in an assignment target (`a[(yield)] = 1`), an augmented assignment (`x += yield v`, whose
/// target is read before the `yield`), a `del`, a default value or decorator of a `def`, and a
/// decorator or base of a `class`. Each runs as a fixed sequence of steps in CPython's order;
/// the values of the steps before a suspending `yield` are kept, so resuming does not repeat
/// them (nor their side effects).
extension Interpreter {
    /// Runs `body`, whose steps each run once: a step's value is kept, and when a later step
    /// suspends the body, resuming hands the kept values back in order (as `resumable` does
    /// for operands).
    func resumableSteps<T>(_ g: PyGenerator, _ body: (_ step: (() throws -> Value) throws -> Value) throws -> T) throws -> T {
        var values: [Value] = []
        if g.resuming, case .partial(let saved) = g.peekCursor() {
            _ = g.nextCursor()
            values = saved
        }
        var next = 0
        do {
            return try body { run in
                defer { next += 1 }
                if next < values.count { return values[next] }
                let v = try run()
                values.append(v)
                return v
            }
        } catch let y as GeneratorYield {
            g.record(.partial(values))
            throw y
        }
    }

    /// `t1 = t2 = value` with a `yield` in a target: the value, then each target left to
    /// right, a target's object and index evaluated (resumably) just before it is stored.
    func genAssignment(_ targets: [Expr], _ valueExpr: Expr?, _ ctx: Context, _ g: PyGenerator) throws {
        try resumableSteps(g) { step in
            guard let valueExpr else {
                // `a[(yield)]: int` without a value evaluates the target's parts only.
                for t in targets { try genTargetParts(t, ctx, g, step) }
                return
            }
            let value = try step { try self.genEval(valueExpr, ctx, g) }
            for t in targets { try genAssign(t, value, ctx, g, step) }
        }
    }

    private func genTargetParts(_ target: Expr, _ ctx: Context, _ g: PyGenerator, _ step: (() throws -> Value) throws -> Value) throws {
        switch target.kind {
        case .attribute(let objExpr, _):
            _ = try step { try self.genEval(objExpr, ctx, g) }
        case .subscript(let objExpr, let indexExpr):
            _ = try step { try self.genEval(objExpr, ctx, g) }
            _ = try step { try self.genEval(indexExpr, ctx, g) }
        default: break
        }
    }

    func genAssign(_ target: Expr, _ value: Value, _ ctx: Context, _ g: PyGenerator,
                           _ step: (() throws -> Value) throws -> Value) throws {
        // Every store is a step too: a later target's `yield` must not repeat it on resuming.
        guard target.containsYield else {
            _ = try step { try self.assign(target, value, ctx); return .none }
            return
        }
        switch target.kind {
        case .attribute(let objExpr, let name):
            let obj = try step { try self.genEval(objExpr, ctx, g) }
            _ = try step { try self.setAttribute(obj, name, value, site: target); return .none }
        case .subscript(let objExpr, let indexExpr):
            let obj = try step { try self.genEval(objExpr, ctx, g) }
            let index = try step { try self.genEval(indexExpr, ctx, g) }
            _ = try step {
                do {
                    try self.setItem(obj, index, value)
                } catch var e as PyError {
                    if e.pendingSpan == nil {
                        e.pendingSpan = target.span
                        e.pendingAnchors = (objExpr.fullSpan, indexExpr.fullSpan, true)
                    }
                    throw e
                }
                return .none
            }
        case .tuple(let targets), .list(let targets):
            // Unpacking runs once (it may consume an iterator); then each target in order.
            let items = try step {
                do {
                    return .tuple(PyTuple.of(try self.unpackValues(targets, value)))
                } catch var e as PyError {
                    if e.pendingSpan == nil { e.pendingSpan = target.span }
                    throw e
                }
            }
            guard case .tuple(let t) = items else { return }
            for (i, sub) in targets.enumerated() {
                if case .starred(let inner) = sub.kind {
                    try genAssign(inner, t[i], ctx, g, step)
                } else {
                    try genAssign(sub, t[i], ctx, g, step)
                }
            }
        default:
            _ = try step { try self.assign(target, value, ctx); return .none }
        }
    }

    /// `target op= value` in a generator: as CPython, the target's object, index and current
    /// value are read before the value is evaluated (so `x += yield v` adds the sent value to
    /// `x` as it was before the `yield`), then the in-place operation is stored.
    func genAugmentedAssign(_ target: Expr, _ op: BinaryOp, _ valueExpr: Expr, _ ctx: Context, _ g: PyGenerator) throws {
        try resumableSteps(g) { step in
            switch target.kind {
            case .name(let n):
                let current = try step { try self.eval(target, ctx) }
                let rhs = try step { try self.genEval(valueExpr, ctx, g) }
                try bind(n, try inPlaceBinary(op, current, rhs), ctx)
            case .attribute(let objExpr, let name):
                let obj = try step { try self.genEval(objExpr, ctx, g) }
                let current = try step { try self.getAttribute(obj, name, site: target) }
                let rhs = try step { try self.genEval(valueExpr, ctx, g) }
                try setAttribute(obj, name, try inPlaceBinary(op, current, rhs), site: target)
            case .subscript(let objExpr, let indexExpr):
                let obj = try step { try self.genEval(objExpr, ctx, g) }
                let index = try step { try self.genEval(indexExpr, ctx, g) }
                let current = try step { try self.getItem(obj, index) }
                let rhs = try step { try self.genEval(valueExpr, ctx, g) }
                try setItem(obj, index, try inPlaceBinary(op, current, rhs))
            default:
                throw PyError("SyntaxError", "illegal expression for augmented assignment")
            }
        }
    }

    /// `del t1, t2` with a `yield` in a target: each target's parts, then its deletion, in order.
    func genDelete(_ targets: [Expr], _ ctx: Context, _ g: PyGenerator) throws {
        try resumableSteps(g) { step in
            func remove(_ target: Expr) throws {
                guard target.containsYield else {
                    _ = try step { try self.delete(target, ctx); return .none }
                    return
                }
                switch target.kind {
                case .subscript(let objExpr, let indexExpr):
                    let obj = try step { try self.genEval(objExpr, ctx, g) }
                    let index = try step { try self.genEval(indexExpr, ctx, g) }
                    _ = try step { try self.deleteItem(obj, index); return .none }
                case .attribute(let objExpr, let name):
                    let obj = try step { try self.genEval(objExpr, ctx, g) }
                    _ = try step { try self.deleteAttribute(obj, name); return .none }
                case .tuple(let items), .list(let items):
                    for i in items { try remove(i) }
                default:
                    _ = try step { try self.delete(target, ctx); return .none }
                }
            }
            for t in targets { try remove(t) }
        }
    }

    /// A `def` whose decorators or default values hold a `yield`: the decorators top to
    /// bottom, then the positional defaults, then the keyword-only ones, as CPython.
    func genFunctionDef(_ def: FunctionDef, _ decorators: [Expr], _ ctx: Context, _ g: PyGenerator) throws {
        try resumableSteps(g) { step in
            var wrappers: [Value] = []
            for d in decorators { wrappers.append(try step { try self.genEval(d, ctx, g) }) }
            var defaults: [Value?] = []
            for p in def.parameters.positional {
                if let d = p.defaultValue { defaults.append(try step { try self.genEval(d, ctx, g) }) } else { defaults.append(nil) }
            }
            var keywordDefaults: [Value?] = []
            for p in def.parameters.keywordOnly {
                if let d = p.defaultValue { keywordDefaults.append(try step { try self.genEval(d, ctx, g) }) } else { keywordDefaults.append(nil) }
            }
            var value = Value.function(try makeFunction(def, lambdaBody: nil, name: def.name, ctx,
                                                        evaluatedDefaults: (defaults, keywordDefaults)))
            for d in wrappers.reversed() { value = try call(d, Arguments([value])) }
            try bind(def.name, value, ctx)
        }
    }

    /// A `class` whose decorators or bases hold a `yield`: the decorators, then the bases and
    /// keywords, then the body (which cannot hold the generator's `yield`).
    func genClassDef(_ def: ClassDef, _ decorators: [Expr], _ ctx: Context, _ g: PyGenerator) throws {
        try resumableSteps(g) { step in
            var wrappers: [Value] = []
            for d in decorators { wrappers.append(try step { try self.genEval(d, ctx, g) }) }
            var args = Arguments()
            for a in def.bases {
                switch a {
                case .positional(let e):
                    args.positional.append(try step { try self.genEval(e, ctx, g) })
                case .star(let e):
                    let v = try step { try self.genEval(e, ctx, g) }
                    guard isIterable(v) else { throw PyError("TypeError", "Value after * must be an iterable, not \(v.typeName)") }
                    args.positional.append(contentsOf: try collect(v))
                case .keyword(let k, let e, _):
                    args.keywords.append((k, try step { try self.genEval(e, ctx, g) }))
                case .doubleStar(let e):
                    let v = try step { try self.genEval(e, ctx, g) }
                    guard case .dict(let d) = v else { throw PyError("TypeError", "argument after ** must be a mapping, not \(v.typeName)") }
                    for (k, val) in d.pairs {
                        guard case .str(let key) = k else { throw PyError("TypeError", "keywords must be strings") }
                        args.keywords.append((key, val))
                    }
                }
            }
            try execClassDef(def, decorators: decorators, ctx, evaluated: (wrappers, args))
        }
    }
}
