/// `pprint`: `pprint`, `pformat`, `pp`, `saferepr`, `isreadable`, `isrecursive` and
/// `PrettyPrinter`, laid out as CPython 3.11's Lib/pprint.py lays them out: an object whose
/// repr fits in what is left of the line is written as its (dict-key-sorted) repr, else
/// dicts, lists, tuples, sets, frozensets, strs (cut at spaces into adjacent literals),
/// dataclasses, `OrderedDict`, `defaultdict`, `Counter` and `deque` are opened one item per
/// line, indented under their opening bracket.
enum PprintModule {
    /// `PrettyPrinter`'s settings.
    struct Options {
        var indent = 1
        var width = 80
        var depth: Int?
        var compact = false
        var sortDicts = true
        var underscoreNumbers = false
    }

    static let keywordNames = ["indent", "width", "depth", "stream", "compact", "sort_dicts", "underscore_numbers"]

    static func install(in m: PyModule) {
        m.def("pformat") { interp, args in
            let (object, options, _) = try parse("pformat", args, hasStream: false, sortDicts: true, interp)
            return .str(try Printer(options: options, interp: interp).format(object))
        }
        for (name, sortDicts) in [("pprint", true), ("pp", false)] {
            m.def(name) { interp, args in
                let (object, options, stream) = try parse(name, args, hasStream: true, sortDicts: sortDicts, interp)
                let text = try Printer(options: options, interp: interp).format(object) + "\n"
                if let stream, !stream.isNone {
                    _ = try interp.callMethod(stream, "write", Arguments([.str(text)]))
                } else {
                    interp.write(text)
                }
                return .none
            }
        }
        m.def("saferepr") { interp, args in
            let a = try args.positionalOnly("saferepr", 1...1)
            return .str(try Printer(options: Options(), interp: interp).safeRepr(a[0], level: 0).text)
        }
        for name in ["isreadable", "isrecursive"] {
            m.def(name) { interp, args in
                let a = try args.positionalOnly(name, 1...1)
                let r = try Printer(options: Options(), interp: interp).safeRepr(a[0], level: 0)
                return .bool(name == "isreadable" ? r.readable && !r.recursive : r.recursive)
            }
        }
        m.attributes["PrettyPrinter"] = .type(makePrinterClass())
    }

    /// `pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
    /// sort_dicts=True, underscore_numbers=False)` and its siblings' arguments.
    private static func parse(_ function: String, _ args: Arguments, hasStream: Bool, sortDicts: Bool,
                              _ interp: Interpreter) throws -> (Value, Options, Value?) {
        var names = ["object"] + (hasStream ? ["stream"] : []) + ["indent", "width", "depth"]
        let positionalCount = names.count
        names += ["compact", "sort_dicts", "underscore_numbers"]
        if args.positional.count > positionalCount {
            throw PyError("TypeError", "\(function)() takes from 1 to \(positionalCount) positional arguments but \(args.positional.count) were given")
        }
        var values: [String: Value] = [:]
        for (n, v) in zip(names, args.positional) { values[n] = v }
        for (k, v) in args.keywords {
            guard names.contains(k) else { throw PyError("TypeError", "\(function)() got an unexpected keyword argument '\(k)'") }
            if values[k] != nil { throw PyError("TypeError", "\(function)() got multiple values for argument '\(k)'") }
            values[k] = v
        }
        guard let object = values["object"] else { throw PyError("TypeError", "\(function)() missing 1 required positional argument: 'object'") }
        var o = Options()
        o.sortDicts = sortDicts
        try configure(&o, values, interp)
        return (object, o, values["stream"])
    }

