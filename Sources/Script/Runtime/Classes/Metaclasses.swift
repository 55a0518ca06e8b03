/// Metaclasses: script classes deriving from `type` (`class Meta(type)`) that make other
/// classes, through `metaclass=Meta` in a `class` statement or a call `Meta(name, bases, ns)`.
///
/// As in CPython, a class statement finds the most derived metaclass of the explicit one and
/// its bases' (`metaclass conflict` otherwise), asks its `__prepare__` (if the script defines
/// one) for the namespace, runs the body, then calls the metaclass with the name, bases and
/// namespace: `type.__call__` runs its `__new__` (which reaches `type.__new__` to make the
/// class) and `__init__`. The class's `metaclass` is then what `type(C)` and `C.__class__`
/// give; its methods and properties are found on the class after the class's own
/// attributes, and its `__call__`, `__repr__`, `__len__`, `__iter__`, `__getitem__`,
/// `__contains__`, `__instancecheck__` and `__subclasscheck__` serve the class.
extension Interpreter {
    /// The attribute `name` a script metaclass of `c` defines (a class deriving from `type`,
    /// searched up to `type`), or nil: `type`'s own built-in behaviour then applies.
    func metaclassMethod(_ c: PyClass, _ name: String) -> Value? {
        guard let meta = c.metaclass else { return nil }
        for k in meta.mro {
            guard k.isUserDefined else { return nil }
            if let v = k.attributes[name] { return v }
        }
        return nil
    }

    /// `C.name` through the metaclass, once `C`'s own MRO has no `name`: a method binds to
    /// the class, a property runs its getter on it.
    func metaclassAttribute(_ c: PyClass, _ name: String) throws -> Value? {
        guard let v = metaclassMethod(c, name) else { return nil }
        if case .object(let o) = v {
            if let p = o as? PyProperty { return try p.get(.type(c), self) }
            if let d = o as? PyInstance, d.cls.lookup(SpecialMethod.get) != nil {
                return try descriptorGet(d, .type(c), owner: c.metaclass!)
            }
        }
        return bindAttribute(v, to: .type(c), cls: c.metaclass!)
    }

    /// Calls the metaclass's special method `name` on class `c`, or nil when the metaclass
    /// defines none.
    func callMetaclassMethod(_ c: PyClass, _ name: String, _ args: [Value]) throws -> Value? {
        guard let f = metaclassMethod(c, name) else { return nil }
        return try callUnbound(f, self: .type(c), Arguments(args))
    }

