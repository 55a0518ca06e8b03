import Foundation

extension Interpreter {
    // MARK: throw() and close()

    /// `gen.throw(exc)`: raises `error` at the paused `yield`; the next value the body yields,
    /// or StopIteration (with the return value) when it returns.
    func generatorThrow(_ g: PyGenerator, _ error: PyError) throws -> Value {
        if let v = try generatorThrowStep(g, error) { return v }
        var e = PyError("StopIteration", "")
        let value = g.returnValue ?? .none
        g.returnValue = nil
        e.instance = .object(PyExceptionObject(cls: exceptionClass(named: "StopIteration"), args: value.isNone ? [] : [value]))
        if !value.isNone { e.message = try str(value) }
        throw e
    }

    /// Raises `error` inside the generator: the value it yields next, or nil when it returns.
    /// A generator that has not started (or has finished) ends and `error` propagates as is.
    func generatorThrowStep(_ g: PyGenerator, _ error: PyError) throws -> Value? {
        switch g.state {
        case .running:
            throw PyError("ValueError", "generator already executing")
        case .created, .finished:
            g.state = .finished
            g.clearCursors()
            throw error
        case .suspended:
            g.pendingThrow = error
            return try generatorStep(g)
        }
    }

    /// `gen.close()`: raises GeneratorExit at the paused `yield` so that `finally` blocks and
    /// `with` exits run; a generator that yields again instead raises RuntimeError.
    func generatorClose(_ g: PyGenerator) throws {
        switch g.state {
        case .created, .finished:
            g.state = .finished
            g.clearCursors()
            return
        case .running:
            throw PyError("ValueError", "generator already executing")
        case .suspended:
            break
        }
        do {
            if try generatorThrowStep(g, generatorExit()) != nil {
                throw PyError("RuntimeError", "generator ignored GeneratorExit")
            }
        } catch let e as PyError where !e.isUncatchable && (e.matches("GeneratorExit", self) || e.matches("StopIteration", self)) {
        }
        g.returnValue = nil
    }

    /// Closes a generator whose last reference is gone. An error escaping its cleanup cannot
    /// propagate anywhere, so, as CPython's `PyErr_WriteUnraisable`, it is written to
    /// standard error: "Exception ignored in: <generator object f at 0x…>", then its
    /// traceback (through the generator's frame). "generator ignored GeneratorExit" is raised
    /// in the frame that dropped the generator, which is shown (module level or a function),
    /// its carets under the name a `del NAME` or `NAME = …` statement unbinds (see
    /// `droppingFrame`); a drop at interpreter exit shows no traceback.
    func closeDropped(_ g: PyGenerator) {
        g.finalized = true
        // Runs from the generator's `deinit`, maybe inside another object's: no collection
        // may start while objects are half freed.
        let registry = GCRegistry.ofThisThread
        registry.blocked += 1
        defer { registry.blocked -= 1 }
        let (line, code) = (currentLine, currentCode)
        defer { (currentLine, currentCode) = (line, code) }
        do {
            try generatorClose(g)
        } catch let e as PyError where !e.isUncatchable {
            let name = (try? repr(.object(g))) ?? "<generator object>"
            var shown = e
            if e.traceback.isEmpty, !finalizing, let frame = droppingFrame(g) { shown.traceback = [frame] }
            if finalizing {
                for i in shown.traceback.indices { shown.traceback[i].source = nil }
            }
            // CPython's default unraisable hook prints the exception's own traceback, no chain.
            writeError("Exception ignored in: \(name)\n" + (shown.traceback.isEmpty ? e.summary + "\n" : shown.ownTraceback))
        } catch {
            // The step budget or time limit ran out during cleanup: the run stops anyway.
        }
    }

