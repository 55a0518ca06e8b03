/// An optimizer's per-parameter step count (and NAdam's `mu_product`) kept in a 0-d float32
/// tensor, as torch keeps `state["step"]`: `optimizer.state_dict()` hands out that tensor itself and
/// `load_state_dict` adopts the loaded one, so a saved state dict and the optimizers that
/// loaded it all see each later step, as in torch. `$step` is the tensor.
@propertyWrapper public struct StepTensor {
    var tensor: Tensor

    public init(wrappedValue: Float) { tensor = Tensor(Double(wrappedValue)) }

    public var wrappedValue: Float {
        get { tensor.floats[0] }
        nonmutating set { tensor.floats[0] = newValue }
    }

    public var projectedValue: Tensor {
        get { tensor }
        set { tensor = newValue }
    }
}

extension OptimizerState {
    /// The saved `step` to adopt: the saved 0-d float32 tensor itself (torch keeps the
    /// loaded tensor), else a new one holding the saved number.
    static func savedStepTensor(_ entries: [String: EngineValue], _ key: String = "step") -> Tensor {
        if case .tensor(let t)? = entries[key], t.dtype == .float32, t.rank == 0 { return t }
        return Tensor(Double(savedStep(entries, key)))
    }
}
