extension Interpreter {
    /// Gives the subclassable built-in classes (`int`, `float`, `str`, `tuple`, `list`, `dict`
    /// and the dict flavors; sets and deques in `collectionTypeMethods`) their special methods
    /// as class attributes, once per process.
    ///
    /// Core values never look these up (the interpreter handles `3 + 4` and `len([1])`
    /// directly); they exist for instances of script subclasses (`BuiltinSubclassInstance`),
    /// whose operators, `len`, indexing, iteration, `repr`, hashing and comparisons find them
    /// through the MRO as CPython finds the type's slots, so a script's override wins and
    /// `super().__getitem__(i)` or `list.__init__(self, xs)` reaches them. Each works on the
    /// instance's built-in value and returns what the built-in type returns (`Celsius(1) + 1`
    /// is a `float`; `stack[1:]` a `list`).
    static let builtinTypeMethods: Void = {
        let collections: [PyClass] = [PySet.setClass, PySet.frozensetClass, PyDeque.dequeClass] + PyClass.subclassableIterators
        for (k, immutable) in PyClass.subclassableBuiltins where k.module == "builtins" && !collections.contains(where: { $0 === k }) {
            // A plain builtin in a class does not bind: `__new__` receives the class first.
            k.attributes["__new__"] = .builtin(PyBuiltin("__new__") { interp, args in
                try interp.builtinNew(k, immutable: immutable, args)
            })
            installCommon(k)
        }
        for k in [CoreClasses.int, CoreClasses.float] { installNumeric(k) }
        installBoolLogic()
        installSequences()
        CoreClasses.object.attributes["__new__"] = .builtin(Interpreter.objectNew)
        // `object.__init_subclass__`: does nothing, and takes no keywords.
        CoreClasses.object.attributes["__init_subclass__"] = .object(PyClassMethod(.builtin(PyBuiltin("__init_subclass__") { _, args in
            if !args.keywords.isEmpty, case .type(let cls)? = args.positional.first {
                throw PyError("TypeError", "\(cls.name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        })))
        _ = Interpreter.collectionTypeMethods
        _ = Interpreter.iteratorTypeMethods
    }()

    /// Adds `name` to `k` as a method receiving the instance's built-in value and the arguments.
    static func put(_ k: PyClass, _ name: String, _ body: @escaping (Interpreter, Value, Value, Arguments) throws -> Value) {
        let b = PyBuiltin.method(name, owner: k.name) { interp, receiver, args in
            guard interp.classOf(receiver).isSubclass(of: k) else {
                throw PyError("TypeError", "descriptor '\(name)' requires a '\(k.name)' object but received a '\(receiver.typeName)'")
            }
            return try body(interp, receiver.unwrappingBuiltin, receiver, args)
        }
        // `<slot wrapper '__add__' of 'int' objects>`, bound: `<method-wrapper '__add__' of int object at 0x…>`.
        b.slotOwner = k.name
        b.isMethodDescriptor = isMethodDefined(k, name)
        k.attributes[name] = .builtin(b)
    }

    /// Whether CPython defines `k.name` as an ordinary method rather than a type slot's
    /// wrapper (`__format__`, `__round__`, `list.__reversed__`, the `__getitem__` that lists
    /// and dicts also define as methods, and `dict`'s and `set`'s `__contains__`).
    static func isMethodDefined(_ k: PyClass, _ name: String) -> Bool {
        switch name {
        case "__format__", "__round__", "__reversed__": return true
        case "__getitem__": return k === CoreClasses.list || k === CoreClasses.dict
        case "__contains__": return k === CoreClasses.dict || k === PySet.setClass || k === PySet.frozensetClass
        default: return false
        }
    }

    /// A method taking exactly `count` arguments besides the instance.
    static func put(_ k: PyClass, _ name: String, arity count: Int, _ body: @escaping (Interpreter, Value, Value, [Value]) throws -> Value) {
        // CPython's slot wrappers count their arguments in words of their own; the special
        // methods it defines as ordinary methods (`list.__getitem__`, `__format__`) as methods do.
        let isMethod = isMethodDefined(k, name)
        put(k, name) { interp, value, receiver, args in
            if !isMethod {
                if !args.keywords.isEmpty { throw PyError("TypeError", "wrapper \(name)() takes no keyword arguments") }
                guard args.positional.count == count else {
                    throw PyError("TypeError", "expected \(count) argument\(count == 1 ? "" : "s"), got \(args.positional.count)")
                }
                return try body(interp, value, receiver, args.positional)
            }
            let a = try args.positionalOnly("\(k.name).\(name)", count...count)
            return try body(interp, value, receiver, a)
        }
    }

    /// `__repr__`, `__hash__`, comparisons, `__format__`: every subclassable type.
    private static func installCommon(_ k: PyClass) {
        put(k, "__repr__", arity: 0) { interp, v, receiver, _ in
            let text = try interp.repr(v)
            // A dict flavor's repr names the instance's class (`D(<class 'int'>, {})`).
            if case .dict(let d) = v, let flavor = d.flavor, receiver.builtinValue != nil, text.hasPrefix(flavor.pyClass.name + "(") {
                return .str(interp.classOf(receiver).name + text.dropFirst(flavor.pyClass.name.count))
            }
            return .str(text)
        }
        put(k, "__format__", arity: 1) { interp, v, receiver, a in
            guard case .str(let spec) = a[0] else {
                throw PyError("TypeError", "\(k.name).__format__() argument must be str, not \(a[0].typeName)")
            }
            // An empty spec formats as `str(self)`, a subclass's `__str__` included.
            if spec.isEmpty { return .str(try interp.str(receiver)) }
            return .str(try interp.format(v, spec: spec))
        }
        let hashable = k === CoreClasses.int || k === CoreClasses.float || k === CoreClasses.str || k === CoreClasses.tuple
        if hashable {
            put(k, "__hash__", arity: 0) { interp, v, _, _ in .int(try interp.pythonHash(v)) }
        } else {
            k.attributes["__hash__"] = Value.none
        }
        let orderable = k !== CoreClasses.dict
        let comparisons: [(String, CompareOp)] = [("__eq__", .eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)]
        for (name, op) in comparisons where orderable || op == .eq || op == .ne {
            put(k, name, arity: 1) { interp, v, receiver, a in
                let other = a[0].unwrappingBuiltin
                // `(1).__eq__(1.0)` declines as CPython's int does (see `accepts`).
                guard interp.comparable(v, other, numeric: k === CoreClasses.int || k === CoreClasses.float),
                      Interpreter.accepts(k, receiver, other) else {
                    return .object(PyNotImplemented.shared)
                }
                return try interp.compare(op, v, other)
            }
        }
    }

    /// Whether `int`'s arithmetic or comparison slot called on `receiver` takes `other`: `int`
    /// declines a float (`(1).__add__(1.0)` and `Count(2).__add__(1.5)` are NotImplemented),
    /// as CPython's; the operators then ask the float's reflected slot (`coreSlot`).
    static func accepts(_ k: PyClass, _ receiver: Value, _ other: Value) -> Bool {
        k !== CoreClasses.int || other.isInteger
    }

    /// Whether the built-in comparison of `v` (a subclass's value) with `other` is defined,
    /// rather than NotImplemented.
    private func comparable(_ v: Value, _ other: Value, numeric: Bool) -> Bool {
        if numeric { return other.isNumber || other.isBigInt }
        switch (v, other) {
        case (.str, .str), (.list, .list), (.tuple, .tuple), (.dict, .dict): return true
        default: return false
        }
    }

    /// The arithmetic of `int` and `float`, their conversions and truth.
    private static func installNumeric(_ k: PyClass) {
        var ops: [(String, BinaryOp)] = [("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .div), ("floordiv", .floorDiv), ("mod", .mod), ("pow", .pow)]
        if k === CoreClasses.int {
            ops += [("and", .bitAnd), ("or", .bitOr), ("xor", .bitXor), ("lshift", .lshift), ("rshift", .rshift)]
        }
        for (name, op) in ops {
            put(k, "__\(name)__", arity: 1) { interp, v, receiver, a in
                let other = a[0].unwrappingBuiltin
                guard other.isNumber || other.isBigInt, accepts(k, receiver, other) else { return .object(PyNotImplemented.shared) }
                return try interp.binary(op, v, other)
            }
            put(k, "__r\(name)__", arity: 1) { interp, v, receiver, a in
                let other = a[0].unwrappingBuiltin
                guard other.isNumber || other.isBigInt, accepts(k, receiver, other) else { return .object(PyNotImplemented.shared) }
                return try interp.binary(op, other, v)
            }
        }
        put(k, "__neg__", arity: 0) { interp, v, _, _ in try interp.unary(.neg, v) }
        put(k, "__pos__", arity: 0) { interp, v, _, _ in try interp.unary(.pos, v) }
        put(k, "__abs__", arity: 0) { interp, v, _, _ in try interp.call(interp.builtins["abs"]!, Arguments([v])) }
        put(k, "__bool__", arity: 0) { _, v, _, _ in .bool(v.isTruthy) }
        put(k, "__int__", arity: 0) { interp, v, _, _ in try interp.call(.type(CoreClasses.int), Arguments([v])) }
        put(k, "__float__", arity: 0) { interp, v, _, _ in try interp.call(.type(CoreClasses.float), Arguments([v])) }
        put(k, "__round__") { interp, v, _, args in
            try interp.call(interp.builtins["round"]!, Arguments([v] + args.positional, keywords: args.keywords))
        }
        put(k, "__divmod__", arity: 1) { interp, v, receiver, a in
            let other = a[0].unwrappingBuiltin
            guard other.isNumber || other.isBigInt, accepts(k, receiver, other) else { return .object(PyNotImplemented.shared) }
            return try interp.call(interp.builtins["divmod"]!, Arguments([v, other]))
        }
        put(k, "__rdivmod__", arity: 1) { interp, v, receiver, a in
            let other = a[0].unwrappingBuiltin
            guard other.isNumber || other.isBigInt, accepts(k, receiver, other) else { return .object(PyNotImplemented.shared) }
            return try interp.call(interp.builtins["divmod"]!, Arguments([other, v]))
        }
        if k === CoreClasses.int {
            put(k, "__invert__", arity: 0) { interp, v, _, _ in try interp.unary(.invert, v) }
            put(k, "__index__", arity: 0) { _, v, _, _ in v }
        }
    }

    /// `bool`'s own `&`, `|`, `^` (`True.__and__(False)` is `False`; with an int, `int`'s).
    private static func installBoolLogic() {
        let ops: [(String, BinaryOp)] = [("and", .bitAnd), ("or", .bitOr), ("xor", .bitXor)]
        for (name, op) in ops {
            for method in ["__\(name)__", "__r\(name)__"] {
                put(CoreClasses.bool, method, arity: 1) { interp, v, _, a in
                    guard a[0].isInteger else { return .object(PyNotImplemented.shared) }
                    if case .bool(let x) = v, case .bool(let y) = a[0] {
                        switch op {
                        case .bitAnd: return .bool(x && y)
                        case .bitOr: return .bool(x || y)
                        default: return .bool(x != y)
                        }
                    }
                    return method.hasPrefix("__r") ? try interp.binary(op, a[0], v) : try interp.binary(op, v, a[0])
                }
            }
        }
    }

    /// `str`, `tuple`, `list` and `dict`: length, items, iteration, concatenation, `__init__`.
    private static func installSequences() {
        let containers = [CoreClasses.str, CoreClasses.tuple, CoreClasses.list, CoreClasses.dict]
        for k in containers {
            put(k, "__len__", arity: 0) { interp, v, _, _ in .int(try interp.length(v)) }
            put(k, "__contains__", arity: 1) { interp, v, _, a in .bool(try interp.contains(v, a[0])) }
            put(k, "__iter__", arity: 0) { interp, v, _, _ in
                .object(PyIterator(kind: "\(v.typeName)_iterator", producer: try interp.iteratorOver(v)))
            }
            put(k, "__getitem__", arity: 1) { interp, v, receiver, a in
                if case .dict(let d) = v, d.flavor == nil, try d.get(a[0]) == nil,
                   let missing = interp.classOf(receiver).lookup("__missing__") {
                    return try interp.callUnbound(missing, self: receiver, Arguments([a[0]]))
                }
                return try interp.getItem(v, a[0])
            }
        }
        CoreClasses.str.attributes["__str__"] = .builtin(PyBuiltin.method("__str__") { _, receiver, _ in receiver.unwrappingBuiltin })
        for k in [CoreClasses.str, CoreClasses.tuple, CoreClasses.list] {
            put(k, "__add__", arity: 1) { interp, v, _, a in try interp.binary(.add, v, a[0].unwrappingBuiltin) }
            put(k, "__mul__", arity: 1) { interp, v, _, a in try interp.binary(.mul, v, try interp.repeatCount(a[0])) }
            put(k, "__rmul__", arity: 1) { interp, v, _, a in try interp.binary(.mul, try interp.repeatCount(a[0]), v) }
        }
        // `d1 | d2`: a new dict with the right side's items winning; any other operand declines.
        put(CoreClasses.dict, "__or__", arity: 1) { interp, v, _, a in
            guard case .dict = a[0].unwrappingBuiltin else { return .object(PyNotImplemented.shared) }
            return try interp.binary(.bitOr, v, a[0].unwrappingBuiltin)
        }
        put(CoreClasses.dict, "__ror__", arity: 1) { interp, v, _, a in
            guard case .dict = a[0].unwrappingBuiltin else { return .object(PyNotImplemented.shared) }
            return try interp.binary(.bitOr, a[0].unwrappingBuiltin, v)
        }
        put(CoreClasses.str, "__mod__", arity: 1) { interp, v, _, a in try interp.binary(.mod, v, a[0]) }
        for k in [CoreClasses.list, CoreClasses.dict] {
            put(k, "__setitem__", arity: 2) { interp, v, _, a in try interp.setItem(v, a[0], a[1]); return .none }
            put(k, "__delitem__", arity: 1) { interp, v, _, a in try interp.deleteItem(v, a[0]); return .none }
        }
        put(CoreClasses.list, "__reversed__", arity: 0) { _, v, _, _ in
            guard case .list(let l) = v else { return .none }
            return .object(PyIterator(items: l.items.reversed(), kind: "list_reverseiterator"))
        }
        put(CoreClasses.list, "__iadd__", arity: 1) { interp, v, receiver, a in
            guard case .list(let l) = v else { return .object(PyNotImplemented.shared) }
            l.items.append(contentsOf: try interp.collect(a[0]))
            return receiver
        }
        put(CoreClasses.list, "__imul__", arity: 1) { interp, v, receiver, a in
            guard case .list(let l) = v, case .list(let r) = try interp.binary(.mul, v, a[0].unwrappingBuiltin) else { return .object(PyNotImplemented.shared) }
            l.items = r.items
            return receiver
        }
        put(CoreClasses.list, "__init__") { interp, v, _, args in
            let a = try args.positionalOnly("list", 0...1)
            guard case .list(let l) = v else { return .none }
            let items = try a.first.map { try interp.collect($0) } ?? []
            l.items = items
            return .none
        }
        put(CoreClasses.dict, "__init__") { interp, v, receiver, args in
            guard case .dict(let d) = v else { return .none }
            // The nearest dict class's constructor reads the arguments (a defaultdict's
            // factory, a Counter's counting), then its items go into the instance's dict.
            let base = interp.classOf(receiver).builtinValueBase ?? CoreClasses.dict
            guard case .dict(let made) = try base.construct!(interp, args) else { return .none }
            if let flavor = made.flavor { d.flavor = flavor }
            if made.flavor?.kind == .counter {
                for (key, count) in made.pairs { try d.set(key, try interp.binary(.add, try d.get(key) ?? .int(0), count)) }
            } else {
                for (key, value) in made.pairs { try d.set(key, value) }
            }
            return .none
        }
    }
}

extension Interpreter {
    /// `a op b` for a core sequence `a` and an instance `b` whose methods declined: the
    /// sequence's own concatenation or repetition, which accepts a built-in subclass's value
    /// (`[1] + Stack([2])`, `"ab" * Flags(2)`) and otherwise fails as CPython's does.
    func sequenceOperation(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard a.isSequence, op == .add || op == .mul else { return nil }
        let value = b.unwrappingBuiltin
        if op == .mul {
            if let i = b.instance, special(i, "__index__") != nil { return try binary(op, a, integer(try indexInteger(b))) }
            guard value.isInteger else { throw PyError("TypeError", "can't multiply sequence by non-int of type '\(b.typeName)'") }
            return try binary(op, a, value)
        }
        switch (a, value) {
        case (.str, .str), (.list, .list), (.tuple, .tuple): return try binary(op, a, value)
        default: throw PyError("TypeError", "can only concatenate \(a.typeName) (not \"\(b.typeName)\") to \(a.typeName)")
        }
    }
}

extension Interpreter {
    /// The count of a sequence's `__mul__`/`__rmul__` called directly: an int, or an object
    /// with `__index__`; anything else fails as CPython's `sq_repeat` wrapper does.
    func repeatCount(_ x: Value) throws -> Value {
        let value = x.unwrappingBuiltin
        if value.isInteger { return value }
        if let i = x.instance, special(i, "__index__") != nil { return integer(try indexInteger(x)) }
        throw PyError("TypeError", "'\(x.typeName)' object cannot be interpreted as an integer")
    }
}

extension Value {
    /// Whether this is an int (or bool), of any size.
    var isInteger: Bool {
        switch self {
        case .int, .bool, .object(is PyBigInt): return true
        default: return false
        }
    }

    /// Whether this is an int too large for a machine word.
    var isBigInt: Bool {
        if case .object(is PyBigInt) = self { return true }
        return false
    }
}
