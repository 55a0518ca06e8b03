/// `functools`: `partial`, `reduce`, `lru_cache`, `cache`, `wraps` and `cmp_to_key`.
enum FunctoolsModule {
    /// `functools.update_wrapper`: copies `__module__`, `__name__`, `__qualname__`, `__doc__`
    /// (those `wrapped` has) onto `wrapper`, merges `wrapped.__dict__` into the wrapper's and
    /// sets `__wrapped__`, as CPython's WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES say.
    static func updateWrapper(_ wrapper: Value, _ wrapped: Value, assigned: Value?, updated: Value?,
                              _ interp: Interpreter) throws -> Value {
        var names = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]
        if let assigned { names = try interp.collect(assigned).map { try interp.str($0) } }
        for name in names {
            guard let v = try interp.getAttributeIfPresent(wrapped, name) else { continue }
            try interp.setAttribute(wrapper, name, v)
        }
        var updates = ["__dict__"]
        if let updated { updates = try interp.collect(updated).map { try interp.str($0) } }
        for name in updates {
            guard case .dict(let source)? = try interp.getAttributeIfPresent(wrapped, name),
                  let target = try interp.getAttributeIfPresent(wrapper, name) else { continue }
            if case .function(let f) = wrapper, name == "__dict__" {
                for (k, v) in source.pairs { if case .str(let key) = k { f.setAttribute(key, v) } }
            } else if case .dict(let d) = target {
                for (k, v) in source.pairs { try d.set(k, v) }
            }
        }
        try interp.setAttribute(wrapper, "__wrapped__", wrapped)
        return wrapper
    }

    static let partialClass = PyClass("partial", module: "functools", base: CoreClasses.object) { interp, args in
        guard let f = args.positional.first else { throw PyError("TypeError", "type 'partial' takes at least one argument") }
        if !interp.isCallable(f) { throw PyError("TypeError", "the first argument must be callable") }
        // A partial of a partial flattens, as CPython's does.
        if case .object(let inner as PyPartial) = f {
            return .object(PyPartial(inner.function, inner.arguments + Array(args.positional.dropFirst()),
                                     mergedKeywords(inner.keywords, args.keywords)))
        }
        return .object(PyPartial(f, Array(args.positional.dropFirst()), args.keywords))
    }

    static func mergedKeywords(_ a: [(String, Value)], _ b: [(String, Value)]) -> [(String, Value)] {
        var out = a
        for (k, v) in b {
            if let i = out.firstIndex(where: { $0.0 == k }) { out[i].1 = v } else { out.append((k, v)) }
        }
        return out
    }

    static let cacheInfoType = NamedTupleType(name: "CacheInfo", module: "functools", fields: ["hits", "misses", "maxsize", "currsize"], defaults: [])

    static func install(in m: PyModule) {
        m.attributes["partial"] = .type(partialClass)
        m.attributes["cached_property"] = .type(CachedProperty.cls)
        TotalOrdering.install(in: m)
        m.def("reduce") { interp, args in
            let a = try args.positionalOnly("reduce", 2...3)
            var acc: Value? = a.count == 3 ? a[2] : nil
            try interp.iterate(a[1]) { v in
                acc = try acc.map { try interp.call(a[0], Arguments([$0, v])) } ?? v
                return true
            }
            guard let acc else { throw PyError("TypeError", "reduce() of empty iterable with no initial value") }
            return acc
        }
        m.def("lru_cache") { interp, args in
            let a = try args.bind("lru_cache", ["maxsize", "typed"])
            if let f = a[0], interp.isCallable(f), !(f.isNumber) {
                return .object(PyCachedFunction(f, maxsize: 128))
            }
            var maxsize: Int? = 128
            if let m = a[0] {
                if m.isNone { maxsize = nil } else {
                    guard case .int(let n) = m.boolAsInt else { throw PyError("TypeError", "Expected first argument to be an integer, a callable, or None") }
                    maxsize = max(0, n)
                }
            }
            return .builtin(PyBuiltin("decorating_function") { interp, args in
                let f = try args.positionalOnly("decorating_function", 1...1)[0]
                return .object(PyCachedFunction(f, maxsize: maxsize))
            })
        }
        m.def("cache") { interp, args in
            let f = try args.positionalOnly("cache", 1...1)[0]
            return .object(PyCachedFunction(f, maxsize: nil))
        }
        m.def("update_wrapper") { interp, args in
            let a = try args.bind("update_wrapper", ["wrapper", "wrapped", "assigned", "updated"], required: 2)
            return try updateWrapper(a[0]!, a[1]!, assigned: a[2], updated: a[3], interp)
        }
        m.def("wraps") { interp, args in
            let a = try args.bind("wraps", ["wrapped", "assigned", "updated"], required: 1)
            let wrapped = a[0]!
            return .builtin(PyBuiltin("decorator") { interp, args in
                let wrapper = try args.positionalOnly("decorator", 1...1)[0]
                return try updateWrapper(wrapper, wrapped, assigned: a[1], updated: a[2], interp)
            })
        }
        m.def("cmp_to_key") { interp, args in
            let a = try args.bind("cmp_to_key", ["mycmp"], required: 1)
            let cmp = a[0]!
            return .builtin(PyBuiltin("K") { _, args in
                let v = try args.positionalOnly("K", 1...1)[0]
                return .object(PyCmpKey(cmp, v))
            })
        }
    }
}

