/// `json.dumps`: CPython 3.11's encoder (Lib/json/encoder.py) over the script's values:
/// the same separators, indentation, key conversions, escapes and errors.
struct JsonEncoder {
    let interp: Interpreter
    var indent: String?
    var itemSeparator = ", "
    var keySeparator = ": "
    var sortKeys = false
    var ensureASCII = true
    var allowNaN = true
    var skipKeys = false
    var checkCircular = true
    var defaultFunction: Value?
    private var markers: Set<ObjectIdentifier> = []
    /// Where `dump` sends each piece (`fp.write`); nil to collect the text (`dumps`).
    var writer: ((String) throws -> Void)?
    private var text = ""

    init(_ interp: Interpreter) { self.interp = interp }

    /// The whole JSON text of `v` (`dumps`: what CPython's one-shot C encoder returns, the
    /// same text as the pieces joined).
    mutating func encode(_ v: Value) throws -> String {
        text = ""
        try encode(v, level: 0)
        defer { text = "" }
        return text
    }

    /// Sends `v`'s JSON text to `writer` piece by piece (`dump`: CPython's `fp.write` of
    /// each chunk `iterencode` yields, so a write that counts its calls sees as many).
    mutating func stream(_ v: Value) throws {
        try encode(v, level: 0)
    }

    /// The pieces of `v`'s JSON text, as `JSONEncoder.iterencode` yields them.
    mutating func pieces(_ v: Value) throws -> [String] {
        var out: [String] = []
        writer = { out.append($0) }
        defer { writer = nil }
        try encode(v, level: 0)
        return out
    }

    /// `float.__repr__`, or `NaN`/`Infinity`/`-Infinity` (a ValueError without `allow_nan`).
    func floatText(_ d: Double) throws -> String {
        if d.isFinite { return PyFormat.repr(d) }
        if !allowNaN {
            throw PyError("ValueError", "Out of range float values are not JSON compliant")
        }
        return d.isNaN ? "NaN" : (d > 0 ? "Infinity" : "-Infinity")
    }

