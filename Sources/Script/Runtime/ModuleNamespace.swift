/// `globals()`, `locals()`, `__import__` and the names a module has before its code runs
/// (`__name__` is `"__main__"`, so `if __name__ == "__main__":` runs its block).
extension Interpreter {
    /// The module attributes CPython's `python script.py` defines, in its order.
    static let moduleDunderNames = ["__name__", "__doc__", "__package__", "__loader__", "__spec__",
                                    "__annotations__", "__builtins__", "__file__", "__cached__"]

    /// The module dunders with the values Descent gives them (held as builtins, so the
    /// namespace stays the script's names): `__loader__`, `__spec__` and `__cached__` have
    /// no counterpart (None); `__annotations__`, `__builtins__` and `__file__` are set when
    /// the module's code first runs (`prepareModuleDunders`).
    func moduleDunders() -> [(String, Value)] {
        Interpreter.moduleDunderNames.compactMap { name in builtins[name].map { (name, $0) } }
    }

    /// Before a module's code runs: `__annotations__` (the dict module-level annotated names
    /// fill), `__builtins__` (the `builtins` module), `__file__` (the file tracebacks name:
    /// the script's path for `descent run`, the Markdown file for a lesson) and `__cached__`.
    func prepareModuleDunders(_ code: CodeUnit) {
        if builtins["__annotations__"] == nil { builtins["__annotations__"] = .dict(PyDict()) }
        if builtins["__builtins__"] == nil, let m = try? importModule("builtins") { builtins["__builtins__"] = m }
        if case .str(code.file)? = builtins["__file__"] {} else { builtins["__file__"] = .str(code.file) }
        if builtins["__cached__"] == nil { builtins["__cached__"] = Value.none }
    }

    /// Installs `globals`, `locals`, `__import__` and the module dunders (as builtins, so the
    /// session's own namespace stays the script's names).
    func installNamespaceBuiltins() {
        builtins["globals"] = .builtin(Interpreter.globalsFunction)
        builtins["locals"] = .builtin(Interpreter.localsFunction)
        def("__import__") { interp, args in
            let a = try args.bind("__import__", ["name", "globals", "locals", "fromlist", "level"], required: 1)
            guard case .str(let name) = a[0]! else {
                throw PyError("TypeError", "__import__() argument 1 must be str, not \(a[0]!.typeName)")
            }
            if let level = a[4], case .int(let n) = level, n != 0 {
                throw PyError("ImportError", "attempted relative import with no known parent package")
            }
            if name.isEmpty { throw PyError("ValueError", "Empty module name") }
            let module = try interp.importModule(name)
            // `__import__("torch.nn")` returns the top-level package unless a fromlist is given.
            if let fromlist = a[3], try interp.truthy(fromlist) { return module }
            guard let dot = name.firstIndex(of: ".") else { return module }
            return try interp.importModule(String(name[..<dot]))
        }
        for (name, value) in [("__name__", Value.str("__main__")), ("__doc__", .none), ("__package__", .none),
                              ("__loader__", .none), ("__spec__", .none)] {
            builtins[name] = value
        }
    }

    /// `globals()`: a live view of the module namespace (reads, assignments and deletions
    /// go to the script's globals).
    nonisolated(unsafe) static let globalsFunction = PyBuiltin("globals") { interp, args in
        _ = try args.positionalOnly("globals", 0...0)
        return .object(interp.globalsView)
    }

    /// `locals()` called other than by name (`f = locals; f()`): the module's namespace. A
    /// plain `locals()` call is answered by the call site (`localsOfFrame`).
    nonisolated(unsafe) static let localsFunction = PyBuiltin("locals") { interp, args in
        _ = try args.positionalOnly("locals", 0...0)
        return .object(interp.globalsView)
    }

    /// `vars(obj)`: an instance's `__dict__`, a class's mappingproxy. `vars()` is `locals()`:
    /// a plain call is answered by the call site (`localsOfFrame`), any other by the module's
    /// namespace, as `locals` is.
    nonisolated(unsafe) static let varsFunction = PyBuiltin("vars") { interp, args in
        if args.positional.count > 1 { throw PyError("TypeError", "vars expected at most 1 argument, got \(args.positional.count)") }
        let a = try args.positionalOnly("vars", 0...1)
        guard let object = a.first else { return .object(interp.globalsView) }
        if let i = object.instance, i.hasDict { return .dict(i.dict) }
        if case .type(let c) = object { return .object(PyMappingProxy(c)) }
        throw PyError("TypeError", "vars() argument must have __dict__ attribute")
    }

