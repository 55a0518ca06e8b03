import Engine

/// `scheduler.state_dict()` / `load_state_dict()` printed and read as torch's dicts, and
/// torch's warning when a scheduler steps before its optimizer ever did.
extension SchedulerObject {
    /// torch's `UserWarning` (lr_scheduler.py) for `scheduler.step()` before `optimizer.step()`.
    static let stepOrderWarning = "Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate"

    /// Marks the optimizer as wrapped by a scheduler, as `LRScheduler.__init__` patches
    /// `optimizer.step` (`SequentialLR` and `ChainedScheduler` rely on their children's).
    static func attach(_ scheduler: any LRScheduler) {
        guard scheduler is SchedulerBase, !(scheduler is SequentialLR), !(scheduler is ChainedScheduler),
              let tracking = (scheduler.optimizer as? TracksSchedulerSteps)?.schedulerTracking else { return }
        tracking.wrapped = true
    }

    /// Issues torch's step-order warning where `step()` would: at the script line for a
    /// scheduler stepped by the script, inside torch's `SequentialLR.step` /
    /// `ChainedScheduler.step` for their children.
    func warnStepOrder(_ interp: Interpreter) {
        func early(_ s: any LRScheduler) -> Bool {
            guard let base = s as? SchedulerBase, !(base is CosineAnnealingWarmRestarts), base.stepCount == 1,
                  let tracking = (s.optimizer as? TracksSchedulerSteps)?.schedulerTracking else { return false }
            return tracking.wrapped && !tracking.stepCalled
        }
        let file = "torch/optim/lr_scheduler.py"
        switch scheduler {
        case let seq as SequentialLR:
            if let child = seq.nextStepped, early(child) {
                interp.warn("UserWarning", Self.stepOrderWarning, at: Interpreter.WarningSite(file: file, line: 1194, source: "scheduler.step()"))
            }
        case let chained as ChainedScheduler:
            for child in chained.chained where early(child) {
                interp.warn("UserWarning", Self.stepOrderWarning, at: Interpreter.WarningSite(file: file, line: 1542, source: "scheduler.step()"))
            }
        default:
            if early(scheduler) { interp.warn("UserWarning", Self.stepOrderWarning) }
        }
    }

    /// `state_dict()`: the scheduler's `__dict__` without `optimizer`.
    func stateDict() throws -> Value {
        let lambdas = (scheduler as? LambdaLR)?.lambdas ?? (scheduler as? MultiplicativeLR)?.lambdas ?? []
        if lambdas.contains(where: { !$0.isFunction }) {
            throw PyError("NotImplementedError", "\(scheduler.name).state_dict() with a callable object as lr_lambda (torch saves its __dict__) is not supported in the script language; use a function")
        }
        return .dict(try Self.dict(scheduler.stateDict()))
    }

    static func dict(_ entries: [(key: String, value: SchedulerStateValue)]) throws -> PyDict {
        let d = PyDict()
        for (key, value) in entries { try d.set(.str(key), try scriptValue(value)) }
        return d
    }

    static func scriptValue(_ v: SchedulerStateValue) throws -> Value {
        switch v {
        case .value(let e):
            if case .double(let d) = e { return .float(d) }
            return OptimLibrary.scriptValue(e)
        case .counter(let counts):
            let d = PyDict()
            d.flavor = DictFlavor(.counter)
            for (key, count) in counts { try d.set(.int(key), .int(count)) }
            return .dict(d)
        case .dicts(let items):
            return .list(PyList(try items.map { .dict(try dict($0)) }))
        }
    }

    /// `load_state_dict(state_dict)`.
    func loadStateDict(_ value: Value, _ interp: Interpreter) throws {
        guard case .dict(let d) = value else {
            throw PyError("AttributeError", "'\(value.typeName)' object has no attribute 'items'")
        }
        try scheduler.loadStateDict(try Self.entries(d, interp))
    }

    static func entries(_ d: PyDict, _ interp: Interpreter) throws -> [(key: String, value: SchedulerStateValue)] {
        try d.pairs.compactMap { k, v -> (key: String, value: SchedulerStateValue)? in
            guard case .str(let key) = k else { return nil }
            if key == "_schedulers" || key == "_schedule_phases" {
                return (key, .dicts(try interp.collect(v).map { item in
                    guard case .dict(let inner) = item else { return [] }
                    return try entries(inner, interp)
                }))
            }
            if case .dict = v { return (key, .value(.none)) }
            return (key, .value(try OptimLibrary.engineValue(v, interp)))
        }
    }
}
