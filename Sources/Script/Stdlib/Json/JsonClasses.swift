/// `json.JSONEncoder` and `json.JSONDecoder`, as Lib/json/encoder.py and decoder.py define
/// them: the options as instance attributes, `encode`/`default`/`iterencode` and
/// `decode`/`raw_decode`. A script class may derive from either; `dumps(cls=…)` and
/// `loads(cls=…)` call its `encode`/`decode`, and the encoder calls `self.default` for
/// objects it cannot encode, so a subclass's `default` is found.
enum JsonClasses {
    /// A new `JSONEncoder` class (one per interpreter's `json` module).
    static func makeEncoderClass() -> PyClass {
        let cls = PyClass("JSONEncoder", module: "json.encoder")
        cls.instanceFactory = { cls, _, _ in PyInstance(cls: cls) }
        cls.construct = { interp, args in try interp.instantiate(cls, args) }
        cls.attributes["item_separator"] = .str(", ")
        cls.attributes["key_separator"] = .str(": ")
        cls.attributes["__init__"] = .builtin(PyBuiltin.method("__init__", owner: "JSONEncoder") { interp, receiver, args in
            if !args.positional.isEmpty {
                throw PyError("TypeError", "JSONEncoder.__init__() takes 1 positional argument but \(args.positional.count + 1) were given")
            }
            var options: [String: Value] = [
                "skipkeys": .bool(false), "ensure_ascii": .bool(true), "check_circular": .bool(true), "allow_nan": .bool(true),
                "sort_keys": .bool(false), "indent": .none, "separators": .none, "default": .none,
            ]
            for (k, v) in args.keywords {
                guard options[k] != nil else { throw PyError("TypeError", "JSONEncoder.__init__() got an unexpected keyword argument '\(k)'") }
                options[k] = v
            }
            for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"] {
                try interp.setAttribute(receiver, name, options[name]!)
            }
            if let separators = options["separators"], !separators.isNone {
                let parts = try interp.collect(separators)
                guard parts.count == 2 else { throw PyError("ValueError", "too many values to unpack (expected 2)") }
                try interp.setAttribute(receiver, "item_separator", parts[0])
                try interp.setAttribute(receiver, "key_separator", parts[1])
            } else if !options["indent"]!.isNone {
                try interp.setAttribute(receiver, "item_separator", .str(","))
            }
            if let d = options["default"], !d.isNone { try interp.setAttribute(receiver, "default", d) }
            return .none
        })
        cls.attributes["default"] = .builtin(PyBuiltin.method("default", owner: "JSONEncoder") { interp, _, args in
            let a = try ReModule.bind("JSONEncoder.default", ["o"], required: 1, args)
            throw PyError("TypeError", "Object of type \(interp.classOf(a[0]!).name) is not JSON serializable")
        })
        cls.attributes["encode"] = .builtin(PyBuiltin.method("encode", owner: "JSONEncoder") { interp, receiver, args in
            let a = try ReModule.bind("JSONEncoder.encode", ["o"], required: 1, args)
            var encoder = try encoder(of: receiver, interp)
            return .str(try encoder.encode(a[0]!))
        })
        // The chunks `_make_iterencode` yields.
        cls.attributes["iterencode"] = .builtin(PyBuiltin.method("iterencode", owner: "JSONEncoder") { interp, receiver, args in
            let a = try ReModule.bind("JSONEncoder.iterencode", ["o", "_one_shot"], required: 1, args)
            var encoder = try encoder(of: receiver, interp)
            let pieces = try encoder.pieces(a[0]!).map { Value.str($0) }
            return try interp.call(interp.builtins["iter"]!, Arguments([.list(PyList(pieces))]))
        })
        return cls
    }

    /// The encoder an instance's attributes describe, calling its `default`.
    private static func encoder(of instance: Value, _ interp: Interpreter) throws -> JsonEncoder {
        var keywords: [(String, Value)] = []
        for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"] {
            keywords.append((name, try interp.getAttribute(instance, name)))
        }
        let separators = [try interp.getAttribute(instance, "item_separator"), try interp.getAttribute(instance, "key_separator")]
        keywords.append(("separators", .tuple(PyTuple.of(separators))))
        keywords.append(("default", try interp.getAttribute(instance, "default")))
        return try JsonModule.encoder(keywords, interp)
    }

    static let hookNames = ["object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"]

    /// A new `JSONDecoder` class (one per interpreter's `json` module).
    static func makeDecoderClass() -> PyClass {
        let cls = PyClass("JSONDecoder", module: "json.decoder")
        cls.instanceFactory = { cls, _, _ in PyInstance(cls: cls) }
        cls.construct = { interp, args in try interp.instantiate(cls, args) }
        cls.attributes["__init__"] = .builtin(PyBuiltin.method("__init__", owner: "JSONDecoder") { interp, receiver, args in
            if !args.positional.isEmpty {
                throw PyError("TypeError", "JSONDecoder.__init__() takes 1 positional argument but \(args.positional.count + 1) were given")
            }
            var options: [String: Value] = ["strict": .bool(true)]
            for name in hookNames { options[name] = Value.none }
            for (k, v) in args.keywords {
                guard options[k] != nil else { throw PyError("TypeError", "JSONDecoder.__init__() got an unexpected keyword argument '\(k)'") }
                options[k] = v
            }
            _ = try JsonModule.hooks(args.keywords)
            for (name, value) in options { try interp.setAttribute(receiver, name, value) }
            return .none
        })
        cls.attributes["decode"] = .builtin(PyBuiltin.method("decode", owner: "JSONDecoder") { interp, receiver, args in
            let a = try ReModule.bind("JSONDecoder.decode", ["s"], required: 1, args)
            return try decoder(of: receiver, a[0]!, interp).decode()
        })
        cls.attributes["raw_decode"] = .builtin(PyBuiltin.method("raw_decode", owner: "JSONDecoder") { interp, receiver, args in
            let a = try ReModule.bind("JSONDecoder.raw_decode", ["s", "idx"], required: 1, args)
            let start = try a[1].map { try interp.toInt($0, "raw_decode") } ?? 0
            let (value, end) = try decoder(of: receiver, a[0]!, interp).rawDecode(from: start)
            return .tuple(PyTuple.of([value, .int(end)]))
        })
        return cls
    }

    /// A scanner over `document` with the hooks an instance's attributes hold.
    private static func decoder(of instance: Value, _ document: Value, _ interp: Interpreter) throws -> JsonDecoder {
        guard case .str(let text) = document else {
            throw PyError("TypeError", "the JSON object must be str, bytes or bytearray, not \(document.typeName)")
        }
        var decoder = JsonDecoder(text, interp)
        decoder.hooks = try JsonModule.hooks(try (hookNames + ["strict"]).map { ($0, try interp.getAttribute(instance, $0)) })
        return decoder
    }
}
