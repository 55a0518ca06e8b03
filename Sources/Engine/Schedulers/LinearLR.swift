/// `LinearLR`: scales the lr linearly from `start_factor` to `end_factor` over
/// `total_iters` epochs (recursive form, as PyTorch).
public final class LinearLR: SchedulerBase {
    let startFactor: Double, endFactor: Double
    let totalIters: Int

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, startFactor: Double = 1.0 / 3, endFactor: Double = 1.0, totalIters: Int = 5, lastEpoch: Int = -1) throws {
        if startFactor > 1.0 || startFactor <= 0 {
            throw EngineError.value("Starting multiplicative factor expected to be greater than 0 and less or equal to 1.")
        }
        if endFactor > 1.0 || endFactor < 0 {
            throw EngineError.value("Ending multiplicative factor expected to be between 0 and 1.")
        }
        self.startFactor = startFactor
        self.endFactor = endFactor
        self.totalIters = totalIters
        try super.init(name: "LinearLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        if lastEpoch == 0 { return currentLRs.map { $0 * startFactor } }
        if isInitial || lastEpoch > totalIters { return currentLRs }
        let denominator = Double(totalIters) * startFactor + (Double(lastEpoch) - 1) * (endFactor - startFactor)
        guard denominator != 0 else { throw EngineError(.zeroDivisionError, "float division by zero") }
        let factor = 1.0 + (endFactor - startFactor) / denominator
        return currentLRs.map { $0 * factor }
    }

    override func closedFormLR() throws -> [Double]? {
        guard totalIters != 0 else { throw EngineError(.zeroDivisionError, "division by zero") }
        return baseLRs.map { $0 * (startFactor + (endFactor - startFactor) * Double(min(totalIters, lastEpoch)) / Double(totalIters)) }
    }

    init(copying other: LinearLR, optimizer: any Optimizer) {
        startFactor = other.startFactor
        endFactor = other.endFactor
        totalIters = other.totalIters
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        LinearLR(copying: self, optimizer: optimizer)
    }
}
