/// `diagonal(offset, dim1, dim2)`: the elements `(i, i + offset)` of the plane spanned by
/// two dimensions, which are removed and replaced by a last dimension (`DiagonalBackward0`).
extension Tensor {
    /// `diagonal(offset:dim1:dim2:)`; a positive offset reads above the main diagonal, a
    /// negative one below. The script layer links the result as a view of `self`.
    /// - Throws: `RuntimeError` for identical dimensions, `IndexError` for one out of range.
    public func diagonal(offset: Int = 0, dim1: Int = 0, dim2: Int = 1) throws -> Tensor {
        let d1 = try checkDim(dim1), d2 = try checkDim(dim2)
        guard d1 != d2 else { throw EngineError.runtime("diagonal dimensions cannot be identical \(dim1), \(dim2)") }
        let strides = Tensor.strides(shape)
        let length = Swift.max(0, offset >= 0 ? Swift.min(shape[d1], shape[d2] - offset) : Swift.min(shape[d1] + offset, shape[d2]))
        let start = length == 0 ? 0 : (offset >= 0 ? offset * strides[d2] : -offset * strides[d1])
        let kept = (0..<rank).filter { $0 != d1 && $0 != d2 }
        let newShape = kept.map { shape[$0] } + [length]
        let outStrides = kept.map { strides[$0] } + [strides[d1] + strides[d2]]
        let source = Tensor.stridedPositions(shape: newShape, strides: outStrides, start: start)
        let inputShape = shape
        return unary("DiagonalBackward0", gathered(source, shape: newShape), saves: false) { g in g.scattered(source, into: inputShape) }
    }
}
