extension Interpreter {
    // MARK: Running generators

    /// `next(gen)` / `gen.send(v)`: the next yielded value, or StopIteration.
    func generatorNext(_ g: PyGenerator, send: Value = .none) throws -> Value {
        let justFinished = g.state != .finished
        if let v = try generatorStep(g, send: send) { return v }
        var e = PyError("StopIteration", "")
        // Only the step that ends the body carries its return value.
        let value = justFinished ? g.returnValue ?? .none : .none
        e.instance = .object(PyExceptionObject(cls: exceptionClass(named: "StopIteration"), args: value.isNone ? [] : [value]))
        if !value.isNone { e.message = try repr(value) == "" ? "" : try str(value) }
        g.returnValue = nil
        throw e
    }

    /// Runs the generator's body to its next `yield`: the value, or nil once it has finished.
    func generatorStep(_ g: PyGenerator, send: Value = .none) throws -> Value? {
        switch g.state {
        case .finished: return nil
        case .running: throw PyError("ValueError", "generator already executing")
        default: break
        }
        if callDepth >= recursionLimit { throw PyError("RecursionError", "maximum recursion depth exceeded") }
        callDepth += 1
        enterFrame()
        defer {
            callDepth -= 1
            leaveFrame()
        }
        g.state = .running
        g.sent = send
        g.replayIndex = g.cursors.count
        let ctx = Context(running: g.function, in: g.frame)
        do {
            let flow = try genBlock(g.function.def.body, ctx, g)
            if g.suspending {
                g.suspending = false
                let value = g.yielded
                g.yielded = .none
                suspended(g)
                return value
            }
            g.state = .finished
            g.clearCursors()
            if case .returnValue(let v) = flow { g.returnValue = v }
            return nil
        } catch let y as GeneratorYield {
            suspended(g)
            return y.value
        } catch var e as PyError {
            g.state = .finished
            g.clearCursors()
            if !e.isUncatchable, e.matches("StopIteration", self) {
                // PEP 479: a StopIteration escaping the body would end the caller's loop silently.
                e = stopIterationEscaped(record(e, ctx))
            }
            throw record(e, ctx)
        }
    }

    /// The body stopped at a `yield` and recorded its cursors (innermost first).
    private func suspended(_ g: PyGenerator) {
        g.state = .suspended
        if !g.registered, g.cursors.contains(where: \.needsCleanup) {
            g.registered = true
            suspendedWithCleanup[g.serial] = WeakGenerator(generator: g)
        }
    }

    /// A block of a generator's body, resuming at its cursor when the body re-enters it.
    /// A `yield` statement suspending the body returns (`g.suspending`) after recording the
    /// statement's index.
    func genBlock(_ body: [Stmt], _ ctx: Context, _ g: PyGenerator) throws -> Flow {
        var i = 0
        if g.resuming, case .block(let k) = g.nextCursor() { i = k }
        while i < body.count {
            let flow: Flow
            do {
                flow = try execOne(body[i], ctx, generator: g)
            } catch let y as GeneratorYield {
                g.record(.block(i))
                throw y
            }
            if g.suspending {
                g.record(.block(i))
                return .normal
            }
            if case .normal = flow { i += 1; continue }
            return flow
        }
        return .normal
    }

