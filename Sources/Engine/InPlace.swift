extension Tensor {
    /// Runs an in-place operation: computes `op(self)` then adopts its values and, when
    /// recording, its history, as PyTorch rebases a tensor's history after `x.add_(y)` (and
    /// its base's, through `CopySlices`, when the tensor is a view).
    /// - Parameter zeroGradName: the node recorded when `op` gives a result without history
    ///   while `self` requires grad (`fill_` → `FillBackward2`): its gradient is zero.
    /// - Throws: PyTorch's errors for leaves and views autograd cannot rebase, for views whose
    ///   elements overlap, and for results that do not fit `self`'s shape or dtype.
    /// - Parameter checkOverlap: whether to refuse a view whose elements overlap (`expand`),
    ///   as ATen's TensorIterator does (`fill_` and `zero_` do not; `indexPut` checks only the
    ///   elements it writes).
    func inPlace(zeroGradName: String = "AsStridedBackward0", checkOverlap: Bool = true, _ op: (Tensor) throws -> Tensor) throws {
        let recording = GradMode.enabled
        let selfRequiresGrad = recording && requiresGrad
        if selfRequiresGrad { try checkInPlace() }
        let snapshot = Tensor(dtype: dtype, shape: shape, floats: floats, doubles: doubles)
        snapshot.gradFn = gradFn
        let result = try op(snapshot)
        guard result.shape == shape else {
            throw EngineError.runtime("output with shape \(Tensor.sizeList(shape)) doesn't match the broadcast shape \(Tensor.sizeList(result.shape))")
        }
        if result.dtype != dtype {
            if !dtype.isFloatingPoint && result.dtype.isFloatingPoint {
                throw EngineError.runtime("result type Float can't be cast to the desired output type \(dtype.scalarTypeName)")
            }
        }
        let recordsHistory = recording && (selfRequiresGrad || result.requiresGrad) && dtype.isFloatingPoint
        if recordsHistory && !selfRequiresGrad { try checkInPlace() }
        if checkOverlap, let link = viewLink, link.overlapsItself { throw EngineError.runtime(Tensor.overlapMessage) }
        let converted = result.converted(to: dtype)
        floats = converted.floats
        doubles = converted.doubles
        version += 1
        noteWrite()
        if isInference && !GradMode.isInferenceMode {
            // PyTorch checks after its kernel wrote the values.
            throw EngineError.runtime("Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.")
        }
        guard recordsHistory, result !== snapshot else { return }
        if let fn = result.gradFn {
            rebaseHistory(fn)
        } else {
            let shape = self.shape, dtype = self.dtype
            rebaseHistory(FunctionNode(zeroGradName, snapshot, savesTensors: false) { _ in [Tensor.full(shape, 0, dtype: dtype)] })
        }
    }

    /// `self.add_(other)` etc.: `self = self op other` in place (Python's `+=` on tensors).
    public func applyInPlace(_ op: BinaryOperator, _ other: TensorOperand) throws {
        try inPlace { try Tensor.binary(op, .tensor($0), other) }
    }

    /// `self.zero_()` (`ZeroBackward0`).
    public func zero() throws {
        try inPlace(zeroGradName: "ZeroBackward0", checkOverlap: false) { Tensor.full($0.shape, 0, dtype: $0.dtype) }
    }

    /// `self.fill_(value)` (`FillBackward2`).
    public func fill(_ value: Scalar) throws {
        try inPlace(zeroGradName: "FillBackward2", checkOverlap: false) { Tensor.full($0.shape, value.doubleValue, dtype: $0.dtype) }
    }

    /// `self.fill_(value)` with a 0-d tensor value (`FillBackward3`: its gradient is the sum
    /// of the incoming one).
    public func fill(tensor value: Tensor) throws {
        guard value.rank == 0 else {
            throw EngineError.runtime("fill_ only supports 0-dimension value tensor but got tensor with \(value.rank) dimensions.")
        }
        let v = try value.item()
        try inPlace(zeroGradName: "FillBackward3", checkOverlap: false) { base in
            let out = Tensor.full(base.shape, v, dtype: base.dtype)
            if GradMode.enabled && (base.requiresGrad || value.requiresGrad) {
                let shape = base.shape, dtype = base.dtype
                out.gradFn = FunctionNode("FillBackward3", base, value, savesTensors: false) { g in
                    [Tensor.full(shape, 0, dtype: dtype), g.sumTo([])]
                }
            }
            return out
        }
    }

    /// `self.copy_(source)` (broadcasting `source` to this shape; `CopyBackwards`).
    public func copy(from source: Tensor) throws {
        _ = try Tensor.broadcastShape(shape, source.shape)
        try inPlace(zeroGradName: "CopyBackwards") { base in
            let out = source.expand(to: base.shape).converted(to: base.dtype).detachedView()
            if GradMode.enabled && (base.requiresGrad || source.requiresGrad) {
                let shape = base.shape, dtype = base.dtype, sourceDType = source.dtype
                out.gradFn = FunctionNode("CopyBackwards", base, source, savesTensors: false) { g in
                    [Tensor.full(shape, 0, dtype: dtype), source.dtype.isFloatingPoint ? g.converted(to: sourceDType) : nil]
                }
            }
            return out
        }
    }
}
