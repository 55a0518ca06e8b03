/// A value in a scheduler's `state_dict()`: a plain value, a `collections.Counter` of ints
/// (`MultiStepLR`'s milestones), or a list of string-keyed dicts (`OneCycleLR`'s phases, the
/// nested schedulers of `SequentialLR` and `ChainedScheduler`).
public indirect enum SchedulerStateValue {
    case value(EngineValue)
    case counter([(key: Int, count: Int)])
    case dicts([[(key: String, value: SchedulerStateValue)]])
}

/// `state_dict()` and `load_state_dict()` of every scheduler, as PyTorch's: the scheduler's
/// `__dict__` without `optimizer`, in attribute order.
extension LRScheduler {
    /// The entries of `state_dict()`, in torch 2.15's order.
    public func stateDict() -> [(key: String, value: SchedulerStateValue)] {
        if let plateau = self as? ReduceLROnPlateau { return plateau.plateauState() }
        guard let base = self as? SchedulerBase else { return [] }
        // SequentialLR and ChainedScheduler do not run `LRScheduler.__init__`.
        if base is SequentialLR || base is ChainedScheduler { return base.ownState() }
        // LambdaLR and MultiplicativeLR put `lr_lambdas` last: None for each plain function.
        let lambdas = (base as? LambdaLR)?.lambdas ?? (base as? MultiplicativeLR)?.lambdas
        let lambdaState: [(key: String, value: SchedulerStateValue)] = lambdas.map { [("lr_lambdas", .value(.list($0.map { _ in .none })))] } ?? []
        return base.ownState() + base.baseState() + lambdaState
    }

    /// `load_state_dict(state)`: restores the epoch, step count, last lrs and the
    /// scheduler's running state (restart period, plateau counters, nested schedulers).
    /// - Throws: `NotImplementedError` when a hyperparameter differs from this scheduler's
    ///   (torch would take the new value; resuming from a checkpoint never changes them).
    public func loadStateDict(_ entries: [(key: String, value: SchedulerStateValue)]) throws {
        let dict = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { _, b in b })
        if let plateau = self as? ReduceLROnPlateau { try plateau.loadPlateau(dict); return }
        guard let base = self as? SchedulerBase else { return }
        try base.checkHyperparameters(dict)
        try base.loadBase(dict)
    }
}

/// The printable form of a float that is a whole number in torch (`T_cur`, counters).
func stateNumber(_ d: Double) -> EngineValue {
    d == d.rounded() && Swift.abs(d) < 1e15 ? .int(Int(d)) : .double(d)
}

extension SchedulerBase {
    /// Each group's `lr` as torch lists it (an int stays an int).
    func lrValues(_ lrs: [Double]) -> [SchedulerStateValue] {
        zip(optimizer.paramGroups, lrs).map { group, lr in
            if case .int(let i)? = group["lr"], Double(i) == lr { return .value(.int(i)) }
            return .value(.double(lr))
        } + lrs.dropFirst(optimizer.paramGroups.count).map { .value(.double($0)) }
    }

    var lastLRValue: SchedulerStateValue { .value(.list(lrValues(lastLR).map { if case .value(let v) = $0 { return v } else { return .none } })) }

    /// `base_lrs` … `_last_lr`, the entries `LRScheduler.__init__` and its steps set.
    func baseState() -> [(key: String, value: SchedulerStateValue)] {
        let bases: [EngineValue] = zip(optimizer.paramGroups, baseLRs).map { group, lr in
            if let v = group["initial_lr"], v.number == lr { return v }
            return .double(lr)
        }
        // torch's CosineAnnealingWarmRestarts.step never counts its steps.
        let steps = self is CosineAnnealingWarmRestarts ? 0 : stepCount
        return [("base_lrs", .value(.list(bases))), ("last_epoch", .value(.int(lastEpoch))), ("_step_count", .value(.int(steps))),
                ("_is_initial", .value(.bool(isInitial))), ("_get_lr_called_within_step", .value(.bool(false))), ("_last_lr", lastLRValue)]
    }

    func argument(_ key: String) -> SchedulerStateValue { .value(arguments[key] ?? .none) }

    /// The entries each class sets before calling `LRScheduler.__init__`.
    func ownState() -> [(key: String, value: SchedulerStateValue)] {
        switch self {
        case let s as MultiStepLR:
            var counts: [(key: Int, count: Int)] = []
            for m in s.milestones {
                if let i = counts.firstIndex(where: { $0.key == m }) { counts[i].count += 1 } else { counts.append((m, 1)) }
            }
            return [("milestones", .counter(counts)), ("gamma", argument("gamma"))]
        case let s as OneCycleLR:
            let phases: [[(key: String, value: SchedulerStateValue)]] = s.phases.enumerated().map { i, p in
                let end: EngineValue = i == s.phases.count - 1 ? .int(Int(p.endStep)) : .double(p.endStep)
                return [("end_step", .value(end)), ("start_lr", .value(.string(p.startLR))), ("end_lr", .value(.string(p.endLR))),
                        ("start_momentum", .value(.string(p.startMomentum))), ("end_momentum", .value(.string(p.endMomentum)))]
            }
            return [("total_steps", .value(.int(s.totalSteps))), ("_schedule_phases", .dicts(phases)),
                    ("_anneal_func_type", .value(.string(s.cosine ? "cos" : "linear"))), ("cycle_momentum", argument("cycle_momentum")),
                    ("use_beta1", .value(.bool(s.useBeta1)))]
        case let s as CosineAnnealingWarmRestarts:
            return [("T_0", argument("T_0")), ("T_i", .value(.int(s.tI))), ("T_mult", argument("T_mult")), ("eta_min", argument("eta_min")),
                    ("T_cur", .value(stateNumber(s.tCur)))]
        case let s as SequentialLR:
            return [("_milestones", argument("milestones")), ("last_epoch", .value(.int(lastEpoch))), ("_last_lr", lastLRValue),
                    ("_schedulers", .dicts(s.schedulers.map { $0.stateDict() }))]
        case let s as ChainedScheduler:
            return [("_last_lr", lastLRValue), ("_schedulers", .dicts(s.schedulers.map { $0.stateDict() }))]
        default:
            return Self.hyperparameterKeys[name, default: []].map { ($0, argument($0)) }
        }
    }

