extension Interpreter {
    /// `isinstance(obj, classinfo)`. One object shared by every interpreter, so that a call
    /// site can recognize it and answer `isinstance(x, C)` without building `Arguments`
    /// (see `isinstance(_:_:)`, which both use).
    nonisolated(unsafe) static let isinstanceFunction = PyBuiltin("isinstance") { interp, args in
        let a = try args.positionalOnly("isinstance", 2...2)
        return .bool(try interp.isinstance(a[0], a[1]))
    }

    /// Whether `value` is an instance of `classinfo`: a class (its subclasses count, and a
    /// library class's own instance check) or a tuple of classes.
    func isinstance(_ value: Value, _ classinfo: Value) throws -> Bool {
        // An instance of exactly the class (`isinstance(other, Value)`), read without retaining it.
        if case .type(let k) = classinfo, Interpreter.isPlainInstance(value, of: k) { return true }
        let cls = classOf(value)
        if case .type(let k) = classinfo {
            if k.metaclass != nil, let r = try callMetaclassMethod(k, "__instancecheck__", [value]) { return try truthy(r) }
            return cls.isSubclass(of: k) || k.instanceCheck?(value) == true
        }
        var classes: [Value]
        if case .tuple(let t) = classinfo { classes = t.items } else { classes = [classinfo] }
        // A union (`int | None`) stands for its classes, alone or in a tuple.
        if classes.contains(where: { if case .object(is PyUnionType) = $0 { return true } else { return false } }) {
            classes = try classes.flatMap { c -> [Value] in
                if case .object(let u as PyUnionType) = c { return try u.classes() }
                return [c]
            }
        }
        for c in classes {
            guard case .type(let k) = c else {
                throw PyError("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
            }
            if k.metaclass != nil, let r = try callMetaclassMethod(k, "__instancecheck__", [value]) {
                if try truthy(r) { return true }
                continue
            }
            if cls.isSubclass(of: k) || k.instanceCheck?(value) == true { return true }
        }
        return false
    }

    /// Whether `value` is an instance made by `PyInstance` itself whose class is `k`.
    @inline(__always) static func isPlainInstance(_ value: borrowing Value, of k: PyClass) -> Bool {
        switch value {
        case .object(let o) where ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self):
            return unsafeDowncast(o, to: PyInstance.self).cls === k
        default:
            return false
        }
    }
}
