extension Tensor {
    /// Runs an in-place operation: computes `op(self)` then adopts its values (and history,
    /// when recording), as PyTorch rebases a tensor's history after `x.add_(y)`.
    /// - Throws: PyTorch's error for a leaf that requires grad while grad mode is on, and for
    ///   results that do not fit `self`'s shape or dtype.
    func inPlace(_ op: (Tensor) throws -> Tensor) throws {
        if GradMode.enabled && isLeaf && requiresGrad {
            throw EngineError.runtime("a leaf Variable that requires grad is being used in an in-place operation.")
        }
        if GradMode.enabled && isViewOfGradLeaf {
            throw EngineError.runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.")
        }
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
        let converted = result.converted(to: dtype)
        floats = converted.floats
        doubles = converted.doubles
        version += 1
        if GradMode.enabled && result.gradFn != nil { gradFn = result.gradFn }
        noteWrite()
    }

    /// `self.add_(other)` etc.: `self = self op other` in place (Python's `+=` on tensors).
    public func applyInPlace(_ op: BinaryOperator, _ other: TensorOperand) throws {
        try inPlace { try Tensor.binary(op, .tensor($0), other) }
    }

    /// `self.zero_()`.
    public func zero() throws { try fill(.int(0)) }

    /// `self.fill_(value)`.
    public func fill(_ value: Scalar) throws {
        try inPlace { Tensor.full($0.shape, value.doubleValue, dtype: $0.dtype) }
    }

    /// `self.copy_(source)` (broadcasting `source` to this shape).
    public func copy(from source: Tensor) throws {
        _ = try Tensor.broadcastShape(shape, source.shape)
        let expanded = source.expand(to: shape)
        try inPlace { _ in expanded.converted(to: self.dtype) }
    }
}
