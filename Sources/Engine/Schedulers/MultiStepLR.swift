/// `MultiStepLR`: multiplies the lr by `gamma` at each milestone (repeated milestones count
/// multiple times, as PyTorch's `Counter`).
public final class MultiStepLR: SchedulerBase {
    let milestones: [Int]
    let gamma: Double

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, milestones: [Int], gamma: Double = 0.1, lastEpoch: Int = -1) throws {
        self.milestones = milestones.sorted()
        self.gamma = gamma
        try super.init(name: "MultiStepLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        let hits = milestones.filter { $0 == lastEpoch }.count
        if hits == 0 { return currentLRs }
        return currentLRs.map { $0 * cPow(gamma, Double(hits)) }
    }

    override func closedFormLR() throws -> [Double]? {
        let passed = milestones.filter { $0 <= lastEpoch }.count
        return baseLRs.map { $0 * cPow(gamma, Double(passed)) }
    }

    init(copying other: MultiStepLR, optimizer: any Optimizer) {
        milestones = other.milestones
        gamma = other.gamma
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        MultiStepLR(copying: self, optimizer: optimizer)
    }
}