    /// `locals()` in `frame`: the module namespace at module level; in a function or class
    /// body, a new dict of its bound names (CPython 3.11's snapshot).
    func localsOfFrame(_ frame: Frame?) -> Value {
        guard let frame else { return .object(globalsView) }
        let d = PyDict()
        if let layout = frame.layout {
            for (i, name) in layout.names.enumerated() {
                if let v = frame.slots[i] { try? d.set(.str(name), v) }
            }
        } else {
            for (name, v) in frame.locals.sorted(by: { $0.key < $1.key }) { try? d.set(.str(name), v) }
        }
        return .dict(d)
    }
}

/// What `globals()` returns: a `dict` whose entries are the module's names, live (CPython's
/// module `__dict__`). The module dunders come first, then the script's names in the order
/// first bound. Every operation reads the namespace of the interpreter it runs in (one view
/// per interpreter, `Interpreter.globalsView`; a session's copy reads its own namespace).
final class PyGlobalsDict: PyObject, PyIterableObject, PySizedObject, PyContainerObject, PySubscriptableObject, PyOperandObject {
    var pyClass: PyClass { CoreClasses.dict }

    /// The names, in the namespace's order.
    private func names(_ interp: Interpreter) -> [String] {
        interp.moduleDunders().map(\.0).filter { interp.globals[$0] == nil } + interp.globals.keys
    }

    private func value(_ name: String, _ interp: Interpreter) -> Value? {
        interp.globals[name] ?? interp.moduleDunders().first { $0.0 == name }?.1
    }

    /// The namespace as a new dict.
    func snapshot(_ interp: Interpreter) throws -> PyDict {
        let d = PyDict()
        for n in names(interp) { if let v = value(n, interp) { try d.set(.str(n), v) } }
        return d
    }

    func repr(_ interp: Interpreter) throws -> String {
        // A namespace holding its own view prints it as `{...}`, as CPython's dict repr does.
        guard interp.reprInProgress.insert(ObjectIdentifier(self)).inserted else { return "{...}" }
        defer { interp.reprInProgress.remove(ObjectIdentifier(self)) }
        return try interp.repr(.dict(try snapshot(interp)))
    }

    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? {
        try interp.iteratorOver(.list(PyList(names(interp).map { .str($0) })))
    }

    func length(_ interp: Interpreter) throws -> Int { names(interp).count }

    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool {
        guard case .str(let n) = item else { return false }
        return value(n, interp) != nil
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        if case .str(let n) = index, let v = value(n, interp) { return v }
        return try interp.getItem(.dict(try snapshot(interp)), index)
    }

    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
        guard case .str(let n) = index else {
            throw PyError("TypeError", "globals() keys other than strings are not supported in the script language")
        }
        interp.setGlobal(n, value)
        return true
    }

    func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool {
        guard case .str(let n) = index, interp.globals.removeValue(forKey: n) != nil else {
            throw interp.keyError(index)
        }
        return true
    }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        var rhs = other
        if case .object(let g as PyGlobalsDict) = other { rhs = .dict(try g.snapshot(interp)) }
        return try interp.equals(.dict(try snapshot(interp)), rhs)
    }

    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? { nil }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "get":
            return .builtin(PyBuiltin("get", boundSelf: .object(self)) { interp, args in
                let a = try args.positionalOnly("get", 1...2)
                if case .str(let n) = a[0], let v = self.value(n, interp) { return v }
                return a.count == 2 ? a[1] : .none
            })
        case "setdefault":
            return .builtin(PyBuiltin("setdefault", boundSelf: .object(self)) { interp, args in
                let a = try args.positionalOnly("setdefault", 1...2)
                if case .str(let n) = a[0], let v = self.value(n, interp) { return v }
                let v = a.count == 2 ? a[1] : .none
                _ = try self.setItem(a[0], v, interp)
                return v
            })
        case "update":
            return .builtin(PyBuiltin("update", boundSelf: .object(self)) { interp, args in
                let a = args.positional
                if a.count > 1 { throw PyError("TypeError", "update expected at most 1 argument, got \(a.count)") }
                let d = PyDict()
                if let source = a.first { _ = try interp.call(try interp.getAttribute(.dict(d), "update"), Arguments([source])) }
                for (k, v) in args.keywords { try d.set(.str(k), v) }
                for (k, v) in d.pairs { _ = try self.setItem(k, v, interp) }
                return .none
            })
        case "pop":
            return .builtin(PyBuiltin("pop", boundSelf: .object(self)) { interp, args in
                let a = try args.positionalOnly("pop", 1...2)
                if case .str(let n) = a[0], let v = interp.globals.removeValue(forKey: n) { return v }
                if a.count == 2 { return a[1] }
                throw interp.keyError(a[0])
            })
        case "keys", "values", "items", "copy", "__len__", "__contains__", "__getitem__":
            return try interp.method(.dict(try snapshot(interp)), name)
        default:
            return nil
        }
    }
}
