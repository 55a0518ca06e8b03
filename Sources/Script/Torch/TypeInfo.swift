import Engine

/// `torch.iinfo(dtype)` / `torch.finfo(dtype)`: the numeric limits of a dtype, printed as
/// PyTorch prints them (each number with `%g`, as its C++ stream does).
final class TypeInfoObject: PyObject {
    let dtype: DType
    let isFloat: Bool
    init(dtype: DType) {
        self.dtype = dtype
        self.isFloat = dtype.isFloatingPoint
    }

    static let iinfoClass = PyClass("iinfo", module: "torch")
    static let finfoClass = PyClass("finfo", module: "torch")
    var pyClass: PyClass { isFloat ? TypeInfoObject.finfoClass : TypeInfoObject.iinfoClass }

    var bits: Int { dtype == .float32 || dtype == .int32 ? 32 : 64 }
    var dtypeName: String { String(dtype.torchName.dropFirst("torch.".count)) }

    /// The attributes, in the order `repr` lists them (`min`/`max` first for iinfo).
    func value(_ name: String) -> Value? {
        if !isFloat {
            let big = dtype == .int64
            switch name {
            case "bits": return .int(bits)
            case "min": return .int(big ? Int.min : Int(Int32.min))
            case "max": return .int(big ? Int.max : Int(Int32.max))
            case "dtype": return .str(dtypeName)
            default: return nil
            }
        }
        let single = dtype == .float32
        switch name {
        case "bits": return .int(bits)
        case "eps": return .float(single ? Double(Float.ulpOfOne) : Double.ulpOfOne)
        case "max": return .float(single ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude)
        case "min": return .float(single ? -Double(Float.greatestFiniteMagnitude) : -Double.greatestFiniteMagnitude)
        case "tiny", "smallest_normal": return .float(single ? Double(Float.leastNormalMagnitude) : Double.leastNormalMagnitude)
        case "resolution": return .float(single ? 1e-6 : 1e-15)
        case "dtype": return .str(dtypeName)
        default: return nil
        }
    }

    func repr(_ interp: Interpreter) throws -> String {
        func g(_ name: String) throws -> String {
            switch value(name) {
            case .int(let i)?: return try PyFormat.format(Double(i), spec: "g")
            case .float(let d)?: return try PyFormat.format(d, spec: "g")
            default: return ""
            }
        }
        if isFloat {
            let fields = try ["resolution", "min", "max", "eps", "smallest_normal", "tiny"].map { "\($0)=\(try g($0))" }
            return "finfo(" + fields.joined(separator: ", ") + ", dtype=\(dtypeName))"
        }
        return "iinfo(min=\(try g("min")), max=\(try g("max")), dtype=\(dtypeName))"
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { value(name) }
}

extension TorchLibrary {
    static func installTypeInfo(_ torch: PyModule) {
        torch.attributes["iinfo"] = .builtin(PyBuiltin("iinfo") { _, args in
            let a = try args.bind("iinfo", ["type"], required: 1)
            guard case .object(let d as DTypeObject) = a[0]! else {
                throw PyError("TypeError", "iinfo(): argument 'type' (position 1) must be torch.dtype, not \(a[0]!.typeName)")
            }
            if d.dtype == .bool { throw PyError("TypeError", "torch.bool is not supported by torch.iinfo") }
            guard !d.dtype.isFloatingPoint else {
                throw PyError("TypeError", "torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'")
            }
            return .object(TypeInfoObject(dtype: d.dtype))
        })
        torch.attributes["finfo"] = .builtin(PyBuiltin("finfo") { _, args in
            let a = try args.bind("finfo", ["type"])
            guard let v = a[0] else { return .object(TypeInfoObject(dtype: .float32)) }
            guard case .object(let d as DTypeObject) = v else {
                throw PyError("TypeError", "finfo(): argument 'type' (position 1) must be torch.dtype, not \(v.typeName)")
            }
            guard d.dtype.isFloatingPoint else {
                throw PyError("TypeError", "torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'")
            }
            return .object(TypeInfoObject(dtype: d.dtype))
        })
    }
}