    /// The hyperparameters each simple scheduler stores, in order.
    static let hyperparameterKeys: [String: [String]] = [
        "StepLR": ["step_size", "gamma"], "ExponentialLR": ["gamma"], "CosineAnnealingLR": ["T_max", "eta_min"],
        "LinearLR": ["start_factor", "end_factor", "total_iters"], "ConstantLR": ["factor", "total_iters"],
        "PolynomialLR": ["total_iters", "power"], "MultiStepLR": ["gamma"], "CosineAnnealingWarmRestarts": ["T_0", "T_mult", "eta_min"],
        "OneCycleLR": ["cycle_momentum"],
    ]

    func checkHyperparameters(_ dict: [String: SchedulerStateValue]) throws {
        for key in Self.hyperparameterKeys[name, default: []] {
            guard case .value(let v)? = dict[key], let mine = arguments[key] else { continue }
            if v.repr != mine.repr && v.number != mine.number {
                throw EngineError(.notImplementedError, "load_state_dict: \(name)'s \(key) is \(mine.repr) here and \(v.repr) in the state dict; Descent restores a scheduler's state, not new hyperparameters")
            }
        }
    }

    func loadBase(_ dict: [String: SchedulerStateValue]) throws {
        func number(_ key: String) -> Double? { if case .value(let v)? = dict[key] { return v.number } else { return nil } }
        func numbers(_ key: String) -> [Double]? {
            guard case .value(let v)? = dict[key] else { return nil }
            switch v {
            case .list(let items), .tuple(let items): return items.compactMap(\.number)
            default: return nil
            }
        }
        if let e = number("last_epoch") { lastEpoch = Int(e) }
        if let c = number("_step_count"), !(self is CosineAnnealingWarmRestarts) { stepCount = Int(c) }
        if let b = numbers("base_lrs") { baseLRs = b }
        if let l = numbers("_last_lr") { lastLR = l }
        if let s = self as? CosineAnnealingWarmRestarts {
            if let t = number("T_i") { s.tI = Int(t) }
            if let t = number("T_cur") { s.tCur = t }
        }
        let nested: [any LRScheduler]
        switch self {
        case let s as SequentialLR: nested = s.schedulers
        case let s as ChainedScheduler: nested = s.schedulers
        default: nested = []
        }
        if !nested.isEmpty, case .dicts(let states)? = dict["_schedulers"] {
            for (child, state) in zip(nested, states) { try child.loadStateDict(state) }
        }
    }
}

extension ReduceLROnPlateau {
    func plateauState() -> [(key: String, value: SchedulerStateValue)] {
        let minLR = arguments["min_lr"] ?? .int(0)
        let isList: Bool
        switch minLR { case .list, .tuple: isList = true; default: isList = false }
        let minLRs: EngineValue = isList ? .list({ if case .list(let l) = minLR { return l }; if case .tuple(let l) = minLR { return l }; return [] }())
            : .list(Array(repeating: minLR, count: optimizer.paramGroups.count))
        let last: [EngineValue] = zip(optimizer.paramGroups, lastLR).map { group, lr in
            if case .int(let i)? = group["lr"], Double(i) == lr { return .int(i) }
            return .double(lr)
        }
        func arg(_ key: String) -> SchedulerStateValue { .value(arguments[key] ?? .none) }
        return [("factor", arg("factor")), ("default_min_lr", .value(isList ? .none : minLR)), ("min_lrs", .value(minLRs)),
                ("patience", arg("patience")), ("cooldown", arg("cooldown")), ("eps", arg("eps")), ("last_epoch", .value(.int(lastEpoch))),
                ("_last_lr", .value(.list(last))), ("mode_worse", .value(.double(mode == "min" ? .infinity : -.infinity))),
                ("mode", arg("mode")), ("threshold", arg("threshold")), ("threshold_mode", arg("threshold_mode")),
                ("best", .value(.double(best))), ("cooldown_counter", .value(.int(cooldownCounter))), ("num_bad_epochs", .value(.int(numBadEpochs)))]
    }

    func loadPlateau(_ dict: [String: SchedulerStateValue]) throws {
        func number(_ key: String) -> Double? { if case .value(let v)? = dict[key] { return v.number } else { return nil } }
        for key in ["factor", "patience", "cooldown", "eps", "threshold"] {
            if let v = number(key), let mine = arguments[key]?.number, v != mine {
                throw EngineError(.notImplementedError, "load_state_dict: ReduceLROnPlateau's \(key) is \(EngineValue.pythonFloatRepr(mine)) here and \(EngineValue.pythonFloatRepr(v)) in the state dict; Descent restores a scheduler's state, not new hyperparameters")
            }
        }
        if let e = number("last_epoch") { lastEpoch = Int(e) }
        if let b = number("best") { best = b }
        if let c = number("cooldown_counter") { cooldownCounter = Int(c) }
        if let n = number("num_bad_epochs") { numBadEpochs = Int(n) }
        if case .value(.list(let items))? = dict["_last_lr"] { lastLR = items.compactMap(\.number) }
    }
}
