extension Interpreter {
    /// A `match` statement in a generator's body whose subject, a guard or a case body holds
    /// a `yield`: resumes in the case body (`branch`) or the guard (`caseGuard`, with the
    /// subject, the case's names already bound) where the body was suspended.
    func genMatch(_ subject: Expr, _ cases: [MatchCase], _ ctx: Context, _ g: PyGenerator) throws -> Flow {
        var first = 0
        var resumedGuard: Int?
        let value: Value
        if g.resuming, case .branch(let k) = g.peekCursor() {
            _ = g.nextCursor()
            return try genCaseBody(cases, k, ctx, g)
        } else if g.resuming, case .caseGuard(let k, let v) = g.peekCursor() {
            _ = g.nextCursor()
            value = v
            first = k
            resumedGuard = k
        } else {
            value = try genEval(subject, ctx, g)
        }
        for k in first..<cases.count {
            let c = cases[k]
            if resumedGuard != k {
                var captures: [(Expr, Value)] = []
                guard try match(c.pattern, value, &captures, ctx) else { continue }
                for (target, v) in captures { try assign(target, v, ctx) }
            }
            if let test = c.guardExpr {
                let holds: Bool
                do {
                    holds = try truthy(try genEval(test, ctx, g))
                } catch let y as GeneratorYield {
                    g.record(.caseGuard(k, value))
                    throw y
                }
                if !holds { continue }
            }
            return try genCaseBody(cases, k, ctx, g)
        }
        return .normal
    }

    private func genCaseBody(_ cases: [MatchCase], _ k: Int, _ ctx: Context, _ g: PyGenerator) throws -> Flow {
        do {
            let flow = try genBlock(cases[k].body, ctx, g)
            if g.suspending { g.record(.branch(k)) }
            return flow
        } catch let y as GeneratorYield {
            g.record(.branch(k))
            throw y
        }
    }
}
