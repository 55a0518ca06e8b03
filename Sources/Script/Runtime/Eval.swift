import Engine

extension Interpreter {
    /// Evaluates an expression, noting it as the failing expression if an error escapes it.
    func eval(_ e: Expr, _ ctx: Context) throws -> Value {
        // A bound local variable, the commonest expression: read from its frame slot before
        // the big switch (which would copy the name out of the node first).
        if e.slot >= 0, let frame = ctx.frame, frame.layoutID == e.slotScope, let v = frame.slots[e.slot] { return v }
        do {
            return try evalInner(e, ctx)
        } catch var err as PyError {
            if err.pendingSpan == nil { locate(&err, e) }
            throw err
        } catch let err as PyFormatError {
            var p = PyError(err.kind.rawValue, err.message)
            locate(&p, e)
            throw p
        } catch let err as EngineError {
            var p = PyError(err.kind.rawValue, err.message)
            locate(&p, e)
            throw p
        }
    }

    /// Marks `e` as the failing expression, with the operator or subscript anchors CPython draws.
    func locate(_ err: inout PyError, _ e: Expr) {
        err.pendingSpan = e.span
        switch e.kind {
        case .binary(_, let l, let r): err.pendingAnchors = (l.fullSpan, r.fullSpan, false)
        case .subscript(let v, let i): err.pendingAnchors = (v.fullSpan, i.fullSpan, true)
        default: break
        }
    }

