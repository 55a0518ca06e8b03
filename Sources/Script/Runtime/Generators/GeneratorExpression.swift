extension Interpreter {
    /// `(elt for target in iterable if cond …)`: a lazy generator, as in CPython.
    ///
    /// Only the first iterable is evaluated (and `iter()` taken of it) when the expression
    /// runs; every other clause and `elt` run in the `<genexpr>` frame as items are asked
    /// for, one at a time. The nested `for` clauses are a stack of iterators: the innermost
    /// advances, an exhausted one is popped and the one outside it advances. After an error
    /// or the last item the generator is finished; a `StopIteration` escaping a clause becomes
    /// `RuntimeError: generator raised StopIteration` (PEP 479).
    /// `first` is the first iterable's value when it was evaluated already (resumably).
    func generatorExpression(_ e: Expr, _ elt: Expr, _ clauses: [Comprehension], _ ctx: Context, first firstValue: Value? = nil) throws -> Value {
        let frame = Frame.comprehension(comprehensionSlots(e, [elt], clauses), enclosing: ctx.frame)
        let inner = Context(frame: frame, code: ctx.code, name: "<genexpr>", function: ctx.function)
        // The generator may outlive the call that made it: it keeps the function its context borrows.
        let function = ctx.function
        let first = try firstValue ?? eval(clauses[0].iterable, ctx)
        var iterators: [() throws -> Value?] = [try iteratorOver(first)]
        var running = false
        // (`unowned(unsafe)`: the session's interpreter outlives the iterators its script
        // makes; a checked `unowned` reference cost an atomic strong retain per item.)
        let produce = { [unowned(unsafe) self] () throws -> Value? in
            guard !iterators.isEmpty else { return nil }
            if running { throw PyError("ValueError", "generator already executing") }
            withExtendedLifetime(function) {}
            if self.callDepth >= self.recursionLimit {
                throw PyError("RecursionError", "maximum recursion depth exceeded")
            }
            self.callDepth += 1
            self.enterFrame()
            running = true
            defer {
                self.callDepth -= 1
                self.leaveFrame()
                running = false
            }
            do {
                while let next = iterators.last {
                    let level = iterators.count - 1
                    guard let item = try next() else {
                        iterators.removeLast()
                        continue
                    }
                    self.steps += 1
                    if self.steps & 0x3FF == 0 { try self.checkLimits() }
                    let clause = clauses[level]
                    try self.assign(clause.target, item, inner)
                    var passes = true
                    for cond in clause.conditions where !(try self.truthy(try self.eval(cond, inner))) {
                        passes = false
                        break
                    }
                    guard passes else { continue }
                    if level == clauses.count - 1 { return try self.eval(elt, inner) }
                    iterators.append(try self.iteratorOver(try self.eval(clauses[level + 1].iterable, inner)))
                }
                return nil
            } catch var e as PyError {
                iterators = []
                if !e.isUncatchable, e.matches("StopIteration", self) {
                    e = self.stopIterationEscaped(self.record(e, inner))
                }
                throw self.record(e, inner)
            }
        }
        return .object(PyIterator(kind: "generator", producer: produce))
    }
}
