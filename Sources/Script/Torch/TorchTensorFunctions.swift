import Engine

/// `torch.*` functions over tensors: the method forms (`torch.sum(x, dim=0)` is
/// `x.sum(dim=0)`), joins (`cat`, `stack`), `where`, creation (`eye`, `empty`, `full_like`),
/// the CPU device API and the grad-mode context managers.
extension TorchLibrary {
    /// Functions that call the tensor method of the same name on their first argument.
    static let methodFunctionNames = [
        "sin", "cos", "exp", "log", "sqrt", "abs", "neg", "sign", "reciprocal", "sum", "mean", "clone", "detach", "square",
        "max", "min", "argmax", "argmin", "amax", "amin", "numel", "std", "var", "prod", "cumsum", "norm", "topk", "sort",
        "argsort", "unique", "flatten", "squeeze", "unsqueeze", "transpose", "permute", "reshape", "split", "chunk", "t",
        "relu", "sigmoid", "tanh", "clamp", "clip", "log1p", "floor", "ceil", "round", "trunc", "frac", "logical_and",
        "logical_or", "logical_not", "logical_xor", "maximum", "minimum", "allclose", "equal", "nonzero", "masked_fill",
        "index_select", "matmul", "mm", "bmm", "mv", "dot", "outer", "all", "any", "isnan", "isinf", "isfinite", "rsqrt",
        "repeat_interleave", "flip", "narrow", "unbind", "count_nonzero", "eq", "ne", "lt", "le", "gt", "ge", "floor_divide",
        "remainder", "fmod", "sub", "div", "true_divide", "gather", "cumprod",
        "atan", "asin", "acos", "arctan", "arcsin", "arccos", "sinh", "cosh", "erf", "erfc", "erfinv", "expm1", "atan2", "arctan2",
        "logsumexp", "median", "cummax", "cummin", "kthvalue", "mode", "tril", "triu", "diag", "diagonal", "fliplr", "flipud", "roll", "swapaxes", "swapdims", "movedim", "moveaxis",
        "unflatten", "index_add", "lerp", "nanmedian", "diag_embed", "logcumsumexp",
    ]

