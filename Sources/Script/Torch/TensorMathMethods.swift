import Engine

/// Elementwise tensor methods beyond arithmetic (`relu`, `sigmoid`, `tanh`, `clamp`, rounding,
/// comparisons and logic), conversions (`int`, `bool`, `type`, `to`, `cpu`) and in-place forms.
extension TorchLibrary {
    static let mathMethodNames = [
        "relu", "sigmoid", "tanh", "clamp", "clip", "clamp_", "clip_", "log1p", "floor", "ceil", "round", "trunc", "frac",
        "relu_", "sigmoid_", "tanh_", "abs_", "neg_", "exp_", "log_", "sqrt_", "sin_", "cos_", "floor_", "ceil_", "round_",
        "pow_", "int", "bool", "type", "to", "cpu", "cuda", "type_as", "eq", "ne", "lt", "le", "gt", "ge", "logical_and",
        "logical_or", "logical_not", "logical_xor", "maximum", "minimum", "where", "allclose", "equal", "exp", "square_",
        "half", "element_size", "new_zeros", "new_ones", "new_tensor", "new_full", "fill_diagonal_", "zero_", "isnan",
        "isinf", "isfinite", "rsqrt", "softmax", "log_softmax", "sub", "div", "true_divide", "floor_divide", "remainder", "fmod", "addmm",
    ]

