/// The order in which a view's elements lie in memory, which decides the order ATen's
/// reductions visit them.
///
/// PyTorch's `TensorIterator` sorts an input's dimensions by stride before reducing, so the
/// norm of `x.t()` adds `x`'s elements in `x`'s order, and a reduction over a dimension that
/// is innermost in memory takes the vectorized path even when it is not the last logical
/// one. Descent stores every tensor row-major in logical order; a view remembers where its
/// elements are in its root, from which its strides follow.
extension Tensor {
    /// The dimensions outermost to innermost in memory, as `TensorIterator` orders a view's
    /// dimensions (by decreasing stride; size-1 dimensions, which do not change the order,
    /// first); nil when that is the logical order or the view is not strided.
    func memoryOrderPermutation() -> [Int]? {
        guard let positions = viewLink?.positions, rank >= 2, count > 1 else { return nil }
        var logical = [Int](repeating: 1, count: rank)
        for d in stride(from: rank - 2, through: 0, by: -1) { logical[d] = logical[d + 1] * shape[d + 1] }
        var strides = [Int](repeating: 0, count: rank)
        for d in 0..<rank where shape[d] > 1 {
            strides[d] = positions[logical[d]] - positions[0]
            if strides[d] <= 0 { return nil }
        }
        // The positions must be exactly `base + Σ index·stride` (a strided view).
        if positions != Tensor.stridedPositions(shape: shape, strides: strides, start: positions[0]) { return nil }
        let unit = (0..<rank).filter { shape[$0] == 1 }
        let ordered = (0..<rank).filter { shape[$0] > 1 }.sorted { strides[$0] > strides[$1] }
        let perm = unit + ordered
        return perm == Array(0..<rank) ? nil : perm
    }

    /// `values` reduced as `reduce` computes them on this view's elements in memory order
    /// (`reduce` gets the memory-ordered tensor and the reduced dims renumbered, and keeps
    /// them); nil when the memory order is the logical one.
    func reducedInMemoryOrder(dims: [Int], _ reduce: (Tensor, [Int]) throws -> Tensor) rethrows -> Tensor? {
        guard let perm = memoryOrderPermutation() else { return nil }
        let memory = detachedView().permutedValues(perm)
        let memoryDims = dims.map { d in perm.firstIndex(of: d)! }
        let reduced = try reduce(memory, memoryDims)
        var inverse = [Int](repeating: 0, count: rank)
        for (i, p) in perm.enumerated() { inverse[p] = i }
        return reduced.permutedValues(inverse)
    }
}
