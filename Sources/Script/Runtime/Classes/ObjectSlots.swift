/// `object`'s special methods as attributes, and the special methods of built-in values read
/// through the value: `object.__eq__(a, b)`, `super().__hash__()`, `super().__repr__()`,
/// `(1).__add__(2)`, `"a".__mul__(3)`, `int.__add__(1, 2)`.
///
/// The interpreter runs operators, `hash`, `repr` and comparisons of core values and plain
/// instances itself, so these never sit in the classes' namespaces where the MRO would find
/// them first (that would slow every lookup of a class without its own `__eq__`): they are
/// found last, when an attribute read of an instance, a class, a core value or `super()`
/// found nothing else, as CPython finds them last in `object`'s namespace.
extension Interpreter {
    /// `object.__eq__`, `__ne__`, the four orderings, `__hash__`, `__repr__`, `__str__` and
    /// `__format__`, as `<slot wrapper '…' of 'object' objects>` (made once per process).
    nonisolated(unsafe) static let objectSlots: [String: PyBuiltin] = {
        var slots: [String: PyBuiltin] = [:]
        func slot(_ name: String, _ count: Int, _ body: @escaping (Interpreter, Value, [Value]) throws -> Value) {
            let b = PyBuiltin.method(name, owner: "object") { interp, receiver, args in
                if !args.keywords.isEmpty { throw PyError("TypeError", "\(name)() takes no keyword arguments") }
                guard args.positional.count == count else {
                    throw PyError("TypeError", "expected \(count) argument\(count == 1 ? "" : "s"), got \(args.positional.count)")
                }
                return try body(interp, receiver, args.positional)
            }
            b.slotOwner = "object"
            slots[name] = b
        }
        slot("__eq__", 1) { interp, receiver, a in
            interp.identical(receiver, a[0]) ? .bool(true) : .object(PyNotImplemented.shared)
        }
        // CPython's default `__ne__` inverts the type's own `__eq__` unless that declines.
        slot("__ne__", 1) { interp, receiver, a in
            let r: Value
            if let eq = interp.classOf(receiver).lookup("__eq__") {
                r = try interp.callUnbound(eq, self: receiver, Arguments([a[0]]))
            } else {
                r = interp.identical(receiver, a[0]) ? .bool(true) : .object(PyNotImplemented.shared)
            }
            if r.isNotImplemented { return r }
            return .bool(!(try interp.truthy(r)))
        }
        for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
            slot(name, 1) { _, _, _ in .object(PyNotImplemented.shared) }
        }
        // Identity, not value, for every receiver: `object.__hash__([1])` hashes the list's
        // address and `object.__hash__(1)` is not `hash(1)`.
        slot("__hash__", 0) { interp, receiver, _ in
            guard case .object(let o) = receiver else { return .int(Interpreter.pointerHash(try interp.identity(of: receiver))) }
            return .int(interp.identityHash(o))
        }
        slot("__repr__", 0) { interp, receiver, _ in
            if let i = receiver.instance { return .str(try i.nativeRepr(interp)) }
            let address: String
            if case .object(let o) = receiver { address = interp.address(of: o) } else { address = "0x" + String(try interp.identity(of: receiver), radix: 16) }
            return .str("<\(interp.classOf(receiver).qualifiedName) object at \(address)>")
        }
        slot("__str__", 0) { interp, receiver, _ in .str(try interp.repr(receiver)) }
        slot("__format__", 1) { interp, receiver, a in
            guard case .str(let spec) = a[0] else {
                throw PyError("TypeError", "__format__() argument must be str, not \(a[0].typeName)")
            }
            guard spec.isEmpty else {
                throw PyError("TypeError", "unsupported format string passed to \(receiver.typeName).__format__")
            }
            return .str(try interp.str(receiver))
        }
        return slots
    }()

    /// `object`'s slot `name`, unbound (`object.__eq__`, or `C.__eq__` of a class without
    /// its own); nil when `object` has no such slot.
    func objectSlot(_ name: String) -> Value? {
        Interpreter.objectSlots[name].map { .builtin($0) }
    }

    /// The special method `name` of `obj`'s class `cls` read through `obj` when the ordinary
    /// lookup found nothing: a built-in type's (`(1).__add__`, `"a".__mul__`,
    /// `zip(a, b).__next__`) or `object`'s (`p.__eq__` of a class without `__eq__`), bound
    /// to `obj`; the type's None (`[].__hash__`); nil when neither has it. Tensors answer
    /// their own special methods and get none of `object`'s.
    func typeSlot(_ obj: Value, _ cls: PyClass, _ name: String) -> Value? {
        _ = Interpreter.builtinTypeMethods
        if let v = cls.lookup(name) {
            guard case .builtin(let b) = v, b.isMethod else { return v.isNone ? v : nil }
            return .object(PyMethod(function: v, receiver: obj))
        }
        if case .object(is TensorObject) = obj { return nil }
        if name == "__sizeof__" { return sizeofMethod(obj) }
        return Interpreter.objectSlots[name].map { .object(PyMethod(function: .builtin($0), receiver: obj)) }
    }

    /// The hash `object.__hash__` gives an object: from its stable fake address, as
    /// CPython's `_Py_HashPointer` from its real one.
    func identityHash(_ object: AnyObject) -> Int {
        Interpreter.pointerHash(addressValue(of: object))
    }

    /// CPython's `_Py_HashPointer`: the address rotated right by four bits.
    static func pointerHash(_ address: Int) -> Int {
        let a = UInt(bitPattern: address)
        return Int(bitPattern: (a >> 4) | (a << 60))
    }
}
