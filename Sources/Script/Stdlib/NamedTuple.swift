/// `collections.namedtuple`: a tuple class whose items also have names.
final class NamedTupleType: @unchecked Sendable {
    let cls: PyClass
    let fields: [String]
    /// Defaults of the last fields, in order.
    let defaults: [Value]
    /// Written before the class name in reprs: `sys.` for CPython's structure sequences.
    var reprPrefix = ""

    init(name: String, module: String, fields: [String], defaults: [Value]) {
        self.fields = fields
        self.defaults = defaults
        cls = PyClass(name, module: module, base: CoreClasses.tuple)
        cls.construct = { interp, args in try self.make(args, interp) }
        cls.attributes["_fields"] = .tuple(PyTuple.of(fields.map { .str($0) }))
        // What a class pattern's positional sub-patterns match (`case Pair(l, r):`).
        cls.attributes["__match_args__"] = cls.attributes["_fields"]
        let fieldDefaults = PyDict()
        for (f, d) in zip(fields.suffix(defaults.count), defaults) { try? fieldDefaults.set(.str(f), d) }
        cls.attributes["_field_defaults"] = .dict(fieldDefaults)
        cls.attributes["_make"] = .builtin(PyBuiltin("_make") { interp, args in
            let a = try args.positionalOnly("_make", 1...1)
            let items = try interp.collect(a[0])
            if items.count != self.fields.count {
                throw PyError("TypeError", "Expected \(self.fields.count) arguments, got \(items.count)")
            }
            return .object(PyNamedTuple(self, PyTuple.of(items)))
        })
    }

    /// `Point(1, y=2)`: arguments bound as `__new__(_cls, x, y)` binds them.
    func make(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let name = "\(cls.name).__new__"
        if args.positional.count > fields.count {
            let required = fields.count - defaults.count
            let takes = defaults.isEmpty ? "\(fields.count + 1)" : "from \(required + 1) to \(fields.count + 1)"
            throw PyError("TypeError", "\(name)() takes \(takes) positional arguments but \(args.positional.count + 1) were given")
        }
        var slots = [Value?](repeating: nil, count: fields.count)
        for (i, v) in args.positional.enumerated() { slots[i] = v }
        for (k, v) in args.keywords {
            guard let i = fields.firstIndex(of: k) else { throw PyError("TypeError", "\(name)() got an unexpected keyword argument '\(k)'") }
            if slots[i] != nil { throw PyError("TypeError", "\(name)() got multiple values for argument '\(k)'") }
            slots[i] = v
        }
        let firstDefault = fields.count - defaults.count
        var missing: [String] = []
        for i in 0..<fields.count where slots[i] == nil {
            if i >= firstDefault { slots[i] = defaults[i - firstDefault] } else { missing.append(fields[i]) }
        }
        if !missing.isEmpty {
            throw PyError("TypeError", "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interpreter.nameList(missing))")
        }
        return .object(PyNamedTuple(self, PyTuple.of(slots.map { $0! })))
    }

    /// `collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`.
    static func define(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let a = try args.bind("namedtuple", ["typename", "field_names", "rename", "defaults", "module"], required: 2)
        guard case .str(let typename) = a[0]! else { throw PyError("TypeError", "namedtuple() typename must be str") }
        var names: [String] = []
        if case .str(let s) = a[1]! {
            names = s.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        } else {
            names = try interp.collect(a[1]!).map { v in
                guard case .str(let s) = v else { throw PyError("TypeError", "Type names and field names must be strings") }
                return s
            }
        }
        let rename = try a[2].map { try interp.truthy($0) } ?? false
        if rename {
            var seen: Set<String> = []
            for (i, n) in names.enumerated() {
                if !isIdentifier(n) || keywords.contains(n) || n.hasPrefix("_") || seen.contains(n) { names[i] = "_\(i)" }
                seen.insert(names[i])
            }
        }
        for n in [typename] + names {
            if !isIdentifier(n) { throw PyError("ValueError", "Type names and field names must be valid identifiers: \(PyFormat.reprString(n))") }
            if keywords.contains(n) { throw PyError("ValueError", "Type names and field names cannot be a keyword: \(PyFormat.reprString(n))") }
        }
        var seen: Set<String> = []
        for n in names {
            if n.hasPrefix("_") && !rename { throw PyError("ValueError", "Field names cannot start with an underscore: \(PyFormat.reprString(n))") }
            if seen.contains(n) { throw PyError("ValueError", "Encountered duplicate field name: \(PyFormat.reprString(n))") }
            seen.insert(n)
        }
        var defaults: [Value] = []
        if let d = a[3], !d.isNone {
            defaults = try interp.collect(d)
            if defaults.count > names.count { throw PyError("TypeError", "Got more default values than field names") }
        }
        var module = "__main__"
        if let m = a[4], case .str(let s) = m { module = s }
        return .type(NamedTupleType(name: typename, module: module, fields: names, defaults: defaults).cls)
    }

