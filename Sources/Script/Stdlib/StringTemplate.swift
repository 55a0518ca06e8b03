/// `string.Template`, as CPython's Lib/string.py defines it: `$name`, `${name}` and `$$`
/// placeholders found by the class's `pattern` (built from `delimiter`, `idpattern`,
/// `braceidpattern` and `flags` when a subclass is created, so a subclass that changes the
/// delimiter or the identifier pattern gets its own), `substitute` with CPython's `KeyError`
/// and `Invalid placeholder in string: line 1, col 5`, `safe_substitute`,
/// `get_identifiers` and `is_valid`. A script class can derive from it and override any of
/// these; the methods read `self.pattern` and `self.delimiter` as CPython's do.
enum StringTemplate {
    static let defaultIdPattern = "(?a:[_a-z][_a-z0-9]*)"

    /// A new `Template` class for one interpreter's `string` module (its `pattern` is a
    /// compiled pattern of that interpreter's `re`).
    static func makeClass(_ interp: Interpreter) throws -> PyClass {
        let cls = PyClass("Template", module: "string")
        // Instances are plain objects with a `__dict__`, so script classes can derive from it.
        cls.instanceFactory = { cls, _, _ in PyInstance(cls: cls) }
        cls.construct = { interp, args in try interp.instantiate(cls, args) }
        cls.attributes["__doc__"] = .str("A string class for supporting $-substitutions.")
        cls.attributes["delimiter"] = .str("$")
        cls.attributes["idpattern"] = .str(defaultIdPattern)
        cls.attributes["braceidpattern"] = Value.none
        cls.attributes["flags"] = .int(RegexFlags.ignoreCase)
        cls.attributes["pattern"] = try pattern(for: cls, interp)
        cls.attributes["__init_subclass__"] = .object(PyClassMethod(.builtin(PyBuiltin("__init_subclass__") { interp, args in
            guard case .type(let sub) = args.positional.first else { return .none }
            if !args.keywords.isEmpty { throw PyError("TypeError", "\(sub.name).__init_subclass__() takes no keyword arguments") }
            // A subclass that defines no `pattern` of its own gets one from its attributes.
            if !sub.attributes.keys.contains("pattern") { sub.attributes["pattern"] = try pattern(for: sub, interp) }
            return .none
        })))
        cls.attributes["__init__"] = .builtin(PyBuiltin.method("__init__", owner: "Template") { interp, receiver, args in
            let a = try ReModule.bind("Template.__init__", ["template"], required: 1, args)
            try interp.setAttribute(receiver, "template", a[0]!)
            return .none
        })
        for name in ["substitute", "safe_substitute"] {
            cls.attributes[name] = .builtin(PyBuiltin.method(name, owner: "Template") { interp, receiver, args in
                try substitute(receiver, args, safe: name == "safe_substitute", interp)
            })
        }
        cls.attributes["get_identifiers"] = .builtin(PyBuiltin.method("get_identifiers", owner: "Template") { interp, receiver, args in
            _ = try args.positionalOnly("get_identifiers", 0...0)
            var ids: [Value] = []
            for m in try matches(receiver, interp) {
                if let named = try group(m, "named", interp) ?? group(m, "braced", interp) {
                    if try !ids.contains(where: { try interp.equals($0, named) }) { ids.append(named) }
                } else if try group(m, "invalid", interp) == nil, try group(m, "escaped", interp) == nil {
                    throw try unrecognized(receiver, interp)
                }
            }
            return .list(PyList(ids))
        })
        cls.attributes["is_valid"] = .builtin(PyBuiltin.method("is_valid", owner: "Template") { interp, receiver, args in
            _ = try args.positionalOnly("is_valid", 0...0)
            for m in try matches(receiver, interp) {
                if try group(m, "invalid", interp) != nil { return .bool(false) }
                if try group(m, "named", interp) == nil, try group(m, "braced", interp) == nil, try group(m, "escaped", interp) == nil {
                    throw try unrecognized(receiver, interp)
                }
            }
            return .bool(true)
        })
        return cls
    }