    static func installTensorFunctions(_ torch: PyModule) {
        func fn(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
            torch.attributes[name] = .builtin(PyBuiltin(name, body))
        }
        for name in methodFunctionNames {
            fn(name) { interp, args in try writingOut(name, args, interp) { args in
                var rest = args
                guard let input = rest.removeInput() else {
                    throw PyError("TypeError", "\(name)() missing 1 required positional arguments: \"input\"")
                }
                guard case .object(let t as TensorObject) = input else {
                    if ["sub", "div", "true_divide", "remainder", "fmod", "floor_divide"].contains(name), let b = rest.positional.first {
                        return try binary(name == "sub" ? .sub : name == "remainder" || name == "fmod" ? .mod : name == "floor_divide" ? .floorDiv : .div, input, b, interp)
                    }
                    throw PyError("TypeError", "\(name)(): argument 'input' (position 1) must be Tensor, not \(input.typeName)")
                }
                if name == "sub" || name == "div" || name == "true_divide" {
                    return try callTensorMethod(t, name == "true_divide" ? "div" : name, rest, interp)
                }
                return try callTensorMethod(t, name, rest, interp)
            } }
        }
        for name in ["cat", "concat", "concatenate"] {
            fn(name) { interp, args in
                let a = try args.bind(name, ["tensors", "dim"], required: 1)
                return wrap(try Tensor.cat(try tensors(a[0]!, interp, name), dim: try int(a[1], interp, name) ?? 0))
            }
        }
        fn("stack") { interp, args in
            let a = try args.bind("stack", ["tensors", "dim"], required: 1)
            return wrap(try Tensor.stack(try tensors(a[0]!, interp, "stack"), dim: try int(a[1], interp, "stack") ?? 0))
        }
        for (name, dim) in [("hstack", 1), ("vstack", 0)] {
            fn(name) { interp, args in
                let a = try args.bind(name, ["tensors"], required: 1)
                var ts = try tensors(a[0]!, interp, name)
                if name == "vstack" { ts = ts.map { $0.rank == 1 ? $0.unsqueeze(0) : $0 } }
                let d = name == "hstack" && ts.first?.rank == 1 ? 0 : dim
                return wrap(try Tensor.cat(ts, dim: d))
            }
        }
        fn("where") { interp, args in
            let a = try args.bind("where", ["condition", "input", "other"], required: 1)
            let cond = try tensor(a[0]!, "condition")
            guard let x = a[1], let y = a[2] else {
                let nz = cond.nonzero()
                return .tuple(PyTuple.of(try (0..<cond.rank).map { j in
                    wrap(try nz.index([.slice(start: nil, end: nil, step: 1), .int(j)]))
                }))
            }
            guard let ox = operand(x), let oy = operand(y) else { throw PyError("TypeError", "where(): arguments must be Tensor or Number") }
            return wrap(try Tensor.whereSelect(cond, ox, oy))
        }
        fn("addmm") { interp, args in
            let a = try args.bind("addmm", ["input", "mat1", "mat2", "beta", "alpha"], required: 3)
            return wrap(try Tensor.addmm(try tensor(a[0]!), try tensor(a[1]!, "mat1"), try tensor(a[2]!, "mat2")))
        }
        fn("eye") { interp, args in
            let a = try args.bind("eye", ["n", "m", "dtype", "device", "requires_grad"], required: 1)
            let n = try interp.toInt(a[0]!, "eye"), m = try int(a[1], interp, "eye") ?? n
            try Tensor.checkShape([n, m])
            var values = [Double](repeating: 0, count: n * m)
            for i in 0..<Swift.min(n, m) { values[i * m + i] = 1 }
            let t = try Tensor(values, shape: [n, m], dtype: try dtype(a[2]) ?? .float32)
            if try bool(a[4], interp) { try t.setRequiresGrad(true) }
            return wrap(t)
        }
        for name in ["empty", "zeros", "ones"] where name == "empty" {
            // Weakly: the module holds this function, so a strong capture would keep both alive.
            fn(name) { [weak torch] interp, args in
                guard let torch else { throw PyError("RuntimeError", "module 'torch' is gone") }
                return try callModuleFunction(torch, "zeros", args, interp)
            }
        }
        for name in ["empty_like", "full_like", "zeros_like", "ones_like"] {
            fn(name) { interp, args in
                let full = name == "full_like"
                let a = try args.bind(name, full ? ["input", "fill_value", "dtype", "device", "requires_grad"] : ["input", "dtype", "device", "requires_grad", "layout"], required: full ? 2 : 1)
                let t = try tensor(a[0]!)
                let value: Scalar = full ? (scalar(a[1]!) ?? .int(0)) : .int(name == "ones_like" ? 1 : 0)
                let dt = try dtype(full ? a[2] : a[1]) ?? t.dtype
                try checkFits(value, dt)
                let out = Tensor.full(t.shape, value: value, dtype: dt)
                if try bool(full ? a[4] : a[3], interp) { try out.setRequiresGrad(true) }
                return wrap(out)
            }
        }
        fn("numel") { _, args in
            let a = try args.positionalOnly("numel", 1...1)
            return .int(try tensor(a[0]).count)
        }
        fn("is_grad_enabled") { _, _ in .bool(GradMode.isEnabled) }
        fn("is_inference_mode_enabled") { _, args in
            _ = try args.positionalOnly("is_inference_mode_enabled", 0...0)
            return .bool(GradMode.isInferenceMode)
        }
        fn("set_grad_enabled") { interp, args in
            let a = try args.positionalOnly("set_grad_enabled", 1...1)
            GradMode.setEnabled(try interp.truthy(a[0]))
            return .none
        }
        fn("is_floating_point") { _, args in
            let a = try args.positionalOnly("is_floating_point", 1...1)
            return .bool(try tensor(a[0]).dtype.isFloatingPoint)
        }
        fn("device") { _, args in
            let a = try args.bind("device", ["type", "index"], required: 1)
            if case .object(let d as DeviceObject) = a[0]! { return .object(d) }
            guard case .str(let s) = a[0]! else { throw PyError("TypeError", "device() received an invalid combination of arguments") }
            return .object(try DeviceObject.parse(s))
        }
        let cuda = PyModule("torch.cuda", file: "/opt/torchenv/lib/python3.11/site-packages/torch/cuda/__init__.py")
        cuda.attributes["is_available"] = .builtin(PyBuiltin("is_available") { _, _ in .bool(false) })
        cuda.attributes["device_count"] = .builtin(PyBuiltin("device_count") { _, _ in .int(0) })
        cuda.attributes["manual_seed"] = .builtin(PyBuiltin("manual_seed") { _, _ in .none })
        cuda.attributes["manual_seed_all"] = .builtin(PyBuiltin("manual_seed_all") { _, _ in .none })
        torch.attributes["cuda"] = .object(cuda)
        let backends = PyModule("torch.backends", file: "/opt/torchenv/lib/python3.11/site-packages/torch/backends/__init__.py")
        let mps = PyModule("torch.backends.mps", file: "/opt/torchenv/lib/python3.11/site-packages/torch/backends/mps/__init__.py")
        mps.attributes["is_available"] = .builtin(PyBuiltin("is_available") { _, _ in .bool(false) })
        backends.attributes["mps"] = .object(mps)
        torch.attributes["backends"] = .object(backends)
        // `torch.accelerator` (PyTorch's "Learn the Basics" picks its device with it): the
        // reference torch is a CUDA build on a machine without a GPU, so the current
        // accelerator is `device(type='cuda')` and none is available.
        let accelerator = PyModule("torch.accelerator", file: "/opt/torchenv/lib/python3.11/site-packages/torch/accelerator/__init__.py")
        accelerator.attributes["is_available"] = .builtin(PyBuiltin("is_available") { _, args in
            _ = try args.positionalOnly("is_available", 0...0)
            return .bool(false)
        })
        accelerator.attributes["device_count"] = .builtin(PyBuiltin("device_count") { _, args in
            _ = try args.positionalOnly("device_count", 0...0)
            return .int(0)
        })
        accelerator.attributes["current_accelerator"] = .builtin(PyBuiltin("current_accelerator") { interp, args in
            let a = try args.bind("current_accelerator", ["check_available"])
            if let check = a[0], try interp.truthy(check) { return .none }
            return .object(DeviceObject("cuda", index: nil))
        })
        torch.attributes["accelerator"] = .object(accelerator)
        fn("set_printoptions") { interp, args in
            let a = try args.bind("set_printoptions", ["precision", "threshold", "edgeitems", "linewidth", "profile", "sci_mode"])
            var options = TensorFormat.options
            if let p = try int(a[4].flatMap { _ in nil }, interp, "") { _ = p }
            if let prof = a[4], case .str(let s) = prof {
                options = s == "short" ? TensorFormat.Options(precision: 2, threshold: 1000, edgeItems: 2, lineWidth: 80)
                    : s == "full" ? TensorFormat.Options(precision: 4, threshold: Int.max, edgeItems: 3, lineWidth: 80) : TensorFormat.Options()
            }
            if let p = try int(a[0], interp, "set_printoptions") { options.precision = p }
            if let t = try int(a[1], interp, "set_printoptions") { options.threshold = t }
            if let e = try int(a[2], interp, "set_printoptions") { options.edgeItems = e }
            if let l = try int(a[3], interp, "set_printoptions") { options.lineWidth = l }
            if let s = a[5] { options.sciMode = s.isNone ? nil : try interp.truthy(s) }
            TensorFormat.options = options
            return .none
        }
        for (name, dt) in legacyTypes {
            let cls = PyClass(name, module: "torch")
            cls.construct = { interp, args in
                let a = try args.positionalOnly(name, 0...Int.max)
                if a.count == 1, !a[0].isNumber, !isTensor(a[0]) {
                    return wrap(try makeTensor(a[0], dtype: dt, requiresGrad: false, interp))
                }
                // no sizes: an empty 1-d tensor, as torch's legacy constructors make
                let s = a.isEmpty ? [0] : try a.map { try interp.toInt($0, name) }
                try Tensor.checkShape(s)
                return wrap(Tensor.full(s, value: .int(0), dtype: dt))
            }
            // torch's legacy tensor types are checked by dtype (`_TensorMeta.__instancecheck__`).
            cls.instanceCheck = { v in
                if case .object(let t as TensorObject) = v { return t.tensor.dtype == dt }
                return false
            }
            torch.attributes[name] = .type(cls)
        }
        TensorObject.tensorClass.construct = { interp, args in
            let a = try args.positionalOnly("Tensor", 0...Int.max)
            if a.count == 1, !a[0].isNumber {
                if case .object(let t as TensorObject) = a[0] { return .object(t) }
                return wrap(try makeTensor(a[0], dtype: .float32, requiresGrad: false, interp))
            }
            let s = a.isEmpty ? [0] : try a.map { try interp.toInt($0, "Tensor") }
            return wrap(Tensor.full(s, value: .int(0), dtype: .float32))
        }
        SizeObject.sizeClass.construct = { interp, args in
            let a = try args.positionalOnly("Size", 0...1)
            return .object(SizeObject(try a.first.map { try interp.collect($0).map { try interp.toInt($0, "Size") } } ?? []))
        }
        torch.attributes["enable_grad"] = .type(GradModeObject.enableGradClass)
        torch.attributes["inference_mode"] = .type(GradModeObject.inferenceModeClass)
    }

