extension Interpreter {
    /// `type(name, bases, dict)`: a new class, as a `class` statement with that namespace
    /// makes it (CPython's `type.__new__`), with its argument errors.
    /// `metaclass` is the class `type.__new__` was called for (a script metaclass), nil for `type`.
    func typeFromNamespace(_ args: Arguments, metaclass: PyClass? = nil) throws -> Value {
        let a = args.positional
        guard case .str(let name) = a[0] else {
            throw PyError("TypeError", "type.__new__() argument 1 must be str, not \(a[0].typeName)")
        }
        guard case .tuple(let baseTuple) = a[1] else {
            throw PyError("TypeError", "type.__new__() argument 2 must be tuple, not \(a[1].typeName)")
        }
        guard case .dict(let namespace) = a[2] else {
            throw PyError("TypeError", "type.__new__() argument 3 must be dict, not \(a[2].typeName)")
        }
        var bases: [PyClass] = []
        for b in try collect(.tuple(baseTuple)) {
            guard case .type(let c) = b else { throw PyError("TypeError", "bases must be types") }
            if bases.contains(where: { $0 === c }) { throw PyError("TypeError", "duplicate base class \(c.name)") }
            try checkSubclassable(c)
            bases.append(c)
        }
        if bases.isEmpty { bases = [CoreClasses.object] }
        var entries: [String: Value] = [:]
        var order: [String] = []
        var classCell: ClassCell?
        for (key, value) in zip(namespace.keys, namespace.values) {
            guard case .str(let k) = key else { continue }
            if k == "__classcell__", case .object(let c as ClassCellObject) = value {
                classCell = c.cell
                continue
            }
            entries[k] = value
            order.append(k)
        }
        var module = "__main__"
        if case .str(let m)? = entries["__module__"] { module = m }
        var qualname = name
        if let q = entries["__qualname__"] {
            guard case .str(let s) = q else {
                throw PyError("TypeError", "type __qualname__ must be a str, not \(q.typeName)")
            }
            qualname = s
        }
        let meta = try winningMetaclass(metaclass, bases)
        let cell = classCell ?? pendingClassCells[ObjectIdentifier(namespace)] ?? ClassCell()
        let cls = try createClass(name, qualname: qualname, module: module, bases: bases, namespace: entries, bindingOrder: order,
                                  hasDocstring: false, keywords: args.keywords, cell: cell, metaclass: meta)
        return .type(cls)
    }
}
