/// `ChainedScheduler`: steps every scheduler in order each epoch.
public final class ChainedScheduler: SchedulerBase {
    let schedulers: [any LRScheduler]
    /// The chained schedulers, stepped in this order.
    public var chained: [any LRScheduler] { schedulers }

    /// Chains `schedulers` (all on one optimizer, none a `ReduceLROnPlateau`).
    public init(schedulers: [any LRScheduler], optimizer: (any Optimizer)? = nil) throws {
        guard let first = schedulers.first else {
            throw EngineError.value("ChainedScheduler expects at least one scheduler to be chained, but got no scheduler.")
        }
        let opt = optimizer ?? first.optimizer
        for (i, s) in schedulers.enumerated() {
            if s is ReduceLROnPlateau {
                throw EngineError.value("ChainedScheduler does not support `ReduceLROnPlateau` scheduler as it requires additional kwargs to be specified when calling `step`, but got one at index \(i) in the given schedulers sequence.")
            }
            if s.optimizer !== opt {
                throw EngineError.value("ChainedScheduler expects all schedulers to belong to the same optimizer, but got scheduler \(s.name) at index \(i) has \(s.optimizer.name), which is different from \(opt.name).")
            }
        }
        self.schedulers = schedulers
        try super.init(name: "ChainedScheduler", optimizer: opt, lastEpoch: 0, performInitialStep: false)
        lastLR = schedulers[schedulers.count - 1].optimizer.paramGroups.map(\.lr)
    }

    public override func step() throws {
        for s in schedulers { try s.step() }
        lastLR = schedulers[schedulers.count - 1].optimizer.paramGroups.map(\.lr)
    }

    init(copying other: ChainedScheduler, optimizer: any Optimizer, schedulers: [any LRScheduler]) {
        self.schedulers = schedulers
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        ChainedScheduler(copying: self, optimizer: optimizer, schedulers: try schedulers.map(children))
    }
}
