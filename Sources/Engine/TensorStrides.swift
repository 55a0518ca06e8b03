/// The strides and storage offset PyTorch reports for a tensor (`stride()`,
/// `storage_offset()`), derived from where a view's elements lie in its root.
extension Tensor {
    /// Strides in elements as `Tensor.stride()` reports them: row-major for a tensor that owns
    /// its elements, from the positions in its root for a view (0 for an expanded dimension).
    /// A size-1 dimension of a view takes the contiguous value (the next dimension's stride
    /// times its size), which is what the view ops PyTorch applies (`unsqueeze`, slicing)
    /// give; Descent keeps no stride for it.
    public var reportedStrides: [Int] {
        var strides = elementStrides() ?? Tensor.strides(shape)
        guard viewLink?.positions != nil else { return strides }
        for d in stride(from: rank - 1, through: 0, by: -1) where shape[d] == 1 {
            strides[d] = d == rank - 1 ? 1 : strides[d + 1] * Swift.max(shape[d + 1], 1)
        }
        return strides
    }

    /// The position of the first element in the root's storage (`storage_offset()`); 0 for a
    /// tensor that owns its elements or views them in the same order.
    public var storageOffset: Int { viewLink?.positions?.first ?? 0 }
}
