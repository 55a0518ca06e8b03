import Engine

/// `nn.BatchNorm1d`, `nn.BatchNorm2d` and `F.batch_norm`, following torch's `_NormBase` /
/// `_BatchNorm` (buffers `running_mean`, `running_var`, `num_batches_tracked`; momentum
/// None for a cumulative average) over the engine's `batchNorm`.
extension NNLibrary {
    static let batchNormClasses: [String: PyClass] = {
        var all: [String: PyClass] = [:]
        for (name, dims) in [("BatchNorm1d", [2, 3]), ("BatchNorm2d", [4])] {
            let c = layerClass(name, module: "torch.nn.modules.batchnorm") { interp, m, args in
                let a = try args.bind(name, ["num_features", "eps", "momentum", "affine", "track_running_stats", "device", "dtype", "bias"], required: 1)
                let features = try interp.toInt(a[0]!, name)
                let affine = try TorchLibrary.bool(a[3], interp, default: true)
                let track = try TorchLibrary.bool(a[4], interp, default: true)
                let hasBias = try TorchLibrary.bool(a[7], interp, default: true)
                try m.dict.set(.str("num_features"), .int(features))
                try m.dict.set(.str("eps"), a[1] ?? .float(1e-5))
                try m.dict.set(.str("momentum"), a[2] ?? .float(0.1))
                try m.dict.set(.str("affine"), .bool(affine))
                try m.dict.set(.str("track_running_stats"), .bool(track))
                // reset_parameters: weight ones, bias zeros.
                m.setParameter("weight", affine ? try makeParameter(Tensor.ones([features])) : nil)
                m.setParameter("bias", affine && hasBias ? try makeParameter(Tensor.zeros([features])) : nil)
                m.setBuffer("running_mean", track ? TensorObject(Tensor.zeros([features])) : nil, persistent: true)
                m.setBuffer("running_var", track ? TensorObject(Tensor.ones([features])) : nil, persistent: true)
                m.setBuffer("num_batches_tracked", track ? TensorObject(Tensor(0, dtype: .int64)) : nil, persistent: true)
                m.extraRepr = {
                    func text(_ key: String) -> String { reprText(m.dict.get(key) ?? .none) }
                    return "\(text("num_features")), eps=\(text("eps")), momentum=\(text("momentum")), affine=\(text("affine")), "
                        + "bias=\(boolText(m.parameter("bias") != nil)), track_running_stats=\(text("track_running_stats"))"
                }
            }
            forward(c) { interp, m, x in
                guard dims.contains(x.rank) else {
                    let expected = dims.count == 1 ? "\(dims[0])D" : "2D or 3D"
                    throw PyError("ValueError", "expected \(expected) input (got \(x.rank)D input)")
                }
                return try batchNormForward(interp, m, x)
            }
            all[name] = c
        }
        return all
    }()

    /// A config value as `str.format` prints it in `extra_repr`.
    static func reprText(_ v: Value) -> String {
        switch v {
        case .int(let i): return String(i)
        case .float(let d): return number(d)
        case .bool(let b): return boolText(b)
        case .none: return "None"
        default: return v.typeName
        }
    }

    /// `_BatchNorm.forward` after the input-dimension check.
    static func batchNormForward(_ interp: Interpreter, _ m: ModuleObject, _ x: Tensor) throws -> Tensor {
        let momentumValue = m.dict.get("momentum") ?? .none
        var factor = momentumValue.isNone ? 0.0 : try interp.toDouble(momentumValue)
        let track = try TorchLibrary.bool(m.dict.get("track_running_stats"), interp)
        let buffer = { (name: String) in m.buffers.first { $0.name == name }?.value }
        if m.training && track, let tracked = buffer("num_batches_tracked") {
            try tracked.storage.applyInPlace(.add, .scalar(.int(1)))
            if momentumValue.isNone { factor = 1.0 / (try tracked.storage.item()) }
        }
        let runningMean = buffer("running_mean"), runningVar = buffer("running_var")
        let useBatch = m.training || (runningMean == nil && runningVar == nil)
        let passBuffers = !m.training || track
        return try batchNormFunctional(x, runningMean: passBuffers ? runningMean?.storage : nil, runningVar: passBuffers ? runningVar?.storage : nil,
                                       weight: m.parameter("weight")?.storage, bias: m.parameter("bias")?.storage, training: useBatch,
                                       momentum: factor, eps: try interp.toDouble(m.dict.get("eps") ?? .float(1e-5)))
    }

    /// `F.batch_norm`: the batch-size and eps checks, then the engine's `batchNorm`.
    static func batchNormFunctional(_ x: Tensor, runningMean: Tensor?, runningVar: Tensor?, weight: Tensor?, bias: Tensor?,
                                    training: Bool, momentum: Double, eps: Double) throws -> Tensor {
        if training {
            let values = x.rank < 2 ? x.shape.first ?? 1 : x.shape[0] * x.shape.dropFirst(2).reduce(1, *)
            if values == 1 {
                throw PyError("ValueError", "Expected more than 1 value per channel when training, got input size torch.Size([\(x.shape.map(String.init).joined(separator: ", "))])")
            }
            if eps <= 0 { throw PyError("ValueError", "batch_norm eps must be positive during training, but got \(number(eps))") }
        } else if eps < 0 {
            throw PyError("ValueError", "batch_norm eps must be non-negative, but got \(number(eps))")
        }
        return try x.batchNorm(runningMean: runningMean, runningVar: runningVar, weight: weight, bias: bias, training: training, momentum: momentum, eps: eps)
    }

    /// `F.batch_norm`.
    static func installBatchNormFunctional(_ functional: PyModule) {
        functional.attributes["batch_norm"] = .builtin(PyBuiltin("batch_norm") { interp, args in
            let a = try args.bind("batch_norm", ["input", "running_mean", "running_var", "weight", "bias", "training", "momentum", "eps"], required: 3)
            func optional(_ v: Value?, _ what: String) throws -> Tensor? { try v.flatMap { $0.isNone ? nil : try TorchLibrary.tensor($0, what) } }
            return TorchLibrary.wrap(try batchNormFunctional(
                try TorchLibrary.tensor(a[0]!, "input"), runningMean: try optional(a[1], "running_mean"), runningVar: try optional(a[2], "running_var"),
                weight: try optional(a[3], "weight"), bias: try optional(a[4], "bias"), training: try TorchLibrary.bool(a[5], interp),
                momentum: try a[6].map { try interp.toDouble($0) } ?? 0.1, eps: try a[7].map { try interp.toDouble($0) } ?? 1e-5))
        })
    }
}
