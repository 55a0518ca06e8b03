/// How a `try` statement of a generator is leaving before its `finally` block runs.
enum PendingExit {
    case flow(Flow)
    /// An error in flight, with the handling record its `finally` block runs under.
    case error(HandledError)
}

extension Interpreter {
    /// A `try` statement of a generator's body, with a `yield` anywhere in it: in the body, an
    /// `except` clause, the `else` block or the `finally` block.
    ///
    /// The statement runs in phases (body, handler, else, finally); a `yield` records the
    /// phase in the cursor with what it needs to go on: the exception a handler is handling
    /// (so a bare `raise` and implicit chaining still see it after resuming) or how the
    /// statement is leaving while `finally` runs.
    func genTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finally: [Stmt],
                _ ctx: Context, _ g: PyGenerator) throws -> Flow {
        let phase: GeneratorCursor? = g.resuming ? g.nextCursor() : nil
        let pending: PendingExit
        switch phase {
        case .tryHandler(let index, let handled)?:
            pending = try genHandler(index, handled, handlers, ctx, g)
        case .tryElse?:
            pending = try genTryElse(orElse, ctx, g)
        case .tryFinally(let p)?:
            pending = p
        default:
            pending = try genTryBody(body, handlers, orElse, ctx, g)
        }
        if finally.isEmpty {
            switch pending {
            case .flow(let f): return f
            case .error(let handled): throw handled.original
            }
        }
        do {
            switch pending {
            case .flow(let f):
                let ending = try genBlock(finally, ctx, g)
                try g.throwIfSuspending()
                if case .normal = ending { return f }
                return ending
            case .error(let handled):
                let ending = try whileHandling(handled) {
                    let flow = try genBlock(finally, ctx, g)
                    try g.throwIfSuspending()
                    return flow
                }
                if case .normal = ending { throw handled.original }
                return ending
            }
        } catch let y as GeneratorYield {
            g.record(.tryFinally(pending))
            throw y
        }
    }

    private func genTryBody(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt],
                            _ ctx: Context, _ g: PyGenerator) throws -> PendingExit {
        let flow: Flow
        do {
            flow = try genBlock(body, ctx, g)
            try g.throwIfSuspending()
        } catch let y as GeneratorYield {
            g.record(.tryBody)
            throw y
        } catch let e as PyError where !e.isUncatchable {
            let index: Int?
            do {
                index = try matchingHandler(e, handlers, ctx)
            } catch let bad as PyError where !bad.isUncatchable {
                return .error(caught(bad, ctx))
            }
            guard let index else { return .error(caught(e, ctx)) }
            let handled = caught(e, ctx)
            if let n = handlers[index].name { try bind(n, handled.recorded.instance ?? .none, ctx) }
            return try genHandler(index, handled, handlers, ctx, g)
        }
        if case .normal = flow { return try genTryElse(orElse, ctx, g) }
        return .flow(flow)
    }

    private func genHandler(_ index: Int, _ handled: HandledError, _ handlers: [ExceptHandler],
                            _ ctx: Context, _ g: PyGenerator) throws -> PendingExit {
        let h = handlers[index]
        do {
            let flow = try whileHandling(handled) {
                let flow = try genBlock(h.body, ctx, g)
                try g.throwIfSuspending()
                return flow
            }
            if let n = h.name { unbind(n, ctx) }
            return .flow(flow)
        } catch let y as GeneratorYield {
            g.record(.tryHandler(index, handled))
            throw y
        } catch let e as PyError where !e.isUncatchable {
            if let n = h.name { unbind(n, ctx) }
            return .error(caught(e, ctx))
        }
    }

    private func genTryElse(_ orElse: [Stmt], _ ctx: Context, _ g: PyGenerator) throws -> PendingExit {
        do {
            let flow = try genBlock(orElse, ctx, g)
            try g.throwIfSuspending()
            return .flow(flow)
        } catch let y as GeneratorYield {
            g.record(.tryElse)
            throw y
        } catch let e as PyError where !e.isUncatchable {
            return .error(caught(e, ctx))
        }
    }
}
