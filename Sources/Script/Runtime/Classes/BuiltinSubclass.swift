/// An instance of a script class that derives from a built-in type (`class Celsius(float)`,
/// `class Stack(list)`, `class Counter2(dict)`, `class Name(str)`, `class Flags(int)`,
/// `class D(defaultdict)`…).
///
/// The built-in part is an ordinary core value (`value`: a `.float`, a `.list` whose `PyList`
/// the instance owns, a `.dict`…); the instance adds its class and a `__dict__` as every
/// `PyInstance` does. The built-in type's behaviour reaches the instance two ways:
/// - its special methods (`__len__`, `__getitem__`, `__add__`, `__eq__`, `__repr__`…) are
///   attributes of the built-in class (see `BuiltinSubclassMethods`), found through the MRO like
///   a script's own, so an override wins and `super().__getitem__(i)` reaches the built-in one;
/// - its named methods (`append`, `upper`, `get`, `most_common`) are bound to `value` when the
///   class and `__dict__` have no such attribute (`nativeAttribute`).
/// Functions that need the number or string itself (`math.sqrt`, `float()`, `range()`, `%`,
/// `format`) unwrap it through `Value.builtinValue`.
final class BuiltinSubclassInstance: PyInstance {
    /// The built-in value the instance is (for lists and dicts, shared by reference).
    var value: Value

    init(cls: PyClass, value: Value) {
        self.value = value
        super.init(cls: cls)
    }

    deinit {
        GCRegistry.untrack(self)
        var work = [value]
        value = .none
        PyDict.releaseNested(&work)
    }

    override func nativeAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        try interp.nativeMethod(value, name)
    }

    override var nativeAttributeNames: [String] {
        switch value {
        case .object(let s as PySet): return s.frozen ? PySet.frozensetMethods : PySet.setMethods
        case .object(is PyDeque): return PyDeque.methods + ["maxlen"]
        default: return Interpreter.methodNames(of: value)
        }
    }

    override func takeReferences(into work: inout [Value]) {
        work.append(value)
        value = .none
        super.takeReferences(into: &work)
    }

    /// Whether the class keeps the built-in type's `__hash__` (then the instance is the same
    /// dict key as its value: `{Name("a"): 1}["a"]`).
    var hashesAsValue: Bool {
        guard case .builtin(let b) = cls.lookup(SpecialMethod.hash) else { return false }
        return b.name == "__hash__"
    }
}

extension Value {
    /// The built-in value of an instance of a built-in type's subclass (`Celsius(21.5)` →
    /// `21.5`), nil for every other value.
    @inline(__always) var builtinValue: Value? {
        if case .object(let o) = self, let b = o as? BuiltinSubclassInstance { return b.value }
        return nil
    }

    /// The value itself, or the built-in value of a built-in type's subclass instance.
    var unwrappingBuiltin: Value { builtinValue ?? self }
}

extension PyClass {
    /// The built-in classes a script class may derive from, with whether their instances are
    /// made whole by `__new__` (immutable: `int`, `float`, `str`, `tuple`) or filled by
    /// `__init__` (`list`, `dict` and the dict flavors of `collections`).
    static var subclassableBuiltins: [(PyClass, immutable: Bool)] {
        [(CoreClasses.int, true), (CoreClasses.float, true), (CoreClasses.str, true), (CoreClasses.tuple, true),
         (CoreClasses.list, false), (CoreClasses.dict, false),
         (DictFlavor.defaultDictClass, false), (DictFlavor.counterClass, false), (DictFlavor.orderedDictClass, false),
         (PySet.setClass, false), (PySet.frozensetClass, true), (PyDeque.dequeClass, false)]
            + PyClass.subclassableIterators.map { ($0, true) }
    }

    /// The first built-in class in the MRO whose values subclass instances carry, if any.
    var builtinValueBase: PyClass? {
        for k in mro where !k.isUserDefined {
            if PyClass.subclassableBuiltins.contains(where: { $0.0 === k }) { return k }
        }
        return nil
    }
}

extension Interpreter {
    /// A named method of a built-in value, bound to it: a core value's (`append`, `upper`), or
    /// a set's or deque's, which are its object's attributes.
    func nativeMethod(_ value: Value, _ name: String) throws -> Value? {
        if case .object(let o) = value { return try o.getAttribute(name, self) }
        return try method(value, name)
    }

    /// `K.__new__(cls, *args)` of a built-in type K: the value K would make (immutable types)
    /// or an empty one (`list`, `dict`: their `__init__` fills it), wrapped in an instance of
    /// `cls` when `cls` is a script subclass.
    func builtinNew(_ base: PyClass, immutable: Bool, _ args: Arguments) throws -> Value {
        guard let first = args.positional.first else {
            throw PyError("TypeError", "\(base.name).__new__(): not enough arguments")
        }
        guard case .type(let cls) = first else {
            throw PyError("TypeError", "\(base.name).__new__(X): X is not a type object (\(first.typeName))")
        }
        guard cls.isSubclass(of: base) else {
            throw PyError("TypeError", "\(base.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(base.name)")
        }
        var rest = args
        rest.positional.removeFirst()
        // An empty dict of the nearest dict class (a defaultdict subclass's is a defaultdict).
        let maker = immutable ? base : (cls.builtinValueBase ?? base)
        guard let construct = maker.construct else { throw PyError("TypeError", "cannot create '\(base.name)' instances") }
        let value = try construct(self, immutable ? rest : Arguments())
        if !cls.isUserDefined { return value }
        return .object(BuiltinSubclassInstance(cls: cls, value: value))
    }

    /// `object.__new__(cls)`: a bare instance of `cls`.
    nonisolated(unsafe) static let objectNew = PyBuiltin("__new__") { interp, args in
        guard let first = args.positional.first else {
            throw PyError("TypeError", "object.__new__(): not enough arguments")
        }
        guard case .type(let cls) = first else {
            throw PyError("TypeError", "object.__new__(X): X is not a type object (\(first.typeName))")
        }
        if cls.builtinValueBase != nil {
            // CPython names the nearest class whose `__new__` is not a script's.
            let named = cls.mro.first { !$0.isUserDefined || $0.attributes["__new__"] == nil } ?? cls
            throw PyError("TypeError", "object.__new__(\(cls.name)) is not safe, use \(named.name).__new__()")
        }
        if !cls.isUserDefined && cls.nativeFactory == nil {
            throw PyError("TypeError", "object.__new__(\(cls.name)) is not safe, use \(cls.name).__new__()")
        }
        if args.positional.count > 1 || !args.keywords.isEmpty {
            let initOverridden = cls.lookup(SpecialMethod.`init`).map { !Interpreter.isObjectInit($0) } ?? false
            if !initOverridden || cls.lookup("__new__").map({ !Interpreter.isObjectNew($0) }) ?? false {
                throw PyError("TypeError", initOverridden ? "object.__new__() takes exactly one argument (the type to instantiate)" : "\(cls.name)() takes no arguments")
            }
        }
        return .object(try cls.nativeFactory?(cls, interp, Arguments()) ?? PyInstance(cls: cls))
    }

    static func isObjectNew(_ v: Value) -> Bool {
        if case .builtin(let b) = v { return b === objectNew }
        return false
    }

    /// Calls a class's own `__new__` (a script's, or a built-in base's): returns the new object.
    func callNew(_ newMethod: Value, _ cls: PyClass, _ args: Arguments) throws -> Value {
        var all = args
        all.positional.insert(.type(cls), at: 0)
        if case .object(let sm as PyStaticMethod) = newMethod { return try call(sm.function, all) }
        return try call(newMethod, all)
    }
}
