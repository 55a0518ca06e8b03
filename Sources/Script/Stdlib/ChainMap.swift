/// `collections.ChainMap`: several mappings searched in order as one, as CPython 3.11's
/// Lib/collections/__init__.py defines it (a `MutableMapping`).
///
/// Lookups try each of `maps` in turn; writes, deletions, `pop`, `popitem` and `clear` reach
/// only the first. Iteration gives each key once, in the order of a dict updated from the
/// last mapping to the first, as CPython's `__iter__` builds it; `len` counts distinct keys.
/// `keys()`, `values()` and `items()` are the `Mapping` views (`KeysView(ChainMap(...))`).
final class PyChainMap: PyObject, PyIterableObject, PySizedObject, PyContainerObject, PySubscriptableObject,
                        PyOperandObject, PyHashableObject {
    /// `maps`: the list itself, so `cm.maps.append(d)` changes the chain.
    let maps: PyList

    init(_ maps: PyList) { self.maps = maps }

    static let chainMapClass: PyClass = {
        let cls = PyClass("ChainMap", module: "collections", base: CoreClasses.object)
        cls.construct = { _, args in
            if let k = args.keywords.first { throw PyError("TypeError", "ChainMap.__init__() got an unexpected keyword argument '\(k.0)'") }
            return .object(PyChainMap(PyList(args.positional.isEmpty ? [.dict(PyDict())] : args.positional)))
        }
        cls.attributes["fromkeys"] = .builtin(PyBuiltin("fromkeys") { interp, args in
            let a = try args.positionalOnly("fromkeys", 1...2)
            let d = PyDict()
            let value = a.count > 1 ? a[1] : .none
            let next = try interp.iteratorOver(a[0])
            while let k = try next() { try d.set(k, value) }
            return .object(PyChainMap(PyList([.dict(d)])))
        })
        return cls
    }()

    var pyClass: PyClass { PyChainMap.chainMapClass }

    var first: Value { maps.items.first ?? .dict(PyDict()) }

    func repr(_ interp: Interpreter) throws -> String {
        try interp.withRecursionCheck(.repr) {
            "ChainMap(" + (try maps.items.map { try interp.repr($0) }.joined(separator: ", ")) + ")"
        }
    }

    /// `bool(cm)`: whether any mapping is non-empty (a mapping other than a dict or chain
    /// counts as non-empty).
    var truthValue: Bool? {
        maps.items.contains { m in
            switch m {
            case .dict(let d): return d.count > 0
            case .object(let c as PyChainMap): return c.truthValue ?? true
            default: return true
            }
        }
    }

    /// The keys in iteration order: a dict updated from the last mapping to the first.
    func keys(_ interp: Interpreter) throws -> [Value] {
        let order = PyDict()
        for m in maps.items.reversed() {
            let next = try interp.iteratorOver(m)
            while let k = try next() { try order.set(k, .none) }
        }
        return order.keys
    }

    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? {
        let keys = try self.keys(interp)
        var i = 0
        return {
            guard i < keys.count else { return nil }
            defer { i += 1 }
            return keys[i]
        }
    }

    func length(_ interp: Interpreter) throws -> Int { try keys(interp).count }

    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool {
        for m in maps.items where try interp.contains(m, item) { return true }
        return false
    }

    /// The value of `key` in the first mapping that has it, nil when none does.
    func lookup(_ key: Value, _ interp: Interpreter) throws -> Value? {
        for m in maps.items {
            do {
                return try interp.getItem(m, key)
            } catch let e as PyError where interp.isKeyError(e) {
                continue
            }
        }
        return nil
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        if let v = try lookup(index, interp) { return v }
        throw interp.keyError(index)
    }

    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
        try interp.setItem(first, index, value)
        return true
    }

    func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool {
        do {
            try interp.deleteItem(first, index)
        } catch let e as PyError where interp.isKeyError(e) {
            throw interp.keyError(.str("Key not found in the first mapping: \(try interp.repr(index))"))
        }
        return true
    }

    func hashKey() throws -> HashKey { throw PyError("TypeError", "unhashable type: 'ChainMap'") }

    /// `dict(cm.items())`: the chain's contents as one dict.
    func flattened(_ interp: Interpreter) throws -> PyDict {
        let d = PyDict()
        for k in try keys(interp) { try d.set(k, try item(k, interp)) }
        return d
    }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard let theirs = try interp.mappingContents(other) else { return nil }
        return try interp.equals(.dict(try flattened(interp)), .dict(theirs))
    }

    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        guard op == .bitOr, interp.isMapping(other) else { return nil }
        if reflected {
            // `other | cm`: a dict of other, updated from the last mapping to the first.
            guard let theirs = try interp.mappingContents(other) else { return nil }
            for m in maps.items.reversed() { try interp.update(.dict(theirs), from: m) }
            return .object(PyChainMap(PyList([.dict(theirs)])))
        }
        let copy = try self.copy(interp)
        try interp.update(copy.first, from: other)
        return .object(copy)
    }

    func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard op == .bitOr else { return nil }
        try interp.update(first, from: other)
        return .object(self)
    }

    /// `cm.copy()`: a copy of the first mapping, the others shared.
    func copy(_ interp: Interpreter) throws -> PyChainMap {
        let head = try interp.callMethod(first, "copy", Arguments())
        return PyChainMap(PyList([head] + maps.items.dropFirst()))
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        let me = Value.object(self)
        func method(_ body: @escaping (Interpreter, Arguments) throws -> Value) -> Value {
            .builtin(PyBuiltin(name, boundSelf: me, body))
        }
        switch name {
        case "maps": return .list(maps)
        case "parents": return .object(PyChainMap(PyList(Array(maps.items.dropFirst()))))
        case "new_child":
            return method { [self] interp, args in
                if args.positional.count > 1 {
                    throw PyError("TypeError", "ChainMap.new_child() takes from 1 to 2 positional arguments but \(args.positional.count + 1) were given")
                }
                var m = args.positional.first ?? args.keywords.first { $0.0 == "m" }?.1 ?? .none
                let extra = args.keywords.filter { $0.0 != "m" }
                if m.isNone {
                    m = .dict(PyDict(extra.map { ($0.0, $0.1) }))
                } else if !extra.isEmpty {
                    try interp.update(m, from: .dict(PyDict(extra.map { ($0.0, $0.1) })))
                }
                return .object(PyChainMap(PyList([m] + self.maps.items)))
            }
        case "copy", "__copy__":
            return method { [self] interp, args in
                _ = try args.positionalOnly("ChainMap.copy", 0...0)
                return .object(try self.copy(interp))
            }
        case "get":
            return method { [self] interp, args in
                let a = try args.positionalOnly("get", 1...2)
                return try self.containsItem(a[0], interp) ? try self.item(a[0], interp) : (a.count > 1 ? a[1] : .none)
            }
        case "keys", "values", "items":
            return method { [self] _, args in
                _ = try args.positionalOnly("ChainMap.\(name)", 0...0)
                return .object(PyMappingView(kind: PyMappingView.Kind(rawValue: name)!, mapping: me, chain: self))
            }
        case "pop":
            return method { [self] interp, args in
                let a = try args.positionalOnly("pop", 1...2)
                do {
                    return try interp.callMethod(self.first, "pop", Arguments(a))
                } catch let e as PyError where interp.isKeyError(e) {
                    throw interp.keyError(.str("Key not found in the first mapping: \(try interp.repr(a[0]))"))
                }
            }
        case "popitem":
            return method { [self] interp, args in
                _ = try args.positionalOnly("popitem", 0...0)
                do {
                    return try interp.callMethod(self.first, "popitem", Arguments())
                } catch let e as PyError where interp.isKeyError(e) {
                    throw interp.keyError(.str("No keys found in the first mapping."))
                }
            }
        case "clear":
            return method { [self] interp, args in
                _ = try args.positionalOnly("clear", 0...0)
                return try interp.callMethod(self.first, "clear", Arguments())
            }
        case "setdefault":
            return method { [self] interp, args in
                let a = try args.positionalOnly("setdefault", 1...2)
                if let v = try self.lookup(a[0], interp) { return v }
                let value = a.count > 1 ? a[1] : .none
                _ = try self.setItem(a[0], value, interp)
                return value
            }
        case "update":
            return method { [self] interp, args in
                if args.positional.count > 1 {
                    throw PyError("TypeError", "MutableMapping.update() takes from 1 to 2 positional arguments but \(args.positional.count + 1) were given")
                }
                if let other = args.positional.first { try interp.update(me, from: other) }
                for (k, v) in args.keywords { _ = try self.setItem(.str(k), v, interp) }
                return .none
            }
        default: return nil
        }
    }
}
