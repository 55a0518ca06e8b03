/// `json`: `dumps`/`dump` (with `indent`, `sort_keys`, `separators`, `ensure_ascii`,
/// `allow_nan`, `skipkeys`, `check_circular`, `default`, `cls`) and `loads`/`load` (with
/// `object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`, `cls`),
/// as CPython 3.11's, with `JSONDecodeError` (a ValueError carrying `msg`, `doc`, `pos`,
/// `lineno`, `colno`) and the `JSONEncoder`/`JSONDecoder` classes (`JsonClasses`). `dump`
/// and `load` work with any object that has `write(str)` or `read()`; `dump` writes the
/// chunks CPython's `iterencode` yields, one `write` each.
enum JsonModule {
    static let decodeErrorClass: PyClass = {
        let cls = PyClass("JSONDecodeError", module: "json.decoder", base: Interpreter.exceptionClasses["ValueError"])
        cls.construct = { interp, args in
            let a = try ReModule.bind("JSONDecodeError", ["msg", "doc", "pos"], required: 3, args)
            guard case .str(let msg) = a[0]!, case .str(let doc) = a[1]! else {
                throw PyError("TypeError", "JSONDecodeError() takes a str message and document")
            }
            return decodeError(msg, doc, try interp.toInt(a[2]!, "JSONDecodeError")).instance!
        }
        return cls
    }()

    static func install(in m: PyModule) {
        m.attributes["JSONDecodeError"] = .type(decodeErrorClass)
        m.attributes["JSONEncoder"] = .type(JsonClasses.makeEncoderClass())
        m.attributes["JSONDecoder"] = .type(JsonClasses.makeDecoderClass())
        m.def("dumps") { interp, args in
            let a = try positional(args, ["obj"], "dumps")
            return try dumps(a[0], args.keywords, interp)
        }
        m.def("dump") { interp, args in
            let a = try positional(args, ["obj", "fp"], "dump")
            // As CPython: `fp.write(chunk)` for each chunk of `cls(**kw).iterencode(obj)`.
            var rest = args.keywords
            if let i = rest.firstIndex(where: { $0.0 == "cls" }) {
                let cls = rest.remove(at: i).1
                if !cls.isNone {
                    let chunks = try interp.callMethod(try interp.call(cls, Arguments([], keywords: rest)), "iterencode", Arguments([a[0]]))
                    let next = try interp.iteratorOver(chunks)
                    while let chunk = try next() { _ = try interp.callMethod(a[1], "write", Arguments([chunk])) }
                    return .none
                }
            }
            var encoder = try encoder(rest, interp)
            encoder.writer = { _ = try interp.callMethod(a[1], "write", Arguments([.str($0)])) }
            try encoder.stream(a[0])
            return .none
        }
        m.def("loads") { interp, args in
            let a = try positional(args, ["s"], "loads")
            return try loads(a[0], args.keywords, interp)
        }
        m.def("load") { interp, args in
            let a = try positional(args, ["fp"], "load")
            return try loads(try interp.callMethod(a[0], "read", Arguments()), args.keywords, interp)
        }
    }

