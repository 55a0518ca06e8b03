/// Finds the names a function body binds, without descending into nested functions.
struct ScopeCollector {
    var assigned: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []

    mutating func visit(_ body: [Stmt]) {
        for s in body { visit(s) }
    }

    mutating func target(_ e: Expr) {
        switch e.kind {
        case .name(let n): assigned.insert(n)
        case .tuple(let items), .list(let items): items.forEach { target($0) }
        case .starred(let inner): target(inner)
        default: break
        }
    }

    mutating func visit(_ s: Stmt) {
        switch s.kind {
        case .assign(let targets, let value):
            targets.forEach { target($0) }
            walrus(value)
        case .augAssign(let t, _, _): target(t)
        case .annAssign(let t, _, let v): if v != nil { target(t) }
        case .ifElse(let test, let a, let b):
            walrus(test)
            visit(a); visit(b)
        case .whileLoop(_, let a, let b): visit(a); visit(b)
        case .forLoop(let t, _, let a, let b): target(t); visit(a); visit(b)
        case .functionDef(let f, _): assigned.insert(f.name)
        case .classDef(let c, _): assigned.insert(c.name)
        case .importModules(let items):
            for (path, alias) in items { assigned.insert(alias ?? path[0]) }
        case .importFrom(_, let items):
            for (name, alias) in items { assigned.insert(alias ?? name) }
        case .with(let items, let body):
            for (_, t) in items { if let t { target(t) } }
            visit(body)
        case .global(let names): globals.formUnion(names)
        case .nonlocal(let names): nonlocals.formUnion(names)
        case .delete(let targets): targets.forEach { target($0) }
        case .tryExcept(let body, let handlers, let orElse, let finally):
            visit(body)
            for h in handlers {
                if let n = h.name { assigned.insert(n) }
                visit(h.body)
            }
            visit(orElse); visit(finally)
        case .match(let subject, let cases):
            walrus(subject)
            for c in cases {
                c.pattern.forEachBinding { target($0) }
                if let g = c.guardExpr { walrus(g) }
                visit(c.body)
            }
        case .expr(let e): walrus(e)
        default: break
        }
    }

    mutating func walrus(_ e: Expr) {
        if case .namedExpr(let n, _) = e.kind { assigned.insert(n) }
    }
}

