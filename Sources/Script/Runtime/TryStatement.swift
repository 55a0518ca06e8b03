/// An exception an `except` clause (or a `finally` block) is handling.
struct HandledError {
    /// The error as it reached the `try`, before this frame's traceback entry: what a bare
    /// `raise` throws again (unwinding then adds the same entry back).
    let original: PyError
    /// With this frame's entry: the traceback printed for it as another exception's context.
    let recorded: PyError
}

extension Interpreter {
    // MARK: try, raise, with

    /// `try` with its clauses; `body` runs the try block (resumably, in a generator).
    func execTry(_ body: () throws -> Flow, _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finally: [Stmt], _ ctx: Context) throws -> Flow {
        var flow: Flow = .normal
        do {
            var handledOne = false
            do {
                flow = try body()
            } catch let e as PyError where !e.isUncatchable && !handlers.isEmpty {
                guard let index = try matchingHandler(e, handlers, ctx) else { throw e }
                let h = handlers[index]
                let handled = caught(e, ctx)
                if let n = h.name { try bind(n, handled.recorded.instance ?? .none, ctx) }
                flow = try whileHandling(handled) { try execBlock(h.body, ctx) }
                // CPython deletes the `as` name when the handler ends.
                if let n = h.name { unbind(n, ctx) }
                handledOne = true
            }
            if !handledOne, case .normal = flow, !orElse.isEmpty { flow = try execBlock(orElse, ctx) }
        } catch let e as PyError where !finally.isEmpty && !e.isUncatchable {
            // The finally block runs with the error in flight as the exception being handled.
            let handled = caught(e, ctx)
            let f = try whileHandling(handled) { try execBlock(finally, ctx) }
            if case .normal = f { throw handled.original }
            return f
        } catch let y as GeneratorYield {
            // A generator suspended inside the try block: nothing ends here.
            throw y
        } catch {
            if !finally.isEmpty {
                let f = try execBlock(finally, ctx)
                if case .normal = f { throw error }
                return f
            }
            throw error
        }
        return try runFinally(finally, after: flow, ctx)
    }

    /// The index of the first `except` clause that catches `e`, nil when none does.
    func matchingHandler(_ e: PyError, _ handlers: [ExceptHandler], _ ctx: Context) throws -> Int? {
        let cls = errorClass(e)
        for (index, h) in handlers.enumerated() {
            guard let t = h.type else { return index }
            let tv = try eval(t, ctx)
            let classes: [Value]
            if case .tuple(let t) = tv { classes = t.items } else { classes = [tv] }
            var matches = false
            for c in classes {
                guard case .type(let k) = c, k.isSubclass(of: exceptionClass(named: "BaseException")) else {
                    throw PyError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
                }
                if cls.isSubclass(of: k) { matches = true }
            }
            if matches { return index }
        }
        return nil
    }

    private func runFinally(_ finally: [Stmt], after flow: Flow, _ ctx: Context) throws -> Flow {
        if finally.isEmpty { return flow }
        let f = try execBlock(finally, ctx)
        if case .normal = f { return flow }
        return f
    }

    /// The error an `except` clause caught, with the exception object it binds and the
    /// traceback down from this frame that the object keeps (for `raise e` and chaining).
    func caught(_ e: PyError, _ ctx: Context) -> HandledError {
        var original = e
        // Raised while another exception was being handled (and caught inside that handler).
        if original.context == nil, let h = handling.last, !sameException(e, h.original) {
            original.context = ChainedError(h.recorded)
        }
        let instance = exceptionInstance(e)
        original.instance = instance
        let recorded = record(original, ctx)
        if case .object(let o as PyExceptionObject) = instance {
            o.traceback = recorded.traceback
            if let c = original.cause { o.cause = c.error.instance ?? .none }
            if let c = original.context { o.context = c.error.instance ?? .none }
            o.suppressContext = original.suppressContext
        }
        return HandledError(original: original, recorded: recorded)
    }

    /// Runs `body` with `handled` as the exception being handled: an error escaping it gets
    /// `handled` as its context (unless it is `handled` raised again).
    func whileHandling(_ handled: HandledError, _ body: () throws -> Flow) throws -> Flow {
        handling.append(handled)
        defer { handling.removeLast() }
        do {
            return try body()
        } catch var ne as PyError where !ne.isUncatchable {
            if ne.context == nil, !sameException(ne, handled.original) {
                ne.context = ChainedError(handled.recorded)
                if case .object(let o as PyExceptionObject) = ne.instance, case .none = o.context {
                    o.context = handled.recorded.instance ?? .none
                }
            }
            throw ne
        }
    }