    static let keywords: Set<String> = ["False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
                                        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
                                        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                                        "return", "try", "while", "with", "yield"]

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }
}

/// An instance of a named tuple class: a tuple whose items are also attributes.
final class PyNamedTuple: PyObject, PyIterableObject, PySizedObject, PySubscriptableObject, PyOperandObject,
                          PyHashableObject, PyContainerObject {
    let type: NamedTupleType
    let tuple: PyTuple

    init(_ type: NamedTupleType, _ tuple: PyTuple) {
        self.type = type
        self.tuple = tuple
    }

    var pyClass: PyClass { type.cls }

    func repr(_ interp: Interpreter) throws -> String {
        var parts: [String] = []
        for (f, v) in zip(type.fields, tuple) { parts.append("\(f)=\(try interp.repr(v))") }
        return "\(type.reprPrefix)\(type.cls.name)(\(parts.joined(separator: ", ")))"
    }

    var truthValue: Bool? { !tuple.isEmpty }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        if let i = type.fields.firstIndex(of: name) { return tuple[i] }
        let me = Value.object(self)
        switch name {
        case "_fields", "_field_defaults", "_make", "__match_args__": return type.cls.attributes[name]
        case "_asdict":
            return .builtin(PyBuiltin(name, boundSelf: me) { [tuple, type] _, _ in
                .dict(PyDict(Array(zip(type.fields, tuple))))
            })
        case "_replace":
            return .builtin(PyBuiltin(name, boundSelf: me) { [tuple, type] interp, args in
                if !args.positional.isEmpty { throw PyError("TypeError", "_replace() takes 1 positional argument but \(args.positional.count + 1) were given") }
                var items = Array(tuple)
                var unknown: [String] = []
                for (k, v) in args.keywords {
                    if let i = type.fields.firstIndex(of: k) { items[i] = v } else { unknown.append(k) }
                }
                if !unknown.isEmpty {
                    throw PyError("ValueError", "Got unexpected field names: \(try interp.repr(.list(PyList(unknown.map { .str($0) }))))")
                }
                return .object(PyNamedTuple(type, PyTuple.of(items)))
            })
        case "count", "index":
            return try interp.getAttribute(.tuple(tuple), name)
        default:
            return nil
        }
    }

    func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        if type.fields.contains(name) { throw PyError("AttributeError", "can't set attribute") }
        throw PyError("AttributeError", "'\(type.cls.name)' object has no attribute '\(name)'")
    }

    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? { try interp.iteratorOver(.tuple(tuple)) }
    func length(_ interp: Interpreter) throws -> Int { tuple.count }
    func item(_ index: Value, _ interp: Interpreter) throws -> Value { try interp.getItem(.tuple(tuple), index) }
    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool { try interp.contains(.tuple(tuple), item) }
    func hashKey() throws -> HashKey { try HashKey(.tuple(tuple)) }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        switch other {
        case .tuple(let t): return try interp.equals(.tuple(tuple), .tuple(t))
        case .object(let n as PyNamedTuple): return try interp.equals(.tuple(tuple), .tuple(n.tuple))
        default: return false
        }
    }

    func compare(_ op: CompareOp, _ other: Value, _ interp: Interpreter) throws -> Bool? {
        let o: Value
        switch other {
        case .tuple: o = other
        case .object(let n as PyNamedTuple): o = .tuple(n.tuple)
        default: return nil
        }
        return try interp.truthy(try interp.compare(op, .tuple(tuple), o))
    }

    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        let o: Value
        switch other {
        case .object(let n as PyNamedTuple): o = .tuple(n.tuple)
        default: o = other
        }
        return reflected ? try interp.binary(op, o, .tuple(tuple)) : try interp.binary(op, .tuple(tuple), o)
    }
}