extension Interpreter {
    /// `callable(v)`.
    func isCallable(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin, .type: return true
        case .object(let i as PyInstance): return special(i, "__call__") != nil
        case .object(let o): return o is PyCallable
        default: return false
        }
    }
}

/// A `functools.partial` object.
final class PyPartial: PyCallable {
    let function: Value
    let arguments: [Value]
    let keywords: [(String, Value)]

    init(_ function: Value, _ arguments: [Value], _ keywords: [(String, Value)]) {
        self.function = function
        self.arguments = arguments
        self.keywords = keywords
    }

    var pyClass: PyClass { FunctoolsModule.partialClass }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let call = { try interp.call(self.function, Arguments(self.arguments + args.positional, keywords: FunctoolsModule.mergedKeywords(self.keywords, args.keywords))) }
        // A partial of an instance is called through `tp_call`: CPython checks the depth there.
        if function.instance != nil { return try interp.withRecursionCheck(.call, call) }
        return try call()
    }

    func repr(_ interp: Interpreter) throws -> String {
        var parts = [try interp.repr(function)]
        for a in arguments { parts.append(try interp.repr(a)) }
        for (k, v) in keywords { parts.append("\(k)=\(try interp.repr(v))") }
        return "functools.partial(\(parts.joined(separator: ", ")))"
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "func": return function
        case "args": return .tuple(PyTuple.of(arguments))
        case "keywords": return .dict(PyDict(keywords))
        default: return nil
        }
    }
}

/// A function wrapped by `lru_cache` or `cache`: results by arguments, least recently used
/// first out when `maxsize` is reached.
final class PyCachedFunction: PyCallable {
    let function: Value
    let maxsize: Int?
    private var results: [HashKey: Value] = [:]
    /// Keys from least to most recently used (only kept when there is a bound).
    private var order: [HashKey] = []
    var hits = 0, misses = 0

    init(_ function: Value, maxsize: Int?) {
        self.function = function
        self.maxsize = maxsize
    }

    var pyClass: PyClass { PyClass("_lru_cache_wrapper", module: "functools", base: CoreClasses.object) }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        var parts = args.positional
        if !args.keywords.isEmpty {
            parts.append(.str("\u{0}kwd_mark"))
            for (k, v) in args.keywords { parts.append(.str(k)); parts.append(v) }
        }
        let key = try HashKey(.tuple(PyTuple.of(parts)))
        if let v = results[key] {
            hits += 1
            if maxsize != nil, let i = order.firstIndex(of: key) { order.remove(at: i); order.append(key) }
            return v
        }
        misses += 1
        let v = try interp.call(function, args)
        if maxsize == 0 { return v }
        if results[key] == nil, let m = maxsize {
            if results.count >= m, !order.isEmpty { results.removeValue(forKey: order.removeFirst()) }
            order.append(key)
        }
        results[key] = v
        return v
    }

    func repr(_ interp: Interpreter) throws -> String {
        "<functools._lru_cache_wrapper object at \(interp.address(of: self))>"
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "__wrapped__": return function
        case "__name__", "__qualname__": return try interp.getAttributeIfPresent(function, name)
        case "cache_info":
            return .builtin(PyBuiltin("cache_info", boundSelf: .object(self)) { _, _ in
                .object(PyNamedTuple(FunctoolsModule.cacheInfoType, PyTuple.of([
                    .int(self.hits), .int(self.misses), self.maxsize.map { .int($0) } ?? .none, .int(self.results.count),
                ])))
            })
        case "cache_clear":
            return .builtin(PyBuiltin("cache_clear", boundSelf: .object(self)) { _, _ in
                self.results = [:]
                self.order = []
                self.hits = 0
                self.misses = 0
                return .none
            })
        default: return nil
        }
    }
}

/// A key object of `functools.cmp_to_key`: ordered by calling the comparison function.
final class PyCmpKey: PyOperandObject {
    let cmp: Value
    let value: Value
    init(_ cmp: Value, _ value: Value) {
        self.cmp = cmp
        self.value = value
    }
    var pyClass: PyClass { PyClass("functools.KeyWrapper", base: CoreClasses.object) }

    func compare(_ op: CompareOp, _ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard case .object(let o as PyCmpKey) = other else { return nil }
        let r = try interp.call(cmp, Arguments([value, o.value]))
        return try interp.truthy(try interp.compare(op, r, .int(0)))
    }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard case .object(let o as PyCmpKey) = other else { return nil }
        let r = try interp.call(cmp, Arguments([value, o.value]))
        return try interp.equals(r, .int(0))
    }
}
