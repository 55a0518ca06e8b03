/// `functools.total_ordering`: a class decorator that fills in the orderings a class lacks
/// from the one it defines (its "root": of those it defines, the greatest name, `__lt__`
/// before `__le__`, `__gt__`, `__ge__`), each derived as CPython's `functools` derives it
/// (`__gt__` from `__lt__` is `not self < other and self != other`, NotImplemented passing
/// through), so sorting, `max` and the operators of such a class behave as under CPython.
enum TotalOrdering {
    /// For each root, the methods derived from it and how: the root's result `r`, then
    /// `.not` (`not r`), `.notAndNe` (`not r and self != other`), `.orEq` (`r or self == other`),
    /// `.andNe` (`r and self != other`), `.notOrEq` (`not r or self == other`).
    enum Derivation { case not, notAndNe, orEq, andNe, notOrEq }

    static let conversions: [String: [(String, Derivation)]] = [
        "__lt__": [("__gt__", .notAndNe), ("__le__", .orEq), ("__ge__", .not)],
        "__le__": [("__ge__", .notOrEq), ("__lt__", .andNe), ("__gt__", .not)],
        "__gt__": [("__lt__", .notAndNe), ("__ge__", .orEq), ("__le__", .not)],
        "__ge__": [("__le__", .notOrEq), ("__gt__", .andNe), ("__lt__", .not)],
    ]

    static func install(in m: PyModule) {
        m.def("total_ordering") { interp, args in
            let a = try args.positionalOnly("total_ordering", 1...1)
            guard case .type(let cls) = a[0] else {
                // CPython reads the orderings with getattr: a non-class has none of its own.
                throw PyError("ValueError", "must define at least one ordering operation: < > <= >=")
            }
            let roots = ["__lt__", "__le__", "__gt__", "__ge__"].filter { cls.lookup($0) != nil }
            guard let root = roots.max() else {
                throw PyError("ValueError", "must define at least one ordering operation: < > <= >=")
            }
            for (name, derivation) in conversions[root]! where !roots.contains(name) {
                cls.attributes[name] = .builtin(derived(name, from: root, derivation))
                if cls.isUserDefined, !cls.attributeOrder.contains(name) { cls.attributeOrder.append(name) }
            }
            return a[0]
        }
    }

    /// The method `name` computed from `type(self).<root>(self, other)`.
    private static func derived(_ name: String, from root: String, _ how: Derivation) -> PyBuiltin {
        PyBuiltin.method(name) { interp, receiver, args in
            let other = try args.positionalOnly(name, 1...1)[0]
            guard let rootMethod = interp.classOf(receiver).lookup(root) else {
                throw interp.attributeError(.type(interp.classOf(receiver)), root)
            }
            let r = try interp.callUnbound(rootMethod, self: receiver, Arguments([other]))
            if r.isNotImplemented { return r }
            let truth = try interp.truthy(r)
            func ne() throws -> Value { try interp.compare(.ne, receiver, other) }
            func eq() throws -> Value { try interp.compare(.eq, receiver, other) }
            switch how {
            case .not: return .bool(!truth)
            case .notAndNe: return truth ? .bool(false) : try ne()
            case .orEq: return truth ? r : try eq()
            case .andNe: return truth ? try ne() : r
            case .notOrEq: return truth ? try eq() : .bool(true)
            }
        }
    }
}
