/// `collections.defaultdict`, `Counter` and `OrderedDict`: dicts (`isinstance(c, dict)`,
/// every dict method and operator) with their own missing-key rule, methods and repr.
final class DictFlavor {
    enum Kind { case defaultDict, counter, ordered }
    let kind: Kind
    /// `defaultdict.default_factory`.
    var defaultFactory: Value

    init(_ kind: Kind, defaultFactory: Value = .none) {
        self.kind = kind
        self.defaultFactory = defaultFactory
    }

    func copy() -> DictFlavor { DictFlavor(kind, defaultFactory: defaultFactory) }

    var pyClass: PyClass {
        switch kind {
        case .defaultDict: return DictFlavor.defaultDictClass
        case .counter: return DictFlavor.counterClass
        case .ordered: return DictFlavor.orderedDictClass
        }
    }

    static let defaultDictClass: PyClass = {
        let c = PyClass("defaultdict", module: "collections", base: CoreClasses.dict) { interp, args in
            let d = PyDict()
            var factory: Value = .none
            var rest = args
            if let first = args.positional.first {
                switch first {
                case .none, .function, .builtin, .type: break
                case .object(let o) where o is PyCallable: break
                default: throw PyError("TypeError", "first argument must be callable or None")
                }
                factory = first
                rest.positional.removeFirst()
            }
            d.flavor = DictFlavor(.defaultDict, defaultFactory: factory)
            _ = try interp.dictMethod(d, "update", rest)
            return .dict(d)
        }
        c.attributes["fromkeys"] = fromKeys(.defaultDict)
        return c
    }()

    static let counterClass: PyClass = {
        let c = PyClass("Counter", module: "collections", base: CoreClasses.dict) { interp, args in
            if args.positional.count > 1 { throw PyError("TypeError", "expected at most 1 argument, got \(args.positional.count)") }
            let d = PyDict()
            d.flavor = DictFlavor(.counter)
            try counterUpdate(d, args, interp, sign: 1)
            return .dict(d)
        }
        c.attributes["fromkeys"] = fromKeys(.counter)
        return c
    }()

    static let orderedDictClass: PyClass = {
        let c = PyClass("OrderedDict", module: "collections", base: CoreClasses.dict) { interp, args in
            let d = PyDict()
            d.flavor = DictFlavor(.ordered)
            _ = try interp.dictMethod(d, "update", args)
            return .dict(d)
        }
        c.attributes["fromkeys"] = fromKeys(.ordered)
        return c
    }()

