/// `PolynomialLR`: decays the lr polynomially to zero over `total_iters` epochs.
public final class PolynomialLR: SchedulerBase {
    let totalIters: Int
    let power: Double

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, totalIters: Int = 5, power: Double = 1.0, lastEpoch: Int = -1) throws {
        self.totalIters = totalIters
        self.power = power
        try super.init(name: "PolynomialLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        if isInitial || lastEpoch > totalIters { return currentLRs }
        guard totalIters != 0 else { throw EngineError(.zeroDivisionError, "division by zero") }
        let t = Double(totalIters), e = Double(lastEpoch)
        let decay = cPow((1.0 - e / t) / (1.0 - (e - 1) / t), power)
        return currentLRs.map { $0 * decay }
    }

    override func closedFormLR() throws -> [Double]? {
        guard totalIters != 0 else { throw EngineError(.zeroDivisionError, "division by zero") }
        let t = Double(totalIters)
        return baseLRs.map { $0 * cPow(1.0 - Double(min(totalIters, lastEpoch)) / t, power) }
    }

    init(copying other: PolynomialLR, optimizer: any Optimizer) {
        totalIters = other.totalIters
        power = other.power
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        PolynomialLR(copying: self, optimizer: optimizer)
    }
}
