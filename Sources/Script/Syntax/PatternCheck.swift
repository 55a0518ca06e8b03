/// The checks CPython's compiler makes on a `match` statement's patterns before the script
/// runs: unreachable cases (`name capture 'x' makes remaining patterns unreachable`), names
/// bound twice, or-patterns binding different names, several starred names, repeated class
/// attributes and duplicate literal mapping keys.
///
/// It walks the patterns as `compiler_pattern` in CPython 3.11's compile.c does, keeping the
/// location of the pattern compiled last, which is where CPython reports an error found
/// after a sub-pattern (`alternative patterns bind different names`).
struct PatternCheck {
    private var location: Span
    private var stores: [String] = []
    private var allowIrrefutable = false

    private init(location: Span) {
        self.location = location
    }

    /// The error CPython's compiler reports for the pattern of case `i` of a `match`
    /// statement's `cases`, if any.
    static func check(_ cases: [MatchCase], case i: Int) -> ScriptSyntaxError? {
        let c = cases[i]
        // A last `case _:` without a guard is the default: CPython compiles no pattern for it.
        if i == cases.count - 1, i > 0, c.guardExpr == nil, c.pattern.isWildcard { return nil }
        var checker = PatternCheck(location: c.pattern.span)
        checker.allowIrrefutable = c.guardExpr != nil || i == cases.count - 1
        do {
            try checker.visit(c.pattern)
        } catch {
            return error
        }
        return nil
    }

    private func fail(_ message: String, at span: Span? = nil) -> ScriptSyntaxError {
        ScriptSyntaxError(message, span: span ?? location)
    }

    private mutating func store(_ name: Expr?) throws(ScriptSyntaxError) {
        guard let name, case .name(let n) = name.kind else { return }
        if stores.contains(n) { throw fail("multiple assignments to name '\(n)' in pattern") }
        stores.append(n)
    }

    private mutating func subpattern(_ p: Pattern) throws(ScriptSyntaxError) {
        let saved = allowIrrefutable
        allowIrrefutable = true
        try visit(p)
        allowIrrefutable = saved
    }

    private mutating func visit(_ p: Pattern) throws(ScriptSyntaxError) {
        location = p.span
        switch p.kind {
        case .literal, .value: break
        case .wildcard:
            if !allowIrrefutable { throw fail("wildcard makes remaining patterns unreachable") }
        case .capture(let name):
            if !allowIrrefutable, case .name(let n) = name.kind {
                throw fail("name capture '\(n)' makes remaining patterns unreachable")
            }
            try store(name)
        case .asPattern(let inner, let name):
            try visit(inner)
            try store(name)
        case .star(let name):
            try store(name)
        case .sequence(let items):
            var star = -1
            for (i, item) in items.enumerated() {
                guard case .star = item.kind else { continue }
                if star >= 0 { throw fail("multiple starred names in sequence pattern") }
                star = i
            }
            if items.allSatisfy({ $0.isWildcard || $0.isWildcardStar }) { break }
            let starWildcard = star >= 0 && items[star].isWildcardStar
            for item in items {
                if starWildcard && (item.isWildcard || item.isWildcardStar) { continue }
                try subpattern(item)
            }
        case .mapping(let keys, let patterns, let rest):
            // Keys equal as Python compares them (`1`, `1.0` and `True` are one key).
            var seen: [String] = []
            for k in keys {
                guard let r = Pattern.constantRepr(k), let identity = Pattern.constantIdentity(k) else { continue }
                if seen.contains(identity) { throw fail("mapping pattern checks duplicate key (\(r))") }
                seen.append(identity)
            }
            for q in patterns { try subpattern(q) }
            try store(rest)
        case .classPattern(_, let positional, let keywords):
            for (i, k) in keywords.enumerated() {
                for later in keywords[(i + 1)...] where later.name == k.name {
                    throw fail("attribute name repeated in class pattern: \(k.name)", at: later.pattern.span)
                }
            }
            for q in positional + keywords.map(\.pattern) where !q.isWildcard { try subpattern(q) }
        case .or(let alternatives):
            let outer = stores
            let outerAllow = allowIrrefutable
            var control: [String]?
            for (i, alt) in alternatives.enumerated() {
                location = alt.span
                stores = []
                allowIrrefutable = i == alternatives.count - 1 && outerAllow
                try visit(alt)
                if let control {
                    if stores.count != control.count || control.contains(where: { !stores.contains($0) }) {
                        throw fail("alternative patterns bind different names")
                    }
                } else {
                    control = stores
                }
            }
            stores = outer
            allowIrrefutable = outerAllow
            for n in control ?? [] {
                if stores.contains(n) { throw fail("multiple assignments to name '\(n)' in pattern") }
                stores.append(n)
            }
        }
    }
}

extension Pattern {
    /// `_`.
    var isWildcard: Bool {
        if case .wildcard = kind { return true }
        return false
    }

    /// `*_`.
    var isWildcardStar: Bool {
        if case .star(nil) = kind { return true }
        return false
    }

    /// The repr of a literal mapping key as CPython's duplicate-key error writes it (nil for
    /// a dotted name, checked when the statement runs).
    static func constantRepr(_ e: Expr) -> String? {
        switch e.kind {
        case .literal(let l):
            switch l {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .int(let i): return String(i)
            case .float(let d): return PyFormat.repr(d)
            case .string(let s): return PyFormat.reprString(s)
            case .ellipsis: return "Ellipsis"
            }
        case .unary(.neg, let inner):
            guard let r = constantRepr(inner) else { return nil }
            return r.hasPrefix("-") ? String(r.dropFirst()) : "-" + r
        default: return nil
        }
    }

    /// A literal key's value as equality sees it: numbers (bools included) by their value,
    /// strings by their text.
    static func constantIdentity(_ e: Expr) -> String? {
        switch e.kind {
        case .literal(let l):
            switch l {
            case .none: return "None"
            case .bool(let b): return b ? "n1.0" : "n0.0"
            case .int(let i): return "n\(Double(i))"
            case .float(let d): return "n\(d)"
            case .string(let s): return "s" + s
            case .ellipsis: return "Ellipsis"
            }
        case .unary(.neg, let inner):
            guard let r = constantIdentity(inner), r.hasPrefix("n"), let d = Double(r.dropFirst()) else { return nil }
            return "n\(-d == 0 ? 0 : -d)"
        default: return nil
        }
    }
}