    /// `dict.fromkeys(iterable, value=None)` (a class method): a new dict of the class's
    /// flavor mapping each item to `value`. A defaultdict's has no default factory;
    /// `Counter.fromkeys` is undefined, as in CPython.
    static func fromKeys(_ kind: Kind?) -> Value {
        .builtin(PyBuiltin("fromkeys") { interp, args in
            if kind == .counter {
                throw PyError("NotImplementedError", "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
            }
            if !args.keywords.isEmpty { throw PyError("TypeError", "fromkeys() takes no keyword arguments") }
            let n = args.positional.count
            if n < 1 { throw PyError("TypeError", "fromkeys expected at least 1 argument, got 0") }
            if n > 2 { throw PyError("TypeError", "fromkeys expected at most 2 arguments, got \(n)") }
            let value = n == 2 ? args.positional[1] : .none
            let d = PyDict()
            if let kind { d.flavor = DictFlavor(kind) }
            try interp.iterate(args.positional[0]) { key in
                try d.set(key, value)
                return true
            }
            return .dict(d)
        })
    }

    func repr(_ d: PyDict, _ interp: Interpreter) throws -> String {
        switch kind {
        case .defaultDict:
            return "defaultdict(\(try interp.repr(defaultFactory)), \(try interp.plainDictRepr(d)))"
        case .counter:
            if d.count == 0 { return "Counter()" }
            let plain = PyDict()
            for pair in try DictFlavor.mostCommon(d, interp) { try plain.set(pair.0, pair.1) }
            return "Counter(\(try interp.repr(.dict(plain))))"
        case .ordered:
            if d.count == 0 { return "OrderedDict()" }
            // An OrderedDict that holds itself shows `...` there, as CPython's.
            guard interp.reprInProgress.insert(ObjectIdentifier(d)).inserted else { return "..." }
            defer { interp.reprInProgress.remove(ObjectIdentifier(d)) }
            return "OrderedDict(\(try interp.repr(.list(PyList(d.pairs.map { .tuple(.pair($0.0, $0.1)) })))))"
        }
    }

    /// The value of a missing key: `defaultdict` stores its factory's value, `Counter` gives 0.
    func missing(_ key: Value, in d: PyDict, _ interp: Interpreter) throws -> Value? {
        switch kind {
        case .defaultDict:
            if defaultFactory.isNone { return nil }
            let v = try interp.call(defaultFactory, Arguments())
            try d.set(key, v)
            return v
        case .counter:
            return .int(0)
        case .ordered:
            return nil
        }
    }

    /// Items by count, largest first, ties in insertion order (`Counter.most_common`).
    static func mostCommon(_ d: PyDict, _ interp: Interpreter) throws -> [(Value, Value)] {
        let pairs = Array(d.pairs)
        let order = try interp.sortValues(pairs.indices.map { .int($0) }, key: .builtin(PyBuiltin("count") { _, args in
            guard case .int(let i) = args.positional[0] else { return .none }
            return pairs[i].1
        }), reverse: true)
        return order.map { v in
            guard case .int(let i) = v else { return (.none, .none) }
            return pairs[i]
        }
    }

    /// `Counter.update` (sign 1) and `Counter.subtract` (sign -1).
    static func counterUpdate(_ d: PyDict, _ args: Arguments, _ interp: Interpreter, sign: Int) throws {
        func add(_ k: Value, _ n: Value) throws {
            let old = try d.get(k) ?? .int(0)
            try d.set(k, try interp.binary(sign > 0 ? .add : .sub, old, n))
        }
        if let source = args.positional.first, !source.isNone {
            if case .dict(let other) = source {
                for (k, v) in Array(other.pairs) { try add(k, v) }
            } else {
                try interp.iterate(source) { try add($0, .int(1)); return true }
            }
        }
        for (k, v) in args.keywords { try add(.str(k), v) }
    }

    /// The flavor's own attributes and methods, or nil to use dict's.
    func attribute(_ name: String, of d: PyDict, _ interp: Interpreter) throws -> Value? {
        let me = Value.dict(d)
        func bound(_ body: @escaping (Interpreter, Arguments) throws -> Value) -> Value {
            .builtin(PyBuiltin(name, boundSelf: me, body))
        }
        switch (kind, name) {
        case (.defaultDict, "default_factory"): return defaultFactory
        case (.counter, "most_common"):
            return bound { interp, args in
                let a = try args.bind("most_common", ["n"])
                var pairs = try DictFlavor.mostCommon(d, interp)
                if let n = a[0], !n.isNone { pairs = Array(pairs.prefix(max(0, try interp.toInt(n, "most_common")))) }
                return .list(PyList(pairs.map { .tuple(.pair($0.0, $0.1)) }))
            }
        case (.counter, "update"), (.counter, "subtract"):
            return bound { interp, args in
                if args.positional.count > 1 { throw PyError("TypeError", "expected at most 1 argument, got \(args.positional.count)") }
                try DictFlavor.counterUpdate(d, args, interp, sign: name == "update" ? 1 : -1)
                return .none
            }
        case (.counter, "total"):
            return bound { interp, _ in
                var t: Value = .int(0)
                for v in d.values { t = try interp.binary(.add, t, v) }
                return t
            }
        case (.counter, "elements"):
            return bound { interp, _ in
                var out: [Value] = []
                for (k, v) in d.pairs {
                    guard case .int(let n) = v.boolAsInt else {
                        throw PyError("TypeError", "'\(v.typeName)' object cannot be interpreted as an integer")
                    }
                    for _ in 0..<max(0, n) { out.append(k) }
                }
                return .object(PyIterator(items: out, kind: "itertools.chain"))
            }
        case (.ordered, "move_to_end"):
            return bound { interp, args in
                let a = try args.bind("move_to_end", ["key", "last"], required: 1)
                let last = try a[1].map { try interp.truthy($0) } ?? true
                if !(try d.move(a[0]!, toEnd: last)) { throw DictFlavor.keyError(a[0]!, interp) }
                return .none
            }
        case (.ordered, "popitem"):
            return bound { interp, args in
                let a = try args.bind("popitem", ["last"])
                let last = try a[0].map { try interp.truthy($0) } ?? true
                guard let k = last ? d.keys.last : d.keys.first else { throw DictFlavor.keyError(.str("dictionary is empty"), interp) }
                let v = try d.remove(k) ?? .none
                return .tuple(.pair(k, v))
            }
        default:
            return nil
        }
    }

    static func keyError(_ key: Value, _ interp: Interpreter) -> PyError {
        var e = PyError("KeyError", (try? interp.repr(key)) ?? "")
        e.instance = .object(PyExceptionObject(cls: interp.exceptionClass(named: "KeyError"), args: [key]))
        return e
    }

    /// Counter's `+ - | &`: multiset sum, difference, union and intersection, keeping positive counts.
    /// `==` between two Counters (a missing element counts as zero, as `Counter.__eq__`
    /// has it since 3.10) or two OrderedDicts (order matters); nil for other pairs, which
    /// compare as plain dicts.
    static func flavoredEquals(_ x: PyDict, _ y: PyDict, _ interp: Interpreter) throws -> Bool? {
        switch (x.flavor?.kind, y.flavor?.kind) {
        case (.counter?, .counter?):
            for (a, b) in [(x, y), (y, x)] {
                for (k, count) in a.pairs {
                    let other = try b.get(k) ?? .int(0)
                    guard try interp.identical(count, other) || interp.equals(count, other) else { return false }
                }
            }
            return true
        case (.ordered?, .ordered?):
            guard x.count == y.count else { return false }
            for ((k1, v1), (k2, v2)) in zip(x.pairs, y.pairs) {
                guard try interp.equals(k1, k2), try interp.identical(v1, v2) || interp.equals(v1, v2) else { return false }
            }
            return true
        default:
            return nil
        }
    }

    /// `+counter` (the positive counts) and `-counter` (the negated negative counts), as
    /// Counter's `__pos__` and `__neg__` build them; nil for other dicts and operators.
    static func counterUnary(_ op: UnaryOp, _ d: PyDict, _ interp: Interpreter) throws -> Value? {
        guard d.flavor?.kind == .counter, op == .pos || op == .neg else { return nil }
        let result = PyDict()
        result.flavor = DictFlavor(.counter)
        for (k, count) in d.pairs {
            if op == .pos, try interp.truthy(try interp.compare(.gt, count, .int(0))) {
                try result.set(k, count)
            } else if op == .neg, try interp.truthy(try interp.compare(.lt, count, .int(0))) {
                try result.set(k, try interp.binary(.sub, .int(0), count))
            }
        }
        return .dict(result)
    }

    func binary(_ op: BinaryOp, _ d: PyDict, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard kind == .counter, case .dict(let o) = other, o.flavor?.kind == .counter else { return nil }
        guard [.add, .sub, .bitOr, .bitAnd].contains(op) else { return nil }
        let result = PyDict()
        result.flavor = DictFlavor(.counter)
        func positive(_ v: Value) throws -> Bool { try interp.truthy(try interp.compare(.gt, v, .int(0))) }
        for (k, count) in d.pairs {
            let theirs = try o.get(k) ?? .int(0)
            let new: Value
            switch op {
            case .add: new = try interp.binary(.add, count, theirs)
            case .sub: new = try interp.binary(.sub, count, theirs)
            case .bitOr: new = try interp.truthy(try interp.compare(.lt, count, theirs)) ? theirs : count
            default: new = try interp.truthy(try interp.compare(.lt, count, theirs)) ? count : theirs
            }
            if try positive(new) { try result.set(k, new) }
        }
        if op != .bitAnd {
            for (k, count) in o.pairs where try d.get(k) == nil {
                if op == .sub {
                    if try interp.truthy(try interp.compare(.lt, count, .int(0))) { try result.set(k, try interp.binary(.sub, .int(0), count)) }
                } else if try positive(count) {
                    try result.set(k, count)
                }
            }
        }
        return .dict(result)
    }
}
