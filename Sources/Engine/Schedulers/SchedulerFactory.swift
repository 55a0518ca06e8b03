/// Builds learning-rate schedulers by PyTorch class name from Python-style arguments.
/// The optimizer is implied (as `descent trace` and nested `SequentialLR` schedulers do);
/// nested schedulers arrive as already built `.scheduler` values.
public enum SchedulerFactory {
    /// Supported class names.
    public static let names = ["StepLR", "MultiStepLR", "ExponentialLR", "CosineAnnealingLR", "ReduceLROnPlateau",
                               "LinearLR", "ConstantLR", "PolynomialLR", "OneCycleLR", "CosineAnnealingWarmRestarts",
                               "SequentialLR", "ChainedScheduler"]

    /// Constructor signature of `name` without its `optimizer` parameter (for
    /// `ChainedScheduler`, `optimizer` stays as its optional second parameter).
    public static func signature(of name: String) -> Signature? {
        let f = "\(name).__init__"
        switch name {
        case "StepLR": return Signature(f, [("step_size", nil), ("gamma", .double(0.1)), ("last_epoch", .int(-1))])
        case "MultiStepLR": return Signature(f, [("milestones", nil), ("gamma", .double(0.1)), ("last_epoch", .int(-1))])
        case "ExponentialLR": return Signature(f, [("gamma", nil), ("last_epoch", .int(-1))])
        case "CosineAnnealingLR": return Signature(f, [("T_max", nil), ("eta_min", .double(0)), ("last_epoch", .int(-1))])
        case "ReduceLROnPlateau":
            return Signature(f, [("mode", .string("min")), ("factor", .double(0.1)), ("patience", .int(10)),
                                 ("threshold", .double(1e-4)), ("threshold_mode", .string("rel")), ("cooldown", .int(0)),
                                 ("min_lr", .int(0)), ("eps", .double(1e-8))])
        case "LinearLR":
            return Signature(f, [("start_factor", .double(1.0 / 3)), ("end_factor", .double(1.0)), ("total_iters", .int(5)), ("last_epoch", .int(-1))])
        case "ConstantLR": return Signature(f, [("factor", .double(1.0 / 3)), ("total_iters", .int(5)), ("last_epoch", .int(-1))])
        case "PolynomialLR": return Signature(f, [("total_iters", .int(5)), ("power", .double(1.0)), ("last_epoch", .int(-1))])
        case "OneCycleLR":
            return Signature(f, [("max_lr", nil), ("total_steps", .pyNone), ("epochs", .pyNone), ("steps_per_epoch", .pyNone),
                                 ("pct_start", .double(0.3)), ("anneal_strategy", .string("cos")), ("cycle_momentum", .bool(true)),
                                 ("base_momentum", .double(0.85)), ("max_momentum", .double(0.95)), ("div_factor", .double(25)),
                                 ("final_div_factor", .double(1e4)), ("three_phase", .bool(false)), ("last_epoch", .int(-1))])
        case "CosineAnnealingWarmRestarts":
            return Signature(f, [("T_0", nil), ("T_mult", .int(1)), ("eta_min", .double(0)), ("last_epoch", .int(-1))])
        case "SequentialLR": return Signature(f, [("schedulers", nil), ("milestones", nil), ("last_epoch", .int(-1))])
        case "ChainedScheduler": return Signature(f, [("schedulers", nil), ("optimizer", .pyNone)])
        default: return nil
        }
    }

    /// Creates scheduler `name` for `optimizer`.
    /// - Throws: unknown names with a suggestion; CPython's `TypeError` for bad arguments;
    ///   PyTorch's `ValueError` for invalid values.
    public static func make(name: String, optimizer: any Optimizer, positional: [EngineValue] = [], keywords: [(String, EngineValue)] = []) throws -> any LRScheduler {
        let scheduler = try construct(name: name, optimizer: optimizer, positional: positional, keywords: keywords)
        if let a = try signature(of: name)?.bound(positional: positional, keywords: keywords) {
            let arguments = Dictionary(a.values.map { ($0.name, $0.value) }, uniquingKeysWith: { x, _ in x })
            (scheduler as? SchedulerBase)?.arguments = arguments
            (scheduler as? ReduceLROnPlateau)?.arguments = arguments
        }
        return scheduler
    }

