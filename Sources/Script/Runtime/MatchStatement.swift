/// The `match` statement at run time: the subject is evaluated once, then each case's
/// pattern is tried in order; the first that matches binds its names, then its guard decides.
///
/// As in CPython, a pattern's captures are stored only once the whole pattern has matched
/// (a failed pattern leaves no names bound), before its guard runs (a failed guard leaves
/// them bound).
extension Interpreter {
    /// Runs `match subject:` with its `cases`.
    func execMatch(_ subject: Expr, _ cases: [MatchCase], _ ctx: Context) throws -> Flow {
        let value = try eval(subject, ctx)
        for c in cases {
            guard try matchCase(c, value, ctx) else { continue }
            return try execBlock(c.body, ctx)
        }
        return .normal
    }

    /// Whether case `c` takes `value`: its pattern matches (its names are then bound) and its
    /// guard, if any, holds.
    func matchCase(_ c: MatchCase, _ value: Value, _ ctx: Context, guardEvaluator: ((Expr) throws -> Value)? = nil) throws -> Bool {
        var captures: [(Expr, Value)] = []
        guard try match(c.pattern, value, &captures, ctx) else { return false }
        for (target, v) in captures { try assign(target, v, ctx) }
        guard let g = c.guardExpr else { return true }
        return try truthy(try guardEvaluator?(g) ?? eval(g, ctx))
    }

    /// Whether `value` matches `p`, adding the names it binds to `captures`.
    func match(_ p: Pattern, _ value: Value, _ captures: inout [(Expr, Value)], _ ctx: Context) throws -> Bool {
        do {
            return try matchInner(p, value, &captures, ctx)
        } catch var e as PyError {
            if e.pendingSpan == nil { e.pendingSpan = p.span }
            throw e
        }
    }

    private func matchInner(_ p: Pattern, _ value: Value, _ captures: inout [(Expr, Value)], _ ctx: Context) throws -> Bool {
        switch p.kind {
        case .wildcard:
            return true
        case .capture(let name):
            captures.append((name, value))
            return true
        case .literal(let e):
            let constant = try eval(e, ctx)
            switch constant {
            case .none, .bool: return identical(value, constant)
            default: return try truthy(try compare(.eq, value, constant))
            }
        case .value(let e):
            return try truthy(try compare(.eq, value, try eval(e, ctx)))
        case .asPattern(let inner, let name):
            guard try match(inner, value, &captures, ctx) else { return false }
            captures.append((name, value))
            return true
        case .or(let alternatives):
            for alt in alternatives {
                var attempt = captures
                if try match(alt, value, &attempt, ctx) {
                    captures = attempt
                    return true
                }
            }
            return false
        case .star:
            return false
        case .sequence(let items):
            return try matchSequence(items, value, &captures, ctx)
        case .mapping(let keys, let patterns, let rest):
            return try matchMapping(keys, patterns, rest, value, &captures, ctx)
        case .classPattern(let clsExpr, let positional, let keywords):
            return try matchClass(clsExpr, positional, keywords, p.span, value, &captures, ctx)
        }
    }

    /// Whether `value` is a sequence to sequence patterns: a list, tuple, range, deque or an
    /// instance of a subclass of one (not a str, bytes or mapping).
    private func isMatchSequence(_ value: Value) -> Bool {
        switch value {
        case .list, .tuple: return true
        case .none, .bool, .int, .float, .str, .dict, .function, .builtin, .type: return false
        case .object(let o):
            let cls = o.pyClass
            return cls.isSubclass(of: CoreClasses.list) || cls.isSubclass(of: CoreClasses.tuple)
                || cls.isSubclass(of: CoreClasses.range) || cls.isSubclass(of: PyDeque.dequeClass)
        }
    }

    private func matchSequence(_ items: [Pattern], _ value: Value, _ captures: inout [(Expr, Value)], _ ctx: Context) throws -> Bool {
        guard isMatchSequence(value) else { return false }
        let star = items.firstIndex { if case .star = $0.kind { return true } else { return false } }
        let count = try length(value)
        if let star {
            guard count >= items.count - 1 else { return false }
            var elements: [Value] = []
            try iterate(value) { elements.append($0); return true }
            let after = items.count - 1 - star
            for i in 0..<star {
                guard try match(items[i], elements[i], &captures, ctx) else { return false }
            }
            if case .star(let name?) = items[star].kind {
                let middle = Array(elements[star..<(elements.count - after)])
                captures.append((name, .list(PyList(middle))))
            }
            for j in 0..<after {
                guard try match(items[star + 1 + j], elements[elements.count - after + j], &captures, ctx) else { return false }
            }
            return true
        }
        guard count == items.count else { return false }
        if items.isEmpty { return true }
        var elements: [Value] = []
        try iterate(value) { elements.append($0); return true }
        guard elements.count == items.count else { return false }
        for (item, element) in zip(items, elements) {
            guard try match(item, element, &captures, ctx) else { return false }
        }
        return true
    }

