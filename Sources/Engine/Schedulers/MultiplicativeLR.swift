/// `MultiplicativeLR`: every step multiplies each group's current lr by its lambda of the
/// epoch (recursively, as torch; the initial step leaves the lr unchanged).
public final class MultiplicativeLR: SchedulerBase {
    public let lambdas: [LRLambda]

    /// Creates the scheduler and performs torch's initial step. `repeated` is true when the
    /// script passed one function rather than a list.
    public init(optimizer: any Optimizer, lambdas: [LRLambda], repeated: Bool, lastEpoch: Int = -1) throws {
        self.lambdas = try LRLambda.perGroup(lambdas, repeated: repeated, optimizer: optimizer)
        try super.init(name: "MultiplicativeLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        if isInitial { return currentLRs }
        return try zip(lambdas, currentLRs).map { lambda, lr in lr * (try lambda.factor(lastEpoch)) }
    }

    init(copying other: MultiplicativeLR, optimizer: any Optimizer) {
        lambdas = other.lambdas
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        MultiplicativeLR(copying: self, optimizer: optimizer)
    }
}