    private static func construct(name: String, optimizer: any Optimizer, positional: [EngineValue], keywords: [(String, EngineValue)]) throws -> any LRScheduler {
        guard let signature = signature(of: name) else {
            throw EngineError.unknownName(kind: "torch.optim.lr_scheduler", name: name, candidates: names)
        }
        let a = try signature.bound(positional: positional, keywords: keywords)
        func ints(_ key: String) throws -> [Int] {
            switch a[key] {
            case .list(let items), .tuple(let items):
                return try items.map { item in
                    guard case .int(let i) = item else { throw EngineError.type("'\(item.typeName)' object cannot be interpreted as an integer") }
                    return i
                }
            default: throw EngineError.type("'\(a[key].typeName)' object is not iterable")
            }
        }
        func numbers(_ key: String) throws -> [Double] {
            switch a[key] {
            case .list(let items), .tuple(let items): return try items.map { guard let n = $0.number else { throw EngineError.type("must be real number, not \($0.typeName)") }; return n }
            default: return [try a.number(key)]
            }
        }
        func optionalInt(_ key: String) throws -> Int? {
            if case .none = a[key] { return nil }
            return try a.int(key)
        }
        func schedulers(_ key: String) throws -> [any LRScheduler] {
            switch a[key] {
            case .list(let items), .tuple(let items):
                return try items.enumerated().map { i, item in
                    guard case .scheduler(let s) = item else { throw EngineError.type("\(name) at index \(i) should have `optimizer` as its attribute.") }
                    return s
                }
            default: throw EngineError.type("'\(a[key].typeName)' object is not iterable")
            }
        }
        switch name {
        case "StepLR": return try StepLR(optimizer: optimizer, stepSize: a.int("step_size"), gamma: a.number("gamma"), lastEpoch: a.int("last_epoch"))
        case "MultiStepLR": return try MultiStepLR(optimizer: optimizer, milestones: ints("milestones"), gamma: a.number("gamma"), lastEpoch: a.int("last_epoch"))
        case "ExponentialLR": return try ExponentialLR(optimizer: optimizer, gamma: a.number("gamma"), lastEpoch: a.int("last_epoch"))
        case "CosineAnnealingLR": return try CosineAnnealingLR(optimizer: optimizer, tMax: a.int("T_max"), etaMin: a.number("eta_min"), lastEpoch: a.int("last_epoch"))
        case "ReduceLROnPlateau":
            var isList = false
            if case .list = a["min_lr"] { isList = true }
            if case .tuple = a["min_lr"] { isList = true }
            return try ReduceLROnPlateau(optimizer: optimizer, mode: a.string("mode"), factor: a.number("factor"), patience: a.int("patience"),
                                         threshold: a.number("threshold"), thresholdMode: a.string("threshold_mode"), cooldown: a.int("cooldown"),
                                         minLRs: numbers("min_lr"), minLRIsList: isList, eps: a.number("eps"))
        case "LinearLR":
            return try LinearLR(optimizer: optimizer, startFactor: a.number("start_factor"), endFactor: a.number("end_factor"), totalIters: a.int("total_iters"), lastEpoch: a.int("last_epoch"))
        case "ConstantLR": return try ConstantLR(optimizer: optimizer, factor: a.number("factor"), totalIters: a.int("total_iters"), lastEpoch: a.int("last_epoch"))
        case "PolynomialLR": return try PolynomialLR(optimizer: optimizer, totalIters: a.int("total_iters"), power: a.number("power"), lastEpoch: a.int("last_epoch"))
        case "OneCycleLR":
            return try OneCycleLR(optimizer: optimizer, maxLRs: numbers("max_lr"), totalSteps: optionalInt("total_steps"), epochs: optionalInt("epochs"),
                                  stepsPerEpoch: optionalInt("steps_per_epoch"), pctStart: a.number("pct_start"), annealStrategy: a.string("anneal_strategy"),
                                  cycleMomentum: a.bool("cycle_momentum"), baseMomentums: numbers("base_momentum"), maxMomentums: numbers("max_momentum"),
                                  divFactor: a.number("div_factor"), finalDivFactor: a.number("final_div_factor"), threePhase: a.bool("three_phase"), lastEpoch: a.int("last_epoch"))
        case "CosineAnnealingWarmRestarts":
            guard case .int = a["T_0"] else { throw EngineError.value("Expected positive integer T_0, but got \(a["T_0"].repr)") }
            guard case .int = a["T_mult"] else { throw EngineError.value("Expected integer T_mult >= 1, but got \(a["T_mult"].repr)") }
            return try CosineAnnealingWarmRestarts(optimizer: optimizer, t0: a.int("T_0"), tMult: a.int("T_mult"), etaMin: a.number("eta_min"), lastEpoch: a.int("last_epoch"))
        case "SequentialLR": return try SequentialLR(optimizer: optimizer, schedulers: schedulers("schedulers"), milestones: ints("milestones"), lastEpoch: a.int("last_epoch"))
        default:
            var opt: (any Optimizer)? = optimizer
            if case .optimizer(let o) = a["optimizer"] { opt = o }
            return try ChainedScheduler(schedulers: schedulers("schedulers"), optimizer: opt)
        }
    }
}
