import Engine

extension TorchLibrary {
    static func installTorchFunctions(_ torch: PyModule) {
        func fn(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
            torch.attributes[name] = .builtin(PyBuiltin(name, body))
        }
        torch.attributes["float32"] = .object(DTypeObject.of(.float32))
        torch.attributes["float"] = torch.attributes["float32"]
        torch.attributes["float64"] = .object(DTypeObject.of(.float64))
        torch.attributes["double"] = torch.attributes["float64"]
        torch.attributes["float16"] = .object(DTypeObject.of(.float16))
        torch.attributes["half"] = torch.attributes["float16"]
        torch.attributes["int64"] = .object(DTypeObject.of(.int64))
        torch.attributes["long"] = torch.attributes["int64"]
        torch.attributes["int32"] = .object(DTypeObject.of(.int32))
        torch.attributes["int"] = torch.attributes["int32"]
        torch.attributes["bool"] = .object(DTypeObject.of(.bool))
        torch.attributes["Tensor"] = .type(TensorObject.tensorClass)
        torch.attributes["Size"] = .type(SizeObject.sizeClass)
        torch.attributes["dtype"] = .type(DTypeObject.dtypeClass)
        fn("get_default_dtype") { _, args in
            _ = try args.positionalOnly("get_default_dtype", 0...0)
            return .object(DTypeObject.of(.float32))
        }
        torch.attributes["pi"] = .float(Double.pi)
        torch.attributes["__version__"] = .str("2.15.0+cpu")
        torch.attributes["no_grad"] = .type(GradModeObject.noGradClass)
        fn("tensor") { interp, args in
            let a = try args.bind("tensor", ["data", "dtype", "device", "requires_grad", "pin_memory"], required: 1)
            let requiresGrad = try a[3].map { try interp.truthy($0) } ?? false
            return wrap(try makeTensor(a[0]!, dtype: try dtype(a[1]), requiresGrad: requiresGrad, interp))
        }
        fn("as_tensor") { interp, args in
            let a = try args.bind("as_tensor", ["data", "dtype", "device"], required: 1)
            let dt = try dtype(a[1])
            if case .object(let t as TensorObject) = a[0]! {
                // shares the tensor (no copy) unless another dtype is asked for
                guard let dt, dt != t.tensor.dtype else { return a[0]! }
                return wrap(t.tensor.to(dt))
            }
            return wrap(try makeTensor(a[0]!, dtype: dt, requiresGrad: false, interp))
        }
        fn("is_tensor") { _, args in
            let a = try args.positionalOnly("is_tensor", 1...1)
            if case .object(is TensorObject) = a[0] { return .bool(true) }
            return .bool(false)
        }
        for name in ["zeros", "ones"] {
            fn(name) { interp, args in
                let a = try Arguments([], keywords: args.keywords).bind(name, ["size", "dtype", "device", "requires_grad"])
                var sizes: [Int]
                if args.positional.count == 1, case .object = args.positional[0] {
                    sizes = try shape(args.positional[0], interp)
                } else if args.positional.count == 1, !args.positional[0].isNumber {
                    sizes = try interp.collect(args.positional[0]).map { try interp.toInt($0, name) }
                } else if let s = a[0], args.positional.isEmpty {
                    sizes = try interp.collect(s).map { try interp.toInt($0, name) }
                } else {
                    sizes = try args.positional.map { try interp.toInt($0, name) }
                }
                let dt = try dtype(a[1]) ?? .float32
                if name == "zeros", sizes.contains(where: { $0 < 0 }) {
                    throw PyError("RuntimeError", "zeros: Dimension size must be non-negative.")
                }
                try Tensor.checkShape(sizes, dtype: dt)
                let t = name == "zeros" ? Tensor.zeros(sizes, dtype: dt) : Tensor.ones(sizes, dtype: dt)
                if let rg = a[3], try interp.truthy(rg) { try t.setRequiresGrad(true) }
                return wrap(t)
            }
        }
        for name in ["zeros_like", "ones_like"] {
            fn(name) { interp, args in
                let a = try args.bind(name, ["input", "dtype", "requires_grad"], required: 1)
                let t = try tensor(a[0]!)
                var out = name == "zeros_like" ? t.zerosLike() : t.onesLike()
                if let dt = try dtype(a[1]) { out = out.to(dt) }
                if let rg = a[2], try interp.truthy(rg) { try out.setRequiresGrad(true) }
                return wrap(out)
            }
        }
        fn("full") { interp, args in
            let a = try args.bind("full", ["size", "fill_value", "dtype", "requires_grad"], required: 2)
            let sizes = try interp.collect(a[0]!).map { try interp.toInt($0, "full") }
            guard let s = scalar(a[1]!) else { throw PyError("TypeError", "full(): argument 'fill_value' must be Number, not \(a[1]!.typeName)") }
            let dt = try dtype(a[2])
            try Tensor.checkShape(sizes, dtype: dt ?? s.dtype)
            try checkFits(s, dt ?? s.dtype)
            let t = Tensor.full(sizes, value: s, dtype: dt)
            if let rg = a[3], try interp.truthy(rg) { try t.setRequiresGrad(true) }
            return wrap(t)
        }
        fn("linspace") { interp, args in
            let a = try args.bind("linspace", ["start", "end", "steps", "dtype", "requires_grad"], required: 3)
            let t = try Tensor.linspace(try interp.toDouble(a[0]!), try interp.toDouble(a[1]!), steps: try interp.toInt(a[2]!, "linspace"),
                                        dtype: try dtype(a[3]) ?? .float32)
            if let rg = a[4], try interp.truthy(rg) { try t.setRequiresGrad(true) }
            return wrap(t)
        }
        fn("logspace") { interp, args in
            let a = try args.bind("logspace", ["start", "end", "steps", "base", "dtype", "requires_grad"], required: 3)
            let t = try Tensor.logspace(try interp.toDouble(a[0]!), try interp.toDouble(a[1]!), steps: try interp.toInt(a[2]!, "logspace"),
                                        base: try a[3].map { try interp.toDouble($0) } ?? 10, dtype: try dtype(a[4]) ?? .float32)
            if let rg = a[5], try interp.truthy(rg) { try t.setRequiresGrad(true) }
            return wrap(t)
        }
        fn("arange") { interp, args in
            let a = try Arguments([], keywords: args.keywords).bind("arange", ["start", "end", "step", "dtype", "requires_grad"])
            var p = args.positional
            for (i, v) in a.prefix(3).enumerated() where v != nil { if p.count <= i { p.append(v!) } }
            guard !p.isEmpty, p.count <= 3 else { throw PyError("TypeError", "arange() received an invalid combination of arguments") }
            let s = try p.map { v -> Scalar in
                guard let s = scalar(v) else { throw PyError("TypeError", "arange(): argument 'end' must be Number, not \(v.typeName)") }
                return s
            }
            let t: Tensor
            let dt = try dtype(a[3])
            switch s.count {
            case 1: t = try Tensor.arange(.int(0), s[0], dtype: dt)
            case 2: t = try Tensor.arange(s[0], s[1], dtype: dt)
            default: t = try Tensor.arange(s[0], s[1], step: s[2], dtype: dt)
            }
            if let rg = a[4], try interp.truthy(rg) { try t.setRequiresGrad(true) }
            return wrap(t)
        }
        fn("meshgrid") { interp, args in
            let a = try Arguments([], keywords: args.keywords).bind("meshgrid", ["indexing"])
            var inputs = args.positional
            if inputs.count == 1, !(isTensor(inputs[0])) { inputs = try interp.collect(inputs[0]) }
            var indexing = "ij"
            if let i = a[0], case .str(let s) = i { indexing = s }
            let out = try Tensor.meshgrid(try inputs.map { try tensor($0, "tensors") }, indexing: indexing)
            return .tuple(PyTuple.of(out.map(wrap)))
        }
        installTensorFunctions(torch)
        fn("pow") { interp, args in
            let a = try args.bind("pow", ["input", "exponent"], required: 2)
            if case .object(let t as TensorObject) = a[0]! {
                return try callTensorMethod(t, "pow", Arguments([a[1]!]), interp)
            }
            return try binary(.pow, a[0]!, a[1]!, interp)
        }
        for (name, op) in [("add", BinaryOp.add), ("sub", .sub), ("mul", .mul), ("div", .div)] {
            fn(name) { interp, args in try writingOut(name, args, interp) { args in
                if op == .add || op == .sub, case .object(let t as TensorObject)? = args.positional.first {
                    var rest = args
                    rest.positional.removeFirst()
                    return try callTensorMethod(t, name, rest, interp)
                }
                let a = try args.bind(name, ["input", "other"], required: 2)
                return try binary(op, a[0]!, a[1]!, interp)
            } }
        }
    }

