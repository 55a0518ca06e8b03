/// One `case` of a `match` statement: its pattern, its guard and its body.
public struct MatchCase: Sendable {
    public var pattern: Pattern
    /// The `if` guard, evaluated once the pattern has matched and bound its names.
    public var guardExpr: Expr?
    public var body: [Stmt]
}

/// A pattern of a `match` statement's `case` (PEP 634), with where it is written.
///
/// Names a pattern binds are kept as name expressions (`.capture`, `.star`, `.mapping`'s
/// `rest`, `.asPattern`), so the passes that resolve names (slots, scopes) treat them as any
/// other assignment target.
public final class Pattern: @unchecked Sendable {
    public indirect enum Kind {
        /// A literal (`1`, `-2.5`, `"s"`), compared with `==`; `None`, `True` and `False`
        /// are compared with `is`.
        case literal(Expr)
        /// A dotted name (`Color.RED`), compared with `==`.
        case value(Expr)
        /// A bare name: matches anything and binds it.
        case capture(Expr)
        /// `_`: matches anything, binds nothing.
        case wildcard
        /// `[a, b, *rest]`, `(a, b)` or `a, b`: a sequence of the items' length.
        case sequence([Pattern])
        /// `*name` (nil: `*_`) inside a sequence pattern.
        case star(Expr?)
        /// `{key: pattern, **rest}`: keys are literals or dotted names.
        case mapping(keys: [Expr], patterns: [Pattern], rest: Expr?)
        /// `Cls(p, q, attr=r)`: an instance of `Cls` whose `__match_args__` (positional) and
        /// named attributes match.
        case classPattern(Expr, positional: [Pattern], keywords: [(name: String, pattern: Pattern, nameSpan: Span)])
        /// `p | q | …`: the first alternative that matches.
        case or([Pattern])
        /// `p as name`.
        case asPattern(Pattern, Expr)
    }

    public let kind: Kind
    public let span: Span

    init(_ kind: Kind, _ span: Span) {
        self.kind = kind
        self.span = span
    }

    /// The value expressions the pattern evaluates (literals, dotted names, mapping keys,
    /// class names) and the name expressions it binds, in source order.
    func forEachExpr(_ body: (Expr) -> Void) {
        switch kind {
        case .literal(let e), .value(let e), .capture(let e): body(e)
        case .wildcard: break
        case .sequence(let items), .or(let items): items.forEach { $0.forEachExpr(body) }
        case .star(let e): if let e { body(e) }
        case .mapping(let keys, let patterns, let rest):
            for (k, p) in zip(keys, patterns) {
                body(k)
                p.forEachExpr(body)
            }
            if let rest { body(rest) }
        case .classPattern(let cls, let positional, let keywords):
            body(cls)
            positional.forEach { $0.forEachExpr(body) }
            keywords.forEach { $0.pattern.forEachExpr(body) }
        case .asPattern(let p, let name):
            p.forEachExpr(body)
            body(name)
        }
    }

    /// The name expressions the pattern binds, in source order.
    func forEachBinding(_ body: (Expr) -> Void) {
        switch kind {
        case .literal, .value, .wildcard: break
        case .capture(let e): body(e)
        case .sequence(let items), .or(let items): items.forEach { $0.forEachBinding(body) }
        case .star(let e): if let e { body(e) }
        case .mapping(_, let patterns, let rest):
            patterns.forEach { $0.forEachBinding(body) }
            if let rest { body(rest) }
        case .classPattern(_, let positional, let keywords):
            positional.forEach { $0.forEachBinding(body) }
            keywords.forEach { $0.pattern.forEachBinding(body) }
        case .asPattern(let p, let name):
            p.forEachBinding(body)
            body(name)
        }
    }


    /// The value expressions the pattern evaluates (literals, dotted names, mapping keys,
    /// class names), in source order.
    func forEachValue(_ body: (Expr) -> Void) {
        switch kind {
        case .literal(let e), .value(let e): body(e)
        case .capture, .wildcard, .star: break
        case .sequence(let items), .or(let items): items.forEach { $0.forEachValue(body) }
        case .mapping(let keys, let patterns, _):
            for (k, p) in zip(keys, patterns) {
                body(k)
                p.forEachValue(body)
            }
        case .classPattern(let cls, let positional, let keywords):
            body(cls)
            positional.forEach { $0.forEachValue(body) }
            keywords.forEach { $0.pattern.forEachValue(body) }
        case .asPattern(let p, _): p.forEachValue(body)
        }
    }
}
