/// `embedding`: rows of a weight matrix picked by integer indices, as ATen's `embedding`
/// (`Embedding.cpp`), with one `EmbeddingBackward0` node whose gradient
/// (`embedding_dense_backward_cpu`) adds each index's output gradient into its row, in index
/// order, skipping `padding_idx`.
extension Tensor {
    /// `F.embedding(indices, self)`: a tensor of shape `indices.shape + [self.shape[1]]` whose
    /// entries are rows of this 2-d weight. The padding row gets no gradient; with
    /// `scaleGradByFreq`, a row's gradient is divided by how often its index occurs.
    /// - Throws: PyTorch's errors for a weight that is not 2-d, non-integer indices and an
    ///   index out of range.
    public func embedding(_ indices: Tensor, paddingIdx: Int? = nil, scaleGradByFreq: Bool = false) throws -> Tensor {
        guard rank == 2 else { throw EngineError.runtime("'weight' must be 2-D") }
        guard indices.dtype == .int64 || indices.dtype == .int32 else {
            throw EngineError.runtime("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.\(indices.dtype.legacyTensorName) instead (while checking arguments for embedding)")
        }
        let rows = shape[0], dim = shape[1]
        let picked = indices.doubles.map { Int($0) }
        for k in picked where k < 0 || k >= rows { throw EngineError.index("index out of range in self") }
        let outShape = indices.shape + [dim]
        let out: Tensor
        if dtype == .float32 {
            var values = [Float](repeating: 0, count: picked.count * dim)
            for (i, k) in picked.enumerated() { for j in 0..<dim { values[i * dim + j] = floats[k * dim + j] } }
            out = Tensor(dtype: .float32, shape: outShape, floats: values)
        } else {
            var values = [Double](repeating: 0, count: picked.count * dim)
            for (i, k) in picked.enumerated() { for j in 0..<dim { values[i * dim + j] = doubles[k * dim + j] } }
            out = Tensor(dtype: dtype, shape: outShape, doubles: values)
        }
        let weightShape = shape
        let padding = paddingIdx.map { $0 < 0 ? $0 + rows : $0 } ?? -1
        return unary("EmbeddingBackward0", out, saves: false) { g in
            var counts: [Int: Int] = [:]
            if scaleGradByFreq { for k in picked { counts[k, default: 0] += 1 } }
            if g.dtype == .float32 {
                var grad = [Float](repeating: 0, count: rows * dim)
                for (i, k) in picked.enumerated() where k != padding {
                    let scale: Float = scaleGradByFreq ? 1 / Float(counts[k]!) : 1
                    for j in 0..<dim { grad[k * dim + j] += scaleGradByFreq ? g.floats[i * dim + j] * scale : g.floats[i * dim + j] }
                }
                return Tensor(dtype: .float32, shape: weightShape, floats: grad)
            }
            var grad = [Double](repeating: 0, count: rows * dim)
            for (i, k) in picked.enumerated() where k != padding {
                let scale = scaleGradByFreq ? 1 / Double(counts[k]!) : 1
                for j in 0..<dim { grad[k * dim + j] += g.doubles[i * dim + j] * scale }
            }
            return Tensor(dtype: g.dtype, shape: weightShape, doubles: grad)
        }
    }
}

extension Tensor {
    /// Sets row `row` of this 2-d tensor to zeros in place (`weight[padding_idx].fill_(0)`
    /// under `no_grad`, as `nn.Embedding` does to its padding row).
    public func zeroRow(_ row: Int) {
        guard rank == 2, row >= 0, row < shape[0] else { return }
        let dim = shape[1]
        if dtype == .float32 {
            for j in 0..<dim { floats[row * dim + j] = 0 }
        } else {
            for j in 0..<dim { doubles[row * dim + j] = 0 }
        }
        version += 1
    }
}

extension Tensor {
    /// `torch.embedding_renorm_(self, indices, maxNorm, normType)` under `no_grad`, as
    /// `nn.Embedding(max_norm=…)` calls it before each lookup: every row named in `indices`
    /// (once each, in sorted order) whose `normType`-norm exceeds `maxNorm` is scaled in
    /// place by `maxNorm / (norm + 1e-7)`, as ATen's `embedding_renorm_cpu_`.
    public func embeddingRenorm(_ indices: Tensor, maxNorm: Double, normType: Double) throws {
        guard rank == 2 else { throw EngineError.runtime("'weight' must be 2-D") }
        let rows = shape[0], dim = shape[1]
        let picked = Set(indices.doubles.map { Int($0) }).sorted()
        for k in picked where k < 0 || k >= rows { throw EngineError.index("index out of range in self") }
        var changed = false
        for k in picked {
            let row = dtype == .float32
                ? Tensor(dtype: .float32, shape: [dim], floats: Array(floats[(k * dim)..<((k + 1) * dim)]))
                : Tensor(dtype: dtype, shape: [dim], doubles: Array(doubles[(k * dim)..<((k + 1) * dim)]))
            let norm = try GradMode.withNoGrad { try row.vectorNorm(normType, dims: nil).item() }
            guard norm > maxNorm else { continue }
            let scale = maxNorm / (norm + 1e-7)
            if dtype == .float32 {
                let s = Float(scale)
                for j in 0..<dim { floats[k * dim + j] *= s }
            } else {
                for j in 0..<dim { doubles[k * dim + j] *= scale }
            }
            changed = true
        }
        if changed { version += 1 }
    }
}
