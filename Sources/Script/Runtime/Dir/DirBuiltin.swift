extension Interpreter {
    /// `dir(obj)`, and `dir()` when called some other way than by name (`f = dir; f()`,
    /// which then lists the module's names). A plain `dir()` call is answered by the call
    /// site with the calling frame's names (`dirOfFrame`).
    nonisolated(unsafe) static let dirFunction = PyBuiltin("dir") { interp, args in
        let a = try args.positionalOnly("dir", 0...1)
        guard let obj = a.first else { return interp.dirOfFrame(nil) }
        return try interp.dir(obj)
    }

    /// The names a module of a script has before it binds any (`python script.py`).
    static let scriptModuleNames = ["__annotations__", "__builtins__", "__cached__", "__doc__", "__file__",
                                    "__loader__", "__name__", "__package__", "__spec__"]

    /// The names a module has besides its functions and constants, as CPython's import
    /// system sets them: a module compiled into Python has five, an extension module adds
    /// `__file__`, a module written in Python `__builtins__` and `__cached__` too, a package
    /// `__path__`. (A Python module's private imports, `_random` and the like, are not listed.)
    static func moduleNames(file: String) -> [String] {
        var names = ["__doc__", "__loader__", "__name__", "__package__", "__spec__"]
        if file == "built-in" || file.isEmpty { return names }
        names.append("__file__")
        if file.hasSuffix(".py") { names += ["__builtins__", "__cached__"] }
        if file.hasSuffix("__init__.py") { names.append("__path__") }
        return names
    }

    /// `dir()`: the names bound in the calling frame (a function's locals, a class body's
    /// namespace, or the module's globals), sorted.
    func dirOfFrame(_ frame: Frame?) -> Value {
        var names: Set<String>
        if let frame {
            if let layout = frame.layout {
                names = Set(layout.names.indices.filter { frame.slots[$0] != nil }.map { layout.names[$0] })
            } else {
                names = Set(frame.locals.keys)
            }
        } else {
            names = Set(globals.keys).union(Interpreter.scriptModuleNames)
        }
        return .list(PyList(names.sorted().map { .str($0) }))
    }

    /// `dir(obj)`: a class's `__dir__` when it defines one, else CPython's default listing: a
    /// module's names; a class's names through its MRO; an instance's `__dict__` and its class's.
    func dir(_ obj: Value) throws -> Value {
        if let i = obj.instance, let f = i.cls.lookup("__dir__") {
            let r = try callUnbound(f, self: obj, Arguments())
            return .list(PyList(try sortValues(try collect(r), key: nil, reverse: false)))
        }
        var names: Set<String>
        switch obj {
        case .object(let m as PyModule):
            names = Set(m.attributes.keys).union(m.dynamicAttributes.keys)
            if let table = BuiltinDirTables.modules[m.name] {
                // CPython's listing (names Descent lacks too), and what the script bound.
                names.formUnion(table)
                // Importing `typing`, `statistics` or `torch` imports `collections.abc`,
                // which binds the submodule on its package.
                if m.name == "collections", ["typing", "statistics", "torch"].contains(where: { modules[$0] != nil }) {
                    names.insert("abc")
                }
            } else {
                names.formUnion(Interpreter.moduleNames(file: m.file))
            }
        case .type(let c):
            names = classDirNames(c)
        case .object(let i as PyInstance):
            names = classDirNames(i.cls)
            for s in i.ownAttributeNames { names.insert(s) }
        default:
            names = classDirNames(classOf(obj))
        }
        return .list(PyList(names.sorted().map { .str($0) }))
    }

    /// The names `dir(C)` lists: every class's namespace along the MRO (CPython's tables for
    /// built-in types, see `BuiltinDirTables`).
    func classDirNames(_ c: PyClass) -> Set<String> {
        var names: Set<String> = []
        for k in c.mro {
            if k.isUserDefined {
                names.formUnion(k.attributes.keys)
                names.insert("__module__")
                for n in k.attributeOrder where n == "__dict__" || n == "__weakref__" { names.insert(n) }
            } else if k.module == "builtins", let table = BuiltinDirTables.names[k.name] {
                names.formUnion(table)
            } else if k.module == "builtins", k.isSubclass(of: exceptionClass(named: "BaseException")) {
                names.formUnion(BuiltinDirTables.names["BaseException"] ?? [])
            } else {
                names.formUnion(k.attributes.keys)
            }
        }
        return names
    }
}