    /// The statement running when a generator was dropped, as a traceback frame with
    /// CPython's carets: under the call a generator made on this line was passed to
    /// (`x = next(f()) + 1`: released when that call returns, see `consumingCall`), under
    /// the target of `del NAME` or `NAME = …` (the store or delete that released it), none
    /// for a statement that is a call (a function's frame released on return), `break` or
    /// `return` (a loop's iterator released). Inside a function the frame is named after the
    /// `def` enclosing the line (see `enclosingFunctionName`).
    private func droppingFrame(_ g: PyGenerator) -> TraceEntry? {
        guard let code = currentCode, let source = code.sourceLine(currentLine) else { return nil }
        var function = "<module>"
        if !callerSites.isEmpty {
            guard let name = enclosingFunctionName(code, line: currentLine) else { return nil }
            function = name
        }
        var entry = TraceEntry(file: code.file, line: currentLine + code.lineOffset, function: function, source: source)
        let text = Array(source)
        if g.madeOnLine == currentLine, g.madeInCode === code, let (start, end) = Interpreter.consumingCall(text, g.function.name) {
            entry.caretStart = start
            entry.caretEnd = end
            return entry
        }
        var start = 0
        while start < text.count, text[start] == " " || text[start] == "\t" { start += 1 }
        // A name or a dotted attribute target (`del self.source`, `self.reader = None`).
        func identifierEnd(from i: Int) -> Int {
            var j = i
            while j < text.count, text[j] == "_" || text[j].isLetter || (j > i && (text[j].isNumber || text[j] == ".")) { j += 1 }
            return j
        }
        var nameStart = start
        if source.dropFirst(start).hasPrefix("del ") {
            nameStart = start + 4
            while nameStart < text.count, text[nameStart] == " " { nameStart += 1 }
        }
        let nameEnd = identifierEnd(from: nameStart)
        guard nameEnd > nameStart else { return entry }
        var rest = nameEnd
        while rest < text.count, text[rest] == " " { rest += 1 }
        let isDelete = nameStart != start && (rest == text.count || text[rest] == "#")
        let isStore = nameStart == start && rest < text.count && text[rest] == "=" && (rest + 1 == text.count || text[rest + 1] != "=")
        if isDelete || isStore {
            entry.caretStart = nameStart
            entry.caretEnd = nameEnd
        }
        return entry
    }

    /// The name of the `def` (or `class` body) whose block holds `line` of `code`: the nearest
    /// line above it that starts a `def` or `class` indented less than every line between.
    /// Frames carry no names at run time (keeping calls cheap), and a dropped generator's
    /// report is the one place that needs the running frame's name; nil outside any `def`.
    private func enclosingFunctionName(_ code: CodeUnit, line: Int) -> String? {
        func indentation(_ s: String) -> Int? {
            let body = s.drop { $0 == " " || $0 == "\t" }
            if body.isEmpty || body.hasPrefix("#") { return nil }
            return s.count - body.count
        }
        guard let start = code.sourceLine(line), var limit = indentation(start) else { return nil }
        var i = line - 1
        while i >= 1, limit > 0 {
            defer { i -= 1 }
            guard let text = code.sourceLine(i), let indent = indentation(text), indent < limit else { continue }
            limit = indent
            let body = text.dropFirst(indent)
            for keyword in ["def ", "async def ", "class "] where body.hasPrefix(keyword) {
                let name = body.dropFirst(keyword.count).drop { $0 == " " }.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
                return name.isEmpty ? nil : String(name)
            }
        }
        return nil
    }

