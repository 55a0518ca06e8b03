/// A `torch.optim.lr_scheduler` learning-rate scheduler.
public protocol LRScheduler: AnyObject {
    /// Class name as in PyTorch, e.g. `StepLR`.
    var name: String { get }
    /// The optimizer whose `param_groups[i]["lr"]` this scheduler sets.
    var optimizer: any Optimizer { get }
    /// `last_epoch`.
    var lastEpoch: Int { get }
    /// Whether `step` needs a metric (`ReduceLROnPlateau`).
    var takesMetric: Bool { get }
    /// Advances one epoch (`scheduler.step()`).
    func step() throws
    /// Advances one epoch given the monitored metric (`ReduceLROnPlateau.step(metrics)`).
    func step(metric: Double) throws
    /// `get_last_lr()`: the learning rate of each group after the last step.
    func getLastLR() -> [Double]
    /// An independent copy driving `optimizer` (the copy of this scheduler's optimizer), as
    /// `copy.deepcopy` gives: same `last_epoch`, `base_lrs`, last lr and internal state
    /// (plateau counters, restart period, phases). `children` gives the copy of each nested
    /// scheduler of a `SequentialLR` or `ChainedScheduler`, so a caller with a memo can keep a
    /// nested scheduler that is also referenced elsewhere shared in the copy.
    func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler
}

extension LRScheduler {
    public var takesMetric: Bool { false }

    /// An independent copy driving `optimizer`, nested schedulers copied onto it too.
    public func copy(optimizer: any Optimizer) throws -> any LRScheduler {
        try copy(optimizer: optimizer) { try $0.copy(optimizer: optimizer) }
    }

    /// Python's behaviour for `step(metric)` on epoch-based schedulers is a deprecated
    /// epoch argument; we reject it instead of guessing.
    public func step(metric: Double) throws {
        throw EngineError.type("\(name).step() takes 1 positional argument but 2 were given")
    }
}

/// PyTorch's `LRScheduler` base: records `initial_lr`/`base_lrs`, performs the initial
/// step at construction, and on `step()` increments `last_epoch` and writes `get_lr()` into
/// the groups. Subclasses give `get_lr` (chainable, recursive form) and optionally the
/// closed form used when a scheduler is restarted at a `SequentialLR` milestone.
public class SchedulerBase: LRScheduler {
    public let name: String
    public let optimizer: any Optimizer
    public internal(set) var lastEpoch: Int
    /// `base_lrs`.
    public internal(set) var baseLRs: [Double]
    var lastLR: [Double] = []
    /// `_step_count`: steps taken, the initial one included.
    public internal(set) var stepCount = 0
    var isInitial = false
    /// The constructor's arguments as given (defaults filled), which `state_dict()` reports
    /// with their Python types (`gamma=1` stays an int).
    public internal(set) var arguments: [String: EngineValue] = [:]

    init(name: String, optimizer: any Optimizer, lastEpoch: Int = -1, performInitialStep: Bool = true) throws {
        self.name = name
        self.optimizer = optimizer
        if lastEpoch == -1 {
            for group in optimizer.paramGroups {
                group.setDefault("initial_lr", group["lr"] ?? .double(0))
            }
        } else {
            for (i, group) in optimizer.paramGroups.enumerated() where group["initial_lr"] == nil {
                throw EngineError(.keyError, "\"param 'initial_lr' is not specified in param_groups[\(i)] when resuming scheduler with last_epoch >= 0.\"")
            }
        }
        baseLRs = optimizer.paramGroups.map { $0.number("initial_lr") }
        self.lastEpoch = lastEpoch
        if performInitialStep { try initialStep() }
    }

    /// A copy of `other`'s epoch, base lrs and last lr, on `optimizer`.
    init(copying other: SchedulerBase, optimizer: any Optimizer) {
        name = other.name
        self.optimizer = optimizer
        lastEpoch = other.lastEpoch
        baseLRs = other.baseLRs
        lastLR = other.lastLR
        stepCount = other.stepCount
        isInitial = other.isInitial
        arguments = other.arguments
    }

    /// Subclasses override this to copy their own state too.
    public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        guard type(of: self) == SchedulerBase.self else { throw EngineError.runtime("\(name) cannot be copied") }
        return SchedulerBase(copying: self, optimizer: optimizer)
    }

    /// `_initial_step`: a first `step()` in "initial" mode.
    func initialStep() throws {
        stepCount = 0
        isInitial = true
        defer { isInitial = false }
        try step()
    }

    public func step() throws {
        stepCount += 1
        try updateLR(epoch: nil)
    }

    /// `_update_lr`: advance (or jump to `epoch`, using the closed form when there is one).
    func updateLR(epoch: Int?) throws {
        let values: [Double]
        if let epoch {
            lastEpoch = epoch
            values = try closedFormLR() ?? computeLR()
        } else {
            lastEpoch = saturatingAdd(lastEpoch, 1)
            values = try computeLR()
        }
        for (group, lr) in zip(optimizer.paramGroups, values) { SchedulerBase.setLR(group, lr) }
        lastLR = optimizer.paramGroups.map(\.lr)
    }

    /// Writes `lr` into a group, keeping a Python int when the value is unchanged (PyTorch
    /// stores the very object `get_lr` returned, which is the group's own value then).
    static func setLR(_ group: ParamGroup, _ lr: Double) {
        if case .int(let i)? = group["lr"], Double(i) == lr { return }
        group.lr = lr
    }

    /// `get_lr()`.
    func computeLR() throws -> [Double] { currentLRs }

    /// `_get_closed_form_lr()`, nil when the scheduler has none.
    func closedFormLR() throws -> [Double]? { nil }

    var currentLRs: [Double] { optimizer.paramGroups.map(\.lr) }

    public func getLastLR() -> [Double] { lastLR }
}
