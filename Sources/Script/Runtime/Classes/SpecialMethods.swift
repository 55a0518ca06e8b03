extension Interpreter {
    // MARK: Operators on instances

    /// `a op b` when either operand is an instance: `a.__op__(b)`, then `b.__rop__(a)` (first
    /// when b's class is a proper subclass of a's that overrides it), as CPython's binary_op1.
    func instanceBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        let methods = SpecialMethod.forOperator(op)
        // The commonest case (`a * b` on two instances of one script class, or `a * 2.0`):
        // CPython's first try is `a.__op__(b)`, called straight; the general order follows
        // only when it returned NotImplemented.
        if case .function(let f)? = Interpreter.plainOperatorMethod(a, b, methods.method),
           let r = try callFunction(f, receiver: a, b) {
            if !r.isNotImplemented { return r }
            return try instanceBinary(op, methods, a, b, methodTried: true)
        }
        return try instanceBinary(op, methods, a, b, methodTried: false)
    }

    /// The special method `m` of `a`'s class when `a` is a plain instance of a script class
    /// and `b` is no instance of another class (so no reflected method goes first); nil else.
    @inline(__always) private static func plainOperatorMethod(_ a: borrowing Value, _ b: borrowing Value, _ m: SpecialMethod) -> Value? {
        let cls: PyClass
        switch a {
        case .object(let o) where ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self):
            cls = unsafeDowncast(o, to: PyInstance.self).cls
        default:
            return nil
        }
        guard cls.isUserDefined else { return nil }
        switch b {
        case .object(let p) where p is PyInstance:
            guard unsafeDowncast(p, to: PyInstance.self).cls === cls else { return nil }
        default: break
        }
        return cls.lookup(m)
    }

    /// `instanceBinary` past its first try when `methodTried` (`a.__op__(b)` returned NotImplemented).
    private func instanceBinary(_ op: BinaryOp, _ methods: (method: SpecialMethod, reflected: SpecialMethod, inPlace: SpecialMethod),
                                _ a: Value, _ b: Value, methodTried: Bool) throws -> Value {
        let ai = a.instance, bi = b.instance
        let sameClass = ai != nil && bi != nil && ai!.cls === bi!.cls
        // A built-in sequence's own `__add__`/`__mul__`/`__rmul__` (a subclass's, through the
        // MRO) are CPython's sq_concat and sq_repeat, which the operator runs only after both
        // operands' numeric methods declined (`sequenceOperation` below), not as `__add__`.
        let reflected = sameClass ? nil : bi.flatMap { special($0, methods.reflected) }.flatMap { Interpreter.isSequenceSlot($0) ? nil : $0 }
        var reflectedTried = false
        // A core value beside a built-in subclass's instance answers with its type's slot, as
        // CPython asks both types: `1.5 + Count(2)` is float's `__add__` (before the
        // instance's `__radd__`, unless the instance's class derives from the core type).
        let coreFirst = ai == nil && b.builtinValue != nil && !bi!.cls.isSubclass(of: classOf(a))
        if coreFirst, let r = try coreSlot(a, methods.method, b) { return r }
        if let bi, let reflected, let ai, bi.cls !== ai.cls, bi.cls.isSubclass(of: ai.cls) {
            reflectedTried = true
            let r = try callUnbound(reflected, self: b, a)
            if !r.isNotImplemented { return r }
        }
        if !methodTried, let ai, let f = special(ai, methods.method), !Interpreter.isSequenceSlot(f) {
            let r = try callUnbound(f, self: a, b)
            if !r.isNotImplemented { return r }
        }
        if !reflectedTried, let reflected {
            let r = try callUnbound(reflected, self: b, a)
            if !r.isNotImplemented { return r }
        }
        if ai == nil, !coreFirst, b.builtinValue != nil, let r = try coreSlot(a, methods.method, b) { return r }
        // `Count(2) + 1.5`: int's slot declined the float, whose reflected slot answers.
        if bi == nil, a.builtinValue != nil, let r = try coreSlot(b, methods.reflected, a) { return r }
        if ai == nil, let r = try sequenceOperation(op, a, b) { return r }
        // A built-in sequence subclass's instance concatenates or repeats as its value does
        // (`Stack([1]) + [2]` is a list; `1.5 * Stack([1])` CPython's sequence TypeError).
        if let value = a.builtinValue, value.isSequence, let r = try sequenceOperation(op, value, b) { return r }
        if op == .mul, let value = b.builtinValue, value.isSequence, let r = try sequenceOperation(op, value, a) { return r }
        // `n * seq` with `n` an instance that has `__index__`: the sequence repeats.
        if bi == nil, op == .mul, b.isSequence, let ai, special(ai, "__index__") != nil { return try binary(.mul, b, integer(try indexInteger(a))) }
        let symbol = op == .pow ? "** or pow()" : op.rawValue
        throw PyError("TypeError", "unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
    }

    /// `a op= b` on an instance: `__iop__`, else the binary operator.
    func instanceInPlace(_ op: BinaryOp, _ a: PyInstance, _ b: Value) throws -> Value {
        if let f = special(a, SpecialMethod.forOperator(op).inPlace) {
            let r = try callUnbound(f, self: .object(a), b)
            if !r.isNotImplemented { return r }
        }
        return try instanceBinary(op, .object(a), b)
    }

    /// `-x`, `+x`, `~x` on an instance.
    func instanceUnary(_ op: UnaryOp, _ i: PyInstance) throws -> Value {
        let name: SpecialMethod
        switch op {
        case .neg: name = .neg
        case .pos: name = .pos
        case .invert: name = .invert
        case .not: return .bool(!(try instanceTruth(i)))
        }
        guard let f = special(i, name) else {
            throw PyError("TypeError", "bad operand type for unary \(op.rawValue): '\(i.cls.name)'")
        }
        return try callUnbound(f, self: .object(i), nil)
    }

    /// `bool(x)`: `__bool__`, else `__len__() != 0`, else true.
    func instanceTruth(_ i: PyInstance) throws -> Bool {
        if let f = special(i, SpecialMethod.bool) {
            let r = try callUnbound(f, self: .object(i), nil)
            guard case .bool(let b) = r else {
                throw PyError("TypeError", "__bool__ should return bool, returned \(r.typeName)")
            }
            return b
        }
        if special(i, SpecialMethod.len) != nil { return try instanceLength(i) != 0 }
        return true
    }

    /// `len(x)`: `__len__`, which must return a non-negative int.
    func instanceLength(_ i: PyInstance) throws -> Int {
        guard let f = special(i, SpecialMethod.len) else {
            throw PyError("TypeError", "object of type '\(i.cls.name)' has no len()")
        }
        let r = try callUnbound(f, self: .object(i), nil)
        guard case .int(let n) = r.boolAsInt else {
            if case .object(let b as PyBigInt) = r {
                if b.value.negative { throw PyError("ValueError", "__len__() should return >= 0") }
                throw PyError("OverflowError", "cannot fit 'int' into an index-sized integer")
            }
            throw PyError("TypeError", "'\(r.typeName)' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyError("ValueError", "__len__() should return >= 0") }
        return n
    }

    /// Rich comparison with an instance on either side: `a.__op__(b)`, then the reflected
    /// `b.__rop__(a)`; `==` and `!=` fall back to identity, orderings raise TypeError.
    func instanceCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        try withRecursionCheck(.comparison) { try instanceRichCompare(op, a, b) }
    }

    /// The comparison itself, without CPython's "in comparison" check: `list.sort` of items
    /// of one type calls the type's comparison directly, as CPython's `unsafe_object_compare`.
    func instanceRichCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        let (name, reflectedName): (SpecialMethod, SpecialMethod)
        switch op {
        case .eq: (name, reflectedName) = (.eq, .eq)
        case .ne: (name, reflectedName) = (.ne, .ne)
        case .lt: (name, reflectedName) = (.lt, .gt)
        case .le: (name, reflectedName) = (.le, .ge)
        case .gt: (name, reflectedName) = (.gt, .lt)
        case .ge: (name, reflectedName) = (.ge, .le)
        default: return try compare(op, a, b)
        }
        let ai = a.instance, bi = b.instance
        var reflectedFirst = false
        if let ai, let bi, bi.cls !== ai.cls, bi.cls.isSubclass(of: ai.cls), special(bi, reflectedName) != nil { reflectedFirst = true }
        // A core value beside a built-in subclass's instance: its type's slot, first unless
        // the instance's class derives from the core type (`2.5 > Count(1)` is float's `__gt__`).
        let coreFirst = ai == nil && b.builtinValue != nil && !bi!.cls.isSubclass(of: classOf(a))
        if coreFirst, let r = try coreSlot(a, name, b) { return r }
        if reflectedFirst, let bi, let f = special(bi, reflectedName) {
            let r = try callUnbound(f, self: b, a)
            if !r.isNotImplemented { return r }
        }
        if let ai, let f = special(ai, name) {
            let r = try callUnbound(f, self: a, b)
            if !r.isNotImplemented { return r }
        }
        if !reflectedFirst, let bi, let f = special(bi, reflectedName) {
            let r = try callUnbound(f, self: b, a)
            if !r.isNotImplemented { return r }
        }
        // A core value beside a built-in subclass's instance (`Count(2) < 2.5`): its type's slot.
        if ai == nil, !coreFirst, b.builtinValue != nil, let r = try coreSlot(a, name, b) { return r }
        if bi == nil, a.builtinValue != nil, let r = try coreSlot(b, reflectedName, a) { return r }
        switch op {
        case .eq: return .bool(identical(a, b))
        case .ne:
            // The default __ne__ inverts __eq__.
            if let ai, special(ai, SpecialMethod.eq) != nil {
                let r = try instanceCompare(.eq, a, b)
                if case .bool(let x) = r { return .bool(!x) }
                return .bool(!(try truthy(r)))
            }
            return .bool(!identical(a, b))
        default:
            throw PyError("TypeError", "'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    /// `item in x`: `__contains__`, else iteration.
    func instanceContains(_ i: PyInstance, _ item: Value) throws -> Bool {
        if let f = special(i, SpecialMethod.contains) {
            return try truthy(try callUnbound(f, self: .object(i), item))
        }
        var found = false
        try iterate(.object(i)) { v in
            found = try identical(v, item) || equals(v, item)
            return !found
        }
        return found
    }

    /// `x[key]`.
    func instanceGetItem(_ i: PyInstance, _ key: Value) throws -> Value {
        guard let f = special(i, SpecialMethod.getitem) else {
            throw PyError("TypeError", "'\(i.cls.name)' object is not subscriptable")
        }
        return try callUnbound(f, self: .object(i), key)
    }

    /// `x[key] = v`.
    func instanceSetItem(_ i: PyInstance, _ key: Value, _ v: Value) throws {
        guard let f = special(i, SpecialMethod.setitem) else {
            throw PyError("TypeError", "'\(i.cls.name)' object does not support item assignment")
        }
        _ = try callUnbound(f, self: .object(i), Arguments([key, v]))
    }

    /// `del x[key]`.
    func instanceDeleteItem(_ i: PyInstance, _ key: Value) throws {
        guard let f = special(i, SpecialMethod.delitem) else {
            throw PyError("TypeError", "'\(i.cls.name)' object doesn't support item deletion")
        }
        _ = try callUnbound(f, self: .object(i), key)
    }

    /// `x(...)`.
    func instanceCall(_ i: PyInstance, _ args: Arguments) throws -> Value {
        guard let f = special(i, SpecialMethod.call) else {
            throw PyError("TypeError", "'\(i.cls.name)' object is not callable")
        }
        return try withRecursionCheck(.call) { try callUnbound(f, self: .object(i), args) }
    }

    /// Whether `iter(x)` can work: `__iter__` or the `__getitem__` sequence protocol.
    func instanceIsIterable(_ i: PyInstance) -> Bool {
        special(i, SpecialMethod.iter) != nil || special(i, SpecialMethod.getitem) != nil
    }

    /// A Swift closure producing the instance's items: `__iter__` then `__next__` until
    /// StopIteration, or `__getitem__(0)`, `(1)`… until IndexError.
    func instanceIterator(_ i: PyInstance) throws -> () throws -> Value? {
        if let f = special(i, "__iter__") {
            let it = try callUnbound(f, self: .object(i), nil)
            if let ii = it.instance {
                guard let next = special(ii, "__next__") else {
                    throw PyError("TypeError", "iter() returned non-iterator of type '\(ii.cls.name)'")
                }
                return { [unowned self] in
                    do {
                        return try self.callUnbound(next, self: it, nil)
                    } catch let e as PyError where self.isStopIteration(e) {
                        return nil
                    }
                }
            }
            if case .object(let g as PyGenerator) = it {
                return { [unowned self] in try self.generatorStep(g) }
            }
            guard case .object(let o) = it, o is PyIterator else {
                throw PyError("TypeError", "iter() returned non-iterator of type '\(it.typeName)'")
            }
            return try iteratorOver(it)
        }
        guard let getitem = special(i, "__getitem__") else {
            throw PyError("TypeError", "'\(i.cls.name)' object is not iterable")
        }
        var index = 0
        var done = false
        return { [unowned self] in
            if done { return nil }
            do {
                let v = try self.callUnbound(getitem, self: .object(i), .int(index))
                index += 1
                return v
            } catch let e as PyError where e.matches("IndexError", self) || self.isStopIteration(e) {
                done = true
                return nil
            }
        }
    }

    /// Whether `e` is a StopIteration (or a subclass).
    func isStopIteration(_ e: PyError) -> Bool { e.matches("StopIteration", self) }

    /// `hash(x)` for an instance: `__hash__`, unhashable when the class defines `__eq__` only.
    func instanceHash(_ i: PyInstance) throws -> Int? {
        if let f = special(i, SpecialMethod.hash) {
            if case .none = f { throw PyError("TypeError", "unhashable type: '\(i.cls.name)'") }
            let r = try callUnbound(f, self: .object(i), nil)
            guard case .int(let h) = r.boolAsInt else {
                throw PyError("TypeError", "__hash__ method should return an integer")
            }
            return h == -1 ? -2 : h
        }
        if special(i, SpecialMethod.eq) != nil { throw PyError("TypeError", "unhashable type: '\(i.cls.name)'") }
        return nil
    }
}

extension PyError {
    /// Whether the error is of the built-in class `name` or a subclass of it.
    func matches(_ name: String, _ interp: Interpreter) -> Bool {
        interp.errorClass(self).isSubclass(of: interp.exceptionClass(named: name))
    }
}

extension Interpreter {
    /// The special method `m` of a core value's built-in type (`float.__radd__` of `1.5`)
    /// called on it with `other`; nil when the value's type has none or it declined. Only
    /// numbers, strings, lists, tuples and dicts answer: other core values (tensors) never
    /// take a built-in subclass's instance this way.
    func coreSlot(_ v: Value, _ m: SpecialMethod, _ other: Value) throws -> Value? {
        switch v {
        case .int, .bool, .float, .str, .list, .tuple, .dict, .object(is PyBigInt): break
        default: return nil
        }
        _ = Interpreter.builtinTypeMethods
        guard let f = classOf(v).lookup(m.name), !Interpreter.isSequenceSlot(f) else { return nil }
        let r = try callUnbound(f, self: v, Arguments([other]))
        return r.isNotImplemented ? nil : r
    }
}

extension Interpreter {
    /// Whether `f` is `str`'s, `tuple`'s or `list`'s own concatenation or repetition method.
    static func isSequenceSlot(_ f: Value) -> Bool {
        guard case .builtin(let b) = f, let owner = b.slotOwner, owner == "str" || owner == "tuple" || owner == "list" else { return false }
        return b.name == "__add__" || b.name == "__mul__" || b.name == "__rmul__"
    }
}
