/// `abc`: `ABCMeta`, `ABC` and `abstractmethod` as course code uses them. A class made by
/// `ABCMeta` (deriving from `ABC`, or `metaclass=ABCMeta`) gets `__abstractmethods__` when it
/// is created (its own abstract methods and those of its
/// bases it does not override, as `ABCMeta.__new__` computes them), and instantiating a
/// class that still has some is CPython's `TypeError: Can't instantiate abstract class
/// Shape with abstract methods area, perimeter`. `abstractmethod(f)` marks `f` with
/// `__isabstractmethod__ = True`; a `staticmethod`, `classmethod` or `property` wrapping such
/// a function is abstract too.
enum AbcModule {
    static func install(in m: PyModule, _ interp: Interpreter) {
        m.def("abstractmethod") { interp, args in
            let a = try args.positionalOnly("abstractmethod", 1...1)
            try interp.setAttribute(a[0], "__isabstractmethod__", .bool(true))
            return a[0]
        }
        // `ABCMeta` and `ABC` are Python (`AbcSource`) over Descent's metaclasses; the abstract
        // names are computed here (`_abstract_names`), and instantiating a class that has
        // some is refused by `Interpreter.instantiate` (`refuseAbstract`).
        let names = PyBuiltin("_abstract_names") { interp, args in
            guard case .type(let cls)? = args.positional.first else { return .tuple(PyTuple.of([])) }
            return .tuple(PyTuple.of(try computeAbstract(cls, interp).map { .str($0) }))
        }
        do {
            try interp.runModuleSource(AbcSource.text, file: Interpreter.standardModuleFiles["abc"] ?? "abc.py", into: m,
                                       locals: [("_abstract_names", .builtin(names))])
        } catch {
            fatalError("the abc module failed to load: \(error)")
        }
    }

    /// CPython's refusal to instantiate `cls` while its `__abstractmethods__` is not empty.
    static func refuseAbstract(_ cls: PyClass, _ interp: Interpreter) throws {
        let names = try abstractNames(of: cls, interp)
        guard !names.isEmpty else { return }
        let methods = names.count == 1 ? "method" : "methods"
        throw PyError("TypeError", "Can't instantiate abstract class \(cls.name) with abstract \(methods) \(names.joined(separator: ", "))")
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
