/// `re`: regular expressions over str, with CPython 3.11's functions, flags, `Pattern` and
/// `Match` objects and `re.error` messages (see `RegexParser` for the syntax and
/// `RegexMatcher` for the matching rules).
enum ReModule {
    /// `re.error`, a subclass of Exception whose instances carry `msg`, `pattern`, `pos`,
    /// `lineno` and `colno`.
    static let errorClass: PyClass = {
        let cls = PyClass("error", module: "re", base: Interpreter.exceptionClasses["Exception"])
        cls.construct = { interp, args in
            let a = try args.bind("error", ["msg", "pattern", "pos"], required: 1)
            var pos: Int?
            if let p = a[2], !p.isNone { pos = try interp.toInt(p, "error") }
            return try makeError(msg: a[0]!, text: try interp.str(a[0]!), pattern: a[1] ?? .none, position: pos).instance!
        }
        return cls
    }()

    static let flagNames: [(String, Int)] = [
        ("A", RegexFlags.ascii), ("ASCII", RegexFlags.ascii), ("DEBUG", RegexFlags.debug),
        ("I", RegexFlags.ignoreCase), ("IGNORECASE", RegexFlags.ignoreCase), ("L", RegexFlags.locale),
        ("LOCALE", RegexFlags.locale), ("M", RegexFlags.multiline), ("MULTILINE", RegexFlags.multiline),
        ("NOFLAG", 0), ("S", RegexFlags.dotAll), ("DOTALL", RegexFlags.dotAll), ("T", RegexFlags.template),
        ("TEMPLATE", RegexFlags.template), ("U", RegexFlags.unicode), ("UNICODE", RegexFlags.unicode),
        ("X", RegexFlags.verbose), ("VERBOSE", RegexFlags.verbose),
    ]

    static func install(in m: PyModule) {
        m.attributes["error"] = .type(errorClass)
        m.attributes["Pattern"] = .type(PyRegexPattern.patternClass)
        m.attributes["Match"] = .type(PyRegexMatch.matchClass)
        RegexFlagClass.install(in: m)
        m.def("compile") { interp, args in
            let a = try bind("compile", ["pattern", "flags"], required: 1, args)
            return .object(try compile(a[0]!, flags: a[1], interp))
        }
        for name in ["match", "fullmatch", "search", "findall", "finditer"] {
            m.def(name) { interp, args in
                let a = try bind(name, ["pattern", "string", "flags"], required: 2, args)
                let p = try compile(a[0]!, flags: a[2], interp)
                return try interp.call(try interp.getAttribute(.object(p), name), Arguments([a[1]!]))
            }
        }
        for name in ["sub", "subn"] {
            m.def(name) { interp, args in
                let a = try bind(name, ["pattern", "repl", "string", "count", "flags"], required: 3, args)
                let p = try compile(a[0]!, flags: a[4], interp)
                return try interp.call(try interp.getAttribute(.object(p), name), Arguments([a[1]!, a[2]!, a[3] ?? .int(0)]))
            }
        }
        m.def("split") { interp, args in
            let a = try bind("split", ["pattern", "string", "maxsplit", "flags"], required: 2, args)
            let p = try compile(a[0]!, flags: a[3], interp)
            return try interp.call(try interp.getAttribute(.object(p), "split"), Arguments([a[1]!, a[2] ?? .int(0)]))
        }
        m.def("escape") { _, args in
            let a = try bind("escape", ["pattern"], required: 1, args)
            guard case .str(let s) = a[0]! else {
                throw PyError("TypeError", "'\(a[0]!.typeName)' object is not iterable")
            }
            return .str(escape(s))
        }
        m.def("purge") { _, args in
            _ = try bind("purge", [], required: 0, args)
            return .none
        }
    }

