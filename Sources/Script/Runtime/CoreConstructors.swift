import Foundation

extension Interpreter {
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
            if args.positional.count == 3 { return try interp.typeFromNamespace(args) }
            let a = try args.positionalOnly("type", 1...1)
            return .type(interp.classOf(a[0]))
        }
        CoreClasses.range.construct = { interp, args in
            let a = try args.positionalOnly("range", 1...3)
            if a.contains(where: { $0.unwrappingBuiltin.isBigInt }) {
                // A bound beyond 64 bits: CPython's range of Python ints.
                let n = try a.map { try interp.indexInteger($0.unwrappingBuiltin) }
                if n.count == 1 { return .object(PyBigRange.make(BigInt(0), n[0], BigInt(1))) }
                let step = n.count == 3 ? n[2] : BigInt(1)
                if step.isZero { throw PyError("ValueError", "range() arg 3 must not be zero") }
                return .object(PyBigRange.make(n[0], n[1], step))
            }
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
}
