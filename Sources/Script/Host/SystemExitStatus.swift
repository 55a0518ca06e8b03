extension Interpreter {
    /// How a `SystemExit` that reached the top ends the program, as CPython's
    /// `handle_system_exit`: its `code` None exits 0 and an int exits with it (the low 8
    /// bits, as the process's status), writing nothing; any other code is written to
    /// standard error (its `str` and a newline) and exits 1. Nil when `error` is not a
    /// `SystemExit`.
    func systemExit(_ error: PyError) -> (status: Int32, text: String)? {
        let exitClass = exceptionClass(named: "SystemExit")
        let args: [Value]
        if case .object(let e as PyExceptionObject)? = error.instance {
            guard e.cls.isSubclass(of: exitClass) else { return nil }
            args = e.args
        } else {
            guard error.type == "SystemExit" else { return nil }
            args = []
        }
        let code: Value = args.count > 1 ? .tuple(PyTuple.of(args)) : args.first ?? .none
        switch code.boolAsInt {
        case .none: return (0, "")
        case .int(let i): return (Int32(truncatingIfNeeded: i & 0xFF), "")
        case .object(is PyBigInt): return (255, "")
        default: return (1, ((try? str(code)) ?? "") + "\n")
        }
    }
}
