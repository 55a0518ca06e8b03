/// `json`: `dumps` (with `indent`, `sort_keys`, `separators`, `ensure_ascii`, `allow_nan`,
/// `skipkeys`, `check_circular`, `default`) and `loads`, as CPython 3.11's, with
/// `JSONDecodeError` (a ValueError carrying `msg`, `doc`, `pos`, `lineno`, `colno`).
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
        m.def("dumps") { interp, args in
            guard args.positional.count == 1 else {
                if args.positional.isEmpty { throw PyError("TypeError", "dumps() missing 1 required positional argument: 'obj'") }
                throw PyError("TypeError", "dumps() takes 1 positional argument but \(args.positional.count) were given")
            }
            var encoder = JsonEncoder(interp)
            var separators: Value = .none
            for (k, v) in args.keywords {
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
                case "cls" where v.isNone: break
                default: throw PyError("TypeError", "dumps() got an unexpected keyword argument '\(k)'")
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
            return .str(try encoder.encode(args.positional[0]))
        }
        m.def("loads") { interp, args in
            let a = try ReModule.bind("loads", ["s"], required: 1, Arguments(args.positional, keywords: args.keywords.filter { $0.0 == "s" }))
            for (k, _) in args.keywords where k != "s" {
                throw PyError("TypeError", "loads() got an unexpected keyword argument '\(k)' (Descent's json.loads takes no hooks)")
            }
            guard case .str(let s) = a[0]! else {
                throw PyError("TypeError", "the JSON object must be str, bytes or bytearray, not \(a[0]!.typeName)")
            }
            return try JsonDecoder(s, interp).decode()
        }
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