    /// `torch.f(..., out=t)`: computes `f` without `out`, then writes the result into `t`
    /// and returns `t`, as ATen's out variants do: the result's dtype must be castable to
    /// `t`'s, an input that requires grad is refused, and a `t` of another shape is resized
    /// (with torch's deprecation warning unless it was empty).
    static func writingOut(_ name: String, _ args: Arguments, _ interp: Interpreter, _ body: (Arguments) throws -> Value) throws -> Value {
        guard let k = args.keywords.firstIndex(where: { $0.0 == "out" }) else { return try body(args) }
        var rest = args
        let outValue = rest.keywords.remove(at: k).1
        if outValue.isNone { return try body(rest) }
        guard case .object(let out as TensorObject) = outValue else {
            throw PyError("TypeError", "\(name)(): argument 'out' must be Tensor, not \(outValue.typeName)")
        }
        let inputs = (rest.positional + rest.keywords.map { $0.1 }).compactMap { v -> Tensor? in
            if case .object(let t as TensorObject) = v { return t.tensor }
            return nil
        }
        if GradMode.isEnabled, inputs.contains(where: { $0.requiresGrad }) {
            throw PyError("RuntimeError", "\(name)(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.")
        }
        let result = try tensor(try body(rest), name)
        let target = out.storage
        if result.dtype != target.dtype, result.dtype.isFloatingPoint && !target.dtype.isFloatingPoint || target.dtype == .bool {
            if name == "matmul" || name == "mm" || name == "bmm" || name == "mv" || name == "dot" {
                throw PyError("RuntimeError", "Expected out tensor to have dtype \(result.dtype.cTypeName), but got \(target.dtype.cTypeName) instead")
            }
            throw PyError("RuntimeError", "result type \(result.dtype.scalarTypeName) can't be cast to the desired output type \(target.dtype.scalarTypeName)")
        }
        if target.shape == result.shape {
            try GradMode.withNoGrad { try target.copy(from: result) }
        } else {
            if target.count > 0 {
                interp.warn("UserWarning", "An output with one or more elements was resized since it had shape \(target.shape), which does not match the required output shape \(result.shape). This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)")
            }
            target.setData(result.to(target.dtype).detach())
        }
        return outValue
    }

