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
        // A flipped dimension starts at its last element and walks backwards.
        let rowMajor = Tensor.strides(shape)
        let strides = (0..<rank).map { flipped[$0] ? -rowMajor[$0] : rowMajor[$0] }
        let start = (0..<rank).reduce(0) { $0 + (flipped[$1] ? (shape[$1] - 1) * rowMajor[$1] : 0) }
        let positions = Tensor.stridedPositions(shape: shape, strides: strides, start: start)
        let out = gathered(positions, shape: shape)
        let inputShape = shape
        return unary("FlipBackward0", out, saves: false) { g in g.scattered(positions, into: inputShape) }
    }
}
