extension Interpreter {
    /// Python's built-in exception classes, by name, in their hierarchy.
    static let exceptionClasses: [String: PyClass] = {
        var all: [String: PyClass] = [:]
        func add(_ name: String, _ base: String?) {
            all[name] = PyClass(name, base: base.flatMap { all[$0] } ?? CoreClasses.object)
        }
        add("BaseException", nil)
        add("Exception", "BaseException")
        add("KeyboardInterrupt", "BaseException")
        add("SystemExit", "BaseException")
        add("GeneratorExit", "BaseException")
        add("ArithmeticError", "Exception")
        add("ZeroDivisionError", "ArithmeticError")
        add("OverflowError", "ArithmeticError")
        add("FloatingPointError", "ArithmeticError")
        add("LookupError", "Exception")
        add("IndexError", "LookupError")
        add("KeyError", "LookupError")
        add("ValueError", "Exception")
        add("UnicodeError", "ValueError")
        add("TypeError", "Exception")
        add("NameError", "Exception")
        add("UnboundLocalError", "NameError")
        add("AttributeError", "Exception")
        add("RuntimeError", "Exception")
        add("RecursionError", "RuntimeError")
        add("NotImplementedError", "RuntimeError")
        add("AssertionError", "Exception")
        add("ImportError", "Exception")
        add("ModuleNotFoundError", "ImportError")
        add("StopIteration", "Exception")
        add("EOFError", "Exception")
        add("OSError", "Exception")
        add("TimeoutError", "OSError")
        add("FileNotFoundError", "OSError")
        add("FileExistsError", "OSError")
        add("PermissionError", "OSError")
        add("IsADirectoryError", "OSError")
        add("BufferError", "Exception")
        add("Warning", "Exception")
        add("UserWarning", "Warning")
        add("DeprecationWarning", "Warning")
        add("RuntimeWarning", "Warning")
        add("PendingDeprecationWarning", "Warning")
        add("FutureWarning", "Warning")
        add("SyntaxWarning", "Warning")
        add("ImportWarning", "Warning")
        add("UnicodeWarning", "Warning")
        add("BytesWarning", "Warning")
        add("ResourceWarning", "Warning")
        add("EncodingWarning", "Warning")
        add("MemoryError", "Exception")
        add("SyntaxError", "Exception")
        add("IndentationError", "SyntaxError")
        add("TabError", "IndentationError")
        return all
    }()

    /// Sets the exception classes' constructors once per process, and lets script classes
    /// derive from them (`BaseException`'s instance factory and `__init__`).
    static let exceptionConstructors: Void = {
        let base = Interpreter.exceptionClasses["BaseException"]!
        base.instanceFactory = { cls, _, args in PyExceptionObject(cls: cls, args: args.positional) }
        base.attributes["__init__"] = .builtin(PyBuiltin.method("__init__") { _, receiver, args in
            if case .object(let e as PyExceptionObject) = receiver { e.args = args.positional }
            return .none
        })
        base.attributes["with_traceback"] = .builtin(PyBuiltin.method("with_traceback") { _, receiver, _ in receiver })
        for (name, cls) in Interpreter.exceptionClasses {
            cls.construct = { _, args in
                if !args.keywords.isEmpty {
                    throw PyError("TypeError", "\(name)() takes no keyword arguments")
                }
                return .object(PyExceptionObject(cls: cls, args: args.positional))
            }
        }
    }()

    func installExceptions() {
        _ = Interpreter.exceptionConstructors
        for (name, cls) in Interpreter.exceptionClasses { builtins[name] = .type(cls) }
    }

    func exceptionClass(named name: String) -> PyClass {
        Interpreter.exceptionClasses[name] ?? PyClass(name, base: Interpreter.exceptionClasses["Exception"])
    }

    /// The class of a raised error: its instance's class, else the built-in class of its name.
    func errorClass(_ e: PyError) -> PyClass {
        if case .object(let o as PyExceptionObject) = e.instance { return o.cls }
        return exceptionClass(named: e.type)
    }

    /// The name a traceback's last line gives a class: `ValueError`, `MyError`, `mod.Error`.
    static func exceptionName(_ c: PyClass) -> String {
        c.module == "builtins" || c.module == "__main__" ? c.qualname : "\(c.module).\(c.qualname)"
    }

    /// The exception object an `except … as e` clause binds.
    func exceptionInstance(_ e: PyError) -> Value {
        if let i = e.instance { return i }
        var message = e.message
        var hint: String?
        // CPython adds "Did you mean" when it prints a traceback; the exception's args lack it.
        if e.type == "NameError" || e.type == "AttributeError", let r = message.range(of: ". Did you mean: '", options: .backwards), message.hasSuffix("'?") {
            hint = String(message[r.lowerBound...])
            message = String(message[..<r.lowerBound])
        }
        let o = PyExceptionObject(cls: exceptionClass(named: e.type), args: message.isEmpty ? [] : [.str(message)])
        o.hint = hint
        if e.type == "NameError" || e.type == "UnboundLocalError" || e.type == "AttributeError",
           let open = message.firstIndex(of: "'") {
            let rest = message[message.index(after: open)...]
            if e.type == "AttributeError", let r = rest.range(of: "attribute '") {
                o.nameAttribute = .str(String(rest[r.upperBound...].prefix { $0 != "'" }))
            } else if e.type != "AttributeError" {
                o.nameAttribute = .str(String(rest.prefix { $0 != "'" }))
            }
        }
        return .object(o)
    }

    /// `KeyError(key)`: its message is the key's repr, its `args` the key itself (so
    /// `str(e)` and `e.args` read as CPython's).
    func keyError(_ key: Value) -> PyError {
        var e = PyError("KeyError", (try? repr(key)) ?? "")
        e.instance = .object(PyExceptionObject(cls: exceptionClass(named: "KeyError"), args: [key]))
        return e
    }

    /// The error a `raise` statement throws for its operand.
    func makeRaisedError(_ v: Value) throws -> PyError {
        switch v {
        case .type(let c) where c.isSubclass(of: exceptionClass(named: "BaseException")):
            let instance = try call(v, Arguments())
            guard case .object(let o as PyExceptionObject) = instance else {
                throw PyError("TypeError", "calling \(try repr(v)) should have returned an instance of BaseException, not \(instance.typeName)")
            }
            return try makeRaisedError(.object(o))
        case .object(let o as PyExceptionObject):
            var e = PyError(Interpreter.exceptionName(o.cls), try o.str(self))
            if let hint = o.hint { e.message += hint }
            e.instance = v
            return e
        default:
            return PyError("TypeError", "exceptions must derive from BaseException")
        }
    }
}
