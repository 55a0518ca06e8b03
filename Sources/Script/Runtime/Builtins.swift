import Foundation

extension Interpreter {
    func def(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
        builtins[name] = .builtin(PyBuiltin(name, body))
    }

    /// The class of any value, for `type()` and `isinstance`.
    func classOf(_ v: Value) -> PyClass { Self.classOf(v) }

    /// The class of any value (a class made by a metaclass answers that metaclass), for code
    /// that has no interpreter at hand, such as `collections.abc`'s structural checks.
    static func classOf(_ v: Value) -> PyClass {
        switch v {
        case .none: return CoreClasses.noneType
        case .bool: return CoreClasses.bool
        case .int: return CoreClasses.int
        case .float: return CoreClasses.float
        case .str: return CoreClasses.str
        case .list: return CoreClasses.list
        case .tuple: return CoreClasses.tuple
        case .dict(let d): return d.flavor?.pyClass ?? CoreClasses.dict
        case .function: return CoreClasses.function
        case .builtin: return CoreClasses.builtinFunction
        case .type(let c): return c.metaclass ?? CoreClasses.type
        case .object(let o): return o.pyClass
        }
    }

    func toInt(_ v: Value, _ function: String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(is PyBigInt): throw PyError("OverflowError", "Python int too large to convert to C ssize_t")
        default:
            if let b = v.builtinValue, b.isInteger { return try toInt(b, function) }
            if let i = v.instance, special(i, "__index__") != nil {
                guard let n = try indexInteger(v).asInt else { throw PyError("OverflowError", "Python int too large to convert to C ssize_t") }
                return n
            }
            throw PyError("TypeError", "'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    func toDouble(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .object(let t as TensorObject): return try t.scalarValue()
        case .object(let b as PyBigInt):
            guard let d = b.value.double else { throw PyError("OverflowError", "int too large to convert to float") }
            return d
        default:
            if let b = v.builtinValue, b.isNumber || b.isBigInt { return try toDouble(b) }
            throw PyError("TypeError", "must be real number, not \(v.typeName)")
        }
    }