    /// Evaluates the commonest kinds of expression. (A small function with no closures: its
    /// switch borrows the node's operands, where the whole switch copied them, a retain and
    /// release per node.) The other kinds are `evalOther`'s.
    private func evalInner(_ e: Expr, _ ctx: Context) throws -> Value {
        switch e.kind {
        case .name(let n):
            if e.slot >= 0, let frame = ctx.frame, frame.layoutID == e.slotScope {
                if let v = frame.slots[e.slot] { return v }
                throw PyError("UnboundLocalError", "cannot access local variable '\(n)' where it is not associated with a value")
            }
            return try lookupCached(e, n, ctx)
        case .literal(let l):
            switch l {
            case .none: return .none
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .float(let d): return .float(d)
            case .string(let s): return .str(s)
            case .ellipsis: return .object(EllipsisObject.shared)
            }
        case .unary(let op, let operand):
            let v = try eval(operand, ctx)
            return try unary(op, v)
        case .binary(let op, let l, let r):
            let a = try eval(l, ctx)
            let b = try eval(r, ctx)
            return try binary(op, a, b)
        case .and(let items):
            var v: Value = .none
            for item in items {
                v = try eval(item, ctx)
                if !(try truthy(v)) { return v }
            }
            return v
        case .or(let items):
            var v: Value = .none
            for item in items {
                v = try eval(item, ctx)
                if try truthy(v) { return v }
            }
            return v
        case .compare(let first, let rest):
            var left = try eval(first, ctx)
            // (By index, each operand unretained: the node keeps them alive.)
            for i in rest.indices {
                let op = rest[i].0
                let right = try Unmanaged.passUnretained(rest[i].1)._withUnsafeGuaranteedRef { try eval($0, ctx) }
                let result = try compare(op, left, right)
                if rest.count == 1 { return result }
                if !(try truthy(result)) { return result }
                left = right
            }
            return .bool(true)
        case .call(let fnExpr, let argExprs):
            return try evalCall(e, fnExpr, argExprs, ctx)
        case .attribute(let objExpr, let name):
            // `x.attr` with `x` a variable: read in place when the site's caches answer.
            if let v = borrowedAttribute(objExpr, site: e, ctx) { return v }
            return try getAttribute(try eval(objExpr, ctx), name, site: e)
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, ctx)
            let index = try eval(indexExpr, ctx)
            return try getItem(obj, index)
        case .tuple(let items):
            return try tupleDisplay(items, ctx)
        case .ifElse(let test, let body, let orElse):
            let chosen = try truthy(try eval(test, ctx)) ? Unmanaged.passUnretained(body) : Unmanaged.passUnretained(orElse)
            return try chosen._withUnsafeGuaranteedRef { try eval($0, ctx) }
        default:
            return try evalOther(e, ctx)
        }
    }

    /// A call expression `fnExpr(argExprs)` (node `e`).
    private func evalCall(_ e: Expr, _ fnExpr: Expr, _ argExprs: [Argument], _ ctx: Context) throws -> Value {
        let fn: Value
        switch fnExpr.kind {
        case .attribute(let objExpr, let name):
            // `x.f(…)` with `x` a variable holding an instance whose own attribute `f` the
            // site's caches find (`v._backward()`): read in place, `x` not copied out.
            if let f = borrowedAttribute(objExpr, site: fnExpr, ctx) {
                fn = f
                break
            }
            let obj = try eval(objExpr, ctx)
            // (`switch` borrows the list from `obj`, where an `if case` bound a retained copy;
            // likewise for the class and the function below.)
            switch obj {
            case .list(let l):
                if let r = try callListMethodDirectly(l, name, argExprs, ctx) { return r }
            default: break
            }
            if let r = try callMethodDirectly(obj, name, fnExpr, argExprs, ctx) { return r }
            do {
                fn = try getAttribute(obj, name, site: fnExpr)
            } catch var err as PyError {
                if err.pendingSpan == nil { locate(&err, fnExpr) }
                throw err
            }
        default:
            fn = try eval(fnExpr, ctx)
            switch fn {
            case .type(let c):
                if c.makesPlainInstances, let r = try instantiate(c, positional: argExprs, ctx) { return r }
            default: break
            }
            if case .builtin(let b) = fn, b === Interpreter.isinstanceFunction, argExprs.count == 2,
               let valueArg = argExprs[0].positionalExpression, let classArg = argExprs[1].positionalExpression {
                return try valueArg._withUnsafeGuaranteedRef { valueExpr in
                    try classArg._withUnsafeGuaranteedRef { classExpr in
                        if let r = borrowedIsPlainInstance(valueExpr, classExpr, ctx) { return .bool(r) }
                        let value = try eval(valueExpr, ctx)
                        return .bool(try isinstance(value, try eval(classExpr, ctx)))
                    }
                }
            }
            if argExprs.isEmpty {
                // The builtins that read the calling frame: `super()`, `dir()`, `locals()` and `vars()`.
                if case .type(let c) = fn, c === DescriptorClasses.superType { return try zeroArgumentSuper(ctx) }
                if case .builtin(let b) = fn, b === Interpreter.dirFunction { return dirOfFrame(ctx.frame) }
                if case .builtin(let b) = fn, b === Interpreter.localsFunction || b === Interpreter.varsFunction { return localsOfFrame(ctx.frame) }
            }
        }
        switch fn {
        case .function(let f):
            if let r = try callFunction(f, positional: argExprs, ctx) { return r }
        default: break
        }
        let args = try evalArguments(argExprs, ctx, callee: fn)
        if case .builtin(let b) = fn, b.boundSelf == nil {
            // (The length first: it costs no string comparison, on every builtin call.)
            if b.name.utf8.count == 7, b.name == "descent" {
                descentSite = DescentSite(call: e, arguments: argExprs, code: ctx.code)
            } else if b.readsClock {
                noteClockRead(b, at: e.span, ctx.code)
            }
        }
        return try call(fn, args)
    }

    /// A tuple display `(a, b, *c)`.
    private func tupleDisplay(_ items: [Expr], _ ctx: Context) throws -> Value {
        if items.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
            return .tuple(PyTuple.of(try evalItems(items, ctx)))
        }
        return .tuple(try PyTuple.build(count: items.count) { try eval(items[$0], ctx) })
    }

    /// Evaluates the kinds of expression `evalInner` leaves: displays, comprehensions,
    /// f-strings, lambdas….
    private func evalOther(_ e: Expr, _ ctx: Context) throws -> Value {
        switch e.kind {
        case .fstring(let parts):
            return .str(try fstring(parts, ctx))
        case .slice(let lo, let hi, let step):
            return .object(PySlice(lower: try lo.map { try eval($0, ctx) } ?? .none,
                                   upper: try hi.map { try eval($0, ctx) } ?? .none,
                                   step: try step.map { try eval($0, ctx) } ?? .none))
        case .list(let items):
            return .list(PyList(try evalItems(items, ctx)))
        case .set(let items):
            return try setDisplay(try evalItems(items, ctx), constant: Interpreter.isConstantSetDisplay(items))
        case .dict(let pairs):
            let d = PyDict()
            for (k, v) in pairs {
                if let k {
                    let key = try eval(k, ctx)
                    try d.set(key, try eval(v, ctx))
                } else {
                    let m = try eval(v, ctx)
                    guard case .dict(let other) = m else {
                        throw PyError("TypeError", "'\(m.typeName)' object is not a mapping")
                    }
                    for (kk, vv) in other.pairs { try d.set(kk, vv) }
                }
            }
            return .dict(d)
        case .starred:
            throw PyError("SyntaxError", "can't use starred expression here")
        case .listComp(let elt, let clauses):
            var out: [Value] = []
            try comprehension(e, [elt], clauses, ctx, name: "<listcomp>", span: e.span) { c in out.append(try eval(elt, c)) }
            return .list(PyList(out))
        case .generator(let elt, let clauses):
            return try generatorExpression(e, elt, clauses, ctx)
        case .setComp(let elt, let clauses):
            let s = PySet(frozen: false)
            try comprehension(e, [elt], clauses, ctx, name: "<setcomp>", span: e.span) { c in try s.add(try eval(elt, c), self) }
            return .object(s)
        case .dictComp(let k, let v, let clauses):
            let d = PyDict()
            try comprehension(e, [k, v], clauses, ctx, name: "<dictcomp>", span: e.span) { c in
                let key = try eval(k, c)
                try d.set(key, try eval(v, c))
            }
            return .dict(d)
        case .lambda(let params, let body):
            return .function(try makeFunction(lambdaDefinition(e, params, body), lambdaBody: body.containsYield ? nil : body, name: "<lambda>", ctx))
        case .yield, .yieldFrom:
            // ScopeCheck refuses a `yield` outside a function before the script runs; in a
            // generator, the resumable evaluation covers every position a `yield` may take.
            throw PyError("SystemError", "'yield' evaluated outside its generator's resumable evaluation")
        case .namedExpr(let n, let valueExpr):
            let v = try eval(valueExpr, ctx)
            try bind(n, v, ctx)
            return v
        default:
            throw PyError("SystemError", "unexpected expression kind")
        }
    }

    /// `obj.name(args)` where `name` is a script class's method (not shadowed in the
    /// instance's `__dict__`): called without making a bound method; nil otherwise.
    private func callMethodDirectly(_ obj: Value, _ name: String, _ site: Expr, _ argExprs: [Argument], _ ctx: Context) throws -> Value? {
        guard case .object(let o) = obj, let inst = o as? PyInstance, let f = cachedLookup(site, inst.cls, name),
              case .function(let fn) = f, !(inst.cls.scriptAttributeHooks?.contains(.getattribute) ?? false),
              inst.ownAttribute(name) == nil else { return nil }
        if let r = try callFunction(fn, positional: argExprs, ctx, receiver: obj) { return r }
        var args = Arguments()
        try evalArguments(argExprs, ctx, into: &args, callee: f)
        return try callFunction(fn, args, receiver: obj)
    }

    /// `xs.append(x)`, `xs.extend(ys)` and `xs.pop()` (CPython 3.11 specializes the first
    /// and last): no bound method, no `Arguments` array; nil (nothing evaluated) for other
    /// calls.
    private func callListMethodDirectly(_ l: PyList, _ name: String, _ argExprs: [Argument], _ ctx: Context) throws -> Value? {
        // (Lengths first: unequal names then cost no string comparison.)
        let length = name.utf8.count
        if length == 6, name == "append", argExprs.count == 1, let e = argExprs[0].positionalExpression {
            let v = try e._withUnsafeGuaranteedRef { try eval($0, ctx) }
            if l.items.count >= Interpreter.maxContainerSize { throw PyError("MemoryError", "") }
            l.items.append(v)
            return Value.none
        }
        if length == 6, name == "extend", argExprs.count == 1, case .positional(let e) = argExprs[0] {
            let v = try eval(e, ctx)
            if l.items.count >= Interpreter.maxContainerSize { throw PyError("MemoryError", "") }
            switch v {
            case .tuple(let t):
                // (The tuple's items appended in place: no intermediate array.)
                t.withUnsafeMutablePointers { header, items in
                    for i in 0..<header.pointee.count { l.items.append(items[i]) }
                }
            default:
                l.items.append(contentsOf: try collect(v))
            }
            return Value.none
        }
        if length == 3, name == "pop", argExprs.isEmpty {
            if l.items.isEmpty { throw PyError("IndexError", "pop from empty list") }
            return l.items.removeLast()
        }
        return nil
    }

    /// The slot layout of comprehension `e`'s frames, made (and its names marked) once.
    func comprehensionSlots(_ e: Expr, _ elements: [Expr], _ clauses: [Comprehension]) -> LocalSlots {
        if let made = e.comprehensionSlots { return made }
        let slots = SlotResolver.comprehensionSlots(elements, clauses)
        e.comprehensionSlots = slots
        return slots
    }

    private func evalItems(_ items: [Expr], _ ctx: Context) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for item in items {
            if case .starred(let inner) = item.kind {
                let v = try eval(inner, ctx)
                guard isIterable(v) else { throw PyError("TypeError", "Value after * must be an iterable, not \(v.typeName)") }
                out.append(contentsOf: try collect(v))
            } else {
                out.append(try eval(item, ctx))
            }
        }
        return out
    }

    /// The function a `lambda` expression makes, built once per expression.
    func lambdaDefinition(_ e: Expr, _ params: Parameters, _ body: Expr) -> FunctionDef {
        if let made = e.lambdaDef { return made }
        let def: FunctionDef
        if body.containsYield {
            // `lambda: (yield x)` is a generator function returning its body's value.
            def = FunctionDef(name: "<lambda>", parameters: params, body: [Stmt(.returnValue(body), body.span)], span: e.span)
        } else {
            def = FunctionDef(name: "<lambda>", parameters: params, body: [], span: e.span, lambdaBody: body)
        }
        e.lambdaDef = def
        return def
    }

    func evalArguments(_ argExprs: [Argument], _ ctx: Context, callee: Value? = nil) throws -> Arguments {
        var args = Arguments()
        try evalArguments(argExprs, ctx, into: &args, callee: callee)
        return args
    }

    /// Appends the call's arguments to `args` (which may hold a method's receiver already);
    /// `callee` names the function in errors about `*` and `**` arguments.
    func evalArguments(_ argExprs: [Argument], _ ctx: Context, into args: inout Arguments, callee: Value? = nil) throws {
        if args.positional.isEmpty { args.positional.reserveCapacity(argExprs.count) }
        for i in argExprs.indices {
            // (A positional argument, the commonest, read without copying the argument.)
            if let e = argExprs[i].positionalExpression {
                args.positional.append(try e._withUnsafeGuaranteedRef { try eval($0, ctx) })
                continue
            }
            switch argExprs[i] {
            case .positional(let e): args.positional.append(try eval(e, ctx))
            case .star(let e):
                let v = try eval(e, ctx)
                guard isIterable(v) else {
                    throw PyError("TypeError", "\(callee.map { functionString($0) + " argument" } ?? "Value") after * must be an iterable, not \(v.typeName)")
                }
                args.positional.append(contentsOf: try collect(v))
            case .keyword(let k, let e, _):
                let v = try eval(e, ctx)
                // A literal keyword repeated is a SyntaxError; here it repeats one a `**` gave.
                if args.keywords.contains(where: { $0.0 == k }) {
                    throw PyError("TypeError", "\(callee.map { functionString($0) + " " } ?? "")got multiple values for keyword argument '\(k)'")
                }
                args.keywords.append((k, v))
            case .doubleStar(let e):
                let v = try eval(e, ctx)
                guard case .dict(let d) = v else {
                    throw PyError("TypeError", "\(callee.map { functionString($0) + " " } ?? "")argument after ** must be a mapping, not \(v.typeName)")
                }
                for (k, val) in d.pairs {
                    guard case .str(let key) = k else { throw PyError("TypeError", "keywords must be strings") }
                    if args.keywords.contains(where: { $0.0 == key }) {
                        throw PyError("TypeError", "\(callee.map { functionString($0) + " " } ?? "")got multiple values for keyword argument '\(key)'")
                    }
                    args.keywords.append((key, val))
                }
            }
        }
    }

    /// Runs a comprehension's clauses, calling `body` in its frame for each item; `first` is
    /// the first iterable's value when it was evaluated already (resumably, in a generator).
    func comprehension(_ e: Expr, _ elements: [Expr], _ clauses: [Comprehension], _ ctx: Context, name: String, first firstValue: Value? = nil, span: Span? = nil,
                       _ body: (Context) throws -> Void) throws {
        let frame = Frame.comprehension(comprehensionSlots(e, elements, clauses), enclosing: ctx.frame)
        let inner = Context(frame: frame, code: ctx.code, name: name, function: ctx.function)
        func run(_ i: Int) throws {
            if i == clauses.count { try body(inner); return }
            let clause = clauses[i]
            let iterable = try eval(clause.iterable, inner)
            try iterate(iterable) { item in
                steps += 1
                if steps & 0x3FF == 0 { try checkLimits() }
                try assign(clause.target, item, inner)
                for cond in clause.conditions where !(try truthy(try eval(cond, inner))) { return true }
                try run(i + 1)
                return true
            }
        }
        // The first iterable is evaluated in the enclosing scope, as in Python; the rest runs
        // in the comprehension's own frame, which tracebacks show as `<listcomp>`.
        let first = try firstValue ?? eval(clauses[0].iterable, ctx)
        guard isIterable(first) else { throw PyError("TypeError", "'\(first.typeName)' object is not iterable") }
        if callDepth >= recursionLimit { throw PyError("RecursionError", "maximum recursion depth exceeded") }
        callDepth += 1
        enterFrame()
        defer {
            callDepth -= 1
            leaveFrame()
        }
        do {
            try iterate(first) { item in
                steps += 1
                if steps & 0x3FF == 0 { try checkLimits() }
                try assign(clauses[0].target, item, inner)
                for cond in clauses[0].conditions where !(try truthy(try eval(cond, inner))) { return true }
                try run(1)
                return true
            }
        } catch var e as PyError {
            // An error from the first iterable's iterator (a generator's, say) is shown at
            // the whole comprehension in its frame, as CPython's FOR_ITER.
            if e.pendingSpan == nil, let span { e.pendingSpan = span }
            e = record(e, inner)
            throw e
        }
    }

    private func fstring(_ parts: [FStringPart], _ ctx: Context) throws -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let s): out += s
            case .field(let e, let conversion, let specParts, let debugText):
                let v = try eval(e, ctx)
                var spec = ""
                if let specParts { spec = try fstring(specParts, ctx) }
                out += try fieldText(v, conversion: conversion, spec: spec, hasSpec: specParts != nil, debugText: debugText)
            }
        }
        return out
    }

    /// One replacement field of an f-string: `expr=` text, then the value converted (`!r`,
    /// `!s`, `!a`; `=` alone implies `!r`) and formatted with `spec`.
    func fieldText(_ v: Value, conversion: Character?, spec: String, hasSpec: Bool, debugText: String?) throws -> String {
        var out = debugText ?? ""
        var conv = conversion
        if debugText != nil && conv == nil && !hasSpec { conv = "r" }
        switch conv {
        case "r": out += try format(.str(try repr(v)), spec: spec)
        case "s": out += try format(.str(try str(v)), spec: spec)
        case "a": out += try format(.str(asciiRepr(try repr(v))), spec: spec)
        default: out += try format(v, spec: spec)
        }
        return out
    }

    func asciiRepr(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) } else if u.value <= 0xFF {
                out += "\\x" + hex(u.value, 2)
            } else if u.value <= 0xFFFF { out += "\\u" + hex(u.value, 4) } else { out += "\\U" + hex(u.value, 8) }
        }
        return out
    }

    private func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }
}
