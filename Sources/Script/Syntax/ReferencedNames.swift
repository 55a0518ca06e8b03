/// Every name a piece of code mentions, its nested functions, classes and comprehensions
/// included: what a function made at run time may read from the frames enclosing it.
///
/// `Interpreter.makeFunction` gives a nested function its enclosing frame only when that
/// frame (or one enclosing it) owns one of these names (see `FunctionDef.enclosingNames`):
/// `lambda: None` made in every `__init__` then keeps no frame alive. A superset is safe (a
/// frame kept that is not needed); attribute names and keywords are not variables.
struct ReferencedNames {
    var names: Set<String> = []

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
        case .ifElse(let test, let a, let b), .whileLoop(let test, let a, let b): visit(test); visit(a); visit(b)
        case .forLoop(let t, let iter, let a, let b): visit(t); visit(iter); visit(a); visit(b)
        case .breakLoop, .continueLoop, .pass, .global, .importModules, .importFrom: break
        case .nonlocal(let declared): names.formUnion(declared)
        case .returnValue(let e): if let e { visit(e) }
        case .functionDef(let f, let decorators):
            decorators.forEach { visit($0) }
            visit(f.parameters)
            visit(f.body)
        case .classDef(let c, let decorators):
            decorators.forEach { visit($0) }
            visit(c.bases)
            visit(c.body)
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
                if let n = h.name { names.insert(n) }
                visit(h.body)
            }
            visit(orElse)
            visit(finally)
        }
    }

    mutating func visit(_ p: Parameters) {
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

    private mutating func visit(_ clauses: [Comprehension]) {
        for c in clauses {
            visit(c.target)
            visit(c.iterable)
            c.conditions.forEach { visit($0) }
        }
    }

    mutating func visit(_ e: Expr) {
        switch e.kind {
        case .name(let n): names.insert(n)
        case .literal: break
        case .fstring(let parts): visit(parts)
        case .unary(_, let a), .attribute(let a, _), .starred(let a): visit(a)
        case .namedExpr(let n, let a):
            names.insert(n)
            visit(a)
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
        case .listComp(let elt, let clauses), .setComp(let elt, let clauses), .generator(let elt, let clauses):
            visit(elt)
            visit(clauses)
        case .dictComp(let k, let v, let clauses):
            visit(k)
            visit(v)
            visit(clauses)
        case .ifElse(let test, let body, let orElse): visit(test); visit(body); visit(orElse)
        case .lambda(let params, let body):
            visit(params)
            visit(body)
        case .yield(let v): if let v { visit(v) }
        case .yieldFrom(let v): visit(v)
        }
    }
}
