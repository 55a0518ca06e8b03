#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `OneCycleLR`: the 1cycle policy (warm-up to `max_lr`, anneal to `min_lr`, optional third
/// phase), cycling momentum (or Adam's beta1) inversely when `cycle_momentum`.
public final class OneCycleLR: SchedulerBase {
    struct Phase { let endStep: Double; let startLR, endLR, startMomentum, endMomentum: String }
    let totalSteps: Int
    let phases: [Phase]
    let cosine: Bool
    let cycleMomentum: Bool
    let useBeta1: Bool

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, maxLRs: [Double], totalSteps: Int?, epochs: Int? = nil, stepsPerEpoch: Int? = nil,
                pctStart: Double = 0.3, annealStrategy: String = "cos", cycleMomentum: Bool = true,
                baseMomentums: [Double] = [0.85], maxMomentums: [Double] = [0.95], divFactor: Double = 25,
                finalDivFactor: Double = 1e4, threePhase: Bool = false, lastEpoch: Int = -1) throws {
        if let totalSteps {
            if totalSteps <= 0 { throw EngineError.value("Expected positive integer total_steps, but got \(totalSteps)") }
            self.totalSteps = totalSteps
        } else if let epochs, let stepsPerEpoch {
            if epochs <= 0 { throw EngineError.value("Expected positive integer epochs, but got \(epochs)") }
            if stepsPerEpoch <= 0 { throw EngineError.value("Expected positive integer steps_per_epoch, but got \(stepsPerEpoch)") }
            // Python's product can exceed Int; a saturated count is never reached by stepping.
            let (product, overflow) = epochs.multipliedReportingOverflow(by: stepsPerEpoch)
            self.totalSteps = overflow ? Int.max : product
        } else {
            throw EngineError.value("You must define either total_steps OR (epochs AND steps_per_epoch)")
        }
        let n = totalSteps == nil ? Double(epochs!) * Double(stepsPerEpoch!) : Double(self.totalSteps)
        if threePhase {
            phases = [Phase(endStep: pctStart * n - 1, startLR: "initial_lr", endLR: "max_lr", startMomentum: "max_momentum", endMomentum: "base_momentum"),
                      Phase(endStep: 2 * pctStart * n - 2, startLR: "max_lr", endLR: "initial_lr", startMomentum: "base_momentum", endMomentum: "max_momentum"),
                      Phase(endStep: n - 1, startLR: "initial_lr", endLR: "min_lr", startMomentum: "max_momentum", endMomentum: "max_momentum")]
        } else {
            phases = [Phase(endStep: pctStart * n - 1, startLR: "initial_lr", endLR: "max_lr", startMomentum: "max_momentum", endMomentum: "base_momentum"),
                      Phase(endStep: n - 1, startLR: "max_lr", endLR: "min_lr", startMomentum: "base_momentum", endMomentum: "max_momentum")]
        }
        if pctStart < 0 || pctStart > 1 { throw EngineError.value("Expected float between 0 and 1 pct_start, but got \(EngineValue.pythonFloatRepr(pctStart))") }
        guard annealStrategy == "cos" || annealStrategy == "linear" else {
            throw EngineError.value("anneal_strategy must be one of 'cos' or 'linear', instead got \(annealStrategy)")
        }
        cosine = annealStrategy == "cos"
        let groups = optimizer.paramGroups
        func perGroup(_ name: String, _ values: [Double]) throws -> [Double] {
            if values.count == 1 { return Array(repeating: values[0], count: groups.count) }
            guard values.count == groups.count else {
                throw EngineError.value("expected \(groups.count) values for \(name), got \(values.count)")
            }
            return values
        }
        let maxLR = try perGroup("max_lr", maxLRs)
        if lastEpoch == -1 {
            for (i, group) in groups.enumerated() {
                let initial = maxLR[i] / divFactor
                group["initial_lr"] = .double(initial)
                group["max_lr"] = .double(maxLR[i])
                group["min_lr"] = .double(initial / finalDivFactor)
            }
        }
        self.cycleMomentum = cycleMomentum
        let hasMomentum = optimizer.defaults.contains { $0.key == "momentum" }
        let hasBetas = optimizer.defaults.contains { $0.key == "betas" }
        useBeta1 = hasBetas
        if cycleMomentum {
            if !hasMomentum && !hasBetas {
                throw EngineError.value("optimizer must support momentum or beta1 with `cycle_momentum` option enabled")
            }
            let maxM = try perGroup("max_momentum", maxMomentums), baseM = try perGroup("base_momentum", baseMomentums)
            if lastEpoch == -1 {
                for (i, group) in groups.enumerated() {
                    if hasBetas { OneCycleLR.setBeta1(group, maxM[i]) } else { group["momentum"] = .double(maxM[i]) }
                    group["max_momentum"] = .double(maxM[i])
                    group["base_momentum"] = .double(baseM[i])
                }
            }
        }
        totalStepsCheck = self.totalSteps
        try super.init(name: "OneCycleLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    private let totalStepsCheck: Int

    static func setBeta1(_ group: ParamGroup, _ value: Double) {
        var items: [EngineValue] = [.double(value)]
        if case .tuple(let t)? = group["betas"] { items += t.dropFirst() } else if case .list(let t)? = group["betas"] { items += t.dropFirst() }
        group["betas"] = .tuple(items)
    }

    func anneal(_ start: Double, _ end: Double, _ pct: Double) -> Double {
        if cosine { return end + (start - end) / 2.0 * (cos(Double.pi * pct) + 1) }
        return (end - start) * pct + start
    }

    override func computeLR() throws -> [Double] {
        let stepNum = lastEpoch
        if stepNum > totalSteps {
            throw EngineError.value("Tried to step \(stepNum) times. The specified number of total steps is \(totalSteps)")
        }
        var lrs: [Double] = []
        for group in optimizer.paramGroups {
            var startStep = 0.0
            for (i, phase) in phases.enumerated() {
                let endStep = phase.endStep
                if Double(stepNum) <= endStep || i == phases.count - 1 {
                    guard endStep != startStep else { throw EngineError(.zeroDivisionError, "float division by zero") }
                    let pct = (Double(stepNum) - startStep) / (endStep - startStep)
                    lrs.append(anneal(group.number(phase.startLR), group.number(phase.endLR), pct))
                    if cycleMomentum {
                        let m = anneal(group.number(phase.startMomentum), group.number(phase.endMomentum), pct)
                        if useBeta1 { OneCycleLR.setBeta1(group, m) } else { group["momentum"] = .double(m) }
                    }
                    break
                }
                startStep = phase.endStep
            }
        }
        return lrs
    }

    init(copying other: OneCycleLR, optimizer: any Optimizer) {
        totalSteps = other.totalSteps
        phases = other.phases
        cosine = other.cosine
        cycleMomentum = other.cycleMomentum
        useBeta1 = other.useBeta1
        totalStepsCheck = other.totalStepsCheck
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        OneCycleLR(copying: self, optimizer: optimizer)
    }
}
