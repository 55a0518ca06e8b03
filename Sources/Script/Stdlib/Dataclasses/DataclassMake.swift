/// `dataclass(...)`'s keyword arguments, the class it makes, and `make_dataclass`.
extension DataclassesModule {
    static let optionNames = ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"]

    /// The options `dataclass()` (or `make_dataclass`) was called with.
    static func options(_ keywords: [(String, Value)], _ interp: Interpreter, function: String) throws -> DataclassOptions {
        var options = DataclassOptions()
        for (name, value) in keywords {
            guard optionNames.contains(name) else { throw PyError("TypeError", "\(function)() got an unexpected keyword argument '\(name)'") }
            let flag = try interp.truthy(value)
            switch name {
            case "init": options.initMethod = flag
            case "repr": options.repr = flag
            case "eq": options.eq = flag
            case "order": options.order = flag
            case "unsafe_hash": options.unsafeHash = flag
            case "frozen": options.frozen = flag
            case "match_args": options.matchArgs = flag
            case "kw_only": options.kwOnly = flag
            case "slots": options.slots = flag
            default: options.weakrefSlot = flag
            }
        }
        return options
    }

    /// `cls` made a dataclass (CPython's `_process_class`), then made again with slots when asked.
    static func apply(_ cls: PyClass, _ options: DataclassOptions, _ interp: Interpreter) throws -> Value {
        let made = try interp.processDataclass(cls, options)
        if options.weakrefSlot && !options.slots { throw PyError("TypeError", "weakref_slot is True but slots is False") }
        guard options.slots, case .type(let processed) = made else { return made }
        return .type(try interp.dataclassWithSlots(processed, weakrefSlot: options.weakrefSlot))
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// `make_dataclass(cls_name, fields, *, bases=(), namespace=None, …)`: a class made as
    /// CPython 3.11 makes it (through `types.new_class`, so its `__module__` is `types`),
    /// each field a name, `(name, type)` or `(name, type, default or field())`, the name's
    /// type `'typing.Any'` when not given; then `dataclass` with the other keywords.
    static func makeDataclass(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        if args.positional.count > 2 {
            throw PyError("TypeError", "make_dataclass() takes 2 positional arguments but \(args.positional.count) were given")
        }
        var bases: Value = .tuple(PyTuple.of([]))
        var namespace: Value = .none
        var optionKeywords: [(String, Value)] = []
        var positional = args.positional
        for (k, v) in args.keywords {
            switch k {
            case "bases": bases = v
            case "namespace": namespace = v
            case "cls_name" where positional.isEmpty, "fields" where positional.count == 1: positional.append(v)
            default:
                guard optionNames.contains(k) else { throw PyError("TypeError", "make_dataclass() got an unexpected keyword argument '\(k)'") }
                optionKeywords.append((k, v))
            }
        }
        guard positional.count == 2 else {
            let missing = ["'cls_name'", "'fields'"].suffix(2 - positional.count)
            throw PyError("TypeError", "make_dataclass() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(missing.joined(separator: " and "))")
        }
        let annotations = PyDict()
        var defaults: [(String, Value)] = []
        var seen: Set<String> = []
        for item in try interp.collect(positional[1]) {
            var name: Value
            var type: Value = .str("typing.Any")
            if case .str = item {
                name = item
            } else {
                // CPython asks the item's `len()` first.
                _ = try interp.call(interp.builtins["len"]!, Arguments([item]))
                let parts = try interp.collect(item)
                guard parts.count == 2 || parts.count == 3 else { throw PyError("TypeError", "Invalid field: \(try interp.repr(item))") }
                name = parts[0]
                type = parts[1]
                if parts.count == 3, case .str(let n) = name { defaults.append((n, parts[2])) }
            }
            guard case .str(let n) = name, RegexTokenizer.isIdentifier(n) else {
                throw PyError("TypeError", "Field names must be valid identifiers: \(try interp.repr(name))")
            }
            if keywords.contains(n) { throw PyError("TypeError", "Field names must not be keywords: \(try interp.repr(name))") }
            if seen.contains(n) { throw PyError("TypeError", "Field name duplicated: \(try interp.repr(name))") }
            seen.insert(n)
            try annotations.set(name, type)
        }
        // `types.new_class`'s body: the namespace, the defaults, then the annotations.
        let body = PyDict()
        if !namespace.isNone { _ = try interp.dictMethod(body, "update", Arguments([namespace])) }
        for (n, v) in defaults { try body.set(.str(n), v) }
        try body.set(.str("__annotations__"), .dict(annotations))
        try body.set(.str("__module__"), .str("types"))
        let made = try interp.typeFromNamespace(Arguments([positional[0], bases, .dict(body)]))
        guard case .type(let cls) = made else { return made }
        return try apply(cls, try options(optionKeywords, interp, function: "make_dataclass"), interp)
    }
}
