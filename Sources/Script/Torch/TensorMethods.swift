import Engine

extension TorchLibrary {
    static let tensorMethodNames = [
        "item", "zero_", "detach", "backward", "requires_grad_", "sum", "mean", "abs", "sin", "cos", "exp", "log",
        "sqrt", "neg", "sign", "reciprocal", "pow", "clone", "size", "dim", "numel", "nelement", "float", "double", "long", "to",
        "reshape", "view", "fill_", "add_", "sub_", "mul_", "div_", "copy_", "tolist", "add", "sub", "mul", "div",
        "retain_grad", "is_floating_point", "_is_view", "is_inference", "square", "max", "min", "argmax", "argmin",
    ] + shapeMethodNames + reductionMethodNames + mathMethodNames + specialMethodNames + orderMethodNames + arrangeMethodNames
    static let tensorMethodNameSet = Set(tensorMethodNames)

    static let tensorPropertyNames = ["grad", "data", "requires_grad", "shape", "dtype", "is_leaf", "grad_fn", "ndim", "T", "mT", "H", "mH", "device", "is_cuda", "_base", "output_nr", "retains_grad"]

    /// torch's warning on reading `.grad` of a non-leaf that does not retain it.
    static let nonLeafGradWarning = "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at /__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:488.)"

    static func tensorAttributeNames(_ t: TensorObject) -> [String] {
        (tensorMethodNames + randomTensorMethodNames + tensorPropertyNames).sorted()
    }

    static func tensorAttribute(_ t: TensorObject, _ name: String, _ interp: Interpreter) throws -> Value? {
        let tensor = t.tensor
        switch name {
        case "grad":
            if let g = t.storage.grad { return wrap(g) }
            if !t.isDataView, !tensor.isLeaf, !tensor.retainsGrad { interp.warn("UserWarning", nonLeafGradWarning) }
            return Value.none
        case "retains_grad": return .bool(!t.isDataView && !tensor.isLeaf && tensor.retainsGrad)
        case "data": return .object(TensorObject(dataOf: t.storage))
        case "requires_grad": return .bool(tensor.requiresGrad)
        case "shape": return .object(SizeObject(tensor.shape))
        case "dtype": return .object(DTypeObject.of(tensor.dtype))
        case "is_leaf":
            if let refusal = tensor.gradFnRefusal { throw PyError("RuntimeError", refusal) }
            return .bool(tensor.isLeaf)
        case "grad_fn":
            if let refusal = tensor.gradFnRefusal { throw PyError("RuntimeError", refusal) }
            return tensor.gradNode.map { GradFnObject.value(of: $0) } ?? Value.none
        case "ndim": return .int(tensor.rank)
        case "_base": return t.isDataView ? Value.none : t.storage.viewBase.map(wrap) ?? Value.none
        case "output_nr": return .int(t.storage.gradOutputNr)
        case "_version": return .int(t.storage.version)
        case "device": return .object(DeviceObject.cpu)
        case "is_cuda": return .bool(false)
        case "T":
            if tensor.rank == 0 {
                interp.warn("UserWarning", "Tensor.T is deprecated on 0-D tensors. This function is the identity in these cases. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4313.)", once: true)
            } else if tensor.rank != 2 {
                interp.warn("UserWarning", "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4306.)", once: true)
            }
            let reversed = Array((0..<tensor.rank).reversed())
            return wrap(try viewing(tensor, sameOrder: tensor.rank < 2) { try $0.permute(reversed) })
        case "mT", "mH":
            guard tensor.rank >= 2 else {
                throw PyError("RuntimeError", "tensor.\(name) is only supported on matrices or batches of matrices. Got \(tensor.rank)-D tensor.")
            }
            return wrap(try viewing(tensor) { try $0.batchTransposedView() })
        case "H":
            if tensor.rank == 0 {
                interp.warn("UserWarning", "Tensor.H is deprecated on 0-D tensors. Consider using x.conj(). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4328.)", once: true)
                return .object(t)
            }
            guard tensor.rank == 2 else {
                throw PyError("RuntimeError", "tensor.H is only supported on matrices (2-D tensors). Got \(tensor.rank)-D tensor.\(tensor.rank > 2 ? " For batches of matrices, consider using tensor.mH" : "")")
            }
            return wrap(try viewing(tensor) { try $0.batchTransposedView() })
        default:
            if randomTensorMethodNames.contains(name) {
                return .builtin(PyBuiltin(name, boundSelf: .object(t)) { interp, args in
                    try callRandomTensorMethod(t, name, args, interp)
                })
            }
            guard tensorMethodNameSet.contains(name) else { return nil }
            return .builtin(PyBuiltin(name, boundSelf: .object(t)) { interp, args in
                try callTensorMethod(t, name, args, interp)
            })
        }
    }