    /// Whether `value` is a mapping to mapping patterns: a dict (its flavors and subclasses
    /// included) or a mappingproxy.
    private func isMatchMapping(_ value: Value) -> Bool {
        switch value {
        case .dict: return true
        case .object(let o): return o is PyMappingProxy || o.pyClass.isSubclass(of: CoreClasses.dict)
        default: return false
        }
    }

    private func matchMapping(_ keys: [Expr], _ patterns: [Pattern], _ rest: Expr?, _ value: Value,
                              _ captures: inout [(Expr, Value)], _ ctx: Context) throws -> Bool {
        guard isMatchMapping(value) else { return false }
        if keys.isEmpty && rest == nil { return true }
        if !keys.isEmpty {
            guard try length(value) >= keys.count else { return false }
        }
        // The keys are evaluated first; then each is looked up with the mapping's `get`, a
        // duplicate found as it comes and a missing key ending the match there.
        let keyValues = try keys.map { try eval($0, ctx) }
        let get = try getAttribute(value, "get")
        let missing = try call(.type(CoreClasses.object), Arguments())
        var found: [Value] = []
        for (i, key) in keyValues.enumerated() {
            for seen in keyValues[..<i] where try truthy(try compare(.eq, seen, key)) {
                throw PyError("ValueError", "mapping pattern checks duplicate key (\(try repr(key)))")
            }
            let v = try call(get, Arguments([key, missing]))
            if identical(v, missing) { return false }
            found.append(v)
        }
        for (q, v) in zip(patterns, found) {
            guard try match(q, v, &captures, ctx) else { return false }
        }
        if let rest {
            let copy = try call(.type(CoreClasses.dict), Arguments([value]))
            if case .dict(let d) = copy {
                for key in keyValues { _ = try d.remove(key) }
            }
            captures.append((rest, copy))
        }
        return true
    }

    /// The built-in classes whose one positional sub-pattern matches the subject itself
    /// (`case int(n):`), as CPython's `_Py_TPFLAGS_MATCH_SELF`.
    private func matchesSelf(_ cls: PyClass) -> Bool {
        [CoreClasses.bool, CoreClasses.int, CoreClasses.float, CoreClasses.str, CoreClasses.list, CoreClasses.tuple,
         CoreClasses.dict, PySet.setClass, PySet.frozensetClass].contains { $0 === cls }
    }

    private func matchClass(_ clsExpr: Expr, _ positional: [Pattern], _ keywords: [(name: String, pattern: Pattern, nameSpan: Span)],
                            _ span: Span, _ value: Value, _ captures: inout [(Expr, Value)], _ ctx: Context) throws -> Bool {
        let clsValue = try eval(clsExpr, ctx)
        guard case .type(let cls) = clsValue else {
            throw PyError("TypeError", "called match pattern must be a type")
        }
        guard try isinstance(value, clsValue) else { return false }
        var names: [String] = []
        var subpatterns: [Pattern] = []
        if !positional.isEmpty {
            if matchesSelf(cls) && positional.count == 1 {
                // `int(x)`: the subject itself (an instance, checked above).
            } else {
                let matchArgs = try getAttributeIfPresent(clsValue, "__match_args__")
                var allowed: [Value] = []
                if let matchArgs {
                    guard case .tuple(let t) = matchArgs else {
                        throw PyError("TypeError", "\(cls.name).__match_args__ must be a tuple (got \(matchArgs.typeName))")
                    }
                    allowed = t.items
                }
                let accepted = matchArgs == nil && matchesSelf(cls) ? 1 : allowed.count
                guard positional.count <= accepted else {
                    let s = accepted == 1 ? "" : "s"
                    throw PyError("TypeError", "\(cls.name)() accepts \(accepted) positional sub-pattern\(s) (\(positional.count) given)")
                }
                for a in allowed.prefix(positional.count) {
                    guard case .str(let n) = a else {
                        throw PyError("TypeError", "__match_args__ elements must be strings (got \(a.typeName))")
                    }
                    names.append(n)
                }
            }
        }
        for k in keywords {
            if names.contains(k.name) {
                throw PyError("TypeError", "\(cls.name)() got multiple sub-patterns for attribute '\(k.name)'")
            }
            names.append(k.name)
        }
        // Every attribute is read before any sub-pattern is tried, as CPython does.
        var attributes: [Value] = []
        var selfIndex = -1
        if names.count < positional.count { selfIndex = 0 }
        for n in names {
            guard let v = try attributeForMatch(value, n) else { return false }
            attributes.append(v)
        }
        if selfIndex == 0 {
            guard try match(positional[0], value, &captures, ctx) else { return false }
            subpatterns = keywords.map(\.pattern)
        } else {
            subpatterns = positional + keywords.map(\.pattern)
        }
        for (q, v) in zip(subpatterns, attributes) {
            guard try match(q, v, &captures, ctx) else { return false }
        }
        return true
    }

    /// `getattr(value, name)` for a class pattern: nil when it raises AttributeError.
    private func attributeForMatch(_ value: Value, _ name: String) throws -> Value? {
        do {
            return try getAttribute(value, name)
        } catch let e as PyError where e.matches("AttributeError", self) {
            return nil
        }
    }
}
