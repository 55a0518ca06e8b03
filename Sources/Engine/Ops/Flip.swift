/// `flip`: the elements in reverse order along some dimensions, as ATen's `flip`
/// (TensorTransformations.cpp): one copy and one `FlipBackward0` node however many dims.
extension Tensor {
    /// `torch.flip(self, dims)`: a new tensor with the order of elements reversed along each
    /// dimension of `dims` (the gradient is flipped back the same way).
    /// - Throws: PyTorch's errors for a dimension out of range and a dimension given twice.
    public func flip(_ dims: [Int]) throws -> Tensor {
        var flipped = [Bool](repeating: false, count: Swift.max(rank, 1))
        for dim in dims {
            let d = try checkDimAllowingScalar(dim)
            guard !flipped[d] else { throw EngineError.runtime("dim \(d) appears multiple times in the list of dims") }
            flipped[d] = true
        }
        let strides = Tensor.strides(shape)
        let n = shape.reduce(1, *)
        var positions = [Int](repeating: 0, count: n)
        for flat in 0..<n {
            var rest = flat, position = 0
            for k in 0..<rank {
                let coordinate = rest / strides[k]
                rest %= strides[k]
                position += (flipped[k] ? shape[k] - 1 - coordinate : coordinate) * strides[k]
            }
            positions[flat] = position
        }
        let out = gathered(positions, shape: shape)
        let inputShape = shape
        return unary("FlipBackward0", out, saves: false) { g in g.scattered(positions, into: inputShape) }
    }
}
