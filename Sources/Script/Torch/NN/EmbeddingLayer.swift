import Engine

/// `nn.Embedding` (with `from_pretrained`) and `F.embedding`.
extension NNLibrary {
    static let embeddingClass: PyClass = {
        let c = layerClass("Embedding", module: "torch.nn.modules.sparse") { interp, m, args in
            let a = try args.bind("Embedding", ["num_embeddings", "embedding_dim", "padding_idx", "max_norm", "norm_type",
                                                "scale_grad_by_freq", "sparse", "_weight", "_freeze", "device", "dtype"], required: 2)
            let rows = try interp.toInt(a[0]!, "Embedding"), dim = try interp.toInt(a[1]!, "Embedding")
            var padding: Int? = nil
            if let v = a[2], !v.isNone {
                let p = try interp.toInt(v, "Embedding")
                guard p < rows && p >= -rows else { throw PyError("AssertionError", "Padding_idx must be within num_embeddings") }
                padding = p < 0 ? p + rows : p
            }
            let maxNorm = try a[3].flatMap { $0.isNone ? nil : try interp.toDouble($0) }
            let normType = try a[4].map { try interp.toDouble($0) } ?? 2.0
            let scaleGrad = try TorchLibrary.bool(a[5], interp)
            let sparse = try TorchLibrary.bool(a[6], interp)
            try m.dict.set(.str("num_embeddings"), .int(rows))
            try m.dict.set(.str("embedding_dim"), .int(dim))
            try m.dict.set(.str("padding_idx"), padding.map { .int($0) } ?? .none)
            try m.dict.set(.str("max_norm"), a[3] ?? .none)
            try m.dict.set(.str("norm_type"), .float(normType))
            try m.dict.set(.str("scale_grad_by_freq"), .bool(scaleGrad))
            try m.dict.set(.str("sparse"), .bool(sparse))
            if let v = a[7], !v.isNone {
                let w = try TorchLibrary.tensor(v, "_weight")
                guard w.shape == [rows, dim] else { throw PyError("AssertionError", "Shape of weight does not match num_embeddings and embedding_dim") }
                let freeze = try TorchLibrary.bool(a[8], interp)
                m.setParameter("weight", try makeParameter(w, requiresGrad: !freeze))
            } else {
                // reset_parameters: init.normal_(weight), then the padding row zeroed.
                let weight = try makeParameter(Tensor.zeros([rows, dim]))
                m.setParameter("weight", weight)
                try GradMode.withNoGrad {
                    try weight.storage.normal(mean: 0, std: 1, generator: interp.defaultGenerator.generator)
                    if let padding {
                        weight.storage.zeroRow(padding)
                    }
                }
            }
            m.extraRepr = {
                var s = "\(rows), \(dim)"
                if let padding { s += ", padding_idx=\(padding)" }
                if maxNorm != nil, let v = a[3] { s += ", max_norm=\(reprText(v))" }
                if normType != 2 { s += ", norm_type=\(number(normType))" }
                if scaleGrad { s += ", scale_grad_by_freq=True" }
                if sparse { s += ", sparse=True" }
                return s
            }
        }
        forward(c) { interp, m, x in
            guard let w = m.parameter("weight") else { throw PyError("TypeError", "embedding(): argument 'weight' (position 2) must be Tensor, not NoneType") }
            let padding = try TorchLibrary.int(m.dict.get("padding_idx"), interp, "embedding")
            let scale = try TorchLibrary.bool(m.dict.get("scale_grad_by_freq"), interp)
            if let v = m.dict.get("max_norm"), !v.isNone {
                try renorm(w.storage, x, maxNorm: try interp.toDouble(v), normType: try interp.toDouble(m.dict.get("norm_type") ?? .float(2)))
            }
            return try w.storage.embedding(x, paddingIdx: padding, scaleGradByFreq: scale)
        }
        c.attributes["from_pretrained"] = .builtin(PyBuiltin("from_pretrained") { interp, args in
            let a = try args.bind("from_pretrained", ["embeddings", "freeze", "padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse"], required: 1)
            let e = try TorchLibrary.tensor(a[0]!, "embeddings")
            guard e.rank == 2 else { throw PyError("AssertionError", "Embeddings parameter is expected to be 2-dimensional") }
            var keywords: [(String, Value)] = [("_weight", a[0]!), ("_freeze", a[1] ?? .bool(true))]
            for (i, name) in ["padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse"].enumerated() {
                if let v = a[i + 2] { keywords.append((name, v)) }
            }
            return try interp.instantiate(c, Arguments([.int(e.shape[0]), .int(e.shape[1])], keywords: keywords))
        })
        return c
    }()

    /// `F.embedding`'s `max_norm` step: the looked-up rows renormalized in place without
    /// recording (torch's `_no_grad_embedding_renorm_`).
    static func renorm(_ weight: Tensor, _ indices: Tensor, maxNorm: Double, normType: Double) throws {
        try GradMode.withNoGrad { try weight.embeddingRenorm(indices, maxNorm: maxNorm, normType: normType) }
    }

    /// `F.embedding`.
    static func installEmbeddingFunctional(_ functional: PyModule) {
        functional.attributes["embedding"] = .builtin(PyBuiltin("embedding") { interp, args in
            let a = try args.bind("embedding", ["input", "weight", "padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse"], required: 2)
            let x = try TorchLibrary.tensor(a[0]!, "input"), w = try TorchLibrary.tensor(a[1]!, "weight")
            var padding = try TorchLibrary.int(a[2], interp, "embedding")
            if let p = padding {
                if p > 0 {
                    guard p < w.shape.first ?? 0 else { throw PyError("AssertionError", "Padding_idx must be within num_embeddings") }
                } else if p < 0 {
                    guard p >= -(w.shape.first ?? 0) else { throw PyError("AssertionError", "Padding_idx must be within num_embeddings") }
                    padding = p + w.shape[0]
                }
            }
            if let v = a[3], !v.isNone {
                try renorm(w, x, maxNorm: try interp.toDouble(v), normType: try a[4].map { try interp.toDouble($0) } ?? 2)
            }
            return TorchLibrary.wrap(try w.embedding(x, paddingIdx: padding, scaleGradByFreq: try TorchLibrary.bool(a[5], interp)))
        })
    }
}
