/// One descent run, epoch by epoch, as the seed's `train` records it.
public struct Trajectory: Sendable, Equatable {
    /// 1-based epoch numbers.
    public var epochs: [Int] = []
    /// Parameters recorded before each epoch's step (`w1.item()`), as float32.
    public var w1: [Float] = []
    /// See `w1`.
    public var w2: [Float] = []
    /// Loss at the recorded parameters.
    public var loss: [Float] = []
    /// Learning rate of param group 0 after each epoch's scheduler step.
    public var lr: [Double] = []
    /// Warnings PyTorch would emit during the run (Python's default filter shows each once).
    public var warnings: [String] = []

    /// An empty trajectory.
    public init() {}

    /// CSV `epoch,w1,w2,loss,lr` with every number in its shortest round-trip form
    /// (`nan`, `inf`, `-inf` for non-finite values), as `descent trace` prints it.
    public func csv() -> String {
        var out = "epoch,w1,w2,loss,lr\n"
        for i in epochs.indices {
            out += "\(epochs[i]),\(w1[i]),\(w2[i]),\(loss[i]),\(lr[i])\n"
        }
        return out
    }
}

/// The descent runner: the exact epoch of NOTEBOOK-FORMAT.md's `train`.
public enum Descent {
    /// PyTorch's warning when `ReduceLROnPlateau.step(loss)` calls `float()` on a loss that
    /// requires grad (as the seed's `train` does), in the form the reference records.
    public static let plateauMetricWarning = "UserWarning: Converting a tensor with requires_grad=True to a scalar may lead to unexpected behavior.\nConsider using tensor.detach() first. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/generated/python_variable_methods.cpp:820.)"

    /// Runs `epochs` epochs of
    /// `zero_grad(); record w1, w2; loss = f(w1, w2); loss.backward(); step(); scheduler.step()`
    /// (`ReduceLROnPlateau` is stepped with the loss) from `w1 = torch.tensor(start.0,
    /// requires_grad=True)` and likewise `w2`.
    /// - Parameters:
    ///   - loss: the surface, e.g. `Surface.sin.evaluate` or an expression evaluated by Script.
    ///   - makeOptimizer: builds the optimizer on `[w1, w2]`.
    ///   - makeScheduler: builds the scheduler on that optimizer, if any.
    /// Runs diverging to inf/NaN continue as PyTorch does.
    public static func run(loss: (Tensor, Tensor) throws -> Tensor,
                           start: (Double, Double),
                           epochs: Int,
                           makeOptimizer: ([Tensor]) throws -> any Optimizer,
                           makeScheduler: ((any Optimizer) throws -> any LRScheduler)? = nil) throws -> Trajectory {
        let w1 = Tensor(start.0, requiresGrad: true)
        let w2 = Tensor(start.1, requiresGrad: true)
        let optimizer = try makeOptimizer([w1, w2])
        let scheduler = try makeScheduler?(optimizer)
        return try record(epochs: epochs, optimizer: optimizer, scheduler: scheduler) {
            try optimizer.zeroGrad(setToNone: true)
            let v1 = w1.floatItem(), v2 = w2.floatItem()
            let l = try loss(w1, w2)
            try l.backward()
            try optimizer.step()
            return Epoch(w1: v1, w2: v2, loss: Float(try l.item()), lossRequiresGrad: l.requiresGrad)
        }
    }

    /// What one epoch of a runner reports: the parameters it started from and the loss there.
    struct Epoch {
        var w1: Float
        var w2: Float
        var loss: Float
        /// Whether the loss tensor requires grad (`float(loss)` then warns in PyTorch).
        var lossRequiresGrad: Bool
    }

    /// The epoch loop shared by the runners: `epoch` performs
    /// `zero_grad(); record w1, w2; loss = f(w1, w2); loss.backward(); step()`, then this
    /// steps the scheduler (`ReduceLROnPlateau` with the loss) and records the epoch, the
    /// parameters, the loss and group 0's learning rate.
    static func record(epochs: Int, optimizer: any Optimizer, scheduler: (any LRScheduler)?,
                       epoch: () throws -> Epoch) throws -> Trajectory {
        var t = Trajectory()
        t.epochs.reserveCapacity(epochs)
        t.w1.reserveCapacity(epochs); t.w2.reserveCapacity(epochs)
        t.loss.reserveCapacity(epochs); t.lr.reserveCapacity(epochs)
        let group = optimizer.paramGroups[0]
        for n in 1...max(epochs, 1) where epochs > 0 {
            let e = try epoch()
            if let scheduler {
                if scheduler.takesMetric {
                    if e.lossRequiresGrad && t.warnings.isEmpty { t.warnings.append(plateauMetricWarning) }
                    try scheduler.step(metric: Double(e.loss))
                } else {
                    try scheduler.step()
                }
            }
            t.epochs.append(n)
            t.w1.append(e.w1)
            t.w2.append(e.w2)
            t.loss.append(e.loss)
            t.lr.append(group.lr)
        }
        return t
    }

    /// Plain gradient descent as the seed's `train(step_size=...)`: `SGD(lr=step_size)`.
    public static func run(loss: (Tensor, Tensor) throws -> Tensor, start: (Double, Double), epochs: Int, stepSize: Double) throws -> Trajectory {
        try run(loss: loss, start: start, epochs: epochs, makeOptimizer: { try SGD($0, ["lr": .double(stepSize)]) })
    }
}
