import Engine

/// `torch.nn.functional`: activations, `dropout`, `linear` and the losses.
extension NNLibrary {
    static func installFunctional(_ functional: PyModule, torch: PyModule) {
        func fn(_ name: String, _ params: [String], required: Int, _ body: @escaping (Interpreter, [Value?]) throws -> Value) {
            functional.attributes[name] = .builtin(PyBuiltin(name) { interp, args in
                try body(interp, try args.bind(name, params, required: required))
            })
        }
        func t(_ v: Value?, _ what: String = "input") throws -> Tensor { try TorchLibrary.tensor(v ?? .none, what) }
        fn("relu", ["input", "inplace"], required: 1) { _, a in TorchLibrary.wrap(try t(a[0]).relu()) }
        fn("one_hot", ["input", "num_classes"], required: 1) { interp, a in
            guard case .object(let x as TensorObject) = a[0]! else {
                throw PyError("TypeError", "one_hot(): argument 'input' (position 1) must be Tensor, not \(a[0]!.typeName)")
            }
            return TorchLibrary.wrap(try x.tensor.oneHot(numClasses: try a[1].map { try interp.toInt($0, "one_hot") } ?? -1))
        }
        fn("sigmoid", ["input"], required: 1) { _, a in TorchLibrary.wrap(try t(a[0]).sigmoid()) }
        fn("tanh", ["input"], required: 1) { _, a in TorchLibrary.wrap(try t(a[0]).tanh()) }
        fn("gelu", ["input", "approximate"], required: 1) { _, a in
            if let v = a[1], case .str("tanh") = v { return TorchLibrary.wrap(try t(a[0]).gelu(tanhApproximation: true)) }
            return TorchLibrary.wrap(try t(a[0]).gelu())
        }
        fn("leaky_relu", ["input", "negative_slope", "inplace"], required: 1) { interp, a in
            TorchLibrary.wrap(try t(a[0]).leakyRelu(try a[1].map { try interp.toDouble($0) } ?? 0.01))
        }
        for name in ["softmax", "log_softmax"] {
            fn(name, ["input", "dim", "_stacklevel", "dtype"], required: 1) { interp, a in
                let x = try t(a[0])
                let dim = try a[1].flatMap { $0.isNone ? nil : try interp.toInt($0, name) } ?? (x.rank == 0 || x.rank == 1 || x.rank == 3 ? 0 : 1)
                return TorchLibrary.wrap(name == "softmax" ? try x.softmax(dim: dim) : try x.logSoftmax(dim: dim))
            }
            torch.attributes[name] = functional.attributes[name]
        }
        fn("dropout", ["input", "p", "training", "inplace"], required: 1) { interp, a in
            let p = try a[1].map { try interp.toDouble($0) } ?? 0.5
            let training = try a[2].map { try interp.truthy($0) } ?? true
            return TorchLibrary.wrap(try dropoutForward(try t(a[0]), p: p, training: training, interp.defaultGenerator.generator))
        }
        fn("linear", ["input", "weight", "bias"], required: 2) { _, a in
            let bias = try a[2].flatMap { $0.isNone ? nil : try t($0, "bias") }
            return TorchLibrary.wrap(try Tensor.linear(try t(a[0]), try t(a[1], "weight"), bias))
        }
        installActivationFunctional(functional, torch: torch)
        installNormalizationFunctional(functional)
        installEmbeddingFunctional(functional)
        installBatchNormFunctional(functional)
        for spec in lossSpecs {
            let names = ["input", "target"] + spec.options.map(\.0) + ["size_average", "reduce", "reduction"]
            fn(spec.functional, names, required: 2) { interp, a in
                var options: [String: Value] = [:]
                for (i, key) in names.enumerated() where i >= 2 { if let v = a[i] { options[key] = v } }
                return TorchLibrary.wrap(try computeLoss(spec.functional, try t(a[0]), try t(a[1], "target"), options: options, interp))
            }
        }
    }
}
