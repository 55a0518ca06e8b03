/// `ConstantLR`: multiplies the lr by `factor` until epoch `total_iters`, then restores it.
public final class ConstantLR: SchedulerBase {
    let factor: Double
    let totalIters: Int

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, factor: Double = 1.0 / 3, totalIters: Int = 5, lastEpoch: Int = -1) throws {
        if factor > 1.0 || factor < 0 {
            throw EngineError.value("Constant multiplicative factor expected to be between 0 and 1.")
        }
        self.factor = factor
        self.totalIters = totalIters
        try super.init(name: "ConstantLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        if lastEpoch == 0 { return currentLRs.map { $0 * factor } }
        if lastEpoch != totalIters { return currentLRs }
        return currentLRs.map { $0 * (1.0 / factor) }
    }

    override func closedFormLR() throws -> [Double]? {
        baseLRs.map { $0 * (factor + (lastEpoch >= totalIters ? 1 : 0) * (1 - factor)) }
    }

    init(copying other: ConstantLR, optimizer: any Optimizer) {
        factor = other.factor
        totalIters = other.totalIters
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        ConstantLR(copying: self, optimizer: optimizer)
    }
}
