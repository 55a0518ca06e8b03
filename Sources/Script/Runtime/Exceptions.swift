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
        add("ArithmeticError", "Exception")
        add("ZeroDivisionError", "ArithmeticError")
        add("OverflowError", "ArithmeticError")
        add("LookupError", "Exception")
        add("IndexError", "LookupError")
        add("KeyError", "LookupError")
        add("ValueError", "Exception")
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
        add("OSError", "Exception")
        add("TimeoutError", "OSError")
        add("MemoryError", "Exception")
        add("SyntaxError", "Exception")
        add("IndentationError", "SyntaxError")
        return all
    }()

    /// Sets the exception classes' constructors once per process.
    static let exceptionConstructors: Void = {
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

    /// The exception object an `except … as e` clause binds.
    func exceptionInstance(_ e: PyError) -> Value {
        if let i = e.instance { return i }
        return .object(PyExceptionObject(cls: exceptionClass(named: e.type), args: e.message.isEmpty ? [] : [.str(e.message)]))
    }

    /// The error a `raise` statement throws for its operand.
    func makeRaisedError(_ v: Value) throws -> PyError {
        switch v {
        case .type(let c) where c.isSubclass(of: exceptionClass(named: "BaseException")):
            var e = PyError(c.name, "")
            e.instance = .object(PyExceptionObject(cls: c, args: []))
            return e
        case .object(let o as PyExceptionObject):
            var e = PyError(o.cls.name, try o.message(self))
            e.instance = v
            return e
        default:
            return PyError("TypeError", "exceptions must derive from BaseException")
        }
    }
}