    /// A statement containing `yield`, run so that it can stop at the `yield` and resume there.
    func genStmt(_ stmt: Stmt, _ ctx: Context, _ g: PyGenerator) throws -> Flow {
        switch stmt.kind {
        case .expr(let e):
            if case .yield(let valueExpr) = e.kind, valueExpr?.containsYield != true {
                try yieldStatement(valueExpr, e, ctx, g)
                break
            }
            _ = try genEval(e, ctx, g)
        case .assign(let targets, let valueExpr):
            if targets.contains(where: \.containsYield) { try genAssignment(targets, valueExpr, ctx, g); break }
            let value = try genEval(valueExpr, ctx, g)
            for t in targets { try assign(t, value, ctx) }
        case .augAssign(let target, let op, let valueExpr):
            try genAugmentedAssign(target, op, valueExpr, ctx, g)
        case .delete(let targets):
            try genDelete(targets, ctx, g)
        case .functionDef(let def, let decorators):
            try genFunctionDef(def, decorators, ctx, g)
        case .classDef(let def, let decorators):
            try genClassDef(def, decorators, ctx, g)
        case .returnValue(let e):
            return .returnValue(try e.map { try genEval($0, ctx, g) } ?? .none)
        case .ifElse(let test, let body, let orElse):
            var branch = 0
            if g.resuming, case .branch(let b) = g.peekCursor() {
                _ = g.nextCursor()
                branch = b
            } else {
                branch = try truthy(try genEval(test, ctx, g)) ? 0 : 1
            }
            do {
                let flow = try genBlock(branch == 0 ? body : orElse, ctx, g)
                if g.suspending { g.record(.branch(branch)) }
                return flow
            } catch let y as GeneratorYield {
                g.record(.branch(branch))
                throw y
            }
        case .whileLoop(let test, let body, let orElse):
            loopLines.append((ctx.code, stmt.span.line))
            defer { loopLines.removeLast() }
            // Resuming: in the body, in the `else` block (`branch`), or in the test.
            var inBody = false
            if g.resuming {
                switch g.peekCursor() {
                case .whileBody: _ = g.nextCursor(); inBody = true
                case .branch: _ = g.nextCursor(); return try genElse(orElse, ctx, g)
                default: break
                }
            }
            while true {
                if !inBody {
                    guard try truthy(try genEval(test, ctx, g)) else { break }
                    steps += 1
                    if steps & 0x3FF == 0 { try checkLimits() }
                }
                inBody = false
                let flow: Flow
                do {
                    flow = try genBlock(body, ctx, g)
                } catch let y as GeneratorYield {
                    g.record(.whileBody)
                    throw y
                }
                if g.suspending {
                    g.record(.whileBody)
                    return .normal
                }
                switch flow {
                case .breakLoop: return .normal
                case .returnValue: return flow
                default: continue
                }
            }
            return try genElse(orElse, ctx, g)
        case .forLoop(let target, let iterExpr, let body, let orElse):
            loopLines.append((ctx.code, stmt.span.line))
            defer { loopLines.removeLast() }
            // Resuming: in the body, in the `else` block (`branch`), or in the iterable.
            var resumed: ResumedIterator?
            // An item whose store in the target was suspended by a `yield` there.
            var storing: Value?
            if g.resuming {
                switch g.peekCursor() {
                case .forBody(let n): _ = g.nextCursor(); resumed = n
                case .forTarget(let n, let item): _ = g.nextCursor(); resumed = n; storing = item
                case .branch: _ = g.nextCursor(); return try genElse(orElse, ctx, g)
                default: break
                }
            }
            var inBody = resumed != nil && storing == nil
            let iterator = try resumed ?? ResumedIterator(iteratorOver(try genEval(iterExpr, ctx, g)))
            let advance = iterator.next
            while true {
                if !inBody {
                    let item: Value
                    if let s = storing {
                        item = s
                        storing = nil
                    } else {
                        guard let fresh = try advance() else { break }
                        item = fresh
                        steps += 1
                        if steps & 0x3FF == 0 { try checkLimits() }
                    }
                    if target.containsYield {
                        do {
                            try resumableSteps(g) { step in try genAssign(target, item, ctx, g, step) }
                        } catch let y as GeneratorYield {
                            g.record(.forTarget(iterator, item))
                            throw y
                        }
                    } else {
                        try assign(target, item, ctx)
                    }
                }
                inBody = false
                let flow: Flow
                do {
                    flow = try genBlock(body, ctx, g)
                } catch let y as GeneratorYield {
                    g.record(.forBody(iterator))
                    throw y
                }
                if g.suspending {
                    g.record(.forBody(iterator))
                    return .normal
                }
                switch flow {
                case .breakLoop: return .normal
                case .returnValue: return flow
                default: continue
                }
            }
            return try genElse(orElse, ctx, g)
        case .tryExcept(let body, let handlers, let orElse, let finally):
            return try genTry(body, handlers, orElse, finally, ctx, g)
        case .match(let subject, let cases):
            return try genMatch(subject, cases, ctx, g)
        case .with(let items, let body):
            if let k = items.dropFirst().firstIndex(where: { $0.0.containsYield || $0.1?.containsYield == true }) {
                // `with a, (yield) as b:` is `with a:` around `with (yield) as b:`, so that the
                // managers entered before the `yield` stay entered while the body is suspended.
                let inner = Stmt(.with(Array(items[k...]), body), stmt.span)
                return try genStmt(Stmt(.with(Array(items[..<k]), [inner]), stmt.span), ctx, g)
            }
            if let target = items[0].1, target.containsYield {
                return try genWithYieldingTarget(items, target, body, stmt.span, ctx, g)
            }
            var resumeExits: [Value]?
            if g.resuming, case .withBody(let exits) = g.peekCursor() {
                _ = g.nextCursor()
                resumeExits = exits
            }
            return try execWith(items, ctx, resuming: resumeExits, evaluate: { try self.genEval($0, ctx, g) }) { exits in
                do {
                    let flow = try genBlock(body, ctx, g)
                    try g.throwIfSuspending()
                    return flow
                } catch let y as GeneratorYield {
                    g.record(.withBody(exits))
                    throw y
                }
            }
        case .annAssign(let target, _, let valueExpr):
            if target.containsYield { try genAssignment([target], valueExpr, ctx, g); break }
            if let valueExpr { try assign(target, try genEval(valueExpr, ctx, g), ctx) }
        case .assert(let test, let message):
            try resumable(ctx, g) { operand in
                guard !(try truthy(try operand(test))) else { return }
                let m = try message.map { try operand($0) }
                var e = PyError("AssertionError", try m.map { try str($0) } ?? "")
                e.instance = .object(PyExceptionObject(cls: exceptionClass(named: "AssertionError"), args: m.map { [$0] } ?? []))
                e.pendingSpan = test.span
                throw e
            }
        case .raise(let e, let cause):
            try resumable(ctx, g) { operand in
                try withoutActuallyEscaping(operand) { try execRaise(e, cause: cause, ctx, evaluate: $0) }
            }
        default:
            return try exec(stmt, ctx)
        }
        return .normal
    }

