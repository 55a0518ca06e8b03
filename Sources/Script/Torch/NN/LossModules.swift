import Engine

/// The loss modules (`MSELoss`, `CrossEntropyLoss`, …) and their functional forms.
extension NNLibrary {
    struct LossSpec: @unchecked Sendable {
        let name: String
        let functional: String
        let options: [(String, Value)]
        /// Where torch 2.15's module calls its functional form (`torch/nn/modules/loss.py`),
        /// which is where that call's warnings point.
        var forwardLine: (line: Int, source: String)? = nil
    }

    static let lossSpecs: [LossSpec] = [
        LossSpec(name: "MSELoss", functional: "mse_loss", options: [],
                 forwardLine: (630, "return F.mse_loss(input, target, reduction=self.reduction)")),
        LossSpec(name: "L1Loss", functional: "l1_loss", options: [],
                 forwardLine: (133, "return F.l1_loss(input, target, reduction=self.reduction)")),
        LossSpec(name: "HuberLoss", functional: "huber_loss", options: [("delta", .float(1))],
                 forwardLine: (1150, "return F.huber_loss(input, target, reduction=self.reduction, delta=self.delta)")),
        LossSpec(name: "SmoothL1Loss", functional: "smooth_l1_loss", options: [("beta", .float(1))],
                 forwardLine: (1078, "return F.smooth_l1_loss(input, target, reduction=self.reduction, beta=self.beta)")),
        LossSpec(name: "BCELoss", functional: "binary_cross_entropy", options: [("weight", .none)]),
        LossSpec(name: "BCEWithLogitsLoss", functional: "binary_cross_entropy_with_logits", options: [("weight", .none), ("pos_weight", .none)]),
        LossSpec(name: "CrossEntropyLoss", functional: "cross_entropy", options: [("weight", .none), ("ignore_index", .int(-100)), ("label_smoothing", .float(0))]),
        LossSpec(name: "NLLLoss", functional: "nll_loss", options: [("weight", .none), ("ignore_index", .int(-100))]),
    ]

    static func reduction(_ v: Value?) throws -> String {
        guard let v, !v.isNone else { return "mean" }
        guard case .str(let s) = v else { throw PyError("TypeError", "reduction must be a string") }
        guard ["mean", "sum", "none"].contains(s) else { throw PyError("ValueError", "\(s) is not a valid value for reduction") }
        return s
    }

    /// The file torch's loss modules are in, as warnings name it (without the install prefix).
    static let lossModuleFile = "torch/nn/modules/loss.py"

    /// Computes a loss by its functional name with options by name. A regression loss whose
    /// target has another size than its input warns as torch does, at `site` (a module's
    /// call of its functional form) or else at the script line calling it.
    static func computeLoss(_ functional: String, _ input: Tensor, _ target: Tensor, options: [String: Value], _ interp: Interpreter,
                            site: Interpreter.WarningSite? = nil) throws -> Tensor {
        try computeLoss(functional, input, target, option: { options[$0] }, interp, site: site)
    }

    /// `computeLoss` reading each option through `option` (a module's attributes).
    static func computeLoss(_ functional: String, _ input: Tensor, _ target: Tensor, option: (String) -> Value?, _ interp: Interpreter,
                            site: Interpreter.WarningSite? = nil) throws -> Tensor {
        let r = try reduction(option("reduction"))
        if ["mse_loss", "l1_loss", "huber_loss", "smooth_l1_loss"].contains(functional), input.shape != target.shape {
            interp.warn("UserWarning", "Using a target size (\(Tensor.sizeText(target.shape))) that is different to the input size (\(Tensor.sizeText(input.shape))). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.", at: site)
        }
        func tensorOption(_ key: String) throws -> Tensor? {
            guard let v = option(key), !v.isNone else { return nil }
            return try TorchLibrary.tensor(v, key)
        }
        switch functional {
        case "mse_loss", "l1_loss":
            return functional == "mse_loss" ? try Tensor.mseLoss(input, target, reduction: r) : try Tensor.l1Loss(input, target, reduction: r)
        case "huber_loss":
            return try Tensor.huberLoss(input, target, delta: try interp.toDouble(option("delta") ?? .float(1)), reduction: r)
        case "smooth_l1_loss":
            return try Tensor.smoothL1Loss(input, target, beta: try interp.toDouble(option("beta") ?? .float(1)), reduction: r)
        case "binary_cross_entropy":
            return try Tensor.binaryCrossEntropy(input, target, weight: try tensorOption("weight"), reduction: r)
        case "binary_cross_entropy_with_logits":
            return try Tensor.binaryCrossEntropyWithLogits(input, target, weight: try tensorOption("weight"), posWeight: try tensorOption("pos_weight"), reduction: r)
        case "cross_entropy":
            return try Tensor.crossEntropy(input, target, weight: try tensorOption("weight"), reduction: r, ignoreIndex: try interp.toInt(option("ignore_index") ?? .int(-100), "cross_entropy"),
                                           labelSmoothing: try interp.toDouble(option("label_smoothing") ?? .float(0)))
        default:
            return try Tensor.nllLoss(input, target, weight: try tensorOption("weight"), reduction: r, ignoreIndex: try interp.toInt(option("ignore_index") ?? .int(-100), "nll_loss"))
        }
    }

    static let lossClasses: [String: PyClass] = {
        var all: [String: PyClass] = [:]
        for spec in lossSpecs {
            let names = spec.options.map(\.0) + ["size_average", "reduce", "reduction"]
            let keys = Set(spec.options.map(\.0) + ["reduction"])
            let c = layerClass(spec.name, module: "torch.nn.modules.loss") { _, m, args in
                let a = try args.bind(spec.name, names)
                for (i, (key, fallback)) in spec.options.enumerated() { try m.dict.set(.str(key), a[i] ?? fallback) }
                let r = try reduction(a[names.count - 1])
                try m.dict.set(.str("reduction"), .str(r))
            }
            let site = spec.forwardLine.map { Interpreter.WarningSite(file: lossModuleFile, line: $0.line, source: $0.source) }
            let body: NativeLoss = { interp, m, input, target in
                try computeLoss(spec.functional, input, target, option: { keys.contains($0) ? m.dict.get($0) : nil }, interp, site: site)
            }
            method(c, "forward") { interp, m, args in
                let a = try args.bind("forward", ["input", "target"], required: 2)
                let input = try TorchLibrary.tensor(a[0]!, "input"), target = try TorchLibrary.tensor(a[1]!, "target")
                return TorchLibrary.wrap(try body(interp, m, input, target))
            }
            registerNative(c, .loss(body))
            all[spec.name] = c
        }
        return all
    }()
}
