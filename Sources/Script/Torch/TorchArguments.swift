import Engine

/// Argument parsing shared by tensor methods and `torch.*` functions.
extension TorchLibrary {
    /// A `dim` argument: an int, a tuple/list of ints, or None (nil).
    static func dims(_ v: Value?, _ interp: Interpreter) throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        switch v {
        case .int, .bool: return [try interp.toInt(v, "dim")]
        case .list, .tuple: return try interp.collect(v).map { try interp.toInt($0, "dim") }
        case .object(let s as SizeObject): return s.sizes
        default:
            throw PyError("TypeError", "argument 'dim' must be tuple of ints, not \(v.typeName)")
        }
    }

    /// Sizes given as varargs (`view(2, 3)`) or as one sequence (`view((2, 3))`).
    static func sizes(_ args: Arguments, _ name: String, _ interp: Interpreter, keyword: String = "size") throws -> [Int] {
        if args.positional.isEmpty, let k = args.keywords.first(where: { $0.0 == keyword || $0.0 == "shape" || $0.0 == "dims" }) {
            return try shape(k.1, interp)
        }
        if args.positional.count == 1, !args.positional[0].isNumber {
            if case .object(let t as TensorObject) = args.positional[0], t.tensor.rank == 0 {
                return [Int(try t.tensor.item())]
            }
            return try shape(args.positional[0], interp)
        }
        return try args.positional.map { v in
            if case .object(let t as TensorObject) = v, t.tensor.count == 1 { return Int(try t.tensor.item()) }
            guard case .int = v.boolAsInt else {
                throw PyError("TypeError", "\(name)(): argument 'size' (position 1) must be tuple of ints, but found element of type \(v.typeName) at pos 0")
            }
            return try interp.toInt(v, name)
        }
    }

    static func bool(_ v: Value?, _ interp: Interpreter, default value: Bool = false) throws -> Bool {
        guard let v, !v.isNone else { return value }
        return try interp.truthy(v)
    }

    static func int(_ v: Value?, _ interp: Interpreter, _ name: String) throws -> Int? {
        guard let v, !v.isNone else { return nil }
        if case .object(let t as TensorObject) = v, t.tensor.count == 1 { return Int(try t.tensor.item()) }
        return try interp.toInt(v, name)
    }

    /// Refuses a fill value that an int32 tensor cannot hold, as `c10::checked_convert` does
    /// (`torch.full((2,), 2**31, dtype=torch.int32)`, `fill_`).
    static func checkFits(_ value: Scalar, _ dtype: DType, typeName: String = "int") throws {
        guard dtype == .int32 else { return }
        let v = value.doubleValue.rounded(.towardZero)
        if !(v >= -2147483648 && v < 2147483648) {
            throw PyError("RuntimeError", "value cannot be converted to type \(typeName) without overflow")
        }
    }

    /// A tensor argument, or a Python number made a 0-d tensor.
    static func tensorOrNumber(_ v: Value, _ name: String) throws -> Tensor {
        switch v {
        case .object(let t as TensorObject): return t.tensor
        case .int(let i): return Tensor(Double(i), dtype: .int64)
        case .float(let d): return Tensor(d, dtype: .float32)
        case .bool(let b): return Tensor(b ? 1 : 0, dtype: .bool)
        default: throw PyError("TypeError", "\(name)(): argument must be Tensor, not \(v.typeName)")
        }
    }

    static func tensors(_ v: Value, _ interp: Interpreter, _ name: String) throws -> [Tensor] {
        try interp.collect(v).map { item in
            guard case .object(let t as TensorObject) = item else {
                throw PyError("TypeError", "expected Tensor as element 0 in argument 0, but got \(item.typeName)")
            }
            return t.tensor
        }
    }
}

/// `torch.return_types.max(values=…, indices=…)`: a named pair that unpacks like a tuple.
final class ReturnTypesObject: TupleBacked {
    let name: String
    let values: Tensor
    let indices: Tensor
    init(_ name: String, _ values: Tensor, _ indices: Tensor) {
        self.name = name
        self.values = values
        self.indices = indices
    }
    var pyClass: PyClass { PyClass(name, module: "torch.return_types") }
    var tuple: Value { .tuple(PyTuple.of([TorchLibrary.wrap(values), TorchLibrary.wrap(indices)])) }
    func repr(_ interp: Interpreter) throws -> String {
        "torch.return_types.\(name)(\nvalues=\(TensorObject.describe(values)),\nindices=\(TensorObject.describe(indices)))"
    }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "values": return TorchLibrary.wrap(values)
        case "indices": return TorchLibrary.wrap(indices)
        default: return nil
        }
    }
}