    /// Closes the generators still suspended inside `try` or `with` when the program ends,
    /// as CPython 3.11's exit does (its last collection finalizes them while the module's
    /// names are all still bound): first those that are values of global names, in the
    /// namespace's order (a name deleted and bound again counts from its last binding), then
    /// the others (in containers, or kept by reference cycles) in the order they were made.
    /// Then the names are released.
    func finalizeModule() {
        finalizing = true
        steps = 0
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeLimit) * 1e9)
        handling = []
        callDepth = 1
        callerSites = []
        var seen: Set<String> = []
        var order: [String] = []
        for name in globalOrder.reversed() where seen.insert(name).inserted { order.append(name) }
        order.reverse()
        func finalize(_ g: PyGenerator) {
            guard !g.finalized, g.state == .suspended, g.cursors.contains(where: \.needsCleanup) else { return }
            closeDropped(g)
        }
        for name in order {
            if case .object(let g as PyGenerator)? = globals[name] { finalize(g) }
        }
        for serial in suspendedWithCleanup.keys.sorted() {
            if let g = suspendedWithCleanup[serial]?.generator { finalize(g) }
        }
        for name in order where globals[name] != nil {
            // The old value is released after the dictionary access ends.
            let old = globals.updateValue(Value.none, forKey: name)
            withExtendedLifetime(old) {}
        }
    }

    /// PEP 479: the RuntimeError a StopIteration escaping a generator's body becomes, with
    /// the StopIteration as its `__cause__` (and context), as CPython chains it. It is raised
    /// as the generator's frame ends, so its own traceback starts in the caller's frame.
    func stopIterationEscaped(_ stop: PyError) -> PyError {
        var r = PyError("RuntimeError", "generator raised StopIteration")
        let o = PyExceptionObject(cls: exceptionClass(named: "RuntimeError"), args: [.str(r.message)])
        let stopInstance = exceptionInstance(stop)
        var recorded = stop
        recorded.instance = stopInstance
        o.cause = stopInstance
        o.context = stopInstance
        o.suppressContext = true
        r.instance = .object(o)
        r.cause = ChainedError(recorded)
        r.context = ChainedError(recorded)
        r.suppressContext = true
        return r
    }

    private func generatorExit() -> PyError {
        var e = PyError("GeneratorExit", "")
        e.instance = .object(PyExceptionObject(cls: exceptionClass(named: "GeneratorExit"), args: []))
        return e
    }

    /// A `throw()` arriving at `yield from`: passed on to a delegate generator (which may
    /// yield again: its value, or nil when it returned); GeneratorExit closes the delegate
    /// first and is raised here, as is anything thrown while delegating to a plain iterator.
    func throwIntoDelegate(_ thrown: PyError, _ inner: PyGenerator?, _ span: Span) throws -> Value? {
        var error = thrown
        error.pendingSpan = span
        guard let inner else { throw error }
        if thrown.matches("GeneratorExit", self) {
            try generatorClose(inner)
            throw error
        }
        return try generatorThrowStep(inner, thrown)
    }

    /// The exception `throw(type[, value])` or `throw(instance)` raises.
    func thrownError(_ a: [Value]) throws -> PyError {
        let base = exceptionClass(named: "BaseException")
        switch a[0] {
        case .type(let cls) where cls.isSubclass(of: base):
            let value = a.count > 1 ? a[1] : .none
            if case .object(let o as PyExceptionObject) = value, o.cls.isSubclass(of: cls) {
                return try makeRaisedError(value)
            }
            let args: [Value]
            switch value {
            case .none: args = []
            case .tuple(let t): args = t.items
            default: args = [value]
            }
            return try makeRaisedError(try call(a[0], Arguments(args)))
        case .object(let o as PyExceptionObject):
            if a.count > 1, !a[1].isNone {
                throw PyError("TypeError", "instance exception may not have a separate value")
            }
            return try makeRaisedError(.object(o))
        default:
            throw PyError("TypeError", "exceptions must be classes or instances deriving from BaseException, not \(a[0].typeName)")
        }
    }
}

extension Interpreter {
    /// Calls that hold on to the iterator they are given (the object they return keeps it),
    /// so a generator passed to one is released by the call around them instead.
    private static let wrappingCalls: Set<String> = ["iter", "zip", "enumerate", "map", "filter", "reversed", "islice", "chain"]

    /// The columns of the call in `line` that a generator made there by calling `function`
    /// was passed to (`next(f())` in `x = next(f()) + 1`, `next(iter(f()))` through `iter`):
    /// CPython releases such a temporary when that call returns, and its report of a failing
    /// cleanup shows carets under the call. Nil when the line does not read that way.
    static func consumingCall(_ line: [Character], _ function: String) -> (Int, Int)? {
        func isName(_ c: Character) -> Bool { c == "_" || c.isLetter || c.isNumber }
        let name = Array(function)
        var i = 0
        while i + name.count <= line.count {
            defer { i += 1 }
            guard Array(line[i..<(i + name.count)]) == name, i == 0 || !isName(line[i - 1]) else { continue }
            var after = i + name.count
            while after < line.count, line[after] == " " { after += 1 }
            guard after < line.count, line[after] == "(" else { continue }
            var position = i
            while true {
                // The nearest bracket left of `position` that is still open there.
                var depth = 0
                var open: Int?
                var j = position - 1
                while j >= 0 {
                    let c = line[j]
                    if c == ")" || c == "]" || c == "}" { depth += 1 }
                    if c == "(" || c == "[" || c == "{" {
                        if depth == 0 {
                            if c == "(" { open = j }
                            break
                        }
                        depth -= 1
                    }
                    j -= 1
                }
                guard let open else { return nil }
                var calleeStart = open
                while calleeStart > 0, isName(line[calleeStart - 1]) || line[calleeStart - 1] == "." { calleeStart -= 1 }
                guard calleeStart < open else { return nil }
                var close = open + 1
                depth = 0
                while close < line.count {
                    let c = line[close]
                    if c == "(" || c == "[" || c == "{" { depth += 1 }
                    if c == ")" || c == "]" || c == "}" {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    close += 1
                }
                guard close < line.count else { return nil }
                let callee = String(line[calleeStart..<open]).split(separator: ".").last.map(String.init) ?? ""
                if wrappingCalls.contains(callee) {
                    position = calleeStart
                    continue
                }
                return (calleeStart, close + 1)
            }
        }
        return nil
    }
}
