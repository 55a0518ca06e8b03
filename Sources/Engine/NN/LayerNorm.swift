/// `layer_norm`: normalization over the trailing dimensions, as ATen's `native_layer_norm`
/// (`layer_norm.cpp`, kernels in `NormalizationKernels`), with one `NativeLayerNormBackward0`
/// node whose edges are the input, the weight and the bias.
extension Tensor {
    /// `torch.nn.functional.layer_norm(self, normalizedShape, weight, bias, eps)`: each group
    /// of the last `normalizedShape.count` dimensions shifted to mean 0 and scaled to variance
    /// 1 (biased), then multiplied by `weight` and shifted by `bias` elementwise.
    /// - Throws: PyTorch's errors for an empty or mismatched `normalizedShape`, a weight or
    ///   bias of another shape, mixed dtypes and integer inputs.
    public func layerNorm(_ normalizedShape: [Int], weight: Tensor?, bias: Tensor?, eps: Double) throws -> Tensor {
        guard !normalizedShape.isEmpty else {
            throw EngineError.runtime("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = []")
        }
        for (name, p) in [("weight", weight), ("bias", bias)] {
            if let p, p.shape != normalizedShape {
                throw EngineError.runtime("Expected \(name) to be of same shape as normalized_shape, but got \(name) of shape \(Tensor.sizeList(p.shape)) and normalized_shape = \(Tensor.sizeList(normalizedShape))")
            }
        }
        let k = normalizedShape.count
        guard rank >= k, Array(shape[(rank - k)...]) == normalizedShape else {
            let expected = "[*, " + normalizedShape.map(String.init).joined(separator: ", ") + "]"
            throw EngineError.runtime("Given normalized_shape=\(Tensor.sizeList(normalizedShape)), expected input with shape \(expected), but got input of size\(Tensor.sizeList(shape))")
        }
        if [weight, bias].contains(where: { $0 != nil && $0!.dtype != dtype }) {
            throw EngineError.runtime("mixed dtype (CPU): all inputs must share same datatype.")
        }
        guard dtype == .float32 || dtype == .float64 else {
            throw EngineError(.notImplementedError, "\"LayerNormKernelImpl\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let n = normalizedShape.reduce(1, *)
        let rows = n == 0 ? 0 : count / n
        let out = Tensor(dtype: dtype, shape: shape)
        let mean: Tensor, rstd: Tensor
        if dtype == .float32 {
            let r = NormalizationKernels.layerNormForward(floats, rows: rows, n: n, eps: Float(eps), weight: weight?.floats, bias: bias?.floats)
            out.floats = r.y
            (mean, rstd) = (Tensor(dtype: .float32, shape: [rows], floats: r.mean), Tensor(dtype: .float32, shape: [rows], floats: r.rstd))
        } else {
            let r = NormalizationKernels.layerNormForward(doubles, rows: rows, n: n, eps: eps, weight: weight?.doubles, bias: bias?.doubles)
            out.doubles = r.y
            (mean, rstd) = (Tensor(dtype: .float64, shape: [rows], doubles: r.mean), Tensor(dtype: .float64, shape: [rows], doubles: r.rstd))
        }
        let wantInput = requiresGrad, wantWeight = weight?.requiresGrad ?? false, wantBias = bias?.requiresGrad ?? false
        guard Tensor.recording, wantInput || wantWeight || wantBias else { return out }
        let savedInput = SavedTensor(self), savedWeight = weight.map(SavedTensor.init)
        let placeholder = Tensor(dtype: dtype, shape: [0])
        out.gradFn = MultiInputNode("NativeLayerNormBackward0", [self, weight ?? placeholder, bias ?? placeholder]) { g in
            let x = try savedInput.unpack(), w = try savedWeight?.unpack()
            let grad = g.dtype == x.dtype ? g : g.converted(to: x.dtype)
            func wrap(_ v: (dx: [Float]?, dw: [Float]?, db: [Float]?)) -> [Tensor?] {
                [v.dx.map { Tensor(dtype: .float32, shape: x.shape, floats: $0) },
                 v.dw.map { Tensor(dtype: .float32, shape: normalizedShape, floats: $0) },
                 v.db.map { Tensor(dtype: .float32, shape: normalizedShape, floats: $0) }]
            }
            if x.dtype == .float32 {
                return wrap(NormalizationKernels.layerNormBackward(grad.floats, x.floats, mean: mean.floats, rstd: rstd.floats, weight: w?.floats,
                                                                   rows: rows, n: n, wantInput: wantInput, wantWeight: wantWeight, wantBias: wantBias))
            }
            let v = NormalizationKernels.layerNormBackward(grad.doubles, x.doubles, mean: mean.doubles, rstd: rstd.doubles, weight: w?.doubles,
                                                           rows: rows, n: n, wantInput: wantInput, wantWeight: wantWeight, wantBias: wantBias)
            return [v.dx.map { Tensor(dtype: .float64, shape: x.shape, doubles: $0) },
                    v.dw.map { Tensor(dtype: .float64, shape: normalizedShape, doubles: $0) },
                    v.db.map { Tensor(dtype: .float64, shape: normalizedShape, doubles: $0) }]
        }
        return out
    }
}
