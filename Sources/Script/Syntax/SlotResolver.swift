/// Marks the names of a function's body that are its locals with their frame slots, once, when
/// the definition is built, so that reading or assigning them indexes the frame's slot array
/// instead of hashing the name.
///
/// It visits what runs in the function's own frame: the body, and of nested definitions only
/// what the enclosing frame evaluates (decorators, default values, class bases, a
/// comprehension's first iterable). Names elsewhere keep `slot == -1` and are looked up by
/// name, as are names evaluated in any frame other than the function's (the check at run time
/// compares `Expr.slotScope` with the frame's function), so a mark can only speed a lookup up.
struct SlotResolver {
    let scope: LocalSlots

    /// The layout of a comprehension's own frame (its targets' names), with the names of its
    /// code that run in that frame marked: every clause but the first one's iterable.
    static func comprehensionSlots(_ elements: [Expr], _ clauses: [Comprehension]) -> LocalSlots {
        var collector = ScopeCollector()
        for c in clauses { collector.target(c.target) }
        let slots = LocalSlots(collector.assigned.sorted())
        var resolver = SlotResolver(scope: slots)
        for (i, c) in clauses.enumerated() {
            if i > 0 { resolver.visit(c.iterable) }
            resolver.visit(c.target)
            c.conditions.forEach { resolver.visit($0) }
        }
        elements.forEach { resolver.visit($0) }
        return slots
    }

    mutating func visit(_ body: [Stmt]) {
        for s in body { visit(s) }
    }

    mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .expr(let e): visit(e)
        case .assign(let targets, let value):
            targets.forEach { visit($0) }
            visit(value)
        case .augAssign(let t, _, let v): visit(t); visit(v)
        case .annAssign(let t, let annotation, let v):
            visit(t); visit(annotation)
            if let v { visit(v) }
        case .ifElse(let test, let a, let b): visit(test); visit(a); visit(b)
        case .whileLoop(let test, let a, let b): visit(test); visit(a); visit(b)
        case .forLoop(let t, let iter, let a, let b): visit(t); visit(iter); visit(a); visit(b)
        case .breakLoop, .continueLoop, .pass, .global, .nonlocal, .importModules, .importFrom: break
        case .returnValue(let e): if let e { visit(e) }
        case .functionDef(let f, let decorators):
            decorators.forEach { visit($0) }
            visitDefaults(f.parameters)
        case .classDef(let c, let decorators):
            decorators.forEach { visit($0) }
            visit(c.bases)
        case .with(let items, let body):
            for (e, t) in items {
                visit(e)
                if let t { visit(t) }
            }
            visit(body)
        case .delete(let targets): targets.forEach { visit($0) }
        case .assert(let test, let message):
            visit(test)
            if let message { visit(message) }
        case .raise(let e, let cause):
            if let e { visit(e) }
            if let cause { visit(cause) }
        case .tryExcept(let body, let handlers, let orElse, let finally):
            visit(body)
            for h in handlers {
                if let t = h.type { visit(t) }
                visit(h.body)
            }
            visit(orElse)
            visit(finally)
        }
    }

    private mutating func visitDefaults(_ p: Parameters) {
        for q in p.positional { if let d = q.defaultValue { visit(d) } }
        for q in p.keywordOnly { if let d = q.defaultValue { visit(d) } }
        for a in p.annotations { visit(a.annotation) }
    }

    private mutating func visit(_ args: [Argument]) {
        for a in args {
            switch a {
            case .positional(let e), .star(let e), .keyword(_, let e, _), .doubleStar(let e): visit(e)
            }
        }
    }

    private mutating func visit(_ parts: [FStringPart]) {
        for p in parts {
            if case .field(let e, _, let spec, _) = p {
                visit(e)
                if let spec { visit(spec) }
            }
        }
    }

    mutating func visit(_ e: Expr) {
        switch e.kind {
        case .name(let n):
            if let i = scope.index[n] {
                e.slot = i
                e.slotScope = ObjectIdentifier(scope)
            }
        case .literal: break
        case .fstring(let parts): visit(parts)
        case .unary(_, let a), .attribute(let a, _), .starred(let a), .namedExpr(_, let a): visit(a)
        case .binary(_, let a, let b), .subscript(let a, let b): visit(a); visit(b)
        case .and(let items), .or(let items), .list(let items), .tuple(let items), .set(let items):
            items.forEach { visit($0) }
        case .compare(let first, let rest):
            visit(first)
            for (_, r) in rest { visit(r) }
        case .call(let callee, let args): visit(callee); visit(args)
        case .slice(let a, let b, let c):
            if let a { visit(a) }
            if let b { visit(b) }
            if let c { visit(c) }
        case .dict(let pairs):
            for (k, v) in pairs {
                if let k { visit(k) }
                visit(v)
            }
        case .listComp(_, let clauses), .setComp(_, let clauses), .generator(_, let clauses), .dictComp(_, _, let clauses):
            // Only the first iterable runs in this frame; the rest run in the comprehension's.
            if let first = clauses.first { visit(first.iterable) }
        case .ifElse(let test, let body, let orElse): visit(test); visit(body); visit(orElse)
        case .lambda(let params, _): visitDefaults(params)
        case .yield(let v): if let v { visit(v) }
        case .yieldFrom(let v): visit(v)
        }
    }
}