    /// `with m as t, …:` whose target `t` holds a `yield`: the manager is entered, then `t`
    /// stored (resumably: a `yield` there leaves the manager entered, to be exited when the
    /// body ends or the generator is closed), then the other items and the body run.
    private func genWithYieldingTarget(_ items: [(Expr, Expr?)], _ target: Expr, _ body: [Stmt], _ span: Span,
                                       _ ctx: Context, _ g: PyGenerator) throws -> Flow {
        var exits: [Value]?
        var entered = Value.none
        var stored = false
        if g.resuming {
            switch g.peekCursor() {
            case .withTarget(let e, let v): _ = g.nextCursor(); exits = e; entered = v
            case .withBody(let e): _ = g.nextCursor(); exits = e; stored = true
            default: break
            }
        }
        if exits == nil {
            let manager = try genEval(items[0].0, ctx, g)
            let (enter, exit) = try contextManagerMethods(manager)
            entered = try call(enter, Arguments())
            exits = [exit]
        }
        return try execWith([], ctx, resuming: exits) { exits in
            if !stored {
                do {
                    try resumableSteps(g) { step in try genAssign(target, entered, ctx, g, step) }
                } catch let y as GeneratorYield {
                    g.record(.withTarget(exits, entered))
                    throw y
                }
            }
            do {
                let flow: Flow
                if items.count > 1 {
                    flow = try genStmt(Stmt(.with(Array(items.dropFirst()), body), span), ctx, g)
                } else {
                    flow = try genBlock(body, ctx, g)
                }
                try g.throwIfSuspending()
                return flow
            } catch let y as GeneratorYield {
                g.record(.withBody(exits))
                throw y
            }
        }
    }

    /// A loop's `else` block in a generator (a `yield` there resumes through `.branch`).
    private func genElse(_ orElse: [Stmt], _ ctx: Context, _ g: PyGenerator) throws -> Flow {
        do {
            let flow = try genBlock(orElse, ctx, g)
            if g.suspending { g.record(.branch(1)) }
            return flow
        } catch let y as GeneratorYield {
            g.record(.branch(1))
            throw y
        }
    }

