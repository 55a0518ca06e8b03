import Foundation

extension Interpreter {
    func def(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
        builtins[name] = .builtin(PyBuiltin(name, body))
    }

    /// The class of any value, for `type()` and `isinstance`.
    func classOf(_ v: Value) -> PyClass {
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
        case .type: return CoreClasses.type
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

    /// Sets the core classes' constructors once per process.
    static let coreConstructors: Void = {
        CoreClasses.int.construct = { interp, args in
            let a = try args.bind("int", ["x", "base"], builtin: true)
            guard let x = a[0]?.unwrappingBuiltin else { return .int(0) }
            if let b = a[1] {
                guard case .str(let s) = x else { throw PyError("TypeError", "int() can't convert non-string with explicit base") }
                let base = try interp.toInt(b, "int")
                guard base == 0 || (2...36).contains(base) else { throw PyError("ValueError", "int() base must be >= 2 and <= 36, or 0") }
                var digits = s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
                var sign = ""
                if let f = digits.first, f == "-" || f == "+" { sign = String(f); digits.removeFirst() }
                let prefixes: [(String, Int)] = [("0x", 16), ("0o", 8), ("0b", 2)]
                var radix = base == 0 ? 10 : base
                if let (p, r) = prefixes.first(where: { digits.lowercased().hasPrefix($0.0) }), base == 0 || base == r {
                    radix = r
                    digits.removeFirst(2)
                }
                if digits.first == "-" || digits.first == "+" { digits = "" }
                try IntStringLimit.checkParse(Substring(digits), radix: radix)
                if let n = Int(sign + digits, radix: radix) { return .int(n) }
                // Beyond 64 bits.
                guard let big = BigInt(magnitude: Substring(digits), radix: radix) else {
                    throw PyError("ValueError", "invalid literal for int() with base \(base): \(PyFormat.reprString(s))")
                }
                return interp.integer(sign == "-" ? -big : big)
            }
            switch x {
            case .int: return x
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d):
                if d.isFinite, d.magnitude >= 9.2e18, let b = BigInt(exactly: d.rounded(.towardZero)) { return interp.integer(b) }
                return .int(try interp.floatToInt(d))
            case .object(is PyBigInt): return x
            case .str(let s):
                let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
                if let n = Int(t.replacingOccurrences(of: "_", with: "")), !t.hasPrefix("_"), !t.hasSuffix("_"), !t.contains("__") { return .int(n) }
                try IntStringLimit.checkParse(Substring(t), radix: 10)
                if !t.hasPrefix("_"), !t.hasSuffix("_"), !t.contains("__"), let b = BigInt(t.replacingOccurrences(of: "_", with: "")) { return interp.integer(b) }
                throw PyError("ValueError", "invalid literal for int() with base 10: \(PyFormat.reprString(s))")
            case .object(let t as TensorObject): return .int(try interp.floatToInt(try t.scalarValue()))
            default:
                if let i = x.instance, let r = try interp.withRecursionCheck(.call, { try interp.instanceToInt(i) }) { return r }
                throw PyError("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '\(x.typeName)'")
            }
        }
        CoreClasses.float.construct = { interp, args in
            let a = try args.positionalOnly("float", 0...1)
            guard let x = a.first?.unwrappingBuiltin else { return .float(0) }
            switch x {
            case .float: return x
            case .int(let i): return .float(Double(i))
            case .bool(let b): return .float(b ? 1 : 0)
            case .str(let s):
                let t = s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                switch t {
                case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
                case "-inf", "-infinity": return .float(-.infinity)
                case "nan", "+nan", "-nan": return .float(.nan)
                default:
                    if let d = Double(t.replacingOccurrences(of: "_", with: "")), !t.hasPrefix("0x"), !t.isEmpty { return .float(d) }
                    throw PyError("ValueError", "could not convert string to float: \(PyFormat.reprString(s))")
                }
            case .object(let t as TensorObject): return .float(try t.floatValue(interp))
            case .object(let b as PyBigInt):
                guard let d = b.value.double else { throw PyError("OverflowError", "int too large to convert to float") }
                return .float(d)
            default:
                if let i = x.instance, let d = try interp.instanceToFloat(i) { return .float(d) }
                throw PyError("TypeError", "float() argument must be a string or a real number, not '\(x.typeName)'")
            }
        }
        CoreClasses.str.construct = { interp, args in
            let a = try args.bind("str", ["object", "encoding", "errors"], builtin: true)
            if a[1] != nil || a[2] != nil { throw PyError("TypeError", "decoding to str: need a bytes-like object, \(a[0]?.typeName ?? "str") found") }
            guard let x = a[0] else { return .str("") }
            // `PyObject_Str` of an object is one of CPython's recursion checks.
            if case .object = x { return .str(try interp.withRecursionCheck(.str) { try interp.str(x) }) }
            return .str(try interp.str(x))
        }
        CoreClasses.bool.construct = { interp, args in
            let a = try args.positionalOnly("bool", 0...1)
            return .bool(try a.first.map { try interp.truthy($0) } ?? false)
        }
        CoreClasses.list.construct = { interp, args in
            let a = try args.positionalOnly("list", 0...1)
            return .list(PyList(try a.first.map { try interp.collect($0) } ?? []))
        }
        CoreClasses.tuple.construct = { interp, args in
            let a = try args.positionalOnly("tuple", 0...1)
            return .tuple(PyTuple.of(try a.first.map { try interp.collect($0) } ?? []))
        }
        CoreClasses.dict.construct = { interp, args in
            if args.positional.count > 1 { throw PyError("TypeError", "dict expected at most 1 argument, got \(args.positional.count)") }
            let d = PyDict()
            _ = try interp.dictMethod(d, "update", args)
            return .dict(d)
        }
        CoreClasses.type.construct = { interp, args in
            if args.positional.count != 1 && args.positional.count != 3 { throw PyError("TypeError", "type() takes 1 or 3 arguments") }
            let a = try args.positionalOnly("type", 1...1)
            return .type(interp.classOf(a[0]))
        }
        CoreClasses.range.construct = { interp, args in
            let a = try args.positionalOnly("range", 1...3)
            let n = try a.map { v -> Int in
                guard case .int(let i) = v.unwrappingBuiltin.boolAsInt else {
                    if v.instance != nil { return try interp.toInt(v, "range") }
                    throw PyError("TypeError", "'\(v.typeName)' object cannot be interpreted as an integer")
                }
                return i
            }
            if n.count == 1 { return .object(PyRange(start: 0, stop: n[0], step: 1)) }
            let step = n.count == 3 ? n[2] : 1
            if step == 0 { throw PyError("ValueError", "range() arg 3 must not be zero") }
            return .object(PyRange(start: n[0], stop: n[1], step: step))
        }
        CoreClasses.object.construct = { _, args in
            if !args.positional.isEmpty || !args.keywords.isEmpty { throw PyError("TypeError", "object() takes no arguments") }
            return .object(PyBareObject())
        }
        CoreClasses.slice.construct = { _, args in
            let a = try args.positionalOnly("slice", 1...3)
            if a.count == 1 { return .object(PySlice(lower: .none, upper: a[0], step: .none)) }
            return .object(PySlice(lower: a[0], upper: a[1], step: a.count > 2 ? a[2] : .none))
        }

    }()

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
            let text = try args.positional.map { try interp.str($0) }.joined(separator: sep) + end
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
        def("enumerate") { interp, args in
            if args.positional.isEmpty, !args.keywords.contains(where: { $0.0 == "iterable" }) {
                throw PyError("TypeError", "enumerate() missing required argument 'iterable'")
            }
            let a = try args.bind("enumerate", ["iterable", "start"], required: 1, builtin: true)
            var i: Value = try a[1].map { try interp.toInt($0, "enumerate") }.map { .int($0) } ?? .int(0)
            let items = try interp.iteratorOver(a[0]!)
            return .object(PyIterator(kind: "enumerate") {
                guard let v = try items() else { return nil }
                defer {
                    // Python ints grow: past Int.max the counter continues as a BigInt.
                    switch i {
                    case .int(let n) where n < Int.max: i = .int(n + 1)
                    case .int(let n): i = .object(PyBigInt(BigInt(n) + BigInt(1)))
                    case .object(let b as PyBigInt): i = .object(PyBigInt(b.value + BigInt(1)))
                    default: break
                    }
                }
                return .tuple(.pair(i, v))
            })
        }
        def("map") { interp, args in
            guard args.positional.count >= 2 else { throw PyError("TypeError", "map() must have at least two arguments.") }
            let a = try args.positionalOnly("map", 2...Int.max)
            let fn = a[0]
            let iterators = try a.dropFirst().map { try interp.iteratorOver($0) }
            return .object(PyIterator(kind: "map") {
                var row: [Value] = []
                for it in iterators {
                    guard let v = try it() else { return nil }
                    row.append(v)
                }
                return try interp.call(fn, Arguments(row))
            })
        }
        def("filter") { interp, args in
            let a = try args.positionalOnly("filter", 2...2)
            let fn = a[0]
            let it = try interp.iteratorOver(a[1])
            return .object(PyIterator(kind: "filter") {
                while let v = try it() {
                    let keep = fn.isNone ? try interp.truthy(v) : try interp.truthy(try interp.call(fn, Arguments([v])))
                    if keep { return v }
                }
                return nil
            })
        }
        def("reversed") { interp, args in
            guard args.positional.count == 1 else {
                throw PyError("TypeError", "reversed expected 1 argument, got \(args.positional.count)")
            }
            let a = try args.positionalOnly("reversed", 1...1)
            switch a[0] {
            case .list, .tuple, .str, .object(is PyRange):
                let kind = a[0].typeName == "list" ? "list_reverseiterator" : a[0].typeName == "range" ? "range_iterator" : "reversed"
                return .object(PyIterator(items: try interp.collect(a[0]).reversed(), kind: kind))
            case .dict(let d):
                return .object(PyIterator(items: d.keys.reversed(), kind: "dict_reversekeyiterator"))
            case .object(let view as PyDictView):
                let kind = ["dict_keys": "dict_reversekeyiterator", "dict_values": "dict_reversevalueiterator"][view.kind.rawValue]
                return .object(PyIterator(items: view.items().reversed(), kind: kind ?? "dict_reverseitemiterator"))
            case .object(let i as PyInstance):
                // `__reversed__`, else the sequence protocol (`__len__` and `__getitem__`).
                if let f = interp.special(i, "__reversed__") { return try interp.callUnbound(f, self: a[0], Arguments()) }
                guard interp.special(i, SpecialMethod.len) != nil, interp.special(i, SpecialMethod.getitem) != nil else {
                    throw PyError("TypeError", "'\(a[0].typeName)' object is not reversible")
                }
                var items: [Value] = []
                for k in stride(from: try interp.length(a[0]) - 1, through: 0, by: -1) { items.append(try interp.getItem(a[0], .int(k))) }
                return .object(PyIterator(items: items, kind: "reversed"))
            default:
                throw PyError("TypeError", "'\(a[0].typeName)' object is not reversible")
            }
        }
        def("iter") { interp, args in
            if args.positional.isEmpty { throw PyError("TypeError", "iter expected at least 1 argument, got 0") }
            let a = try args.positionalOnly("iter", 1...1)
            if case .object(let it as PyIterator) = a[0] { return .object(it) }
            if case .object(is PyGenerator) = a[0] { return a[0] }
            if let i = a[0].instance {
                if let f = interp.special(i, "__iter__") {
                    let it = try interp.callUnbound(f, self: a[0], Arguments())
                    if let r = it.instance, interp.special(r, "__next__") != nil { return it }
                    if case .object(is PyIterator) = it { return it }
                    if case .object(is PyGenerator) = it { return it }
                    throw PyError("TypeError", "iter() returned non-iterator of type '\(it.typeName)'")
                }
                let next = try interp.instanceIterator(i)
                return .object(PyIterator(kind: "iterator", producer: next))
            }
            let next = try interp.iteratorOver(a[0])
            let kind: String
            switch a[0] {
            case .str(let s): kind = s.utf8.allSatisfy { $0 < 128 } ? "str_ascii_iterator" : "str_iterator"
            case .dict: kind = "dict_keyiterator"
            default: kind = "\(a[0].typeName)_iterator"
            }
            return .object(PyIterator(kind: kind, producer: next))
        }
        def("next") { interp, args in
            let a = try args.positionalOnly("next", 1...2)
            if case .object(let g as PyGenerator) = a[0] {
                if a.count > 1 {
                    let v = try interp.generatorStep(g)
                    g.returnValue = nil
                    return v ?? a[1]
                }
                return try interp.generatorNext(g)
            }
            if let i = a[0].instance, let f = interp.special(i, "__next__") {
                do {
                    return try interp.callUnbound(f, self: a[0], Arguments())
                } catch let e as PyError where a.count > 1 && interp.isStopIteration(e) {
                    return a[1]
                }
            }
            guard case .object(let it as PyIterator) = a[0] else {
                throw PyError("TypeError", "'\(a[0].typeName)' object is not an iterator")
            }
            if let v = try it.next() { return v }
            if a.count > 1 { return a[1] }
            throw PyError("StopIteration", "")
        }
        def("sorted") { interp, args in
            guard args.positional.count == 1 else {
                throw PyError("TypeError", "sorted expected 1 argument, got \(args.positional.count)")
            }
            let a = try Arguments([], keywords: args.keywords).bind("sort", ["key", "reverse"], builtin: true)
            let items = try interp.collect(args.positional[0])
            return .list(PyList(try interp.sortValues(items, key: a[0], reverse: try a[1].map { try interp.truthy($0) } ?? false)))
        }
        def("sum") { interp, args in
            if args.positional.isEmpty { throw PyError("TypeError", "sum() takes at least 1 positional argument (0 given)") }
            let a = try args.bind("sum", ["iterable", "start"], required: 1, builtin: true)
            var total = a[1] ?? .int(0)
            if case .str = total { throw PyError("TypeError", "sum() can't sum strings [use ''.join(seq) instead]") }
            try interp.iterate(a[0]!) { v in
                total = try interp.binary(.add, total, v)
                return true
            }
            return total
        }
        for name in ["min", "max"] {
            def(name) { interp, args in
                // min and max take *args: CPython checks the depth as it calls them.
                try interp.withRecursionCheck(.call) {
                    let a = try Arguments([], keywords: args.keywords).bind(name, ["key", "default"], builtin: true)
                    var items: [Value]
                    if args.positional.count == 1 {
                        items = try interp.collect(args.positional[0])
                    } else if args.positional.isEmpty {
                        throw PyError("TypeError", "\(name) expected at least 1 argument, got 0")
                    } else {
                        if a[1] != nil { throw PyError("TypeError", "Cannot specify a default for \(name)() with multiple positional arguments") }
                        items = args.positional
                    }
                    guard var best = items.first else {
                        if let d = a[1] { return d }
                        throw PyError("ValueError", "\(name)() arg is an empty sequence")
                    }
                    let key = a[0].flatMap { $0.isNone ? nil : $0 }
                    var bestKey = try key.map { try interp.call($0, Arguments([best])) } ?? best
                    for item in items.dropFirst() {
                        let k = try key.map { try interp.call($0, Arguments([item])) } ?? item
                        let better = name == "min" ? try interp.truthy(try interp.compare(.lt, k, bestKey)) : try interp.truthy(try interp.compare(.gt, k, bestKey))
                        if better { best = item; bestKey = k }
                    }
                    return best
                }
            }
        }
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
            let a = try args.positionalOnly("callable", 1...1)
            switch a[0] {
            case .function, .builtin, .type: return .bool(true)
            case .object(let i as PyInstance): return .bool(interp.special(i, "__call__") != nil)
            case .object(let o): return .bool(o is PyCallable)
            default: return .bool(false)
            }
        }
        def("any") { interp, args in
            let a = try args.positionalOnly("any", 1...1)
            var r = false
            try interp.iterate(a[0]) { v in r = try interp.truthy(v); return !r }
            return .bool(r)
        }
        def("all") { interp, args in
            let a = try args.positionalOnly("all", 1...1)
            var r = true
            try interp.iterate(a[0]) { v in r = try interp.truthy(v); return r }
            return .bool(r)
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
