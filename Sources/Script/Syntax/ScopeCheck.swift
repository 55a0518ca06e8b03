/// The checks CPython makes once a module has parsed, before any of it runs: those of its
/// symbol table (`yield` inside a comprehension, `global` and `nonlocal` declarations) and of
/// its compiler (`return`, `yield`, `break` and `continue` where they cannot be).
///
/// A script with such an error does not run at all, as in CPython. Like CPython, the check
/// reports one error: the first the symbol table finds while walking the module, else the
/// first unresolved `nonlocal`, else the first the compiler finds; each underlines the whole
/// statement or expression, with CPython's wording.
struct ScopeCheck {
    private enum BlockKind: Equatable {
        case module, function, lambda, classBody
        /// A comprehension's own scope, by CPython's name for it ("list comprehension"…).
        case comprehension(String)
    }

    /// What a block has done with a name so far, in source order.
    private struct NameUse: OptionSet {
        let rawValue: UInt8
        static let parameter = NameUse(rawValue: 1)
        static let assigned = NameUse(rawValue: 2)
        static let used = NameUse(rawValue: 4)
        static let annotated = NameUse(rawValue: 8)
    }

    private struct Block {
        let kind: BlockKind
        /// The names a function binds (parameters included), for resolving `nonlocal`.
        var locals: Set<String> = []
        var uses: [String: NameUse] = [:]
        /// Loops enclosing the statement being checked, within this block.
        var loops = 0
    }

    private var blocks: [Block] = [Block(kind: .module)]
    private var symbolError: ScriptSyntaxError?
    private var bindingError: ScriptSyntaxError?
    private var compileError: ScriptSyntaxError?

    /// Throws the error CPython reports for `module`, if any.
    static func check(_ module: [Stmt]) throws(ScriptSyntaxError) {
        var c = ScopeCheck()
        c.statements(module)
        if let e = c.symbolError ?? c.bindingError ?? c.compileError { throw e }
    }

    // MARK: Recording

    private mutating func symbol(_ message: String, _ span: Span) {
        if symbolError == nil { symbolError = ScriptSyntaxError(message, span: span) }
    }

    private mutating func compile(_ message: String, _ span: Span) {
        if compileError == nil { compileError = ScriptSyntaxError(message, span: span) }
    }

    /// The innermost block, changed in place (a `set` would copy its tables on every note).
    private var block: Block {
        get { blocks[blocks.count - 1] }
        _modify { yield &blocks[blocks.count - 1] }
    }

    private mutating func note(_ name: String, _ use: NameUse) {
        block.uses[name, default: []].formUnion(use)
    }

    private mutating func inBlock(_ b: Block, _ body: (inout ScopeCheck) -> Void) {
        blocks.append(b)
        body(&self)
        blocks.removeLast()
    }

    // MARK: Statements

    private mutating func statements(_ body: [Stmt]) {
        for s in body { statement(s) }
    }

