/// The standard modules a script can import, made on first import.
///
/// Each module lives in its own file of this folder and mirrors CPython 3.11's module of the
/// same name: the same functions, results and error messages. An import of any other name
/// fails with CPython's `ModuleNotFoundError`, its message listing what Descent provides.
extension Interpreter {
    /// Where CPython 3.11 (as the conformance corpus was recorded) has each module, for
    /// module reprs and `ImportError` messages; `built-in` for modules compiled into Python.
    static let standardModuleFiles: [String: String] = [
        "math": "/root/.pyenv/versions/3.11.7/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so",
        "random": "/root/.pyenv/versions/3.11.7/lib/python3.11/random.py",
        "collections": "/root/.pyenv/versions/3.11.7/lib/python3.11/collections/__init__.py",
        "collections.abc": "/root/.pyenv/versions/3.11.7/lib/python3.11/collections/abc.py",
        "itertools": "built-in",
        "functools": "/root/.pyenv/versions/3.11.7/lib/python3.11/functools.py",
        "time": "built-in",
        "typing": "/root/.pyenv/versions/3.11.7/lib/python3.11/typing.py",
        "statistics": "/root/.pyenv/versions/3.11.7/lib/python3.11/statistics.py",
        "warnings": "/root/.pyenv/versions/3.11.7/lib/python3.11/warnings.py",
        "copy": "/root/.pyenv/versions/3.11.7/lib/python3.11/copy.py",
        "dataclasses": "/root/.pyenv/versions/3.11.7/lib/python3.11/dataclasses.py",
        "operator": "/root/.pyenv/versions/3.11.7/lib/python3.11/operator.py",
        "bisect": "/root/.pyenv/versions/3.11.7/lib/python3.11/bisect.py",
        "heapq": "/root/.pyenv/versions/3.11.7/lib/python3.11/heapq.py",
        "builtins": "built-in",
        "gc": "built-in",
        "re": "/root/.pyenv/versions/3.11.7/lib/python3.11/re/__init__.py",
        "string": "/root/.pyenv/versions/3.11.7/lib/python3.11/string.py",
        "json": "/root/.pyenv/versions/3.11.7/lib/python3.11/json/__init__.py",
        "textwrap": "/root/.pyenv/versions/3.11.7/lib/python3.11/textwrap.py",
        "traceback": "/root/.pyenv/versions/3.11.7/lib/python3.11/traceback.py",
        "abc": "/root/.pyenv/versions/3.11.7/lib/python3.11/abc.py",
        "pprint": "/root/.pyenv/versions/3.11.7/lib/python3.11/pprint.py",
        "sys": "built-in",
        "os": "/root/.pyenv/versions/3.11.7/lib/python3.11/os.py",
        "inspect": "/root/.pyenv/versions/3.11.7/lib/python3.11/inspect.py",
        "os.path": "/root/.pyenv/versions/3.11.7/lib/python3.11/posixpath.py",
        "enum": "/root/.pyenv/versions/3.11.7/lib/python3.11/enum.py",
    ]

    /// Every module a script can import, sorted.
    static var availableModules: [String] { (Array(standardModuleFiles.keys) + ["torch", "matplotlib", "matplotlib.pyplot"]).sorted() }

    /// CPython's error for an unknown module, naming the modules Descent has instead.
    static func moduleNotFound(_ name: String) -> PyError {
        PyError("ModuleNotFoundError", "No module named '\(name)' (the modules a script can import: \(availableModules.joined(separator: ", ")))")
    }

    /// How an `ImportError` names where a module lives: its file, or `unknown location`.
    func moduleLocation(_ name: String) -> String {
        let file = moduleFile(name)
        return file == "built-in" ? "unknown location" : file
    }

    /// A new standard module, or nil when `name` is not one.
    func makeStandardModule(_ name: String) -> PyModule? {
        guard let file = Interpreter.standardModuleFiles[name] else { return nil }
        // `os.path` is the module `posixpath`, as in CPython.
        let m = PyModule(name == "os.path" ? "posixpath" : name, file: file)
        switch name {
        case "math": MathModule.install(in: m)
        case "random": RandomModule.install(in: m, self)
        case "collections": CollectionsModule.install(in: m)
        case "collections.abc":
            CollectionsAbcModule.install(in: m)
            // Importing the submodule makes it an attribute of its package, as in CPython.
            if case .object(let package as PyModule)? = try? importModule("collections") { package.attributes["abc"] = .object(m) }
        case "itertools": ItertoolsModule.install(in: m)
        case "functools": FunctoolsModule.install(in: m)
        case "time": TimeModule.install(in: m)
        case "typing": TypingModule.install(in: m)
        case "statistics": StatisticsModule.install(in: m)
        case "warnings": WarningsModule.install(in: m)
        case "copy": CopyModule.install(in: m)
        case "dataclasses": DataclassesModule.install(in: m)
        case "operator": OperatorModule.install(in: m)
        case "bisect": BisectModule.install(in: m)
        case "heapq": HeapqModule.install(in: m)
        case "gc": GCModule.install(in: m)
        case "re": ReModule.install(in: m)
        case "string": try! StringModule.install(in: m, self)
        case "json": JsonModule.install(in: m)
        case "textwrap": TextwrapModule.install(in: m)
        case "traceback": TracebackModule.install(in: m)
        case "abc": AbcModule.install(in: m, self)
        case "pprint": PprintModule.install(in: m)
        case "sys": SysModule.install(in: m, self)
        case "os": OsModule.install(in: m, self)
        case "os.path": PosixPathModule.install(in: m)
        case "inspect": InspectModule.install(in: m)
        case "enum":
            do {
                try EnumModule.install(in: m, self)
            } catch {
                fatalError("the enum module failed to load: \(error)")
            }
        case "builtins":
            // The builtins a script sees (not the module dunders held beside them).
            // A copy of the whole table minus the dunders: one bulk copy, not a rehash per name
            // (every session's `__builtins__` is this module).
            var names = builtins
            for dunder in Interpreter.moduleDunderNames { names.removeValue(forKey: dunder) }
            m.attributes = names
        default: return nil
        }
        return m
    }
}

extension PyModule {
    /// Adds a built-in function named `name`.
    func def(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
        attributes[name] = .builtin(PyBuiltin(name, body))
    }
}

extension Interpreter {
    /// An int argument of any size (`operator.index`): bools count, floats do not.
    func indexValue(_ v: Value) throws -> BigInt {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let b as PyBigInt): return b.value
        default: throw PyError("TypeError", "'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }
}
