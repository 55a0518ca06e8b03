/// `ExponentialLR`: multiplies the lr by `gamma` every epoch (recursively, as PyTorch).
public final class ExponentialLR: SchedulerBase {
    let gamma: Double

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, gamma: Double, lastEpoch: Int = -1) throws {
        self.gamma = gamma
        try super.init(name: "ExponentialLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        if isInitial { return currentLRs }
        return currentLRs.map { $0 * gamma }
    }

    override func closedFormLR() throws -> [Double]? {
        baseLRs.map { $0 * cPow(gamma, Double(lastEpoch)) }
    }

    init(copying other: ExponentialLR, optimizer: any Optimizer) {
        gamma = other.gamma
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        ExponentialLR(copying: self, optimizer: optimizer)
    }
}