    private mutating func statement(_ s: Stmt) {
        switch s.kind {
        case .expr(let e): expr(e)
        case .assign(let targets, let value):
            expr(value)
            targets.forEach { target($0) }
        case .augAssign(let t, _, let value):
            expr(value)
            target(t)
        case .annAssign(let t, let annotation, let value):
            if let value { expr(value) }
            if case .name(let n) = t.kind {
                note(n, value == nil ? .annotated : [.annotated, .assigned])
            } else {
                target(t)
            }
            expr(annotation)
        case .ifElse(let test, let body, let orElse):
            expr(test)
            statements(body)
            statements(orElse)
        case .whileLoop(let test, let body, let orElse):
            expr(test)
            loop(body)
            statements(orElse)
        case .forLoop(let t, let iterable, let body, let orElse):
            expr(iterable)
            target(t)
            loop(body)
            statements(orElse)
        case .breakLoop:
            if block.loops == 0 { compile("'break' outside loop", s.span) }
        case .continueLoop:
            if block.loops == 0 { compile("'continue' not properly in loop", s.span) }
        case .pass: break
        case .returnValue(let value):
            if let value { expr(value) }
            if !isFunction { compile("'return' outside function", s.span) }
        case .functionDef(let def, let decorators):
            decorators.forEach { expr($0) }
            defaults(def.parameters)
            note(def.name, .assigned)
            var b = Block(kind: .function, locals: def.locals)
            for p in def.parameters.allNames { b.uses[p] = .parameter }
            inBlock(b) { $0.statements(def.body) }
        case .classDef(let cls, let decorators):
            decorators.forEach { expr($0) }
            arguments(cls.bases)
            note(cls.name, .assigned)
            inBlock(Block(kind: .classBody)) { $0.statements(cls.body) }
        case .importModules(let items):
            for (path, alias) in items { note(alias ?? path[0], .assigned) }
        case .importFrom(_, let items):
            for (name, alias) in items where name != "*" { note(alias ?? name, .assigned) }
        case .with(let items, let body):
            for (manager, t) in items {
                expr(manager)
                if let t { target(t) }
            }
            statements(body)
        case .global(let names):
            for n in names { declare(n, "global", s.span) }
        case .nonlocal(let names):
            if case .module = block.kind {
                symbol("nonlocal declaration not allowed at module level", s.span)
                return
            }
            for n in names {
                declare(n, "nonlocal", s.span)
                if bindingError == nil, !enclosingFunctionBinds(n) {
                    bindingError = ScriptSyntaxError("no binding for nonlocal '\(n)' found", span: s.span)
                }
            }
        case .delete(let targets): targets.forEach { target($0) }
        case .assert(let test, let message):
            expr(test)
            if let message { expr(message) }
        case .raise(let e, let cause):
            if let e { expr(e) }
            if let cause { expr(cause) }
        case .tryExcept(let body, let handlers, let orElse, let finally):
            statements(body)
            for h in handlers {
                if let t = h.type { expr(t) }
                if let n = h.name { note(n, .assigned) }
                statements(h.body)
            }
            statements(orElse)
            statements(finally)
        case .match(let subject, let cases):
            expr(subject)
            for (i, c) in cases.enumerated() {
                if compileError == nil, let e = PatternCheck.check(cases, case: i) { compileError = e }
                c.pattern.forEachValue { expr($0) }
                c.pattern.forEachBinding { target($0) }
                if let g = c.guardExpr { expr(g) }
                statements(c.body)
            }
        }
    }

    private mutating func loop(_ body: [Stmt]) {
        block.loops += 1
        statements(body)
        block.loops -= 1
    }

    /// `global n` / `nonlocal n`: refused after the block used, assigned or annotated `n`.
    private mutating func declare(_ n: String, _ kind: String, _ span: Span) {
        guard let use = block.uses[n], !use.isEmpty else { return }
        if use.contains(.parameter) {
            symbol("name '\(n)' is parameter and \(kind)", span)
        } else if use.contains(.used) {
            symbol("name '\(n)' is used prior to \(kind) declaration", span)
        } else if use.contains(.annotated) {
            symbol("annotated name '\(n)' can't be \(kind)", span)
        } else {
            symbol("name '\(n)' is assigned to before \(kind) declaration", span)
        }
    }

