/// `traceback`: the exception reports course code prints while it handles an error:
/// `print_exc()` and `format_exc()` (the exception being handled, as CPython would print it
/// uncaught: its frames from the `try` down, its chain), `print_exception(e)`,
/// `format_exception(e)` (the report cut into CPython's pieces: the header, one piece per
/// frame, the last line, and the sentences linking chained exceptions) and
/// `format_exception_only(e)`; each with `limit=` (frames kept) and `chain=`.
enum TracebackModule {
    static func install(in m: PyModule) {
        m.def("format_exc") { interp, args in
            let a = try ReModule.bind("format_exc", ["limit", "chain"], required: 0, args)
            return .str(try report(handled(interp), limit: a[0], chain: a[1], interp))
        }
        m.def("print_exc") { interp, args in
            let a = try ReModule.bind("print_exc", ["limit", "file", "chain"], required: 0, args)
            try write(try report(handled(interp), limit: a[0], chain: a[2], interp), to: a[1], interp)
            return .none
        }
        m.def("format_exception") { interp, args in
            let a = try ReModule.bind("format_exception", ["exc", "value", "tb", "limit", "chain"], required: 1, args)
            let e = try shaped(try error(for: a[1] ?? a[0]!, interp), limit: a[3], chain: a[4], interp)
            return .list(PyList(pieces(e).map { .str($0) }))
        }
        m.def("print_exception") { interp, args in
            let a = try ReModule.bind("print_exception", ["exc", "value", "tb", "limit", "file", "chain"], required: 1, args)
            try write(try report(try error(for: a[1] ?? a[0]!, interp), limit: a[3], chain: a[5], interp), to: a[4], interp)
            return .none
        }
        m.def("format_exception_only") { interp, args in
            let a = try ReModule.bind("format_exception_only", ["exc", "value"], required: 1, args)
            let value = a[1] ?? a[0]!
            if value.isNone { return .list(PyList([.str("NoneType: None\n")])) }
            let e = try error(for: value, interp)
            return .list(PyList([.str(e.summary + "\n")] + e.notesText.split(separator: "\n").map { .str($0 + "\n") }))
        }
    }

    /// The whole report of `error` (or `NoneType: None` when there is none), its frames cut
    /// to `limit` and its chain left out when `chain` is false.
    private static func report(_ error: PyError?, limit: Value?, chain: Value?, _ interp: Interpreter) throws -> String {
        guard let error else { return "NoneType: None\n" }
        return pieces(try shaped(error, limit: limit, chain: chain, interp)).joined()
    }

    /// `error` as `TracebackException(limit=, …)` and `format(chain=)` present it: a `limit`
    /// of N ≥ 0 keeps each traceback's first N frames (the outermost), -N its last N; the
    /// chained exceptions are dropped when `chain` is false.
    static func shaped(_ error: PyError, limit: Value?, chain: Value?, _ interp: Interpreter) throws -> PyError {
        var n: Int?
        if let limit, !limit.isNone { n = try interp.toInt(limit, "limit") }
        let keepsChain = try chain.map { try interp.truthy($0) } ?? true
        func cut(_ e: PyError) -> PyError {
            var e = e
            if let n {
                e.traceback = n >= 0 ? Array(e.traceback.prefix(n)) : Array(e.traceback.suffix(min(-n, e.traceback.count)))
            }
            if keepsChain {
                e.cause = e.cause.map { ChainedError(cut($0.error)) }
                e.context = e.context.map { ChainedError(cut($0.error)) }
            } else {
                e.cause = nil
                e.context = nil
            }
            return e
        }
        return n == nil && keepsChain ? error : cut(error)
    }

    /// The exception the innermost `except` block is handling, with its traceback.
    private static func handled(_ interp: Interpreter) -> PyError? {
        interp.handling.last?.recorded
    }

    /// `text` on standard error, or through `file.write` when a file is given.
    private static func write(_ text: String, to file: Value?, _ interp: Interpreter) throws {
        if let file, !file.isNone {
            _ = try interp.callMethod(file, "write", Arguments([.str(text)]))
        } else {
            interp.writeError(text)
        }
    }

    /// The report of an exception object: the handled error it is (with the traceback it
    /// was caught with), else one made from what it carries (its traceback and chain).
    static func error(for value: Value, _ interp: Interpreter) throws -> PyError {
        guard case .object(let o as PyExceptionObject) = value else {
            if case .type = value { return try interp.makeRaisedError(try interp.call(value, Arguments())) }
            throw PyError("TypeError", "'\(value.typeName)' object is not an exception")
        }
        for h in interp.handling.reversed() {
            if case .object(let handled) = h.recorded.instance, handled === o { return h.recorded }
        }
        var e = try interp.makeRaisedError(value)
        e.traceback = o.traceback
        if case .object(let cause as PyExceptionObject) = o.cause {
            e.cause = ChainedError(try error(for: .object(cause), interp))
        } else if case .object(let context as PyExceptionObject) = o.context, !o.suppressContext {
            e.context = ChainedError(try error(for: .object(context), interp))
        }
        e.suppressContext = o.suppressContext
        return e
    }

    /// `format_exception`'s pieces: for each exception of the chain, its header, a piece per
    /// frame (with its source line and carets) and its last line, then the linking sentence.
    static func pieces(_ error: PyError) -> [String] {
        var out: [String] = []
        if let c = error.cause {
            out += pieces(c.error) + ["\nThe above exception was the direct cause of the following exception:\n\n"]
        } else if let c = error.context, !error.suppressContext {
            out += pieces(c.error) + ["\nDuring handling of the above exception, another exception occurred:\n\n"]
        }
        if error.traceback.isEmpty { return out + [error.summary + "\n"] + error.notesText.split(separator: "\n").map { $0 + "\n" } }
        for line in error.ownTraceback.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let text = String(line) + "\n"
            if line.hasPrefix("  File ") || line.hasPrefix("  [Previous") || out.isEmpty || !line.hasPrefix("    ") {
                out.append(text)
            } else {
                out[out.count - 1] += text
            }
        }
        return out
    }
}