    static func mathMethod(_ t: TensorObject, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value? {
        let tensor = t.tensor
        func inPlace(_ op: (Tensor) throws -> Tensor) throws -> Value {
            try t.mutate { x in try x.adopt(op) }
            return .object(t)
        }
        switch name {
        case "relu": return wrap(tensor.relu())
        case "sigmoid": return wrap(tensor.sigmoid())
        case "tanh": return wrap(tensor.tanh())
        case "log1p": return wrap(tensor.log1p())
        case "floor", "ceil", "trunc", "frac": return wrap(tensor.rounded(name))
        case "round":
            let a = try args.bind("round", ["decimals"])
            if let d = try int(a[0], interp, "round") { return wrap(tensor.rounded(decimals: d)) }
            return wrap(tensor.rounded("round"))
        case "rsqrt": return wrap(tensor.rsqrt())
        case "clamp", "clip", "clamp_", "clip_":
            let a = try args.bind(name, ["min", "max"])
            func bound(_ v: Value?) throws -> Scalar? {
                guard let v, !v.isNone else { return nil }
                guard let s = scalar(v) else { throw PyError("TypeError", "\(name)(): argument 'min' must be Number, not \(v.typeName)") }
                return s
            }
            let lo = try bound(a[0]), hi = try bound(a[1])
            if name.hasSuffix("_") { return try inPlace { try $0.clamp(min: lo, max: hi) } }
            return wrap(try tensor.clamp(min: lo, max: hi))
        case "softmax", "log_softmax":
            let a = try args.bind(name, ["dim", "dtype"], required: 1)
            var input = tensor
            if let dt = try dtype(a[1]) { input = input.to(dt) }
            let dim = try interp.toInt(a[0]!, name)
            return wrap(name == "softmax" ? try input.softmax(dim: dim) : try input.logSoftmax(dim: dim))
        case "relu_": return try inPlace { $0.relu() }
        case "sigmoid_": return try inPlace { $0.sigmoid() }
        case "tanh_": return try inPlace { $0.tanh() }
        case "abs_": return try inPlace { $0.abs() }
        case "neg_": return try inPlace { $0.neg() }
        case "exp_": return try inPlace { $0.exp() }
        case "log_": return try inPlace { $0.log() }
        case "sqrt_": return try inPlace { $0.sqrt() }
        case "sin_": return try inPlace { $0.sin() }
        case "cos_": return try inPlace { $0.cos() }
        case "floor_", "ceil_", "round_": return try inPlace { $0.rounded(String(name.dropLast())) }
        case "square_": return try inPlace { try $0.pow(.int(2)) }
        case "pow_":
            let a = try args.bind("pow_", ["exponent"], required: 1)
            guard let e = operand(a[0]!) else { throw PyError("TypeError", "pow_(): argument 'exponent' must be Number") }
            return try inPlace { try Tensor.binary(.pow, .tensor($0), e) }
        case "int", "bool", "half":
            _ = try args.positionalOnly(name, 0...0)
            return wrap(tensor.to(name == "bool" ? .bool : name == "half" ? .float16 : .int32))
        case "type":
            let a = try args.bind("type", ["dtype", "non_blocking"])
            guard let d = a[0], !d.isNone else { return .str(tensorTypeName(tensor.dtype)) }
            if case .str(let s) = d {
                let map: [String: DType] = ["torch.FloatTensor": .float32, "torch.DoubleTensor": .float64, "torch.HalfTensor": .float16, "torch.LongTensor": .int64, "torch.IntTensor": .int32, "torch.BoolTensor": .bool]
                guard let dt = map[s] else { throw PyError("ValueError", "invalid type: '\(s)'") }
                return wrap(tensor.to(dt))
            }
            if case .type(let c) = d, let dt = legacyTypes[c.name] { return wrap(tensor.to(dt)) }
            return wrap(tensor.to(try dtype(d) ?? tensor.dtype))
        case "type_as":
            let a = try args.bind("type_as", ["other"], required: 1)
            return wrap(tensor.to(try TorchLibrary.tensor(a[0]!, "other").dtype))
        case "to":
            var target: DType?
            for v in args.positional + args.keywords.filter({ $0.0 == "dtype" || $0.0 == "device" }).map(\.1) {
                switch v {
                case .object(let d as DTypeObject): target = d.dtype
                case .object(let o as TensorObject): target = o.tensor.dtype
                case .str(let s): _ = try DeviceObject.parse(s)
                case .object(is DeviceObject), .none: break
                default: throw PyError("TypeError", "to() received an invalid combination of arguments - got (\(v.typeName), )")
                }
            }
            if let target { return wrap(tensor.to(target)) }
            return .object(t)
        case "cpu":
            return .object(t)
        case "cuda":
            throw PyError("AssertionError", "Torch not compiled with CUDA enabled")
        case "eq", "ne", "lt", "le", "gt", "ge":
            let a = try args.bind(name, ["other"], required: 1)
            let ops: [String: BinaryOperator] = ["eq": .eq, "ne": .ne, "lt": .lt, "le": .le, "gt": .gt, "ge": .ge]
            guard let o = operand(a[0]!) else { throw PyError("TypeError", "\(name)(): argument 'other' must be Tensor or Number") }
            return wrap(try Tensor.binary(ops[name]!, .tensor(tensor), o))
        case "logical_and", "logical_or", "logical_xor":
            let a = try args.bind(name, ["other"], required: 1)
            return wrap(try Tensor.logical(String(name.dropFirst(8)), tensor, try tensorOrNumber(a[0]!, name)))
        case "logical_not":
            return wrap(try Tensor.logical("not", tensor, nil))
        case "isnan": return wrap(tensor.withPredicate { $0.isNaN })
        case "isinf": return wrap(tensor.withPredicate { $0.isInfinite })
        case "isfinite": return wrap(tensor.withPredicate { $0.isFinite })
        case "maximum", "minimum":
            let a = try args.bind(name, ["other"], required: 1)
            return wrap(try Tensor.elementwiseExtremum(tensor, try TorchLibrary.tensor(a[0]!, "other"), max: name == "maximum"))
        case "where":
            let a = try args.bind("where", ["condition", "other"], required: 2)
            guard let o = operand(a[1]!) else { throw PyError("TypeError", "where(): argument 'other' must be Tensor") }
            return wrap(try Tensor.whereSelect(try TorchLibrary.tensor(a[0]!, "condition"), .tensor(tensor), o))
        case "allclose":
            let a = try args.bind("allclose", ["other", "rtol", "atol", "equal_nan"], required: 1)
            let other = try TorchLibrary.tensor(a[0]!, "other")
            let rtol = try a[1].map { try interp.toDouble($0) } ?? 1e-5, atol = try a[2].map { try interp.toDouble($0) } ?? 1e-8
            return .bool(try allClose(tensor, other, rtol: rtol, atol: atol, equalNaN: try bool(a[3], interp)))
        case "equal":
            let a = try args.bind("equal", ["other"], required: 1)
            let other = try TorchLibrary.tensor(a[0]!, "other")
            return .bool(tensor.shape == other.shape && tensor.values == other.values)
        case "element_size":
            return .int(tensor.dtype == .float32 || tensor.dtype == .int32 ? 4 : tensor.dtype == .bool ? 1 : tensor.dtype == .float16 ? 2 : 8)
        case "new_zeros", "new_ones":
            let a = try Arguments([], keywords: args.keywords).bind(name, ["size", "dtype", "device", "requires_grad"])
            let sz = a[0].map { try? shape($0, interp) } ?? nil
            let s = try sz ?? sizes(Arguments(args.positional), name, interp)
            return wrap(Tensor.full(s, value: .int(name == "new_zeros" ? 0 : 1), dtype: try dtype(a[1]) ?? tensor.dtype))
        case "new_full":
            let a = try args.bind(name, ["size", "fill_value", "dtype"], required: 2)
            guard let v = scalar(a[1]!) else { throw PyError("TypeError", "new_full(): argument 'fill_value' must be Number") }
            let dt = try dtype(a[2]) ?? tensor.dtype
            try checkFits(v, dt)
            return wrap(Tensor.full(try shape(a[0]!, interp), value: v, dtype: dt))
        case "new_tensor":
            let a = try args.bind(name, ["data", "dtype", "requires_grad"], required: 1)
            return wrap(try makeTensor(a[0]!, dtype: try dtype(a[1]) ?? tensor.dtype, requiresGrad: try bool(a[2], interp), interp))
        case "sub", "div", "true_divide":
            return nil
        case "floor_divide", "remainder", "fmod":
            let a = try args.bind(name, ["other"], required: 1)
            return try binary(name == "floor_divide" ? .floorDiv : .mod, .object(t), a[0]!, interp)
        case "addmm":
            let a = try args.bind("addmm", ["mat1", "mat2"], required: 2)
            return wrap(try Tensor.addmm(tensor, try TorchLibrary.tensor(a[0]!, "mat1"), try TorchLibrary.tensor(a[1]!, "mat2")))
        default:
            return nil
        }
    }

    static func allClose(_ a: Tensor, _ b: Tensor, rtol: Double, atol: Double, equalNaN: Bool) throws -> Bool {
        let shape = try Tensor.broadcastShapePublic(a.shape, b.shape)
        let x = try a.expandedPublic(to: shape).values, y = try b.expandedPublic(to: shape).values
        for i in 0..<x.count {
            if x[i].isNaN || y[i].isNaN { if !(equalNaN && x[i].isNaN && y[i].isNaN) { return false } else { continue } }
            if x[i] == y[i] { continue }
            if Swift.abs(x[i] - y[i]) > atol + rtol * Swift.abs(y[i]) { return false }
        }
        return true
    }

    /// `torch.FloatTensor` etc. as dtypes.
    static let legacyTypes: [String: DType] = ["FloatTensor": .float32, "DoubleTensor": .float64, "HalfTensor": .float16, "LongTensor": .int64, "IntTensor": .int32, "BoolTensor": .bool]
}