    static func callModuleFunction(_ module: PyModule, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        guard let f = module.attributes[name] else { throw PyError("AttributeError", "module 'torch' has no attribute '\(name)'") }
        return try interp.call(f, args)
    }
}

/// `torch.device("cpu")`: the only device of a CPU-only torch.
final class DeviceObject: PyObject, @unchecked Sendable {
    let type: String
    let index: Int?
    init(_ type: String, index: Int? = nil) {
        self.type = type
        self.index = index
    }
    static let cpu = DeviceObject("cpu")
    static let deviceClass = PyClass("device", module: "torch")
    var pyClass: PyClass { DeviceObject.deviceClass }
    func repr(_ interp: Interpreter) throws -> String { index.map { "device(type='\(type)', index=\($0))" } ?? "device(type='\(type)')" }
    func str(_ interp: Interpreter) throws -> String { index.map { "\(type):\($0)" } ?? type }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "type": return .str(type)
        case "index": return index.map { .int($0) } ?? Value.none
        default: return nil
        }
    }

    /// A device from its string (`"cpu"`, `"cuda"`, `"cuda:0"`); CUDA devices exist as
    /// names but tensors cannot move there.
    static func parse(_ s: String) throws -> DeviceObject {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        let type = String(parts[0])
        guard ["cpu", "cuda", "mps", "meta"].contains(type), parts.count <= 2 else {
            throw PyError("RuntimeError", "Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone device type at start of device string: \(s)")
        }
        let index = parts.count == 2 ? Int(parts[1]) : nil
        if type == "cpu" && index == nil { return cpu }
        return DeviceObject(type, index: index)
    }
}