    /// The characters `re.escape` puts a backslash before.
    static let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars)

    /// `re.escape(s)`: every character special in a pattern preceded by a backslash.
    static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return String(out)
    }

    /// Binds a call of one of the module's (Python-defined) functions, worded as CPython
    /// words a Python function's argument errors.
    static func bind(_ function: String, _ names: [String], required: Int, _ args: Arguments) throws -> [Value?] {
        if args.positional.count > names.count {
            let takes = required == names.count ? "\(names.count)" : "from \(required) to \(names.count)"
            throw PyError("TypeError", "\(function)() takes \(takes) positional argument\(names.count == 1 ? "" : "s") but \(args.positional.count) \(args.positional.count == 1 ? "was" : "were") given")
        }
        let slots = try args.bind(function, names)
        let missing = (0..<required).filter { slots[$0] == nil }.map { "'\(names[$0])'" }
        if !missing.isEmpty {
            let list = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing.last!
            throw PyError("TypeError", "\(function)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return slots
    }

    /// A pattern from a str (compiled) or a `Pattern` (as is, when no flags are given).
    static func compile(_ pattern: Value, flags: Value?, _ interp: Interpreter) throws -> PyRegexPattern {
        let f = try flags.map { try interp.toInt($0, "flags") } ?? 0
        switch pattern {
        case .object(let p as PyRegexPattern):
            if f != 0 { throw PyError("ValueError", "cannot process flags argument with a compiled pattern") }
            return p
        case .str(let s):
            if let cached = interp.regexCache.lookup(s, flags: f) { return cached }
            do {
                let p = PyRegexPattern(pattern: s, program: try RegexProgram.compile(s, flags: f))
                interp.regexCache.store(p, flags: f)
                return p
            } catch let e as RegexSyntaxError {
                throw error(e, pattern: s)
            }
        default:
            throw PyError("TypeError", "first argument must be string or compiled pattern")
        }
    }

    /// `re.error` for a syntax error in `pattern` (errors the compiler finds have no position).
    static func error(_ e: RegexSyntaxError, pattern: String) -> PyError {
        (try? makeError(msg: .str(e.message), text: e.message, pattern: e.position == nil ? .none : .str(pattern), position: e.position)) ?? PyError("re.error", e.message)
    }

    /// An `re.error` instance as CPython's `error.__init__` fills it in: the message gets
    /// "at position N" (and the line and column for a pattern of several lines).
    private static func makeError(msg: Value, text message: String, pattern: Value, position: Int?) throws -> PyError {
        var text = message
        var lineno: Value = .none, colno: Value = .none
        if case .str(let p) = pattern, let pos = position {
            let before = Array(p.unicodeScalars.prefix(max(pos, 0)))
            let line = before.filter { $0 == "\n" }.count + 1
            let column = pos - (before.lastIndex(of: "\n") ?? -1)
            lineno = .int(line)
            colno = .int(column)
            text += " at position \(pos)"
            if p.unicodeScalars.contains("\n") { text += " (line \(line), column \(column))" }
        }
        let o = PyExceptionObject(cls: errorClass, args: [.str(text)])
        try o.dict.set(.str("msg"), msg)
        try o.dict.set(.str("pattern"), pattern)
        try o.dict.set(.str("pos"), position.map { .int($0) } ?? .none)
        try o.dict.set(.str("lineno"), lineno)
        try o.dict.set(.str("colno"), colno)
        var err = PyError("re.error", text)
        err.instance = .object(o)
        return err
    }
}

/// The compiled patterns `re` keeps, by pattern and flags: at most 512, the oldest dropped
/// first (CPython's `_MAXCACHE`).
struct RegexCache {
    private var patterns: [String: PyRegexPattern] = [:]
    private var order: [String] = []

    private static func key(_ pattern: String, _ flags: Int) -> String { "\(flags):\(pattern)" }

    func lookup(_ pattern: String, flags: Int) -> PyRegexPattern? { patterns[RegexCache.key(pattern, flags)] }

    mutating func store(_ p: PyRegexPattern, flags: Int) {
        if order.count >= 512 { patterns.removeValue(forKey: order.removeFirst()) }
        let k = RegexCache.key(p.pattern, flags)
        patterns[k] = p
        order.append(k)
    }
}
