/// `gather` and `one_hot`: reading elements by index tensors, as ATen's
/// `gather` (TensorAdvancedIndexing.cpp) and `one_hot` (Onehot.cpp) do.
extension Tensor {
    /// `self.gather(dim, index)`: `out[i][j] = self[index[i][j]][j]` for `dim == 0`, and so on
    /// (`GatherBackward0`: the gradient is added back at the gathered positions).
    /// - Throws: PyTorch's errors for a non-integer index, rank or size mismatches, and
    ///   out-of-range indices.
    public func gather(dim: Int, index: Tensor) throws -> Tensor {
        guard index.dtype == .int64 || index.dtype == .int32 else {
            throw EngineError.runtime("gather(): Expected dtype int32/int64 for index")
        }
        let d = try checkDimAllowingScalar(dim)
        let selfShape = rank == 0 ? [1] : shape
        let indexShape = index.rank == 0 ? [1] : index.shape
        guard selfShape.count == indexShape.count else {
            throw EngineError.runtime("Index tensor must have the same number of dimensions as input tensor")
        }
        for k in 0..<selfShape.count where k != d && indexShape[k] > selfShape[k] {
            throw EngineError.runtime("Size does not match at dimension \(k) expected index \(Tensor.sizeList(index.shape)) to be no larger than self \(Tensor.sizeList(shape)) apart from dimension \(d)")
        }
        let selfStrides = Tensor.strides(selfShape), indexStrides = Tensor.strides(indexShape)
        let idx = index.values
        var positions = [Int](repeating: 0, count: idx.count)
        for flat in 0..<idx.count {
            var rest = flat, position = 0
            for k in 0..<indexShape.count {
                let coordinate = rest / indexStrides[k]
                rest %= indexStrides[k]
                if k == d {
                    let i = Int(idx[flat])
                    guard i >= 0 && i < selfShape[d] else {
                        throw EngineError.runtime("index \(i) is out of bounds for dimension \(d) with size \(selfShape[d])")
                    }
                    position += i * selfStrides[k]
                } else {
                    position += coordinate * selfStrides[k]
                }
            }
            positions[flat] = position
        }
        let out = gathered(positions, shape: index.shape)
        let inputShape = shape
        return unary("GatherBackward0", out, saves: false) { g in g.scattered(positions, into: inputShape) }
    }

    /// `torch.nn.functional.one_hot(self, num_classes)`: int64 with a new last dimension of
    /// `numClasses` (`-1`: one more than the largest value).
    /// - Throws: PyTorch's errors for non-int64 input, negative or too large class values.
    public func oneHot(numClasses: Int = -1) throws -> Tensor {
        guard dtype == .int64 else {
            throw EngineError.runtime("one_hot is only applicable to index tensor of type LongTensor.")
        }
        let v = values
        if v.isEmpty {
            guard numClasses != -1 else {
                throw EngineError.runtime("Can not infer total number of classes from empty tensor.")
            }
            return Tensor(dtype: .int64, shape: shape + [Swift.max(numClasses, 0)], doubles: [])
        }
        if v.contains(where: { $0 < 0 }) { throw EngineError.runtime("Class values must be non-negative.") }
        let largest = Int(v.max() ?? 0)
        let classes = numClasses == -1 ? largest + 1 : numClasses
        guard largest < classes else { throw EngineError.runtime("Class values must be smaller than num_classes.") }
        var out = [Double](repeating: 0, count: v.count * classes)
        for (i, c) in v.enumerated() { out[i * classes + Int(c)] = 1 }
        return Tensor(dtype: .int64, shape: shape + [classes], doubles: out)
    }
}
