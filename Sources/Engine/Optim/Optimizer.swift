/// A `torch.optim` optimizer: parameter groups with options, `step()` and `zero_grad()`.
public protocol Optimizer: AnyObject {
    /// Class name as in PyTorch, e.g. `SGD`.
    var name: String { get }
    /// `param_groups`.
    var paramGroups: [ParamGroup] { get }
    /// Constructor defaults in PyTorch's order (`optimizer.defaults`).
    var defaults: [(key: String, value: EngineValue)] { get }
    /// Performs one update of every parameter that has a gradient (`step()`).
    func step() throws
    /// Clears gradients (`zero_grad(set_to_none=True)`).
    func zeroGrad(setToNone: Bool) throws
    /// `add_param_group`: a new group whose missing options take the defaults.
    func addParamGroup(params: [Tensor], options: [(key: String, value: EngineValue)]) throws
    /// Per-parameter state in PyTorch's key order (`optimizer.state[p]`), empty before the
    /// first step.
    func state(of param: Tensor) -> [(key: String, value: EngineValue)]
    /// An independent optimizer of the same class on remapped tensors, as `copy.deepcopy`
    /// gives: `mapping` returns the copy of each tensor this optimizer references (its
    /// parameters and any tensor-valued option); the copy has the same param groups and
    /// options as they are now (an lr a scheduler set, groups added since construction), and
    /// its own clones of the per-parameter state, so stepping one never moves the other.
    func copy(mapping: (Tensor) throws -> Tensor) rethrows -> any Optimizer
    /// `load_state_dict`: every group's options as saved and each parameter's state (see
    /// `OptimizerLoading.swift`).
    func loadStateDict(groups: [[(key: String, value: EngineValue)]], states: [[[String: EngineValue]?]]) throws
}

extension Optimizer {
    /// `zero_grad()` with PyTorch's default `set_to_none=True`.
    public func zeroGrad() throws { try zeroGrad(setToNone: true) }
}

/// Shared machinery of the optimizers: parameter groups, per-parameter state slots, and
/// `zero_grad`. Subclasses implement `update(group:index:param:grad:)` for one parameter,
/// mirroring `torch/optim/<name>.py`'s `_single_tensor_<name>`.
public class OptimizerBase<State: OptimizerState>: Optimizer, TracksSchedulerSteps {
    public let name: String
    /// Whether a scheduler was attached and whether `step()` ran since (torch's
    /// `_wrapped_by_lr_sched` wrapper and its `_opt_called` flag).
    public let schedulerTracking = SchedulerTracking()
    public private(set) var paramGroups: [ParamGroup]
    public let defaults: [(key: String, value: EngineValue)]
    /// State slot per parameter, parallel to each group's `params`.
    var states: [[State?]]

    init(name: String, params: [Tensor], defaults: [(key: String, value: EngineValue)]) throws {
        guard !params.isEmpty else { throw EngineError.value("optimizer got an empty parameter list") }
        for p in params where !p.isLeaf {
            throw EngineError.value("can't optimize a non-leaf Tensor")
        }
        self.name = name
        self.defaults = defaults
        self.paramGroups = [ParamGroup(params: params, options: defaults)]
        self.states = [Array(repeating: nil, count: params.count)]
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<State>, mapping: (Tensor) throws -> Tensor) rethrows {
        name = other.name
        defaults = other.defaults
        paramGroups = try other.paramGroups.map { try $0.copy(mapping: mapping) }
        states = other.states.map { $0.map { $0?.copied() } }
        schedulerTracking.wrapped = other.schedulerTracking.wrapped
        schedulerTracking.stepCalled = other.schedulerTracking.stepCalled
    }

    public func copy(mapping: (Tensor) throws -> Tensor) rethrows -> any Optimizer {
        try type(of: self).init(copying: self, mapping: mapping)
    }

    /// `add_param_group`: options missing from `options` take the defaults.
    public func addParamGroup(params: [Tensor], options: [(key: String, value: EngineValue)]) throws {
        var merged = options
        for (key, value) in defaults where !merged.contains(where: { $0.key == key }) { merged.append((key, value)) }
        let existing = Set(paramGroups.flatMap { $0.params.map(ObjectIdentifier.init) })
        if params.contains(where: { existing.contains(ObjectIdentifier($0)) }) {
            throw EngineError.value("some parameters appear in more than one parameter group")
        }
        paramGroups.append(ParamGroup(params: params, options: merged))
        states.append(Array(repeating: nil, count: params.count))
    }

    public func step() throws {
        if schedulerTracking.wrapped { schedulerTracking.stepCalled = true }
        try GradMode.withNoGrad { try updateGroups() }
    }

    /// Updates every parameter of every group (under `no_grad`); a subclass may repeat this
    /// loop for its concrete state type (see `Adam.updateGroups`).
    func updateGroups() throws {
        do {
            for (g, group) in paramGroups.enumerated() {
                if states[g].count < group.params.count {
                    states[g] += Array(repeating: nil, count: group.params.count - states[g].count)
                }
                try prepare(group: group)
                for (i, param) in group.params.enumerated() {
                    guard let grad = param.grad else { continue }
                    try update(group: group, state: &states[g][i], param: param, grad: grad)
                }
            }
        }
    }

    /// Reads the group's options once per step (subclasses cache them here).
    func prepare(group: ParamGroup) throws {}

    /// Updates one parameter; `state` is nil before its first step.
    func update(group: ParamGroup, state: inout State?, param: Tensor, grad: Tensor) throws {}

    public func zeroGrad(setToNone: Bool) throws {
        for group in paramGroups {
            for p in group.params {
                guard let grad = p.grad else { continue }
                if setToNone {
                    p.grad = nil
                } else {
                    grad.gradFn = nil
                    grad.update({ _ in 0 }, { _ in 0 })
                }
            }
        }
    }

    public func state(of param: Tensor) -> [(key: String, value: EngineValue)] {
        for (g, group) in paramGroups.enumerated() {
            if let i = group.params.firstIndex(where: { $0 === param }), i < states[g].count, let s = states[g][i] {
                return describe(s)
            }
        }
        return []
    }

    /// State entries of one parameter in PyTorch's key order.
    func describe(_ state: State) -> [(key: String, value: EngineValue)] { [] }

    /// `grad` or `-grad` for `maximize`.
    static func direction(_ grad: Tensor, maximize: Bool) -> Tensor {
        maximize ? grad.negated() : grad
    }
}

/// Per-parameter optimizer state that can be duplicated for `Optimizer.copy(mapping:)`.
public protocol OptimizerState {
    /// An independent copy: tensors cloned without history, counters copied.
    func copied() -> Self
    /// The state `describe` gave as `entries`, tensors cast to `dtype`; nil when
    /// an entry it needs is missing.
    static func restored(_ entries: [String: EngineValue], dtype: DType) -> Self?
}

extension Tensor: OptimizerState {
    /// A detached copy of the values (an SGD momentum buffer).
    public func copied() -> Tensor { detach() }
}

/// torch's record of whether `optimizer.step()` ran after a learning-rate scheduler wrapped
/// it: its "Detected call of `lr_scheduler.step()` before `optimizer.step()`" warning asks.
public final class SchedulerTracking {
    /// A scheduler was created on this optimizer.
    public var wrapped = false
    /// `step()` ran since then (`_opt_called`).
    public var stepCalled = false
}

/// An optimizer that keeps a `SchedulerTracking`.
public protocol TracksSchedulerSteps: AnyObject {
    var schedulerTracking: SchedulerTracking { get }
}
