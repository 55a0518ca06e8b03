extension Descent {
    /// `run(loss:...)` on a built-in surface, bit for bit the same trajectory at a fraction of
    /// the cost: the loss and its gradient are computed on a `ScalarTape` instead of tensors
    /// and an autograd graph, and a built-in optimizer steps float32 numbers instead of 0-d
    /// tensors (`ScalarUpdating`), both with the same float32 operations in the same order.
    /// Surfaces without a traced formula take the tensor path; an optimizer without a scalar
    /// update (or with other parameters than `[w1, w2]` in one group) steps its tensors.
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
        let groups = optimizer.paramGroups
        if groups.count == 1, groups[0].params.count == 2, groups[0].params[0] === w1, groups[0].params[1] === w2 {
            // One specialised loop per optimizer class.
            switch optimizer {
            case let o as SGD: return try runScalars(o, formula, tape, w1, w2, epochs, scheduler)
            case let o as Adam: return try runScalars(o, formula, tape, w1, w2, epochs, scheduler)
            case let o as RMSprop: return try runScalars(o, formula, tape, w1, w2, epochs, scheduler)
            case let o as Adagrad: return try runScalars(o, formula, tape, w1, w2, epochs, scheduler)
            case let o as Adadelta: return try runScalars(o, formula, tape, w1, w2, epochs, scheduler)
            case let o as Adamax: return try runScalars(o, formula, tape, w1, w2, epochs, scheduler)
            case let o as NAdam: return try runScalars(o, formula, tape, w1, w2, epochs, scheduler)
            case let o as RAdam: return try runScalars(o, formula, tape, w1, w2, epochs, scheduler)
            default: break
            }
        }
        return try record(epochs: epochs, optimizer: optimizer, scheduler: scheduler) {
            try optimizer.zeroGrad(setToNone: true)
            let v1 = w1.floatItem(), v2 = w2.floatItem()
            let (l, g1, g2) = try tape.evaluate(formula, v1, v2)
            // AccumulateGrad stores a fresh tensor each epoch (the grads were set to None).
            if let g1 { w1.grad = Tensor(dtype: .float32, shape: [], floats: [g1]) }
            if let g2 { w2.grad = Tensor(dtype: .float32, shape: [], floats: [g2]) }
            try optimizer.step()
            return Epoch(w1: v1, w2: v2, loss: l, lossRequiresGrad: true)
        }
    }

    /// The descent with both the loss and the step on numbers; `w1` and `w2` hold the last
    /// parameters afterwards, the optimizer's own tensor state stays empty.
    private static func runScalars<O: ScalarUpdating>(_ optimizer: O, _ formula: (TracedScalar, TracedScalar) throws -> TracedScalar, _ tape: ScalarTape,
                                                      _ w1: Tensor, _ w2: Tensor, _ epochs: Int,
                                                      _ scheduler: (any LRScheduler)?) throws -> Trajectory {
        let backend = MathBackend.current
        let group = optimizer.paramGroups[0]
        var p1 = w1.floatItem(), p2 = w2.floatItem()
        var s1: O.ScalarState?, s2: O.ScalarState?
        let t = try record(epochs: epochs, optimizer: optimizer, scheduler: scheduler) {
            let v1 = p1, v2 = p2
            let (l, g1, g2) = try tape.evaluate(formula, v1, v2, backend: backend)
            try optimizer.prepare(group: group)
            if let g1 {
                var s = s1 ?? optimizer.makeScalarState()
                optimizer.update(state: &s, param: &p1, grad: g1, backend: backend)
                s1 = s
            }
            if let g2 {
                var s = s2 ?? optimizer.makeScalarState()
                optimizer.update(state: &s, param: &p2, grad: g2, backend: backend)
                s2 = s
            }
            return Epoch(w1: v1, w2: v2, loss: l, lossRequiresGrad: true)
        }
        for (w, p) in [(w1, p1), (w2, p2)] {
            w.floats[0] = p
            w.version += 1
            w.noteWrite()
        }
        return t
    }

    /// Plain gradient descent (`SGD(lr=step_size)`) on a built-in surface; see
    /// `run(surface:start:epochs:makeOptimizer:makeScheduler:)`.
    public static func run(surface: Surface, start: (Double, Double), epochs: Int, stepSize: Double) throws -> Trajectory {
        try run(surface: surface, start: start, epochs: epochs, makeOptimizer: { try SGD($0, ["lr": .double(stepSize)]) })
    }
}