    /// CPython's `Template.__init_subclass__` pattern: the delimiter escaped, then an escaped
    /// delimiter, a named or braced identifier, or an invalid placeholder, compiled with the
    /// class's `flags` and `re.VERBOSE`.
    static func pattern(for cls: PyClass, _ interp: Interpreter) throws -> Value {
        let klass = Value.type(cls)
        let delimiter = try interp.getAttribute(klass, "delimiter")
        guard case .str(let d) = delimiter else { throw PyError("TypeError", "expected str, got \(delimiter.typeName)") }
        let escaped = ReModule.escape(d)
        let id = try interp.str(try interp.getAttribute(klass, "idpattern"))
        let braceValue = try interp.getAttribute(klass, "braceidpattern")
        let bid = braceValue.isTruthy ? try interp.str(braceValue) : id
        let text = """

        \(escaped)(?:
          (?P<escaped>\(escaped))  |   # Escape sequence of two delimiters
          (?P<named>\(id))       |   # delimiter and a Python identifier
          {(?P<braced>\(bid))} |   # delimiter and a braced identifier
          (?P<invalid>)             # Other ill-formed delimiter exprs
        )

        """
        let flags = try interp.toInt(try interp.getAttribute(klass, "flags"), "flags") | RegexFlags.verbose
        return .object(try ReModule.compile(.str(text), flags: .int(flags), interp))
    }

    /// Every match of `self.pattern` in `self.template`.
    private static func matches(_ template: Value, _ interp: Interpreter) throws -> [Value] {
        let pattern = try interp.getAttribute(template, "pattern")
        let text = try interp.getAttribute(template, "template")
        return try interp.collect(try interp.callMethod(pattern, "finditer", Arguments([text])))
    }

    /// `m.group(name)`, nil for a group that did not take part.
    private static func group(_ m: Value, _ name: String, _ interp: Interpreter) throws -> Value? {
        let g = try interp.callMethod(m, "group", Arguments([.str(name)]))
        return g.isNone ? nil : g
    }

    private static func unrecognized(_ template: Value, _ interp: Interpreter) throws -> PyError {
        let e = PyError("ValueError", "('Unrecognized named group in pattern', \(try interp.repr(try interp.getAttribute(template, "pattern"))))")
        return e
    }

    /// `substitute(mapping={}, /, **kws)` and `safe_substitute`: keywords win over the mapping.
    private static func substitute(_ template: Value, _ args: Arguments, safe: Bool, _ interp: Interpreter) throws -> Value {
        let name = safe ? "safe_substitute" : "substitute"
        if args.positional.count > 1 {
            throw PyError("TypeError", "Template.\(name)() takes from 1 to 2 positional arguments but \(args.positional.count + 1) were given")
        }
        let keywords = PyDict()
        for (k, v) in args.keywords { try keywords.set(.str(k), v) }
        let mapping = args.positional.first
        func lookup(_ key: Value) throws -> Value {
            guard let mapping else { return try interp.getItem(.dict(keywords), key) }
            if !args.keywords.isEmpty, let v = try keywords.get(key) { return v }
            return try interp.getItem(mapping, key)
        }
        let delimiter = try interp.getAttribute(template, "delimiter")
        let text = try interp.getAttribute(template, "template")
        let convert = PyBuiltin("convert") { interp, a in
            let m = a.positional[0]
            if let named = try group(m, "named", interp) ?? group(m, "braced", interp) {
                do {
                    return .str(try interp.str(try lookup(named)))
                } catch let e as PyError where safe && interp.errorClass(e).isSubclass(of: interp.exceptionClass(named: "KeyError")) {
                    return try interp.callMethod(m, "group", Arguments())
                }
            }
            if try group(m, "escaped", interp) != nil { return delimiter }
            if try group(m, "invalid", interp) != nil {
                if safe { return try interp.callMethod(m, "group", Arguments()) }
                let start = try interp.toInt(try interp.callMethod(m, "start", Arguments([.str("invalid")])), "start")
                guard case .str(let s) = text else { throw PyError("TypeError", "expected str") }
                let before = String(String.UnicodeScalarView(s.unicodeScalars.prefix(start)))
                let lines = Interpreter.splitLines(before, keepEnds: true)
                let lineno = max(1, lines.count)
                let colno = lines.isEmpty ? 1 : start - lines.dropLast().reduce(0) { $0 + $1.unicodeScalars.count }
                throw PyError("ValueError", "Invalid placeholder in string: line \(lineno), col \(colno)")
            }
            throw try unrecognized(template, interp)
        }
        let pattern = try interp.getAttribute(template, "pattern")
        return try interp.callMethod(pattern, "sub", Arguments([.builtin(convert), text]))
    }
}
