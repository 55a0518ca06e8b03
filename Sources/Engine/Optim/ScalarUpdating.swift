/// An optimizer whose update of one parameter also runs on a float32 number standing for a
/// 0-d float32 parameter, for the two-parameter descent (`Descent.run(surface:...)`).
///
/// `update(state:param:grad:backend:)` performs the float32 operations of the tensor
/// `update(group:state:param:grad:)` in the same order, each rounded as the one-element
/// tensor kernel rounds it (`Float` helpers below, `sqrt` through the `MathBackend`), so the
/// parameters move bit for bit as the tensor step moves them, without allocating a tensor or
/// a state object per step.
protocol ScalarUpdating: Optimizer {
    /// The per-parameter state as numbers: the values of the 0-d state tensors.
    associatedtype ScalarState
    /// Caches the group's options, as `step()` does before it updates the group.
    func prepare(group: ParamGroup) throws
    /// The state a parameter gets at its first update (`state[p]` was empty).
    func makeScalarState() -> ScalarState
    /// One parameter's update on numbers, after `prepare(group:)`.
    func update(state: inout ScalarState, param: inout Float, grad: Float, backend: MathBackend)
}

/// The in-place kernels of `TensorUpdates` on one float32 element: scalars rounded to float32
/// first, fused multiply-add where PyTorch's compiled kernels use it.
extension Float {
    /// `self.add_(other, alpha=alpha)`: `fma(alpha, other, self)`.
    @inline(__always) func adding(_ other: Float, alpha: Double) -> Float {
        addingProduct(Float(alpha), other)
    }

    /// `self.addcmul_(t1, t2, value=value)`: `fma(value * t1, t2, self)`.
    @inline(__always) func addcmul(_ t1: Float, _ t2: Float, value: Double) -> Float {
        addingProduct(Float(value) * t1, t2)
    }

    /// `self.addcdiv_(t1, t2, value=value)`: `self + (value * t1) / t2`.
    @inline(__always) func addcdiv(_ t1: Float, _ t2: Float, value: Double) -> Float {
        self + Float(value) * t1 / t2
    }

    /// `self.lerp_(end, weight)`: PyTorch's two-sided formula, fused.
    @inline(__always) func lerp(_ end: Float, weight: Double) -> Float {
        let w = Float(weight)
        return Swift.abs(w) < 0.5 ? addingProduct(w, end - self) : end.addingProduct(-(end - self), 1 - w)
    }

    /// `torch.maximum(self, other)` (NaN propagates).
    @inline(__always) func torchMaximum(_ other: Float) -> Float {
        isNaN || other.isNaN ? .nan : Swift.max(self, other)
    }

    /// `grad` or `-grad` for `maximize`.
    @inline(__always) func direction(maximize: Bool) -> Float { maximize ? -self : self }
}
