/// CPython's C-level recursion checks, so that runaway recursion through special methods ends
/// with the message CPython gives and after as many frames.
///
/// CPython 3.11 counts C-level entries against the recursion limit beside Python frames:
/// `repr()` and `hash()` (builtins taking one argument) check "while calling a Python object",
/// `PyObject_Repr` checks "while getting the repr of an object", a rich comparison checks
/// "in comparison", and calling an instance (its type's `tp_call`) checks "while calling a
/// Python object". Whichever check crosses the limit names the error, so `__repr__` that
/// calls `repr(self)` fails with the message of the check at depth 1001, as in CPython.
extension Interpreter {
    /// The suffixes of CPython's `Py_EnterRecursiveCall(where)` messages.
    enum RecursionCheck: String {
        case call = " while calling a Python object"
        case repr = " while getting the repr of an object"
        case str = " while getting the str of an object"
        case comparison = " in comparison"
    }

    /// Runs `body` one level deeper, as CPython's `Py_EnterRecursiveCall(check)` does: a
    /// RecursionError naming `check` when the limit is reached.
    @inline(__always)
    func withRecursionCheck<T>(_ check: RecursionCheck, _ body: () throws -> T) throws -> T {
        if callDepth >= recursionLimit { throw PyError("RecursionError", "maximum recursion depth exceeded" + check.rawValue) }
        callDepth += 1
        defer { callDepth -= 1 }
        return try body()
    }
}
