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

    init(_ interp: Interpreter) { self.interp = interp }

    mutating func encode(_ v: Value) throws -> String {
        var out = ""
        try encode(v, level: 0, into: &out)
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

    private mutating func encode(_ v: Value, level: Int, into out: inout String) throws {
        switch v {
        case .none: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .object(let b as PyBigInt): out += try interp.repr(.object(b))
        case .float(let d): out += try floatText(d)
        case .str(let s): out += quoted(s)
        case .list(let l): try encodeArray(l.items, id: ObjectIdentifier(l), level: level, into: &out)
        case .tuple(let t): try encodeArray(try interp.collect(.tuple(t)), id: ObjectIdentifier(t), level: level, into: &out)
        case .dict(let d): try encodeObject(d, level: level, into: &out)
        default:
            if let b = v.builtinValue {
                // Subclasses of int, float, str, list, tuple and dict encode as their base.
                return try encode(b, level: level, into: &out)
            }
            if case .object(let o as PyNamedTuple) = v {
                return try encodeArray(try interp.collect(v), id: ObjectIdentifier(o), level: level, into: &out)
            }
            guard let function = defaultFunction else {
                throw PyError("TypeError", "Object of type \(interp.classOf(v).name) is not JSON serializable")
            }
            guard case .object(let o) = v else { return try encode(try interp.call(function, Arguments([v])), level: level, into: &out) }
            try enter(ObjectIdentifier(o))
            try encode(try interp.call(function, Arguments([v])), level: level, into: &out)
            leave(ObjectIdentifier(o))
        }
    }

    private mutating func encodeArray(_ items: [Value], id: ObjectIdentifier, level: Int, into out: inout String) throws {
        if items.isEmpty { out += "[]"; return }
        try enter(id)
        out += "["
        let inner = level + 1
        let newline = indent.map { "\n" + String(repeating: $0, count: inner) }
        if let newline { out += newline }
        for (i, item) in items.enumerated() {
            if i > 0 { out += itemSeparator + (newline ?? "") }
            try encode(item, level: inner, into: &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += "]"
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

    private mutating func encodeObject(_ d: PyDict, level: Int, into out: inout String) throws {
        if d.count == 0 { out += "{}"; return }
        try enter(ObjectIdentifier(d))
        out += "{"
        let inner = level + 1
        let newline = indent.map { "\n" + String(repeating: $0, count: inner) }
        if let newline { out += newline }
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
            if !first { out += itemSeparator + (newline ?? "") }
            first = false
            out += quoted(key) + keySeparator
            try encode(v, level: inner, into: &out)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += "}"
        leave(ObjectIdentifier(d))
    }
}