    /// A JSON string literal: `ensure_ascii` escapes every non-ASCII character (`\u00e9`,
    /// surrogate pairs beyond the BMP), else only `"`, `\` and control characters.
    func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if c.value < 0x20 || (ensureASCII && c.value > 0x7E) {
                    if c.value > 0xFFFF {
                        let v = c.value - 0x10000
                        out += JsonEncoder.hex4(0xD800 | (v >> 10)) + JsonEncoder.hex4(0xDC00 | (v & 0x3FF))
                    } else {
                        out += JsonEncoder.hex4(c.value)
                    }
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    private mutating func enter(_ id: ObjectIdentifier) throws {
        guard checkCircular else { return }
        if !markers.insert(id).inserted { throw PyError("ValueError", "Circular reference detected") }
    }

    private mutating func leave(_ id: ObjectIdentifier) {
        if checkCircular { markers.remove(id) }
    }

    /// Hands on one piece of output, as `_make_iterencode` yields it: to `writer` when
    /// there is one (`dump` writes each piece), else onto `text`.
    private mutating func emit(_ piece: String) throws {
        if let writer { try writer(piece) } else { text += piece }
    }

    /// The JSON text of a value that `_iterencode_list`/`_iterencode_dict` write in the same
    /// piece as what precedes it (strs, None, bools, ints, floats, and their subclasses);
    /// nil for containers and other objects.
    private func scalarText(_ v: Value) throws -> String? {
        switch v {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .object(let b as PyBigInt): return try interp.repr(.object(b))
        case .float(let d): return try floatText(d)
        case .str(let s): return quoted(s)
        case .list, .tuple, .dict: return nil
        default:
            guard let b = v.builtinValue else { return nil }
            switch b {
            case .list, .tuple, .dict: return nil
            default: return try scalarText(b)
            }
        }
    }

    /// `_iterencode`: any value.
    private mutating func encode(_ v: Value, level: Int) throws {
        if let scalar = try scalarText(v) { return try emit(scalar) }
        switch v {
        case .list(let l): try encodeArray(l.items, id: ObjectIdentifier(l), level: level)
        case .tuple(let t): try encodeArray(try interp.collect(.tuple(t)), id: ObjectIdentifier(t), level: level)
        case .dict(let d): try encodeObject(d, level: level)
        default:
            if let b = v.builtinValue {
                // Subclasses of list, tuple and dict encode as their base.
                return try encode(b, level: level)
            }
            if case .object(let o as PyNamedTuple) = v {
                return try encodeArray(try interp.collect(v), id: ObjectIdentifier(o), level: level)
            }
            guard let function = defaultFunction else {
                throw PyError("TypeError", "Object of type \(interp.classOf(v).name) is not JSON serializable")
            }
            guard case .object(let o) = v else { return try encode(try interp.call(function, Arguments([v])), level: level) }
            try enter(ObjectIdentifier(o))
            try encode(try interp.call(function, Arguments([v])), level: level)
            leave(ObjectIdentifier(o))
        }
    }

    /// `_iterencode_list`: `[` (and the first indent) goes with the first item's text, each
    /// separator with the next item's; a container item follows its separator as pieces of
    /// its own.
    private mutating func encodeArray(_ items: [Value], id: ObjectIdentifier, level: Int) throws {
        if items.isEmpty { return try emit("[]") }
        try enter(id)
        let inner = level + 1
        let newline = indent.map { "\n" + String(repeating: $0, count: inner) }
        var buffer = "[" + (newline ?? "")
        for (i, item) in items.enumerated() {
            if i > 0 { buffer = itemSeparator + (newline ?? "") }
            if let scalar = try scalarText(item) {
                try emit(buffer + scalar)
            } else {
                try emit(buffer)
                try encode(item, level: inner)
            }
        }
        if let indent { try emit("\n" + String(repeating: indent, count: level)) }
        try emit("]")
        leave(id)
    }

    /// A key as JSON has it: strs as they are; floats, bools, None and ints as their JSON text.
    private func keyText(_ k: Value) throws -> String? {
        switch k {
        case .str(let s): return s
        case .float(let d): return try floatText(d)
        case .bool(let b): return b ? "true" : "false"
        case .none: return "null"
        case .int(let i): return String(i)
        case .object(let b as PyBigInt): return try interp.repr(.object(b))
        default:
            if let b = k.builtinValue { return try keyText(b) }
            if skipKeys { return nil }
            throw PyError("TypeError", "keys must be str, int, float, bool or None, not \(interp.classOf(k).name)")
        }
    }

    /// `_iterencode_dict`: `{`, the indent, each separator, key, `: ` and scalar value are
    /// pieces of their own.
    private mutating func encodeObject(_ d: PyDict, level: Int) throws {
        if d.count == 0 { return try emit("{}") }
        try enter(ObjectIdentifier(d))
        try emit("{")
        let inner = level + 1
        let newline = indent.map { "\n" + String(repeating: $0, count: inner) }
        if let newline { try emit(newline) }
        var pairs: [(Value, Value)] = Array(d.pairs)
        if sortKeys {
            let items = pairs.map { Value.tuple(PyTuple.of([$0.0, $0.1])) }
            let sorted = try interp.call(interp.builtins["sorted"]!, Arguments([.list(PyList(items))]))
            pairs = try interp.collect(sorted).map { t in
                let kv = try interp.collect(t)
                return (kv[0], kv[1])
            }
        }
        var first = true
        for (k, v) in pairs {
            guard let key = try keyText(k) else { continue }
            if !first { try emit(itemSeparator + (newline ?? "")) }
            first = false
            try emit(quoted(key))
            try emit(keySeparator)
            if let scalar = try scalarText(v) { try emit(scalar) } else { try encode(v, level: inner) }
        }
        if let indent { try emit("\n" + String(repeating: indent, count: level)) }
        try emit("}")
        leave(ObjectIdentifier(d))
    }
}
