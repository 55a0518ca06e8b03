extension Interpreter {
    /// Gives `set`, `frozenset` and `collections.deque` the special methods their script
    /// subclasses find through the MRO (`class Tags(set)`, `class Window(deque)`), as
    /// `builtinTypeMethods` does for `int`…`dict`: each works on the instance's built-in value
    /// (a `PySet` or `PyDeque` of its own) and returns what the built-in type returns
    /// (`Tags([1]) | {2}` is a `set`, as in CPython).
    static let collectionTypeMethods: Void = {
        let setClasses = [PySet.setClass, PySet.frozensetClass]
        for k in setClasses + [PyDeque.dequeClass] {
            let immutable = k === PySet.frozensetClass
            k.attributes["__new__"] = .builtin(PyBuiltin("__new__") { interp, args in
                try interp.builtinNew(k, immutable: immutable, args)
            })
            put(k, "__repr__", arity: 0) { interp, v, receiver, _ in
                .str(try interp.collectionRepr(v, className: interp.classOf(receiver).name))
            }
            put(k, "__len__", arity: 0) { interp, v, _, _ in .int(try interp.length(v)) }
            put(k, "__contains__", arity: 1) { interp, v, _, a in .bool(try interp.contains(v, a[0])) }
            put(k, "__iter__", arity: 0) { interp, v, _, _ in
                .object(PyIterator(kind: k === PyDeque.dequeClass ? "_collections._deque_iterator" : "set_iterator",
                                   producer: try interp.iteratorOver(v)))
            }
            if immutable {
                put(k, "__hash__", arity: 0) { interp, v, _, _ in .int(try interp.pythonHash(v)) }
            } else {
                k.attributes["__hash__"] = Value.none
            }
            let comparisons: [(String, CompareOp)] = [("__eq__", .eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)]
            for (name, op) in comparisons {
                put(k, name, arity: 1) { interp, v, _, a in
                    let other = a[0].unwrappingBuiltin
                    switch (v, other) {
                    case (.object(is PySet), .object(is PySet)), (.object(is PyDeque), .object(is PyDeque)):
                        return try interp.compare(op, v, other)
                    default:
                        return .object(PyNotImplemented.shared)
                    }
                }
            }
        }
        for k in setClasses {
            let ops: [(String, BinaryOp)] = [("or", .bitOr), ("and", .bitAnd), ("sub", .sub), ("xor", .bitXor)]
            for (name, op) in ops {
                put(k, "__\(name)__", arity: 1) { interp, v, _, a in
                    guard case .object(is PySet) = a[0].unwrappingBuiltin else { return .object(PyNotImplemented.shared) }
                    return try interp.binary(op, v, a[0].unwrappingBuiltin)
                }
                put(k, "__r\(name)__", arity: 1) { interp, v, _, a in
                    guard case .object(is PySet) = a[0].unwrappingBuiltin else { return .object(PyNotImplemented.shared) }
                    return try interp.binary(op, a[0].unwrappingBuiltin, v)
                }
                if k === PySet.setClass {
                    put(k, "__i\(name)__", arity: 1) { interp, v, receiver, a in
                        guard case .object(let s as PySet) = v, case .object(is PySet) = a[0].unwrappingBuiltin,
                              try s.inPlace(op, a[0].unwrappingBuiltin, interp) != nil else {
                            return .object(PyNotImplemented.shared)
                        }
                        return receiver
                    }
                }
            }
        }
        put(PySet.setClass, "__init__") { interp, v, _, args in
            let a = try args.positionalOnly("set", 0...1)
            if !args.keywords.isEmpty { throw PyError("TypeError", "set() takes no keyword arguments") }
            guard case .object(let s as PySet) = v else { return .none }
            s.table.removeAll()
            if let it = a.first { try s.update(with: it, interp) }
            return .none
        }
        installDequeMethods(PyDeque.dequeClass)
    }()

    /// A deque's indexing, concatenation, `__init__` (which sets `maxlen`) and `__reversed__`.
    private static func installDequeMethods(_ k: PyClass) {
        put(k, "__getitem__", arity: 1) { interp, v, _, a in try interp.getItem(v, a[0]) }
        put(k, "__setitem__", arity: 2) { interp, v, _, a in try interp.setItem(v, a[0], a[1]); return .none }
        put(k, "__delitem__", arity: 1) { interp, v, _, a in try interp.deleteItem(v, a[0]); return .none }
        // A subclass's copy, concatenation and repetition make an instance of the subclass,
        // as CPython's `deque_copy` does by calling `type(d)(d)` (with `maxlen` when set).
        put(k, "copy", arity: 0) { interp, v, receiver, _ in try interp.dequeCopy(receiver, v) }
        put(k, "__copy__", arity: 0) { interp, v, receiver, _ in try interp.dequeCopy(receiver, v) }
        put(k, "__add__", arity: 1) { interp, v, receiver, a in
            guard case .object(is PyDeque) = a[0].unwrappingBuiltin else { return .object(PyNotImplemented.shared) }
            return try interp.dequeCopy(receiver, v, holding: try interp.binary(.add, v, a[0].unwrappingBuiltin))
        }
        put(k, "__mul__", arity: 1) { interp, v, receiver, a in
            try interp.dequeCopy(receiver, v, holding: try interp.binary(.mul, v, a[0].unwrappingBuiltin))
        }
        put(k, "__rmul__", arity: 1) { interp, v, receiver, a in
            try interp.dequeCopy(receiver, v, holding: try interp.binary(.mul, v, a[0].unwrappingBuiltin))
        }
        put(k, "__iadd__", arity: 1) { interp, v, receiver, a in
            guard case .object(let d as PyDeque) = v else { return .object(PyNotImplemented.shared) }
            _ = try d.inPlace(.add, a[0], interp)
            return receiver
        }
        put(k, "__reversed__", arity: 0) { _, v, _, _ in
            guard case .object(let d as PyDeque) = v else { return .none }
            return .object(PyIterator(items: d.items.reversed(), kind: "_collections._deque_reverse_iterator"))
        }
        put(k, "__init__") { interp, v, _, args in
            guard case .object(let d as PyDeque) = v,
                  case .object(let made as PyDeque) = try PyDeque.dequeClass.construct!(interp, args) else { return .none }
            d.reinitialize(from: made)
            return .none
        }
    }

    /// `type(d)(d)`, or `type(d)(d, maxlen)` when the deque has one: the copy of a deque
    /// subclass instance (`receiver`, whose deque is `value`); with `holding`, a deque made
    /// from `value` (a concatenation, a repetition), the copy then takes its items.
    func dequeCopy(_ receiver: Value, _ value: Value, holding result: Value? = nil) throws -> Value {
        guard case .object(let d as PyDeque) = value else { return result ?? value }
        var args: [Value] = [receiver]
        if let m = d.maxlen { args.append(.int(m)) }
        let copy = try call(.type(classOf(receiver)), Arguments(args))
        if let result, case .object(let made as PyDeque) = result, case .object(let target as PyDeque)? = copy.builtinValue {
            target.reinitialize(from: made)
        }
        return copy
    }

    /// The repr of a set, frozenset or deque subclass instance: CPython names the instance's
    /// class (`Tags({1, 2})`, `Tags()`, `Window([1, 2], maxlen=3)`).
    func collectionRepr(_ v: Value, className: String) throws -> String {
        let text = try repr(v)
        switch v {
        case .object(let s as PySet):
            if s.count == 0 { return "\(className)()" }
            if s.frozen { return className + text.dropFirst("frozenset".count) }
            return "\(className)(\(text))"
        case .object(is PyDeque):
            return className + text.dropFirst("deque".count)
        default:
            return text
        }
    }
}
