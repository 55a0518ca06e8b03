extension Descent {
    /// `run(loss:...)` on a built-in surface, with the loss and its gradient computed on a
    /// `ScalarTape` instead of tensors and an autograd graph: the same float32 operations in
    /// the same order, so the trajectory is bit for bit the one `run(loss: surface.evaluate,
    /// ...)` gives, at a fraction of the cost. Surfaces without a traced formula take the
    /// tensor path.
    public static func run(surface: Surface,
                           start: (Double, Double),
                           epochs: Int,
                           makeOptimizer: ([Tensor]) throws -> any Optimizer,
                           makeScheduler: ((any Optimizer) throws -> any LRScheduler)? = nil) throws -> Trajectory {
        guard let formula = surface.traced else {
            return try run(loss: surface.evaluate, start: start, epochs: epochs, makeOptimizer: makeOptimizer, makeScheduler: makeScheduler)
        }
        let w1 = Tensor(start.0, requiresGrad: true)
        let w2 = Tensor(start.1, requiresGrad: true)
        let optimizer = try makeOptimizer([w1, w2])
        let scheduler = try makeScheduler?(optimizer)
        let tape = ScalarTape()
        var t = Trajectory()
        t.epochs.reserveCapacity(epochs)
        t.w1.reserveCapacity(epochs); t.w2.reserveCapacity(epochs)
        t.loss.reserveCapacity(epochs); t.lr.reserveCapacity(epochs)
        for epoch in 1...max(epochs, 1) where epochs > 0 {
            try optimizer.zeroGrad(setToNone: true)
            t.epochs.append(epoch)
            let v1 = w1.floatItem(), v2 = w2.floatItem()
            t.w1.append(v1)
            t.w2.append(v2)
            let (a, b) = tape.start(v1, v2)
            let l = try formula(a, b)
            let (g1, g2) = tape.gradients(of: l)
            // AccumulateGrad stores a fresh tensor each epoch (the grads were set to None).
            if let g1 { w1.grad = Tensor(dtype: .float32, shape: [], floats: [g1]) }
            if let g2 { w2.grad = Tensor(dtype: .float32, shape: [], floats: [g2]) }
            try optimizer.step()
            if let scheduler {
                if scheduler.takesMetric {
                    if t.warnings.isEmpty { t.warnings.append(plateauMetricWarning) }
                    try scheduler.step(metric: Double(l.value))
                } else {
                    try scheduler.step()
                }
            }
            t.loss.append(l.value)
            t.lr.append(optimizer.paramGroups[0].lr)
        }
        return t
    }

    /// Plain gradient descent (`SGD(lr=step_size)`) on a built-in surface; see
    /// `run(surface:start:epochs:makeOptimizer:makeScheduler:)`.
    public static func run(surface: Surface, start: (Double, Double), epochs: Int, stepSize: Double) throws -> Trajectory {
        try run(surface: surface, start: start, epochs: epochs, makeOptimizer: { try SGD($0, ["lr": .double(stepSize)]) })
    }
}