    func floatToInt(_ d: Double) throws -> Int {
        if d.isNaN { throw PyError("ValueError", "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        guard t.magnitude < 9.223372036854775807e18 else { throw overflow() }
        return Int(t)
    }

    func installBuiltins() {
        installExceptions()
        installSetTypes()
        installRadixBuiltins()
        installInputBuiltin()
        builtins["int"] = .type(CoreClasses.int)
        builtins["float"] = .type(CoreClasses.float)
        builtins["str"] = .type(CoreClasses.str)
        builtins["bool"] = .type(CoreClasses.bool)
        builtins["list"] = .type(CoreClasses.list)
        builtins["tuple"] = .type(CoreClasses.tuple)
        builtins["dict"] = .type(CoreClasses.dict)
        builtins["range"] = .type(CoreClasses.range)
        builtins["type"] = .type(CoreClasses.type)
        builtins["object"] = .type(CoreClasses.object)
        builtins["slice"] = .type(CoreClasses.slice)
        builtins["Ellipsis"] = .object(EllipsisObject.shared)
        _ = Interpreter.coreConstructors
        installClassBuiltins()
        installNamespaceBuiltins()

        def("print") { interp, args in
            let a = try args.bind("print", [], required: 0, allowing: ["sep", "end", "file", "flush"])
            var sep = " ", end = "\n"
            if let s = a["sep"], !s.isNone {
                guard case .str(let v) = s else { throw PyError("TypeError", "sep must be None or a string, not \(s.typeName)") }
                sep = v
            }
            if let e = a["end"], !e.isNone {
                guard case .str(let v) = e else { throw PyError("TypeError", "end must be None or a string, not \(e.typeName)") }
                end = v
            }
            if let file = a["file"], !file.isNone {
                // `print(…, file=f)`: each piece through `f.write`, as CPython writes them.
                let write = try interp.getAttribute(file, "write")
                for (i, v) in args.positional.enumerated() {
                    if i > 0 { _ = try interp.call(write, Arguments([.str(sep)])) }
                    _ = try interp.call(write, Arguments([.str(try interp.str(v))]))
                }
                _ = try interp.call(write, Arguments([.str(end)]))
                if let flush = a["flush"], try interp.truthy(flush) { _ = try interp.callMethod(file, "flush", Arguments()) }
                return .none
            }
            // As CPython counts C-level recursion: the call of `print` (a C function) is one
            // check deep, and `PyObject_Str` of each object one more.
            let text = try interp.withRecursionCheck(.call) {
                try args.positional.map { v in
                    if case .object = v { return try interp.withRecursionCheck(.str) { try interp.str(v) } }
                    return try interp.str(v)
                }.joined(separator: sep) + end
            }
            interp.write(text)
            if let flush = a["flush"], try interp.truthy(flush) { interp.streams?.flushOutput() }
            return .none
        }
        def("len") { interp, args in
            let a = try args.positionalOnly("len", 1...1)
            return .int(try interp.length(a[0]))
        }
        def("repr") { interp, args in
            let a = try args.positionalOnly("repr", 1...1)
            return .str(try interp.withRecursionCheck(.call) { try interp.repr(a[0]) })
        }
        def("ascii") { interp, args in .str(interp.asciiRepr(try interp.repr(try args.positionalOnly("ascii", 1...1)[0]))) }
        def("format") { interp, args in
            let a = try args.positionalOnly("format", 1...2)
            var spec = ""
            if a.count > 1 {
                guard case .str(let s) = a[1] else { throw PyError("TypeError", "format() argument 2 must be str, not \(a[1].typeName)") }
                spec = s
            }
            return .str(try interp.format(a[0], spec: spec))
        }
        def("abs") { interp, args in
            let a = try args.positionalOnly("abs", 1...1)
            switch a[0] {
            case .int(let i):
                if i == Int.min { return interp.integer(-BigInt(i)) }
                return .int(Swift.abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .object(let b as PyBigInt): return interp.integer(BigInt(negative: false, limbs: b.value.limbs))
            case .object(let t as TensorObject): return try TorchLibrary.callTensorMethod(t, "abs", Arguments(), interp)
            case .object(let i as PyInstance):
                guard let f = interp.special(i, "__abs__") else { throw PyError("TypeError", "bad operand type for abs(): '\(i.cls.name)'") }
                return try interp.withRecursionCheck(.call) { try interp.callUnbound(f, self: a[0], Arguments()) }
            default: throw PyError("TypeError", "bad operand type for abs(): '\(a[0].typeName)'")
            }
        }
        installIterationBuiltins()
        def("round") { interp, args in
            let a = try args.bind("round", ["number", "ndigits"], required: 1, builtin: true)
            let nd = a[1].flatMap { $0.isNone ? nil : $0 }
            if case .object(let i as PyInstance) = a[0]!, let f = interp.special(i, "__round__") {
                return try interp.callUnbound(f, self: a[0]!, Arguments(nd.map { [$0] } ?? []))
            }
            let x = a[0]!.unwrappingBuiltin
            switch x {
            case .int, .bool:
                guard let nd, case .int(let i) = x.boolAsInt else { return x.boolAsInt }
                guard let r = PyFormat.round(i, ndigits: try interp.toInt(nd, "round")) else { throw interp.overflow() }
                return .int(r)
            case .float(let d):
                guard let nd else { return .int(try interp.floatToInt(try PyFormat.roundToInteger(d))) }
                return .float(try PyFormat.round(d, ndigits: try interp.toInt(nd, "round")))
            case .object(let t as TensorObject):
                return try TorchLibrary.callTensorMethod(t, "round", Arguments(nd.map { [$0] } ?? []), interp)
            default:
                throw PyError("TypeError", "type \(x.typeName) doesn't define __round__ method")
            }
        }
        def("divmod") { interp, args in
            let a = try args.positionalOnly("divmod", 2...2)
            if let r = try interp.instanceDivmod(a[0], a[1]) { return r }
            return .tuple(PyTuple.of([try interp.binary(.floorDiv, a[0], a[1]), try interp.binary(.mod, a[0], a[1])]))
        }
        def("pow") { interp, args in
            let a = try args.bind("pow", ["base", "exp", "mod"], required: 2, builtin: true).compactMap { $0 }.map { $0.isNone ? $0 : $0.boolAsInt }
            if a.count == 3, !a[2].isNone {
                if case .int(let b) = a[0], case .int(let e) = a[1], case .int(let m) = a[2] {
                    return .int(try ModularPower.pow(b, e, m))
                }
                if [a[0], a[1], a[2]].contains(where: { !$0.isNumber }) {
                    throw PyError("TypeError", "unsupported operand type(s) for ** or pow(): '\(a[0].typeName)', '\(a[1].typeName)', '\(a[2].typeName)'")
                }
                if [a[0], a[1], a[2]].contains(where: { if case .float = $0 { return true }; return false }) {
                    throw PyError("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
                }
            }
            let r = try interp.binary(.pow, a[0], a[1])
            if a.count == 3, !a[2].isNone { return try interp.binary(.mod, r, a[2]) }
            return r
        }
        builtins["isinstance"] = .builtin(Interpreter.isinstanceFunction)
        def("callable") { interp, args in
            .bool(interp.isCallable(try args.positionalOnly("callable", 1...1)[0]))
        }
        def("hasattr") { interp, args in
            let a = try args.positionalOnly("hasattr", 2...2)
            guard case .str(let n) = a[1] else { throw PyError("TypeError", "attribute name must be string, not '\(a[1].typeName)'") }
            do {
                return .bool(try interp.getAttributeIfPresent(a[0], n) != nil)
            } catch let e as PyError where e.matches("AttributeError", interp) {
                return .bool(false)
            }
        }
        def("getattr") { interp, args in
            let a = try args.positionalOnly("getattr", 2...3)
            guard case .str(let n) = a[1] else { throw PyError("TypeError", "attribute name must be string, not '\(a[1].typeName)'") }
            do {
                if let v = try interp.getAttributeIfPresent(a[0], n) { return v }
            } catch let e as PyError where a.count == 3 && e.matches("AttributeError", interp) {
                return a[2]
            }
            if a.count == 3 { return a[2] }
            return try interp.getAttribute(a[0], n)
        }
        def("setattr") { interp, args in
            let a = try args.positionalOnly("setattr", 3...3)
            guard case .str(let n) = a[1] else { throw PyError("TypeError", "attribute name must be string, not '\(a[1].typeName)'") }
            try interp.setAttribute(a[0], n, a[2])
            return .none
        }
        def("chr") { interp, args in
            let a = try args.positionalOnly("chr", 1...1)
            let n = try interp.toInt(a[0], "chr")
            guard let u = Unicode.Scalar(UInt32(clamping: max(0, n))), n >= 0 else { throw PyError("ValueError", "chr() arg not in range(0x110000)") }
            return .str(String(Character(u)))
        }
        def("ord") { interp, args in
            let a = try args.positionalOnly("ord", 1...1)
            guard case .str(let s) = a[0], s.unicodeScalars.count == 1 else {
                if case .str(let s) = a[0] { throw PyError("TypeError", "ord() expected a character, but string of length \(s.unicodeScalars.count) found") }
                throw PyError("TypeError", "ord() expected string of length 1, but \(a[0].typeName) found")
            }
            return .int(Int(s.unicodeScalars.first!.value))
        }
        def("hash") { interp, args in
            let a = try args.positionalOnly("hash", 1...1)
            return try interp.withRecursionCheck(.call) {
                if let i = a[0].instance, let h = try interp.instanceHash(i) { return .int(h) }
                return .int(try interp.pythonHash(a[0]))
            }
        }
        def("id") { interp, args in
            let a = try args.positionalOnly("id", 1...1)
            return .int(try interp.identity(of: a[0]))
        }
        def("descent") { interp, args in
            try interp.callDescent(args)
            return .none
        }
        installIteratorTypes()
    }

    /// A Swift closure producing an iterable's items one at a time.
    func iteratorOver(_ v: Value) throws -> () throws -> Value? {
        switch v {
        case .object(let it as PyIterator):
            return { try it.next() }
        case .object(let o as PyIterableObject):
            return try o.makeIterator(self)
        case .object(let r as PyRange):
            var i = r.start, done = false
            return {
                guard !done, r.step > 0 ? i < r.stop : i > r.stop else { return nil }
                defer {
                    let (next, overflow) = i.addingReportingOverflow(r.step)
                    if overflow { done = true } else { i = next }
                }
                return .int(i)
            }
        case .object(let inst as PyInstance):
            return try instanceIterator(inst)
        case .object(let g as PyGenerator):
            return { [unowned self] in try self.generatorStep(g) }
        case .list(let l):
            var i = 0
            return {
                guard i < l.items.count else { return nil }
                defer { i += 1 }
                return l.items[i]
            }
        default:
            guard isIterable(v) else { throw PyError("TypeError", "'\(v.typeName)' object is not iterable") }
            let items = try collect(v)
            var i = 0
            return {
                guard i < items.count else { return nil }
                defer { i += 1 }
                return items[i]
            }
        }
    }

    /// Writes to standard output: the process's (`streams`) or the run's `output`.
    func write(_ text: String) {
        if let streams { streams.writeOutput(text) } else { output += text }
    }

    /// Writes a report (a warning, "Exception ignored") to standard error: `errorOutput`,
    /// and the process's stream when there is one.
    func writeError(_ text: String) {
        errorOutput += text
        streams?.writeError(text)
    }
}

extension Arguments {
    /// Keyword arguments by name, checking that only `allowing` are given (for `print`, `zip`).
    func bind(_ function: String, _ names: [String], required: Int = 0, allowing: [String]) throws -> [String: Value] {
        var out: [String: Value] = [:]
        for (k, v) in keywords {
            guard allowing.contains(k) else {
                throw PyError("TypeError", "'\(k)' is an invalid keyword argument for \(function)()")
            }
            out[k] = v
        }
        return out
    }
}
