/// `SequentialLR`: hands control from one scheduler to the next at each milestone,
/// restarting the next one from its closed form at epoch 0, exactly as PyTorch.
public final class SequentialLR: SchedulerBase {
    let schedulers: [SchedulerBase]
    let milestones: [Int]

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, schedulers: [any LRScheduler], milestones: [Int], lastEpoch: Int = -1) throws {
        guard !schedulers.isEmpty else {
            throw EngineError.value("SequentialLR expects at least one scheduler, but got no scheduler.")
        }
        var bases: [SchedulerBase] = []
        for (i, s) in schedulers.enumerated() {
            if s is ReduceLROnPlateau {
                throw EngineError.value("SequentialLR does not support `ReduceLROnPlateau` scheduler as it requires additional kwargs to be specified when calling `step`, but got one at index \(i) in the given schedulers sequence.")
            }
            if s.optimizer !== optimizer {
                throw EngineError.value("SequentialLR expects all schedulers to belong to the same optimizer, but got scheduler \(s.name) at index \(i) has \(s.optimizer.name), which is different from \(optimizer.name).")
            }
            guard let b = s as? SchedulerBase else {
                throw EngineError.type("SequentialLR at index \(i) should have `optimizer` as its attribute.")
            }
            bases.append(b)
        }
        if milestones.count != schedulers.count - 1 {
            throw EngineError.value("Sequential Schedulers expects number of schedulers provided to be one more than the number of milestone points, but got number of schedulers \(schedulers.count) and the number of milestones to be equal to \(milestones.count)")
        }
        self.schedulers = bases
        self.milestones = milestones
        try super.init(name: "SequentialLR", optimizer: optimizer, lastEpoch: saturatingAdd(lastEpoch, 1), performInitialStep: false)
        self.lastEpoch = saturatingAdd(lastEpoch, 1)
        for group in optimizer.paramGroups { group["lr"] = group["initial_lr"] }
        for s in bases { SequentialLR.undo(s) }
        let idx = SequentialLR.bisectRight(milestones, 0)
        try bases[idx].initialStep()
        lastLR = bases[idx].getLastLR()
    }

    /// `recursive_undo`: steps every (nested) scheduler back one epoch.
    static func undo(_ s: SchedulerBase) {
        if let seq = s as? SequentialLR {
            seq.schedulers.forEach(undo)
        } else if let chained = s as? ChainedScheduler {
            chained.schedulers.compactMap { $0 as? SchedulerBase }.forEach(undo)
        } else {
            s.lastEpoch -= 1
        }
    }

    static func bisectRight(_ a: [Int], _ x: Int) -> Int { a.filter { $0 <= x }.count }

    /// The scheduler the next `step()` steps, nil when that step reaches a milestone (the next
    /// scheduler then restarts at epoch 0 without a step of its own).
    public var nextStepped: SchedulerBase? {
        let epoch = saturatingAdd(lastEpoch, 1)
        let idx = SequentialLR.bisectRight(milestones, epoch)
        return idx > 0 && milestones[idx - 1] == epoch ? nil : schedulers[idx]
    }

    public override func step() throws {
        lastEpoch = saturatingAdd(lastEpoch, 1)
        let idx = SequentialLR.bisectRight(milestones, lastEpoch)
        let scheduler = schedulers[idx]
        if idx > 0 && milestones[idx - 1] == lastEpoch {
            try scheduler.updateLR(epoch: 0)
        } else {
            try scheduler.step()
        }
        lastLR = scheduler.getLastLR()
    }

    override func updateLR(epoch: Int?) throws {
        if let epoch { lastEpoch = saturatingAdd(epoch, -1) }
        try step()
    }

    init(copying other: SequentialLR, optimizer: any Optimizer, schedulers: [SchedulerBase]) {
        self.schedulers = schedulers
        milestones = other.milestones
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        let copies = try schedulers.map { s -> SchedulerBase in
            guard let copy = try children(s) as? SchedulerBase else {
                throw EngineError.type("SequentialLR's copy of \(s.name) is not an epoch-based scheduler")
            }
            return copy
        }
        return SequentialLR(copying: self, optimizer: optimizer, schedulers: copies)
    }
}
