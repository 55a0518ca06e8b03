/// `ReduceLROnPlateau`: multiplies the lr by `factor` when the metric has not improved for
/// more than `patience` epochs (mode, threshold, threshold_mode, cooldown, min_lr, eps as
/// PyTorch).
public final class ReduceLROnPlateau: LRScheduler {
    public let name = "ReduceLROnPlateau"
    public let optimizer: any Optimizer
    public internal(set) var lastEpoch = 0
    public var takesMetric: Bool { true }

    let mode: String, thresholdMode: String
    let factor: Double, threshold: Double, eps: Double
    let patience: Int, cooldown: Int
    var minLRs: [Double]
    let defaultMinLR: Double?
    /// Best metric so far (`best`).
    public internal(set) var best: Double
    var cooldownCounter = 0
    /// `num_bad_epochs`.
    public internal(set) var numBadEpochs = 0
    var lastLR: [Double]
    /// The constructor's arguments as given (for `state_dict()`).
    public internal(set) var arguments: [String: EngineValue] = [:]

    /// - Parameter minLRs: one value for all groups (`min_lr=0`) or one per group.
    public init(optimizer: any Optimizer, mode: String = "min", factor: Double = 0.1, patience: Int = 10,
                threshold: Double = 1e-4, thresholdMode: String = "rel", cooldown: Int = 0,
                minLRs: [Double] = [0], minLRIsList: Bool = false, eps: Double = 1e-8) throws {
        if factor >= 1.0 { throw EngineError.value("Factor should be < 1.0.") }
        self.optimizer = optimizer
        let groups = optimizer.paramGroups.count
        if minLRIsList {
            if minLRs.count != groups { throw EngineError.value("expected \(groups) min_lrs, got \(minLRs.count)") }
            self.minLRs = minLRs
            defaultMinLR = nil
        } else {
            defaultMinLR = minLRs.first ?? 0
            self.minLRs = Array(repeating: minLRs.first ?? 0, count: groups)
        }
        if mode != "min" && mode != "max" { throw EngineError.value("mode \(mode) is unknown!") }
        if thresholdMode != "rel" && thresholdMode != "abs" { throw EngineError.value("threshold mode \(thresholdMode) is unknown!") }
        self.factor = factor
        self.patience = patience
        self.cooldown = cooldown
        self.eps = eps
        self.mode = mode
        self.threshold = threshold
        self.thresholdMode = thresholdMode
        best = mode == "min" ? .infinity : -.infinity
        lastLR = optimizer.paramGroups.map(\.lr)
    }

    public func step() throws {
        throw EngineError.type("ReduceLROnPlateau.step() missing 1 required positional argument: 'metrics'")
    }

    public func step(metric current: Double) throws {
        lastEpoch = saturatingAdd(lastEpoch, 1)
        if isBetter(current, best) {
            best = current
            numBadEpochs = 0
        } else {
            numBadEpochs += 1
        }
        if cooldownCounter > 0 {
            cooldownCounter -= 1
            numBadEpochs = 0
        }
        if numBadEpochs > patience {
            try reduceLR()
            cooldownCounter = cooldown
            numBadEpochs = 0
        }
        lastLR = optimizer.paramGroups.map(\.lr)
    }

    func reduceLR() throws {
        let groups = optimizer.paramGroups
        if groups.count != minLRs.count {
            guard let d = defaultMinLR else {
                throw EngineError.runtime("The number of param groups in the `optimizer` (\(groups.count)) differs from when `ReduceLROnPlateau` was initialized (\(minLRs.count)), usually due to a new param group being added to the optimizer. Please modify the `min_lrs` field to match the length of the `optimizer` param groups.")
            }
            minLRs = Array(repeating: d, count: groups.count)
        }
        for (i, group) in groups.enumerated() {
            let old = group.lr
            let candidate = old * factor
            let new = candidate >= minLRs[i] || candidate.isNaN ? candidate : minLRs[i]
            if old - new > eps { group.lr = new }
        }
    }

    func isBetter(_ a: Double, _ best: Double) -> Bool {
        switch (mode, thresholdMode) {
        case ("min", "rel"): return a < best * (1.0 - threshold)
        case ("min", _): return a < best - threshold
        case (_, "rel"): return a > best * (threshold + 1.0)
        default: return a > best + threshold
        }
    }

    public func getLastLR() -> [Double] { lastLR }

    init(copying other: ReduceLROnPlateau, optimizer: any Optimizer) {
        self.optimizer = optimizer
        lastEpoch = other.lastEpoch
        mode = other.mode
        thresholdMode = other.thresholdMode
        factor = other.factor
        threshold = other.threshold
        eps = other.eps
        patience = other.patience
        cooldown = other.cooldown
        minLRs = other.minLRs
        defaultMinLR = other.defaultMinLR
        best = other.best
        arguments = other.arguments
        cooldownCounter = other.cooldownCounter
        numBadEpochs = other.numBadEpochs
        lastLR = other.lastLR
    }

    public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        ReduceLROnPlateau(copying: self, optimizer: optimizer)
    }
}
