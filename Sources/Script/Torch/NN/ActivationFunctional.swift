import Engine

/// `torch.nn.functional`'s smooth and hard activations (`elu`, `selu`, `softplus`, `silu`,
/// `mish`, `logsigmoid`, `hardtanh`, `relu6`, `hardsigmoid`, `hardswish`, `softsign`,
/// `tanhshrink`), with `inplace=True` writing the input as PyTorch does.
extension NNLibrary {
    /// One activation: its keyword names after `input`, their defaults, and the function.
    struct ActivationSpec {
        let name: String
        let options: [(String, Value)]
        let inplace: Bool
        /// The function; the flag says it runs in place (ELU records `EluBackward1` then).
        let apply: (Interpreter, Tensor, [Value], Bool) throws -> Tensor
    }

    static func double(_ interp: Interpreter, _ v: Value) throws -> Double { try interp.toDouble(v) }

    nonisolated(unsafe) static let activationSpecs: [ActivationSpec] = [
        ActivationSpec(name: "elu", options: [("alpha", .float(1))], inplace: true) { i, x, o, ip in x.elu(alpha: try double(i, o[0]), inPlace: ip) },
        ActivationSpec(name: "selu", options: [], inplace: true) { _, x, _, ip in x.elu(alpha: Tensor.seluAlpha, scale: Tensor.seluScale, inPlace: ip) },
        ActivationSpec(name: "softplus", options: [("beta", .float(1)), ("threshold", .float(20))], inplace: false) { i, x, o, _ in
            x.softplus(beta: try double(i, o[0]), threshold: try double(i, o[1]))
        },
        ActivationSpec(name: "silu", options: [], inplace: true) { _, x, _, _ in x.silu() },
        ActivationSpec(name: "mish", options: [], inplace: true) { _, x, _, _ in x.mish() },
        ActivationSpec(name: "logsigmoid", options: [], inplace: false) { _, x, _, _ in x.logSigmoid() },
        ActivationSpec(name: "hardtanh", options: [("min_val", .float(-1)), ("max_val", .float(1))], inplace: true) { i, x, o, _ in
            try hardtanh(x, try double(i, o[0]), try double(i, o[1]))
        },
        ActivationSpec(name: "relu6", options: [], inplace: true) { _, x, _, _ in x.hardtanh(min: 0, max: 6) },
        ActivationSpec(name: "hardsigmoid", options: [], inplace: true) { _, x, _, _ in x.hardsigmoid() },
        ActivationSpec(name: "hardswish", options: [], inplace: true) { _, x, _, _ in x.hardswish() },
        ActivationSpec(name: "softsign", options: [], inplace: false) { _, x, _, _ in try x.softsign() },
        ActivationSpec(name: "tanhshrink", options: [], inplace: false) { _, x, _, _ in try x.tanhshrink() },
    ]

    /// `hardtanh` with PyTorch's check of its bounds.
    static func hardtanh(_ x: Tensor, _ lo: Double, _ hi: Double) throws -> Tensor {
        guard lo <= hi else { throw PyError("ValueError", "min_val cannot be greater than max_val") }
        return x.hardtanh(min: lo, max: hi)
    }

    static func installActivationFunctional(_ functional: PyModule, torch: PyModule) {
        for spec in activationSpecs {
            let params = ["input"] + spec.options.map(\.0) + (spec.inplace ? ["inplace"] : [])
            functional.attributes[spec.name] = .builtin(PyBuiltin(spec.name) { interp, args in
                if args.positional.count > params.count {
                    // PyTorch writes these in Python: CPython's message for a Python function.
                    throw PyError("TypeError", "\(spec.name)() takes from 1 to \(params.count) positional arguments but \(args.positional.count) were given")
                }
                let a = try args.bind(spec.name, params, required: 1)
                let options = spec.options.enumerated().map { a[$0.offset + 1] ?? $0.element.1 }
                let inplace = try spec.inplace ? (a[params.count - 1].map { try interp.truthy($0) } ?? false) : false
                guard case .object(let t as TensorObject) = a[0]! else {
                    if let method = ["softsign": "abs", "tanhshrink": "tanh"][spec.name] {
                        throw PyError("AttributeError", "'\(a[0]!.typeName)' object has no attribute '\(method)'")
                    }
                    throw PyError("TypeError", "\(spec.name)(): argument 'input' (position 1) must be Tensor, not \(a[0]!.typeName)")
                }
                if inplace {
                    try t.mutate { x in try x.adopt { try spec.apply(interp, $0, options, true) } }
                    return .object(t)
                }
                return TorchLibrary.wrap(try spec.apply(interp, t.tensor, options, false))
            })
        }
        torch.attributes["selu"] = functional.attributes["selu"]
    }
}