    private func sameException(_ a: PyError, _ b: PyError) -> Bool {
        guard case .object(let x) = a.instance, case .object(let y) = b.instance else { return false }
        return x === y
    }

    /// Removes a name a handler bound (`except E as e`), as CPython does when the handler ends.
    func unbind(_ name: String, _ ctx: Context) {
        if let frame = ctx.frame, frame.owns(name) {
            frame.set(name, nil)
        } else if ctx.frame == nil {
            globals[name] = nil
        }
    }

    /// `raise`, `raise E`, `raise E from cause`.
    /// `evaluate` evaluates the exception and cause (resumably, in a generator's body).
    func execRaise(_ e: Expr?, cause: Expr?, _ ctx: Context, evaluate: ((Expr) throws -> Value)? = nil) throws {
        let evaluate = evaluate ?? { try self.eval($0, ctx) }
        guard let e else {
            guard let h = handling.last else { throw PyError("RuntimeError", "No active exception to reraise") }
            throw h.original
        }
        var err = try makeRaisedError(try evaluate(e))
        if case .object(let o as PyExceptionObject) = err.instance {
            // An exception raised before keeps its traceback; this raise's frames go in front.
            err.traceback = o.traceback
            if let causeExpr = cause {
                let c = try evaluate(causeExpr)
                if case .none = c {
                    o.cause = .none
                } else {
                    var causeError = try makeRaisedError(c)
                    if case .object(let co as PyExceptionObject) = causeError.instance {
                        causeError.traceback = co.traceback
                        o.cause = .object(co)
                    } else {
                        throw PyError("TypeError", "exception causes must derive from BaseException")
                    }
                    err.cause = ChainedError(causeError)
                }
                o.suppressContext = true
                err.suppressContext = true
            } else if case .object(let co as PyExceptionObject) = o.cause {
                // A stored exception raised again keeps the cause it was given before.
                err.cause = ChainedError(try TracebackModule.error(for: .object(co), self))
                err.suppressContext = o.suppressContext
            }
        }
        throw err
    }

    /// A context manager's bound `__enter__` and `__exit__`.
    func contextManagerMethods(_ manager: Value) throws -> (enter: Value, exit: Value) {
        guard let enter = try getAttributeIfPresent(manager, "__enter__"),
              let exit = try getAttributeIfPresent(manager, "__exit__") else {
            throw PyError("TypeError", "'\(manager.typeName)' object does not support the context manager protocol")
        }
        return (enter, exit)
    }

    /// `with a as x, b as y:`: `__exit__` gets the exception that ends the block, and a true
    /// result suppresses it.
    /// `resuming` holds the `__exit__` methods when a generator resumes inside the block.
    /// `evaluate` evaluates the context managers (resumably, in a generator's body).
    func execWith(_ items: [(Expr, Expr?)], _ ctx: Context, resuming: [Value]? = nil, evaluate: ((Expr) throws -> Value)? = nil,
                  _ body: ([Value]) throws -> Flow) throws -> Flow {
        var exits: [Value] = resuming ?? []
        var flow: Flow = .normal
        do {
            for (e, target) in items where resuming == nil {
                let manager = try evaluate.map { try $0(e) } ?? eval(e, ctx)
                let (enter, exit) = try contextManagerMethods(manager)
                let entered = try call(enter, Arguments())
                exits.append(exit)
                if let target { try assign(target, entered, ctx) }
            }
            flow = try body(exits)
        } catch let e as PyError where !e.isUncatchable && !exits.isEmpty {
            var pending: PyError? = e
            let handled = caught(e, ctx)
            // `__exit__` runs while the body's exception is being handled: an exception it
            // raises has that one as its context, as in CPython.
            _ = try whileHandling(handled) {
                for exit in exits.reversed() {
                    if let p = pending {
                        let args = Arguments([.type(errorClass(p)), handled.recorded.instance ?? .none, .none])
                        if try truthy(try call(exit, args)) { pending = nil }
                    } else {
                        _ = try call(exit, Arguments([.none, .none, .none]))
                    }
                }
                return .normal
            }
            if let p = pending { throw p }
            return .normal
        }
        for exit in exits.reversed() { _ = try call(exit, Arguments([.none, .none, .none])) }
        return flow
    }
}