    /// The statement `yield value` (the commonest `yield`): suspends the body by returning
    /// with `g.suspending` set, each enclosing statement recording its cursor as it returns;
    /// resuming there raises what `throw()` passed in, or goes on (the sent value is unused).
    private func yieldStatement(_ valueExpr: Expr?, _ e: Expr, _ ctx: Context, _ g: PyGenerator) throws {
        if g.resuming {
            try resumeAtYield(e, g)
            return
        }
        let value = try valueExpr.map { try eval($0, ctx) } ?? .none
        g.beginSuspension(.yieldPoint)
        g.yielded = value
        g.suspending = true
    }

    /// `yield value` / `yield from it`: suspends the body, or gives the sent value on resuming.
    func genYield(_ e: Expr, _ ctx: Context, _ g: PyGenerator) throws -> Value {
        switch e.kind {
        case .yield(let valueExpr):
            if let valueExpr, valueExpr.containsYield {
                // `yield (yield x)`: the inner yield may suspend first; its value is kept.
                return try resumable(ctx, g) { operand in
                    let value = try operand(valueExpr)
                    return try yieldPoint(value, e, g)
                }
            }
            if g.resuming { return try yieldPoint(.none, e, g) }
            return try yieldPoint(try valueExpr.map { try eval($0, ctx) } ?? .none, e, g)
        case .yieldFrom(let source):
            if source.containsYield {
                return try resumable(ctx, g) { operand in
                    if g.resuming, case .yieldFrom = g.peekCursor() { return try delegate(nil, e, g) }
                    return try delegate(try operand(source), e, g)
                }
            }
            return try delegate(g.resuming ? nil : try eval(source, ctx), e, g)
        default:
            return try eval(e, ctx)
        }
    }

    /// Resuming at a `yield`: consumes its cursor and raises what `throw()` passed in, if anything.
    private func resumeAtYield(_ e: Expr, _ g: PyGenerator) throws {
        _ = g.nextCursor()
        if var thrown = g.pendingThrow {
            g.pendingThrow = nil
            thrown.pendingSpan = e.span
            throw thrown
        }
    }

    /// Suspends the body at a `yield` with `value`, or, when the body resumes there, gives the
    /// sent value (or raises what `throw()` passed in).
    private func yieldPoint(_ value: Value, _ e: Expr, _ g: PyGenerator) throws -> Value {
        if g.resuming {
            try resumeAtYield(e, g)
            return g.sent
        }
        g.beginSuspension(.yieldPoint)
        throw GeneratorYield(value: value)
    }

    /// `yield from`: starts delegating to `source`'s iterator, or (`source` nil) resumes the
    /// delegation recorded in the cursor; the delegate's return value once it is exhausted.
    private func delegate(_ source: Value?, _ e: Expr, _ g: PyGenerator) throws -> Value {
        var next: ResumedIterator
        var inner: PyGenerator?
        if let it = source {
            guard isIterable(it) else { throw PyError("TypeError", "'\(it.typeName)' object is not iterable") }
            if case .object(let sub as PyGenerator) = it { inner = sub }
            next = ResumedIterator(try iteratorOver(it))
        } else {
            guard case .yieldFrom(let n, let sub) = g.nextCursor() else {
                throw PyError("SystemError", "generator resumed at a 'yield from' it did not leave")
            }
            next = n
            inner = sub
            if let thrown = g.pendingThrow {
                g.pendingThrow = nil
                if let value = try throwIntoDelegate(thrown, inner, e.span) {
                    g.beginSuspension(.yieldFrom(n, inner))
                    throw GeneratorYield(value: value)
                }
                let result = inner?.returnValue ?? .none
                inner?.returnValue = nil
                return result
            }
            if let sub, !g.sent.isNone {
                // `send(v)` passes through to the delegate generator.
                if let item = try generatorStep(sub, send: g.sent) {
                    g.beginSuspension(.yieldFrom(n, inner))
                    throw GeneratorYield(value: item)
                }
                let result = sub.returnValue ?? .none
                sub.returnValue = nil
                return result
            }
        }
        do {
            if let item = try next.next() {
                g.beginSuspension(.yieldFrom(next, inner))
                throw GeneratorYield(value: item)
            }
        } catch var err as PyError {
            if err.pendingSpan == nil { err.pendingSpan = e.span }
            throw err
        }
        let result = inner?.returnValue ?? .none
        inner?.returnValue = nil
        return result
    }
}