    static func setTensorAttribute(_ t: TensorObject, _ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        switch name {
        case "data":
            guard case .object(let o as TensorObject) = value else {
                throw PyError("TypeError", "Variable data has to be a tensor, but got \(value.typeName)")
            }
            t.storage.setData(o.tensor.detach())
            return true
        case "grad":
            if value.isNone { t.storage.grad = nil; return true }
            let g = try tensor(value, "grad")
            guard g.shape == t.tensor.shape else {
                throw PyError("RuntimeError", "assigned grad has data of a different size")
            }
            t.storage.grad = g
            return true
        case "requires_grad":
            try t.storage.setRequiresGrad(try interp.truthy(value))
            return true
        default:
            if tensorMethodNames.contains(name) || tensorPropertyNames.contains(name) {
                throw PyError("AttributeError", "attribute '\(name)' of 'torch._C.TensorBase' objects is not writable")
            }
            throw PyError("AttributeError", "'Tensor' object has no attribute '\(name)'")
        }
    }

    static func callTensorMethod(_ t: TensorObject, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        let tensor = t.tensor
        // The methods of every training loop first, before the long name switches.
        switch name {
        case "item":
            _ = try args.positionalOnly("item", 0...0)
            let v = try tensor.item()
            switch tensor.dtype {
            case .int64, .int32: return .int(Int(exactly: v) ?? Int.max)
            case .bool: return .bool(v != 0)
            default: return .float(v)
            }
        case "backward":
            let a = try args.bind("backward", ["gradient", "retain_graph", "create_graph", "inputs"])
            try refuseCreateGraph(a[2], interp)
            var gradient: Tensor?
            if let g = a[0], !g.isNone { gradient = try TorchLibrary.tensor(g, "gradient") }
            let retain = try a[1].map { try interp.truthy($0) } ?? false
            try tensor.backward(gradient: gradient, retainGraph: retain)
            return .none
        case "zero_":
            try t.mutate { try $0.zero() }
            return .object(t)
        default: break
        }
        if let v = try shapeMethod(t, name, args, interp) { return v }
        if let v = try reductionMethod(t, name, args, interp) { return v }
        if let v = try mathMethod(t, name, args, interp) { return v }
        if let v = try specialMethod(t, name, args, interp) { return v }
        switch name {
        case "tolist":
            func build(_ values: ArraySlice<Double>, _ shape: ArraySlice<Int>) -> Value {
                guard let n = shape.first else {
                    let v = values.first ?? 0
                    switch tensor.dtype {
                    case .int64, .int32: return .int(Int(exactly: v) ?? Int.max)
                    case .bool: return .bool(v != 0)
                    default: return .float(v)
                    }
                }
                let stride = shape.dropFirst().reduce(1, *)
                return .list(PyList((0..<n).map { i in
                    build(values[(values.startIndex + i * stride)..<(values.startIndex + (i + 1) * stride)], shape.dropFirst())
                }))
            }
            return build(ArraySlice(tensor.values), ArraySlice(tensor.shape))
        case "fill_":
            let a = try args.positionalOnly("fill_", 1...1)
            if case .object(let v as TensorObject) = a[0] {
                try t.mutate { try $0.fill(tensor: v.tensor) }
                return .object(t)
            }
            guard let s = scalar(a[0]) else { throw PyError("TypeError", "fill_(): argument 'value' must be Number, not \(a[0].typeName)") }
            try checkFits(s, tensor.dtype)
            try t.mutate { try $0.fill(s) }
            return .object(t)
        case "copy_":
            let a = try args.positionalOnly("copy_", 1...1)
            let source = try TorchLibrary.tensor(a[0], "src")
            try t.mutate { try $0.copy(from: source) }
            return .object(t)
        case "add_", "sub_", "mul_", "div_":
            let a = try args.bind(name, ["other", "alpha"], required: 1)
            var other = a[0]!
            if (name == "add_" || name == "sub_"), let alpha = a[1], case .object(let o as TensorObject) = other, let k = scalar(alpha) {
                try t.mutate { try $0.applyScaledSum(o.tensor, alpha: name == "sub_" ? -k.doubleValue : k.doubleValue) }
                return try checked(.object(t))
            }
            if let alpha = a[1] { other = try binary(.mul, other, alpha, interp) }
            let op: BinaryOp = name == "add_" ? .add : name == "sub_" ? .sub : name == "mul_" ? .mul : .div
            return try inPlace(op, t, other, interp)
        case "add", "sub", "mul", "div":
            let a = try args.bind(name, ["other", "alpha"], required: 1)
            var other = a[0]!
            if (name == "add" || name == "sub"), let alpha = a[1], case .object(let o as TensorObject) = other, let k = scalar(alpha) {
                return try checked(wrap(try Tensor.scaledSum(tensor, o.tensor, alpha: name == "sub" ? -k.doubleValue : k.doubleValue)))
            }
            if let alpha = a[1] { other = try binary(.mul, other, alpha, interp) }
            let op: BinaryOp = name == "add" ? .add : name == "sub" ? .sub : name == "mul" ? .mul : .div
            return try binary(op, .object(t), other, interp)
        case "detach": return wrap(try viewing(tensor, sameOrder: true, differentiable: false) { $0.detach() })
        case "clone": return wrap(tensor.clone())
        case "retain_grad":
            _ = try args.positionalOnly("retain_grad", 0...0)
            if !t.isDataView { try tensor.retainGrad() } else if !tensor.requiresGrad {
                throw PyError("RuntimeError", "can't retain_grad on Tensor that has requires_grad=False")
            }
            return .none
        case "requires_grad_":
            let a = try args.bind("requires_grad_", ["requires_grad"])
            try t.storage.setRequiresGrad(try a[0].map { try interp.truthy($0) } ?? true)
            return .object(t)
        case "abs": return wrap(tensor.abs())
        case "sin": return wrap(tensor.sin())
        case "cos": return wrap(tensor.cos())
        case "exp": return wrap(tensor.exp())
        case "log": return wrap(tensor.log())
        case "sqrt": return wrap(tensor.sqrt())
        case "neg": return wrap(tensor.neg())
        case "sign": return wrap(tensor.sign())
        case "reciprocal": return wrap(tensor.reciprocal())
        case "square": return try binary(.pow, .object(t), .int(2), interp)
        case "pow":
            let a = try args.bind("pow", ["exponent"], required: 1)
            return try binary(.pow, .object(t), a[0]!, interp)
        case "size":
            let a = try args.bind("size", ["dim"])
            if let d = a[0] {
                let dim = try interp.toInt(d, "size")
                let n = tensor.rank
                guard dim >= -n && dim < n else {
                    throw PyError("IndexError", "Dimension out of range (expected to be in range of [\(-max(n, 1)), \(max(n, 1) - 1)], but got \(dim))")
                }
                return .int(tensor.shape[dim < 0 ? dim + n : dim])
            }
            return .object(SizeObject(tensor.shape))
        case "dim": return .int(tensor.rank)
        case "numel", "nelement":
            _ = try args.positionalOnly(name, 0...0)
            return .int(tensor.count)
        case "is_floating_point": return .bool(tensor.dtype.isFloatingPoint)
        case "_is_view":
            _ = try args.positionalOnly("_is_view", 0...0)
            return .bool(!t.isDataView && t.storage.viewBase != nil)
        case "is_inference":
            _ = try args.positionalOnly("is_inference", 0...0)
            return .bool(t.storage.isInference)
        case "float": return wrap(tensor.to(.float32))
        case "double": return wrap(tensor.to(.float64))
        case "long": return wrap(tensor.to(.int64))
        default:
            if let v = try orderMethod(t, name, args, interp) { return v }
            if let v = try arrangeMethod(t, name, args, interp) { return v }
            throw PyError("AttributeError", "'Tensor' object has no attribute '\(name)'")
        }
    }
}
