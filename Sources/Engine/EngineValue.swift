/// A Python-like value passed to or read from engine objects: constructor arguments of
/// optimizers and schedulers, and entries of `param_groups`.
public indirect enum EngineValue {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case none
    case list([EngineValue])
    case tuple([EngineValue])
    case tensor(Tensor)
    case optimizer(any Optimizer)
    case scheduler(any LRScheduler)

    /// Numeric value (ints, floats, bools as Python coerces them), else nil.
    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .tensor(let t): return t.count == 1 ? t.value(at: 0) : nil
        default: return nil
        }
    }

    /// Python's type name, for error messages.
    public var typeName: String {
        switch self {
        case .int: return "int"
        case .double: return "float"
        case .bool: return "bool"
        case .string: return "str"
        case .none: return "NoneType"
        case .list: return "list"
        case .tuple: return "tuple"
        case .tensor: return "Tensor"
        case .optimizer(let o): return o.name
        case .scheduler(let s): return s.name
        }
    }

    /// Python's `repr` of the value (`0.001`, `(0.9, 0.999)`, `None`, `True`).
    public var repr: String {
        switch self {
        case .int(let i): return String(i)
        case .double(let d): return EngineValue.pythonFloatRepr(d)
        case .bool(let b): return b ? "True" : "False"
        case .string(let s): return "'\(s)'"
        case .none: return "None"
        case .list(let items): return "[" + items.map(\.repr).joined(separator: ", ") + "]"
        case .tuple(let items):
            return items.count == 1 ? "(\(items[0].repr),)" : "(" + items.map(\.repr).joined(separator: ", ") + ")"
        case .tensor(let t): return "tensor(\(t.values))"
        case .optimizer(let o): return "<\(o.name)>"
        case .scheduler(let s): return "<\(s.name)>"
        }
    }

    /// CPython's `repr(float)`: shortest round-trip digits, exponent from 1e16 and below 1e-4.
    public static func pythonFloatRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description gives shortest round-trip digits; re-layout as Python does.
        var text = "\(d)"
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        var mantissa = text, exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e])
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits = String(mantissa.filter { $0 != "." })
        let pointIndex = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var decimalExponent = pointIndex + exponent // position of the decimal point in digits
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); decimalExponent -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        let sciExponent = decimalExponent - 1
        var out: String
        if sciExponent < -4 || sciExponent >= 16 {
            let rest = digits.dropFirst()
            out = String(digits.first!) + (rest.isEmpty ? "" : "." + rest)
            out += "e" + (sciExponent < 0 ? "-" : "+") + (abs(sciExponent) < 10 ? "0" : "") + String(abs(sciExponent))
        } else if decimalExponent <= 0 {
            out = "0." + String(repeating: "0", count: -decimalExponent) + digits
        } else if decimalExponent >= digits.count {
            out = digits + String(repeating: "0", count: decimalExponent - digits.count) + ".0"
        } else {
            let i = digits.index(digits.startIndex, offsetBy: decimalExponent)
            out = digits[..<i] + "." + digits[i...]
        }
        return negative ? "-" + out : out
    }
}

extension EngineValue {
    /// This value with every tensor in it (at any depth of lists and tuples) replaced by
    /// `mapping`'s result.
    func mappingTensors(_ mapping: (Tensor) throws -> Tensor) rethrows -> EngineValue {
        switch self {
        case .tensor(let t): return .tensor(try mapping(t))
        case .list(let items): return .list(try items.map { try $0.mappingTensors(mapping) })
        case .tuple(let items): return .tuple(try items.map { try $0.mappingTensors(mapping) })
        default: return self
        }
    }
}
