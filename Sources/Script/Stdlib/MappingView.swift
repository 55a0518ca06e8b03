/// `collections.abc`'s `KeysView`, `ValuesView` and `ItemsView` of a mapping that is not a
/// dict (a `ChainMap`): live views that iterate, size and test membership through it, shown
/// as CPython's `MappingView.__repr__` shows them: `KeysView(ChainMap({'a': 1}))`.
final class PyMappingView: PyObject, PyIterableObject, PySizedObject, PyContainerObject {
    enum Kind: String { case keys, values, items }

    let kind: Kind
    let mapping: Value
    let chain: PyChainMap

    init(kind: Kind, mapping: Value, chain: PyChainMap) {
        self.kind = kind
        self.mapping = mapping
        self.chain = chain
    }

    static let classes: [Kind: PyClass] = [
        .keys: PyClass("KeysView", module: "collections.abc", base: CoreClasses.object),
        .values: PyClass("ValuesView", module: "collections.abc", base: CoreClasses.object),
        .items: PyClass("ItemsView", module: "collections.abc", base: CoreClasses.object),
    ]

    var pyClass: PyClass { PyMappingView.classes[kind]! }

    func repr(_ interp: Interpreter) throws -> String {
        "\(pyClass.name)(\(try interp.repr(mapping)))"
    }

    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? {
        let keys = try chain.makeIterator(interp)
        return { [kind, chain] in
            guard let k = try keys() else { return nil }
            switch kind {
            case .keys: return k
            case .values: return try chain.item(k, interp)
            case .items: return .tuple(PyTuple.of([k, try chain.item(k, interp)]))
            }
        }
    }

    func length(_ interp: Interpreter) throws -> Int { try chain.length(interp) }

    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool {
        switch kind {
        case .keys: return try chain.containsItem(item, interp)
        case .values:
            let next = try makeIterator(interp)
            while let v = try next() {
                if try interp.identical(v, item) || interp.equals(v, item) { return true }
            }
            return false
        case .items:
            guard case .tuple(let t) = item, t.count == 2, let v = try chain.lookup(t[0], interp) else { return false }
            return try interp.identical(v, t[1]) || interp.equals(v, t[1])
        }
    }
}

extension Interpreter {
    /// Whether `e` is a KeyError (or a subclass's).
    func isKeyError(_ e: PyError) -> Bool {
        if case .object(let o as PyExceptionObject)? = e.instance { return o.cls.isSubclass(of: exceptionClass(named: "KeyError")) }
        return e.type == "KeyError"
    }

    /// Whether `v` is a `collections.abc.Mapping`: a dict (any flavor) or a `ChainMap`.
    func isMapping(_ v: Value) -> Bool {
        switch v {
        case .dict, .object(is PyChainMap): return true
        default: return false
        }
    }

    /// A new plain dict of a mapping's items (`dict(m)`), nil when `v` is not a mapping.
    func mappingContents(_ v: Value) throws -> PyDict? {
        switch v {
        case .dict(let d):
            let copy = PyDict()
            for (k, value) in zip(d.keys, d.values) { try copy.set(k, value) }
            return copy
        case .object(let c as PyChainMap): return try c.flattened(self)
        default: return nil
        }
    }

    /// `MutableMapping.update(target, source)`: each item of a mapping (or of an object with
    /// `keys()`), else each key-value pair `source` yields, stored with `target[k] = v`.
    func update(_ target: Value, from source: Value) throws {
        var pairs: [(Value, Value)] = []
        if let d = try mappingContents(source) {
            pairs = Array(zip(d.keys, d.values))
        } else if (try? getAttribute(source, "keys")) != nil {
            for k in try collect(try callMethod(source, "keys", Arguments())) { pairs.append((k, try getItem(source, k))) }
        } else {
            for item in try collect(source) {
                let kv = try collect(item)
                guard kv.count == 2 else { throw PyError("ValueError", "not enough values to unpack (expected 2, got \(kv.count))") }
                pairs.append((kv[0], kv[1]))
            }
        }
        for (k, v) in pairs { try setItem(target, k, v) }
    }
}
