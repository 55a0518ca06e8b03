/// A walk over the statements and expressions of a piece of code, shared by the passes that
/// look at every name in it (`ReferencedNames`, `SlotResolver`): one switch over the syntax
/// for all of them, the passes differing only in what they do at a name and in whether they
/// enter the code of nested scopes.
///
/// A pass implements `name(_:_:)` and `declared(_:)` and calls `walk`.
protocol SyntaxWalk {
    /// Whether the walk enters nested scopes' own code: function, class and lambda bodies, and
    /// a comprehension's element, targets, conditions and later iterables. False: it visits
    /// only what the enclosing frame evaluates (decorators, default values, annotations, class
    /// bases, a comprehension's first iterable).
    static var entersNestedScopes: Bool { get }
    /// A name expression (read, bound or deleted).
    mutating func name(_ e: Expr, _ name: String)
    /// A name the code binds or declares with no expression of its own: a `nonlocal`
    /// declaration, an `except … as` name, a `:=` target.
    mutating func declared(_ name: String)
}

extension SyntaxWalk {
    mutating func walk(_ body: [Stmt]) {
        for s in body { walk(s) }
    }

    mutating func walk(_ s: Stmt) {
        switch s.kind {
        case .expr(let e): walk(e)
        case .assign(let targets, let value):
            targets.forEach { walk($0) }
            walk(value)
        case .augAssign(let t, _, let v): walk(t); walk(v)
        case .annAssign(let t, let annotation, let v):
            walk(t); walk(annotation)
            if let v { walk(v) }
        case .ifElse(let test, let a, let b), .whileLoop(let test, let a, let b): walk(test); walk(a); walk(b)
        case .forLoop(let t, let iter, let a, let b): walk(t); walk(iter); walk(a); walk(b)
        case .breakLoop, .continueLoop, .pass, .global, .importModules, .importFrom: break
        case .nonlocal(let names): names.forEach { declared($0) }
        case .returnValue(let e): if let e { walk(e) }
        case .functionDef(let f, let decorators):
            decorators.forEach { walk($0) }
            walk(f.parameters)
            if Self.entersNestedScopes { walk(f.body) }
        case .classDef(let c, let decorators):
            decorators.forEach { walk($0) }
            walk(c.bases)
            if Self.entersNestedScopes { walk(c.body) }
        case .with(let items, let body):
            for (e, t) in items {
                walk(e)
                if let t { walk(t) }
            }
            walk(body)
        case .delete(let targets): targets.forEach { walk($0) }
        case .assert(let test, let message):
            walk(test)
            if let message { walk(message) }
        case .raise(let e, let cause):
            if let e { walk(e) }
            if let cause { walk(cause) }
        case .tryExcept(let body, let handlers, let orElse, let finally):
            walk(body)
            for h in handlers {
                if let t = h.type { walk(t) }
                if let n = h.name { declared(n) }
                walk(h.body)
            }
            walk(orElse)
            walk(finally)
        case .match(let subject, let cases):
            walk(subject)
            for c in cases {
                c.pattern.forEachExpr { walk($0) }
                if let g = c.guardExpr { walk(g) }
                walk(c.body)
            }
        }
    }

    /// What the enclosing frame evaluates of a parameter list: default values and annotations.
    mutating func walk(_ p: Parameters) {
        for q in p.positional { if let d = q.defaultValue { walk(d) } }
        for q in p.keywordOnly { if let d = q.defaultValue { walk(d) } }
        for a in p.annotations { walk(a.annotation) }
    }

    private mutating func walk(_ args: [Argument]) {
        for a in args {
            switch a {
            case .positional(let e), .star(let e), .keyword(_, let e, _), .doubleStar(let e): walk(e)
            }
        }
    }

    private mutating func walk(_ parts: [FStringPart]) {
        for p in parts {
            if case .field(let e, _, let spec, _) = p {
                walk(e)
                if let spec { walk(spec) }
            }
        }
    }

    /// A comprehension's clauses and elements: only the first iterable runs in the enclosing
    /// frame; the rest run in the comprehension's own.
    private mutating func walk(_ elements: [Expr], _ clauses: [Comprehension]) {
        guard Self.entersNestedScopes else {
            if let first = clauses.first { walk(first.iterable) }
            return
        }
        elements.forEach { walk($0) }
        for c in clauses {
            walk(c.target)
            walk(c.iterable)
            c.conditions.forEach { walk($0) }
        }
    }

    mutating func walk(_ e: Expr) {
        switch e.kind {
        case .name(let n): name(e, n)
        case .literal: break
        case .fstring(let parts): walk(parts)
        case .unary(_, let a), .attribute(let a, _), .starred(let a): walk(a)
        case .namedExpr(let n, let a):
            declared(n)
            walk(a)
        case .binary(_, let a, let b), .subscript(let a, let b): walk(a); walk(b)
        case .and(let items), .or(let items), .list(let items), .tuple(let items), .set(let items):
            items.forEach { walk($0) }
        case .compare(let first, let rest):
            walk(first)
            for (_, r) in rest { walk(r) }
        case .call(let callee, let args): walk(callee); walk(args)
        case .slice(let a, let b, let c):
            if let a { walk(a) }
            if let b { walk(b) }
            if let c { walk(c) }
        case .dict(let pairs):
            for (k, v) in pairs {
                if let k { walk(k) }
                walk(v)
            }
        case .listComp(let elt, let clauses), .setComp(let elt, let clauses), .generator(let elt, let clauses):
            walk([elt], clauses)
        case .dictComp(let k, let v, let clauses): walk([k, v], clauses)
        case .ifElse(let test, let body, let orElse): walk(test); walk(body); walk(orElse)
        case .lambda(let params, let body):
            walk(params)
            if Self.entersNestedScopes { walk(body) }
        case .yield(let v): if let v { walk(v) }
        case .yieldFrom(let v): walk(v)
        }
    }
}