    static func isTensor(_ v: Value) -> Bool {
        if case .object(is TensorObject) = v { return true }
        return false
    }

    static func scalar(_ v: Value) -> Scalar? {
        switch v {
        case .int(let i): return .int(i)
        case .float(let d): return .double(d)
        case .bool(let b): return .bool(b)
        case .object(let t as TensorObject):
            guard t.tensor.count == 1, let x = try? t.tensor.item() else { return nil }
            return t.tensor.dtype.isIntegral ? .int(Int(exactly: x) ?? Int.max) : .double(x)
        default: return nil
        }
    }

    static func shape(_ v: Value, _ interp: Interpreter) throws -> [Int] {
        if case .object(let s as SizeObject) = v { return s.sizes }
        return try interp.collect(v).map { try interp.toInt($0, "size") }
    }

    /// `torch.tensor(data)`: nested lists of numbers, with PyTorch's dtype inference.
    static func makeTensor(_ data: Value, dtype: DType?, requiresGrad: Bool, _ interp: Interpreter) throws -> Tensor {
        var values: [Double] = []
        var shape: [Int] = []
        // torch's `infer_scalar_type`: Python bools, ints and floats are bool, int64 and the
        // default float32; a 0-d tensor brings its own dtype; all promoted together.
        var inferred: DType?
        func note(_ d: DType) { inferred = inferred.map { DType.promoteTypes($0, d) } ?? d }
        var sawAny = false
        func walk(_ v: Value, depth: Int) throws {
            switch v {
            case .list, .tuple:
                let items = try interp.collect(v)
                if depth == shape.count {
                    if sawAny && depth > 0 {
                        throw PyError("ValueError", "expected sequence of length \(shape.count) at dim \(depth) (got \(items.count))")
                    }
                    shape.append(items.count)
                    // torch's `compute_sizes` stops at MAX_DIMS = 128 nested sequences.
                    if shape.count > 128 { throw PyError("ValueError", "too many dimensions '\(v.typeName)'") }
                } else if depth < shape.count, shape[depth] != items.count {
                    throw PyError("ValueError", "expected sequence of length \(shape[depth]) at dim \(depth) (got \(items.count))")
                }
                for item in items { try walk(item, depth: depth + 1) }
            case .bool(let b):
                try leaf(depth); note(.bool); values.append(b ? 1 : 0)
            case .int(let i):
                try leaf(depth); note(.int64); values.append(Double(i))
            case .float(let d):
                try leaf(depth); note(.float32); values.append(d)
            case .object(let t as TensorObject) where t.tensor.count == 1 && t.tensor.rank == 0:
                try leaf(depth)
                note(t.tensor.dtype)
                values.append(try t.tensor.item())
            default:
                throw PyError("TypeError", "new(): invalid data type '\(v.typeName)'")
            }
        }
        func leaf(_ depth: Int) throws {
            if depth != shape.count {
                throw PyError("ValueError", "expected sequence of length \(shape.count > depth ? shape[depth] : 0) at dim \(depth) (got 0)")
            }
            sawAny = true
        }
        if case .object(let t as TensorObject) = data {
            var out = t.tensor.detach()
            if let dtype { out = out.to(dtype) }
            if requiresGrad { try out.setRequiresGrad(true) }
            return out
        }
        try walk(data, depth: 0)
        let dt = dtype ?? inferred ?? .float32
        if dt == .int32 {
            for v in values { try checkFits(.double(v), .int32, typeName: "int32") }
        }
        if requiresGrad && !dt.isFloatingPoint {
            throw PyError("RuntimeError", "Only Tensors of floating point and complex dtype can require gradients")
        }
        if shape.isEmpty, let v = values.first {
            return Tensor(v, dtype: dt, requiresGrad: requiresGrad)
        }
        return try Tensor(values, shape: shape, dtype: dt, requiresGrad: requiresGrad)
    }
}
