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
            var producer = ""
            if let node = tensor.gradFn {
                let output = node is AsStridedBackward ? 0 : tensor.viewLink?.outputNr ?? 0
                producer = ", which is output \(output) of \(node.shortName),"
            }
            throw EngineError.runtime(SavedTensor.modifiedMessage(tensor, producer: producer, expected: version))
        }
        return tensor
    }

    static func modifiedMessage(_ tensor: Tensor, producer: String, expected: Int) -> String {
        "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.\(tensor.dtype.legacyTensorName) \(Tensor.sizeList(tensor.shape))]\(producer) is at version \(tensor.version); expected version \(expected) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."
    }
}

/// An operation's own result saved for its backward (`exp`, `relu`, `softmax`…): the values
/// are copied, and the result's version is checked as PyTorch checks a saved output, so an
/// in-place write to the result (or a view of it) before backward fails instead of using
/// stale values.
///
/// The result is not held (it holds the node that holds this, so a strong reference would
/// be a cycle); an `OutputWatch` tells whether it still exists. A `weak` reference would
/// do the same but move the result's reference counting onto a slow side table for the
/// rest of its life, on every activation of every training step.
struct SavedOutput {
    private let watch: OutputWatch
    private let version: Int
    private let producer: String

    /// - Parameter producer: the node's name without `Backward0` (`Exp`).
    init(_ out: Tensor, producer: String) {
        if let existing = out.outputWatch {
            self.watch = existing
        } else {
            let watch = OutputWatch(out)
            out.outputWatch = watch
            self.watch = watch
        }
        self.version = out.version
        self.producer = producer
    }

    /// PyTorch's "modified by an inplace operation" error if the result changed.
    func check() throws {
        guard let tensor = watch.tensor, tensor.version != version else { return }
        throw EngineError.runtime(SavedTensor.modifiedMessage(tensor, producer: ", which is output 0 of \(producer),", expected: version))
    }
}

/// The tensor a `SavedOutput` was taken from while it exists: the tensor clears this
/// reference when it goes (`Tensor.deinit`), as `AccumulateGrad` does for its leaf.
final class OutputWatch {
    unowned(unsafe) var tensor: Tensor?
    init(_ tensor: Tensor) { self.tensor = tensor }
}