    /// The positional arguments of a function whose other parameters are keyword-only.
    private static func positional(_ args: Arguments, _ names: [String], _ function: String) throws -> [Value] {
        if args.positional.count > names.count {
            let given = args.positional.count
            throw PyError("TypeError", "\(function)() takes \(names.count) positional argument\(names.count == 1 ? "" : "s") but \(given) were given")
        }
        if args.positional.count < names.count {
            let missing = names[args.positional.count...].map { "'\($0)'" }
            let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
            throw PyError("TypeError", "\(function)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return args.positional
    }

    /// `dumps(obj, **keywords)`: through `cls(**keywords).encode(obj)` when a `cls` is given.
    static func dumps(_ obj: Value, _ keywords: [(String, Value)], _ interp: Interpreter) throws -> Value {
        var rest = keywords
        if let i = rest.firstIndex(where: { $0.0 == "cls" }) {
            let cls = rest.remove(at: i).1
            if !cls.isNone {
                return try interp.callMethod(try interp.call(cls, Arguments([], keywords: rest)), "encode", Arguments([obj]))
            }
        }
        var encoder = try encoder(rest, interp)
        return .str(try encoder.encode(obj))
    }

    /// The encoder `JSONEncoder(**keywords)` configures (`dumps` passes its keywords on).
    static func encoder(_ keywords: [(String, Value)], _ interp: Interpreter) throws -> JsonEncoder {
        var encoder = JsonEncoder(interp)
        var separators: Value = .none
        for (k, v) in keywords {
            switch k {
            case "indent":
                switch v {
                case .none: encoder.indent = nil
                case .str(let s): encoder.indent = s
                default: encoder.indent = String(repeating: " ", count: max(0, try interp.toInt(v, "dumps")))
                }
            case "sort_keys": encoder.sortKeys = try interp.truthy(v)
            case "ensure_ascii": encoder.ensureASCII = try interp.truthy(v)
            case "allow_nan": encoder.allowNaN = try interp.truthy(v)
            case "skipkeys": encoder.skipKeys = try interp.truthy(v)
            case "check_circular": encoder.checkCircular = try interp.truthy(v)
            case "default": encoder.defaultFunction = v.isNone ? nil : v
            case "separators": separators = v
            default: throw PyError("TypeError", "JSONEncoder.__init__() got an unexpected keyword argument '\(k)'")
            }
        }
        if !separators.isNone {
            let parts = try interp.collect(separators)
            guard parts.count == 2, case .str(let item) = parts[0], case .str(let key) = parts[1] else {
                throw PyError("ValueError", "separators must be a pair of strings")
            }
            (encoder.itemSeparator, encoder.keySeparator) = (item, key)
        } else if encoder.indent != nil {
            encoder.itemSeparator = ","
        }
        return encoder
    }

    /// `loads(s, **keywords)`: through `cls(**keywords).decode(s)` when a `cls` is given.
    static func loads(_ s: Value, _ keywords: [(String, Value)], _ interp: Interpreter) throws -> Value {
        var rest = keywords
        if let i = rest.firstIndex(where: { $0.0 == "cls" }) {
            let cls = rest.remove(at: i).1
            if !cls.isNone {
                return try interp.callMethod(try interp.call(cls, Arguments([], keywords: rest)), "decode", Arguments([s]))
            }
        }
        guard case .str(let text) = s else {
            throw PyError("TypeError", "the JSON object must be str, bytes or bytearray, not \(s.typeName)")
        }
        var decoder = JsonDecoder(text, interp)
        decoder.hooks = try hooks(rest)
        return try decoder.decode()
    }

    /// The hooks `JSONDecoder(**keywords)` takes (`loads` passes its keywords on).
    static func hooks(_ keywords: [(String, Value)]) throws -> JsonDecoder.Hooks {
        var hooks = JsonDecoder.Hooks()
        for (k, v) in keywords {
            let hook = v.isNone ? nil : v
            switch k {
            case "object_hook": hooks.object = hook
            case "object_pairs_hook": hooks.objectPairs = hook
            case "parse_float": hooks.parseFloat = hook
            case "parse_int": hooks.parseInt = hook
            case "parse_constant": hooks.parseConstant = hook
            case "strict": hooks.strict = v.isTruthy
            default: throw PyError("TypeError", "JSONDecoder.__init__() got an unexpected keyword argument '\(k)'")
            }
        }
        return hooks
    }

    /// `JSONDecodeError(msg, doc, pos)`: `msg: line L column C (char pos)`.
    static func decodeError(_ msg: String, _ doc: String, _ pos: Int) -> PyError {
        let before = Array(doc.unicodeScalars.prefix(max(pos, 0)))
        let line = before.filter { $0 == "\n" }.count + 1
        let column = pos - (before.lastIndex(of: "\n") ?? -1)
        let text = "\(msg): line \(line) column \(column) (char \(pos))"
        let o = PyExceptionObject(cls: decodeErrorClass, args: [.str(text)])
        for (k, v) in [("msg", Value.str(msg)), ("doc", .str(doc)), ("pos", .int(pos)), ("lineno", .int(line)), ("colno", .int(column))] {
            try? o.dict.set(.str(k), v)
        }
        var e = PyError("json.decoder.JSONDecodeError", text)
        e.instance = .object(o)
        return e
    }
}
