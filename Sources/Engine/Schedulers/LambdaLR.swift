/// A multiplicative factor of a `LambdaLR` or `MultiplicativeLR`: the epoch in, a number
/// out. The script layer supplies it by calling the lesson's function.
public struct LRLambda {
    /// Computes the factor for `last_epoch`.
    public let factor: (Int) throws -> Double
    /// Whether torch's `state_dict` stores `None` for it (a plain function or lambda, not a
    /// callable object whose `__dict__` torch would save).
    public let isFunction: Bool

    public init(isFunction: Bool, factor: @escaping (Int) throws -> Double) {
        self.isFunction = isFunction
        self.factor = factor
    }

    /// One lambda per param group: a single one repeated, or a list whose length must match
    /// (torch's ValueError otherwise).
    static func perGroup(_ lambdas: [LRLambda], repeated: Bool, optimizer: any Optimizer) throws -> [LRLambda] {
        let groups = optimizer.paramGroups.count
        if repeated, let one = lambdas.first { return Array(repeating: one, count: groups) }
        guard lambdas.count == groups else { throw EngineError.value("Expected \(groups) lr_lambdas, but got \(lambdas.count)") }
        return lambdas
    }
}

/// `LambdaLR`: each group's lr is its base lr times its lambda of the epoch.
public final class LambdaLR: SchedulerBase {
    public let lambdas: [LRLambda]

    /// Creates the scheduler and performs torch's initial step (which calls each lambda with 0).
    /// `repeated` is true when the script passed one function rather than a list.
    public init(optimizer: any Optimizer, lambdas: [LRLambda], repeated: Bool, lastEpoch: Int = -1) throws {
        self.lambdas = try LRLambda.perGroup(lambdas, repeated: repeated, optimizer: optimizer)
        try super.init(name: "LambdaLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        try zip(lambdas, baseLRs).map { lambda, base in base * (try lambda.factor(lastEpoch)) }
    }

    init(copying other: LambdaLR, optimizer: any Optimizer) {
        lambdas = other.lambdas
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        LambdaLR(copying: self, optimizer: optimizer)
    }
}
