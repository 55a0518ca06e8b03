/// `abc`: `ABC` and `abstractmethod` as course code uses them. A class deriving from `ABC`
/// gets `__abstractmethods__` when it is created (its own abstract methods and those of its
/// bases it does not override, as `ABCMeta.__new__` computes them), and instantiating a
/// class that still has some is CPython's `TypeError: Can't instantiate abstract class
/// Shape with abstract methods area, perimeter`. `abstractmethod(f)` marks `f` with
/// `__isabstractmethod__ = True`; a `staticmethod`, `classmethod` or `property` wrapping such
/// a function is abstract too.
enum AbcModule {
    static func install(in m: PyModule) {
        m.def("abstractmethod") { interp, args in
            let a = try args.positionalOnly("abstractmethod", 1...1)
            try interp.setAttribute(a[0], "__isabstractmethod__", .bool(true))
            return a[0]
        }
        let abc = PyClass("ABC", module: "abc")
        abc.attributes["__doc__"] = .str("Helper class that provides a standard way to create an ABC using\ninheritance.\n")
        abc.attributes["__abstractmethods__"] = .object(PySet(frozen: true))
        abc.instanceFactory = { cls, interp, _ in
            let names = try abstractNames(of: cls, interp)
            if !names.isEmpty {
                let methods = names.count == 1 ? "method" : "methods"
                throw PyError("TypeError", "Can't instantiate abstract class \(cls.name) with abstract \(methods) \(names.joined(separator: ", "))")
            }
            return PyInstance(cls: cls)
        }
        abc.construct = { interp, args in try interp.instantiate(abc, args) }
        abc.attributes["__init_subclass__"] = .object(PyClassMethod(.builtin(PyBuiltin("__init_subclass__") { interp, args in
            guard case .type(let cls) = args.positional.first else { return .none }
            if !args.keywords.isEmpty { throw PyError("TypeError", "\(cls.name).__init_subclass__() takes no keyword arguments") }
            let abstract = PySet(frozen: true)
            for name in try computeAbstract(cls, interp) { try abstract.add(.str(name), interp) }
            cls.attributes["__abstractmethods__"] = .object(abstract)
            return .none
        })))
        m.attributes["ABC"] = .type(abc)
    }

    /// Whether a class attribute is abstract: a function marked by `abstractmethod`, or a
    /// static method, class method or property around one.
    static func isAbstract(_ v: Value, _ interp: Interpreter) throws -> Bool {
        switch v {
        case .object(let s as PyStaticMethod): return try isAbstract(s.function, interp)
        case .object(let c as PyClassMethod): return try isAbstract(c.function, interp)
        case .object(let p as PyProperty): return try p.getter.map { try isAbstract($0, interp) } ?? false
        default:
            guard let flag = try interp.getAttributeIfPresent(v, "__isabstractmethod__") else { return false }
            return try interp.truthy(flag)
        }
    }

    /// `ABCMeta.__new__`'s set: the class's own abstract attributes, and each base's
    /// abstract names the class still resolves to an abstract attribute.
    private static func computeAbstract(_ cls: PyClass, _ interp: Interpreter) throws -> [String] {
        var names: Set<String> = []
        for (name, value) in cls.attributes where try isAbstract(value, interp) { names.insert(name) }
        for base in cls.bases {
            for name in try abstractNames(of: base, interp) {
                if let value = cls.lookup(name), try isAbstract(value, interp) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// The names in a class's `__abstractmethods__`, sorted.
    private static func abstractNames(of cls: PyClass, _ interp: Interpreter) throws -> [String] {
        guard case .object(let s as PySet)? = cls.lookup("__abstractmethods__") else { return [] }
        return try interp.collect(.object(s)).compactMap { v in if case .str(let n) = v { return n } else { return nil } }.sorted()
    }
}
