import Engine

/// `nn.LayerNorm` and `F.layer_norm`.
extension NNLibrary {
    static let normalizationLayerClasses: [String: PyClass] = {
        var all: [String: PyClass] = [:]
        let layerNorm = layerClass("LayerNorm", module: "torch.nn.modules.normalization") { interp, m, args in
            let a = try args.bind("LayerNorm", ["normalized_shape", "eps", "elementwise_affine", "bias", "device", "dtype"], required: 1)
            let shape: [Int]
            if case .int(let n) = a[0]! { shape = [n] } else { shape = try interp.collect(a[0]!).map { try interp.toInt($0, "LayerNorm") } }
            let eps = try a[1].map { try interp.toDouble($0) } ?? 1e-5
            let affine = try TorchLibrary.bool(a[2], interp, default: true)
            let hasBias = try TorchLibrary.bool(a[3], interp, default: true)
            try m.dict.set(.str("normalized_shape"), .tuple(PyTuple.of(shape.map { .int($0) })))
            try m.dict.set(.str("eps"), a[1] ?? .float(1e-5))
            try m.dict.set(.str("elementwise_affine"), .bool(affine))
            // reset_parameters: weight ones, bias zeros.
            m.setParameter("weight", affine ? try makeParameter(Tensor.ones(shape)) : nil)
            m.setParameter("bias", affine && hasBias ? try makeParameter(Tensor.zeros(shape)) : nil)
            let shapeText = "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
            m.extraRepr = {
                "\(shapeText), eps=\(number(eps)), elementwise_affine=\(boolText(affine)), bias=\(boolText(m.parameter("bias") != nil))"
            }
        }
        forward(layerNorm) { interp, m, x in
            let shape = try interp.collect(m.dict.get("normalized_shape") ?? .none).map { try interp.toInt($0, "layer_norm") }
            let eps = try interp.toDouble(m.dict.get("eps") ?? .float(1e-5))
            return try x.layerNorm(shape, weight: m.parameter("weight")?.storage, bias: m.parameter("bias")?.storage, eps: eps)
        }
        all["LayerNorm"] = layerNorm
        return all
    }()

    /// `F.layer_norm`.
    static func installNormalizationFunctional(_ functional: PyModule) {
        functional.attributes["layer_norm"] = .builtin(PyBuiltin("layer_norm") { interp, args in
            let a = try args.bind("layer_norm", ["input", "normalized_shape", "weight", "bias", "eps"], required: 2)
            let x = try TorchLibrary.tensor(a[0]!, "input")
            let shape: [Int]
            switch a[1]! {
            case .list, .tuple: shape = try interp.collect(a[1]!).map { try interp.toInt($0, "layer_norm") }
            case .object(let s as SizeObject): shape = s.sizes
            default:
                throw PyError("TypeError", "layer_norm(): argument 'normalized_shape' (position 2) must be tuple of ints, not \(a[1]!.typeName)")
            }
            let weight = try a[2].flatMap { $0.isNone ? nil : try TorchLibrary.tensor($0, "weight") }
            let bias = try a[3].flatMap { $0.isNone ? nil : try TorchLibrary.tensor($0, "bias") }
            let eps = try a[4].map { try interp.toDouble($0) } ?? 1e-5
            return TorchLibrary.wrap(try x.layerNorm(shape, weight: weight, bias: bias, eps: eps))
        })
    }
}