    /// Applies the settings given by name, with `PrettyPrinter.__init__`'s checks.
    static func configure(_ o: inout Options, _ values: [String: Value], _ interp: Interpreter) throws {
        if let v = values["indent"] { o.indent = try interp.toInt(v, "indent") }
        if let v = values["width"] { o.width = try interp.toInt(v, "width") }
        if let v = values["depth"], !v.isNone { o.depth = try interp.toInt(v, "depth") }
        if let v = values["compact"] { o.compact = try interp.truthy(v) }
        if let v = values["sort_dicts"] { o.sortDicts = try interp.truthy(v) }
        if let v = values["underscore_numbers"] { o.underscoreNumbers = try interp.truthy(v) }
        if o.indent < 0 { throw PyError("ValueError", "indent must be >= 0") }
        if let d = o.depth, d <= 0 { throw PyError("ValueError", "depth must be > 0") }
        if o.width == 0 { throw PyError("ValueError", "width must be != 0") }
    }

    /// `pprint.PrettyPrinter(indent=1, width=80, depth=None, stream=None, *, compact=False,
    /// sort_dicts=True, underscore_numbers=False)` with `pprint`, `pformat`, `isreadable`,
    /// `isrecursive`.
    private static func makePrinterClass() -> PyClass {
        let cls = PyClass("PrettyPrinter", module: "pprint")
        cls.instanceFactory = { cls, _, _ in PyInstance(cls: cls) }
        cls.construct = { interp, args in try interp.instantiate(cls, args) }
        cls.attributes["__init__"] = .builtin(PyBuiltin.method("__init__", owner: "PrettyPrinter") { interp, receiver, args in
            let positional = ["indent", "width", "depth", "stream"]
            if args.positional.count > positional.count {
                throw PyError("TypeError", "PrettyPrinter.__init__() takes from 1 to 5 positional arguments but \(args.positional.count + 1) were given")
            }
            var values: [String: Value] = [:]
            for (n, v) in zip(positional, args.positional) { values[n] = v }
            for (k, v) in args.keywords {
                guard keywordNames.contains(k) else { throw PyError("TypeError", "PrettyPrinter.__init__() got an unexpected keyword argument '\(k)'") }
                values[k] = v
            }
            var o = Options()
            try configure(&o, values, interp)
            let settings: [(String, Value)] = [
                ("_indent_per_level", .int(o.indent)), ("_width", .int(o.width)), ("_depth", o.depth.map { .int($0) } ?? .none),
                ("_stream", values["stream"] ?? .none), ("_compact", .bool(o.compact)), ("_sort_dicts", .bool(o.sortDicts)),
                ("_underscore_numbers", .bool(o.underscoreNumbers)),
            ]
            for (k, v) in settings { try interp.setAttribute(receiver, k, v) }
            return .none
        })
        func options(_ receiver: Value, _ interp: Interpreter) throws -> Options {
            var o = Options()
            o.indent = try interp.toInt(try interp.getAttribute(receiver, "_indent_per_level"), "indent")
            o.width = try interp.toInt(try interp.getAttribute(receiver, "_width"), "width")
            let depth = try interp.getAttribute(receiver, "_depth")
            o.depth = depth.isNone ? nil : try interp.toInt(depth, "depth")
            o.compact = try interp.truthy(try interp.getAttribute(receiver, "_compact"))
            o.sortDicts = try interp.truthy(try interp.getAttribute(receiver, "_sort_dicts"))
            o.underscoreNumbers = try interp.truthy(try interp.getAttribute(receiver, "_underscore_numbers"))
            return o
        }
        for name in ["pformat", "pprint", "isreadable", "isrecursive"] {
            cls.attributes[name] = .builtin(PyBuiltin.method(name, owner: "PrettyPrinter") { interp, receiver, args in
                let a = try args.positionalOnly(name, 1...1)
                let printer = Printer(options: try options(receiver, interp), interp: interp)
                switch name {
                case "pformat": return .str(try printer.format(a[0]))
                case "pprint":
                    let text = try printer.format(a[0]) + "\n"
                    let stream = try interp.getAttribute(receiver, "_stream")
                    if stream.isNone { interp.write(text) } else { _ = try interp.callMethod(stream, "write", Arguments([.str(text)])) }
                    return .none
                default:
                    let r = try printer.safeRepr(a[0], level: 0)
                    return .bool(name == "isreadable" ? r.readable && !r.recursive : r.recursive)
                }
            })
        }
        return cls
    }
}
