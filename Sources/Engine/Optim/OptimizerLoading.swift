/// `optimizer.load_state_dict`: options and per-parameter state read back from the form
/// `state(of:)` describes, as PyTorch's `Optimizer.load_state_dict` restores them: state
/// tensors cast to their parameter's dtype (so shared with the dict when the dtype is the
/// same, as `Tensor.to` returns the tensor itself), `step` kept as a float32 count.
extension OptimizerBase {
    /// Replaces every group's options with `groups` (each as saved, in its order) and the
    /// state of each parameter with `states` (nil: no state), positions as in the groups.
    /// - Throws: PyTorch's `ValueError`s when the group count or a group's size differ.
    public func loadStateDict(groups: [[(key: String, value: EngineValue)]], states loaded: [[[String: EngineValue]?]]) throws {
        guard groups.count == paramGroups.count, loaded.count == paramGroups.count else {
            throw EngineError.value("loaded state dict has a different number of parameter groups")
        }
        for (g, group) in paramGroups.enumerated() where loaded[g].count != group.params.count {
            throw EngineError.value("loaded state dict contains a parameter group that doesn't match the size of optimizer's group")
        }
        for (g, group) in paramGroups.enumerated() {
            for (key, _) in group.options { group[key] = nil }
            for (key, value) in groups[g] where key != "params" { group[key] = value }
            states[g] = zip(group.params, loaded[g]).map { param, entries in
                entries.flatMap { State.restored($0, dtype: param.dtype) }
            }
        }
    }
}

extension OptimizerState {
    /// The tensor saved under `key`, cast to `dtype` (itself when it has that dtype).
    static func savedTensor(_ entries: [String: EngineValue], _ key: String, _ dtype: DType) -> Tensor? {
        guard case .tensor(let t)? = entries[key] else { return nil }
        return t.converted(to: dtype)
    }

    /// The saved `step` (a tensor or a number) as the float32 count the optimizers keep.
    static func savedStep(_ entries: [String: EngineValue], _ key: String = "step") -> Float {
        Float(entries[key]?.number ?? 0)
    }
}

extension Tensor {
    /// An SGD momentum buffer.
    public static func restored(_ entries: [String: EngineValue], dtype: DType) -> Tensor? {
        savedTensor(entries, "momentum_buffer", dtype)
    }
}

extension Adam.State {
    public static func restored(_ entries: [String: EngineValue], dtype: DType) -> Adam.State? {
        guard let m = savedTensor(entries, "exp_avg", dtype), let v = savedTensor(entries, "exp_avg_sq", dtype) else { return nil }
        let s = Adam.State(expAvg: m, expAvgSq: v, maxExpAvgSq: savedTensor(entries, "max_exp_avg_sq", dtype))
        s.$step = savedStepTensor(entries)
        return s
    }
}

extension Adagrad.State {
    public static func restored(_ entries: [String: EngineValue], dtype: DType) -> Adagrad.State? {
        guard let sum = savedTensor(entries, "sum", dtype) else { return nil }
        let s = Adagrad.State(step: 0, sum: sum)
        s.$step = savedStepTensor(entries)
        return s
    }
}

extension Adadelta.State {
    public static func restored(_ entries: [String: EngineValue], dtype: DType) -> Adadelta.State? {
        guard let a = savedTensor(entries, "square_avg", dtype), let d = savedTensor(entries, "acc_delta", dtype) else { return nil }
        let s = Adadelta.State(squareAvg: a, accDelta: d)
        s.$step = savedStepTensor(entries)
        return s
    }
}

extension Adamax.State {
    public static func restored(_ entries: [String: EngineValue], dtype: DType) -> Adamax.State? {
        guard let m = savedTensor(entries, "exp_avg", dtype), let u = savedTensor(entries, "exp_inf", dtype) else { return nil }
        let s = Adamax.State(expAvg: m, expInf: u)
        s.$step = savedStepTensor(entries)
        return s
    }
}

extension NAdam.State {
    public static func restored(_ entries: [String: EngineValue], dtype: DType) -> NAdam.State? {
        guard let m = savedTensor(entries, "exp_avg", dtype), let v = savedTensor(entries, "exp_avg_sq", dtype) else { return nil }
        let s = NAdam.State(expAvg: m, expAvgSq: v)
        s.$step = savedStepTensor(entries)
        s.$muProduct = savedStepTensor(entries, "mu_product")
        return s
    }
}

extension RAdam.State {
    public static func restored(_ entries: [String: EngineValue], dtype: DType) -> RAdam.State? {
        guard let m = savedTensor(entries, "exp_avg", dtype), let v = savedTensor(entries, "exp_avg_sq", dtype) else { return nil }
        let s = RAdam.State(expAvg: m, expAvgSq: v)
        s.$step = savedStepTensor(entries)
        return s
    }
}

extension RMSprop.State {
    public static func restored(_ entries: [String: EngineValue], dtype: DType) -> RMSprop.State? {
        guard let a = savedTensor(entries, "square_avg", dtype) else { return nil }
        let s = RMSprop.State(step: 0, squareAvg: a, gradAvg: savedTensor(entries, "grad_avg", dtype),
                              momentumBuffer: savedTensor(entries, "momentum_buffer", dtype))
        s.$step = savedStepTensor(entries)
        return s
    }
}
