/// An input saved for the backward pass, checked against in-place modification.
///
/// Like PyTorch's `SavedVariable`, it records the tensor's version counter when saved; if
/// an in-place operation (`add_`, `zero_`, an optimizer step...) changed the tensor before
/// backward, unpacking fails with PyTorch's error instead of using the new values.
struct SavedTensor {
    let tensor: Tensor
    let version: Int

    init(_ tensor: Tensor) {
        self.tensor = tensor
        self.version = tensor.version
    }

    /// The saved tensor, or PyTorch's "modified by an inplace operation" error.
    func unpack() throws -> Tensor {
        guard tensor.version == version else {
            let kind = tensor.dtype.legacyTensorName
            var producer = ""
            if let name = tensor.gradFnName {
                var base = name
                while let last = base.last, last.isNumber { base.removeLast() }
                if base.hasSuffix("Backward") { base.removeLast("Backward".count) }
                producer = ", which is output 0 of \(base),"
            }
            throw EngineError.runtime("one of the variables needed for gradient computation has been modified by an inplace operation: [torch.\(kind) \(Tensor.sizeList(tensor.shape))]\(producer) is at version \(tensor.version); expected version \(version) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).")
        }
        return tensor
    }
}