    /// The metaclass a class with `explicit` (nil: none given) and `bases` gets: the most
    /// derived of them, nil for `type` itself; CPython's TypeError when none is.
    func winningMetaclass(_ explicit: PyClass?, _ bases: [PyClass]) throws -> PyClass? {
        var winner = explicit ?? CoreClasses.type
        for b in bases {
            let m = b.metaclass ?? CoreClasses.type
            if winner.isSubclass(of: m) { continue }
            if m.isSubclass(of: winner) { winner = m; continue }
            throw PyError("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner === CoreClasses.type ? nil : winner
    }

    /// `type.__new__`, `type.__init__` and `type.__call__`, which a metaclass reaches through
    /// `super()` (or by inheriting them).
    static let installTypeMethods: Void = {
        let type = CoreClasses.type
        type.attributes["__new__"] = .object(PyStaticMethod(.builtin(PyBuiltin("__new__") { interp, args in
            guard case .type(let meta)? = args.positional.first else {
                throw PyError("TypeError", "type.__new__(X): X is not a type object (\(args.positional.first?.typeName ?? "NoneType"))")
            }
            guard meta.isSubclass(of: CoreClasses.type) else {
                throw PyError("TypeError", "type.__new__(\(meta.name)): \(meta.name) is not a subtype of type")
            }
            guard args.positional.count == 4 else {
                throw PyError("TypeError", "type.__new__() takes exactly 3 arguments (\(args.positional.count - 1) given)")
            }
            var rest = args
            rest.positional.removeFirst()
            return try interp.typeFromNamespace(rest, metaclass: meta)
        })))
        type.attributes["__init__"] = .builtin(PyBuiltin.method("__init__", owner: "type") { _, _, args in
            if args.positional.count != 0 && args.positional.count != 3 {
                throw PyError("TypeError", "type.__init__() takes 1 or 3 arguments")
            }
            return .none
        })
        type.attributes["__call__"] = .builtin(PyBuiltin.method("__call__", owner: "type") { interp, receiver, args in
            guard case .type(let c) = receiver else {
                throw PyError("TypeError", "descriptor '__call__' requires a 'type' object but received a '\(receiver.typeName)'")
            }
            return try interp.typeCall(c, args)
        })
    }()

    /// `type.__call__(c, *args)`: makes an instance of `c` as calling it does without a
    /// metaclass `__call__`.
    func typeCall(_ c: PyClass, _ args: Arguments) throws -> Value {
        if c.isUserDefined { return try instantiate(c, args) }
        guard let construct = c.construct else { throw PyError("TypeError", "cannot create '\(c.qualifiedName)' instances") }
        return try construct(self, args)
    }

    /// Runs a class statement whose class has a script metaclass `meta`: `__prepare__`, the
    /// body (`runBody`, given the namespace to start from), then `meta(name, bases, ns,
    /// **keywords)`.
    func makeClassWithMetaclass(_ meta: PyClass, name: String, bases: [PyClass], keywords: [(String, Value)], usesClassCell: Bool,
                                runBody: ([String: Value]) throws -> (namespace: [String: Value], order: [String], cell: ClassCell)) throws -> Value {
        let baseTuple = Value.tuple(PyTuple.of(bases.map { .type($0) }))
        var initial: [String: Value] = [:]
        var prepared: PyDict?
        if let prepare = metaclassLookup(meta, "__prepare__") {
            let ns = try call(prepare, Arguments([.str(name), baseTuple], keywords: keywords))
            guard case .dict(let d) = ns else {
                throw PyError("TypeError", "\(meta.name).__prepare__() must return a mapping, not \(ns.typeName)")
            }
            prepared = d
            for (k, v) in zip(d.keys, d.values) { if case .str(let s) = k { initial[s] = v } }
        }
        let (namespace, order, cell) = try runBody(initial)
        let ns = prepared ?? PyDict()
        var written: Set<String> = []
        for key in ["__module__", "__qualname__", "__doc__", "__annotations__"] + order where !written.contains(key) {
            guard let v = namespace[key] else { continue }
            written.insert(key)
            try ns.set(.str(key), v)
        }
        if usesClassCell { try ns.set(.str("__classcell__"), .object(ClassCellObject(cell))) }
        pendingClassCells[ObjectIdentifier(ns)] = cell
        defer { pendingClassCells[ObjectIdentifier(ns)] = nil }
        return try call(.type(meta), Arguments([.str(name), baseTuple, .dict(ns)], keywords: keywords))
    }

    /// A class attribute of metaclass `meta` called as `meta.name` would be (a classmethod
    /// bound to it, a static method unwrapped), if a script class in its MRO defines it.
    private func metaclassLookup(_ meta: PyClass, _ name: String) -> Value? {
        for k in meta.mro {
            guard k.isUserDefined else { return nil }
            if let v = k.attributes[name] { return classAttribute(v, of: meta) }
        }
        return nil
    }
}

/// The `__classcell__` entry a class body's namespace carries to its metaclass when a method
/// uses zero-argument `super()` (CPython's `__class__` cell): `type.__new__` takes it out and
/// fills it with the new class.
final class ClassCellObject: PyObject {
    let cell: ClassCell

    init(_ cell: ClassCell) {
        self.cell = cell
    }

    nonisolated(unsafe) static let cellClass = PyClass("cell")
    var pyClass: PyClass { ClassCellObject.cellClass }

    func repr(_ interp: Interpreter) throws -> String {
        guard let cls = cell.cls else { return "<cell at \(interp.address(of: self)): empty>" }
        return "<cell at \(interp.address(of: self)): type object at \(interp.address(of: cls))>"
    }
}

extension ClassDef {
    /// Whether a method of the body uses zero-argument `super()` or `__class__`, which makes
    /// CPython give the namespace a `__classcell__`.
    var usesClassCell: Bool {
        body.contains { stmt in
            guard case .functionDef(let f, _) = stmt.kind else { return false }
            let names = f.enclosingNames(lambdaBody: nil)
            return names.contains("super") || names.contains("__class__")
        }
    }
}
