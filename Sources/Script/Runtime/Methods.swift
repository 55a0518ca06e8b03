/// Method lookup on core values: the method names of `str`, `list`, `dict`, `float` and `int`
/// (for "Did you mean" hints) and `method(obj, name)`, which binds a core value's method;
/// the methods themselves live in StrMethods, ListMethods and DictMethods.
extension Interpreter {
    static let strMethods = ["capitalize", "count", "endswith", "find", "format", "format_map", "index", "isalpha", "isdigit", "islower", "isspace", "isupper", "join", "ljust", "lower", "lstrip", "replace", "rfind", "rjust", "rstrip", "split", "startswith", "strip", "title", "upper", "zfill", "center", "splitlines", "removeprefix", "removesuffix", "isnumeric", "isalnum", "swapcase", "rsplit", "partition", "rpartition", "expandtabs", "rindex", "translate", "maketrans"] + strCaseMethods.filter { $0 != "title" }
    static let listMethods = ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"]
    static let dictMethods = ["clear", "copy", "get", "items", "keys", "pop", "setdefault", "update", "values", "popitem"]
    static let floatMethods = ["as_integer_ratio", "conjugate", "hex", "imag", "is_integer", "real"]
    static let intMethods = ["bit_length", "conjugate", "denominator", "imag", "numerator", "real"]

    func methodNames(of v: Value) -> [String] { Interpreter.methodNames(of: v) }

    /// The method names of a core value's type, for "Did you mean" hints.
    static func methodNames(of v: Value) -> [String] {
        switch v {
        case .str: return Interpreter.strMethods
        case .list: return Interpreter.listMethods
        case .dict: return Interpreter.dictMethods
        case .float: return Interpreter.floatMethods
        case .int, .bool: return Interpreter.intMethods
        case .tuple: return ["count", "index"]
        case .object(is TensorObject): return [] // torch.Tensor is a C type: no hint in 3.11
        default: return []
        }
    }

    /// A bound method or attribute of a core value, or nil.
    func method(_ obj: Value, _ name: String) throws -> Value? {
        func bound(_ body: @escaping (Interpreter, Arguments) throws -> Value) -> Value {
            .builtin(PyBuiltin(name, boundSelf: obj, body))
        }
        switch obj {
        case .str(let s):
            guard Interpreter.strMethods.contains(name) else { return nil }
            if name == "maketrans" { return .builtin(Interpreter.maketransFunction) }
            return bound { interp, args in try interp.strMethod(s, name, args) }
        case .list(let l):
            guard Interpreter.listMethods.contains(name) else { return nil }
            return bound { interp, args in try interp.listMethod(l, name, args) }
        case .dict(let d):
            if let flavor = d.flavor, let m = try flavor.attribute(name, of: d, self) { return m }
            if name == "fromkeys" { return DictFlavor.fromKeys(d.flavor?.kind) }
            guard Interpreter.dictMethods.contains(name) else { return nil }
            return bound { interp, args in try interp.dictMethod(d, name, args) }
        case .tuple(let t):
            switch name {
            case "count": return bound { interp, args in
                let a = try args.positionalOnly("count", 1...1)
                return .int(try t.filter { try interp.equals($0, a[0]) }.count)
            }
            case "index": return bound { interp, args in
                let a = try args.positionalOnly("index", 1...1)
                guard let i = try t.firstIndex(where: { try interp.equals($0, a[0]) }) else {
                    throw PyError("ValueError", "tuple.index(x): x not in tuple")
                }
                return .int(i)
            }
            default: return nil
            }
        case .float(let d):
            switch name {
            case "is_integer": return bound { _, args in _ = try args.positionalOnly("is_integer", 0...0); return .bool(d.isFinite && d == d.rounded()) }
            case "hex": return bound { _, args in _ = try args.positionalOnly("hex", 0...0); return .str(FloatHex.string(d)) }
            case "real": return obj
            case "imag": return .float(0)
            case "conjugate": return bound { _, _ in obj }
            default: return nil
            }
        case .int(let i):
            switch name {
            case "real", "numerator": return obj
            case "imag": return .int(0)
            case "denominator": return .int(1)
            case "bit_length": return bound { _, _ in .int(i == 0 ? 0 : Int.bitWidth - i.magnitude.leadingZeroBitCount) }
            case "conjugate": return bound { _, _ in obj }
            default: return nil
            }
        case .bool(let b):
            return try method(.int(b ? 1 : 0), name)
        default:
            return nil
        }
    }
}

extension Value {
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