    /// Whether a function around the current block binds `n` (what `nonlocal n` refers to).
    private func enclosingFunctionBinds(_ n: String) -> Bool {
        for b in blocks.dropLast().reversed() {
            switch b.kind {
            case .module: return false
            case .function: if b.locals.contains(n) { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether the current block is a function's (a `def` or a lambda), where `return` and
    /// `yield` belong.
    private var isFunction: Bool {
        block.kind == .function || block.kind == .lambda
    }

    // MARK: Expressions

    private mutating func target(_ e: Expr) {
        switch e.kind {
        case .name(let n): note(n, .assigned)
        case .tuple(let items), .list(let items): items.forEach { target($0) }
        case .starred(let inner): target(inner)
        case .attribute(let obj, _): expr(obj)
        case .subscript(let obj, let index):
            expr(obj)
            expr(index)
        default: expr(e)
        }
    }

    private mutating func defaults(_ p: Parameters) {
        for d in p.positional.compactMap(\.defaultValue) + p.keywordOnly.compactMap(\.defaultValue) { expr(d) }
        for a in p.annotations { expr(a.annotation) }
    }

    private mutating func arguments(_ args: [Argument]) {
        for a in args {
            switch a {
            case .positional(let e), .star(let e), .keyword(_, let e, _), .doubleStar(let e): expr(e)
            }
        }
    }

    private mutating func fields(_ parts: [FStringPart]) {
        for case .field(let e, _, let spec, _) in parts {
            expr(e)
            if let spec { fields(spec) }
        }
    }

    private mutating func expr(_ e: Expr) {
        switch e.kind {
        case .name(let n): note(n, .used)
        case .literal: break
        case .fstring(let parts): fields(parts)
        case .unary(_, let x), .attribute(let x, _), .starred(let x): expr(x)
        case .binary(_, let a, let b), .subscript(let a, let b):
            expr(a)
            expr(b)
        case .and(let items), .or(let items), .list(let items), .tuple(let items), .set(let items):
            items.forEach { expr($0) }
        case .compare(let first, let rest):
            expr(first)
            rest.forEach { expr($0.1) }
        case .call(let callee, let args):
            expr(callee)
            arguments(args)
        case .slice(let a, let b, let c):
            [a, b, c].compactMap { $0 }.forEach { expr($0) }
        case .dict(let pairs):
            for (k, v) in pairs {
                if let k { expr(k) }
                expr(v)
            }
        case .listComp(let elt, let clauses):
            comprehension("list comprehension", [elt], clauses)
        case .setComp(let elt, let clauses):
            comprehension("set comprehension", [elt], clauses)
        case .generator(let elt, let clauses):
            comprehension("generator expression", [elt], clauses)
        case .dictComp(let k, let v, let clauses):
            comprehension("dict comprehension", [k, v], clauses)
        case .ifElse(let test, let body, let orElse):
            expr(test)
            expr(body)
            expr(orElse)
        case .lambda(let params, let body):
            defaults(params)
            var b = Block(kind: .lambda, locals: Set(params.allNames))
            for p in params.allNames { b.uses[p] = .parameter }
            inBlock(b) { $0.expr(body) }
        case .namedExpr(let n, let value):
            expr(value)
            if let i = blocks.lastIndex(where: { if case .comprehension = $0.kind { return false } else { return true } }) {
                blocks[i].uses[n, default: []].insert(.assigned)
            }
        case .yield(let value):
            if let value { expr(value) }
            yieldHere(e)
        case .yieldFrom(let value):
            expr(value)
            yieldHere(e)
        }
    }

    private mutating func yieldHere(_ e: Expr) {
        if case .comprehension(let kind) = block.kind {
            symbol("'yield' inside \(kind)", e.span)
        } else if !isFunction {
            compile("'yield' outside function", e.span)
        }
    }

    /// A comprehension: its first iterable belongs to the enclosing block, the rest (targets,
    /// conditions, later clauses, the element) to the comprehension's own scope.
    private mutating func comprehension(_ kind: String, _ elements: [Expr], _ clauses: [Comprehension]) {
        guard let first = clauses.first else { return }
        expr(first.iterable)
        inBlock(Block(kind: .comprehension(kind))) { c in
            for (i, clause) in clauses.enumerated() {
                if i > 0 { c.expr(clause.iterable) }
                c.target(clause.target)
                clause.conditions.forEach { c.expr($0) }
            }
            elements.forEach { c.expr($0) }
        }
    }
}
