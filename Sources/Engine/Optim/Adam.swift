/// `torch.optim.Adam` (betas, eps, weight_decay, amsgrad, maximize, decoupled_weight_decay),
/// following `_single_tensor_adam`; `AdamW` is the same algorithm with decoupled decay.
public class Adam: OptimizerBase<Adam.State> {
    /// Per-parameter state: float32 step count and moment estimates.
    public final class State: OptimizerState {
        @StepTensor var step: Float = 0
        let expAvg: Tensor
        let expAvgSq: Tensor
        let maxExpAvgSq: Tensor?
        init(expAvg: Tensor, expAvgSq: Tensor, maxExpAvgSq: Tensor?) {
            self.expAvg = expAvg; self.expAvgSq = expAvgSq; self.maxExpAvgSq = maxExpAvgSq
        }
        public func copied() -> State {
            let s = State(expAvg: expAvg.detach(), expAvgSq: expAvgSq.detach(), maxExpAvgSq: maxExpAvgSq?.detach())
            s.step = step
            return s
        }
    }

    /// `Adam.__init__` signature with PyTorch's defaults.
    public static let signature = Signature("Adam.__init__", [
        ("params", nil), ("lr", .double(1e-3)), ("betas", .tuple([0.9, 0.999])), ("eps", .double(1e-8)),
        ("weight_decay", .int(0)), ("amsgrad", .bool(false)),
    ], keywordOnly: [("foreach", .pyNone), ("maximize", .bool(false)), ("capturable", .bool(false)),
                     ("differentiable", .bool(false)), ("fused", .pyNone), ("decoupled_weight_decay", .bool(false))])

    static let groupKeys = ["lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable", "differentiable", "fused", "decoupled_weight_decay"]

    /// Creates Adam from Python-style keyword arguments.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(name: "Adam", params: params, bound: Self.signature.bound(params: params, keywords: keywords))
    }

    init(name: String, params: [Tensor], bound a: BoundArguments) throws {
        try a.checkAdamFamily(requireFloatBetas: true)
        try super.init(name: name, params: params, defaults: Self.groupKeys.map { ($0, a[$0]) })
    }

    /// PyTorch's `betas` validation shared by the Adam family.
    static func checkBetas(_ a: BoundArguments, requireFloats: Bool) throws {
        let items: [EngineValue]
        switch a["betas"] {
        case .tuple(let t), .list(let t): items = t
        default: throw EngineError.type("\(a.function)(): argument 'betas' must be a tuple of two floats, not \(a["betas"].typeName)")
        }
        guard items.count == 2 else {
            throw EngineError.value("too many values to unpack (expected 2)")
        }
        for (i, item) in items.enumerated() {
            guard let v = item.number else { throw EngineError.type("'<=' not supported between instances of 'float' and '\(item.typeName)'") }
            if !(0 <= v && v < 1) { throw EngineError.value("Invalid beta parameter at index \(i): \(item.repr)") }
        }
        if requireFloats {
            let floats = items.allSatisfy { if case .double = $0 { return true } else { return false } }
            if !floats { throw EngineError.value("betas must be either both floats or both Tensors") }
        }
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<Adam.State>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }

    private var options = AdamOptions(), amsgrad = false

    /// `OptimizerBase.updateGroups` compiled for Adam's state type: the generic version
    /// looks up the state slots' type metadata at run time on every parameter of every step.
    override func updateGroups() throws {
        do {
            for g in paramGroups.indices {
                let group = paramGroups[g]
                if states[g].count < group.params.count {
                    states[g] += Array(repeating: nil, count: group.params.count - states[g].count)
                }
                try prepare(group: group)
                for (i, param) in group.params.enumerated() {
                    guard let grad = param.grad else { continue }
                    try update(group: group, state: &states[g][i], param: param, grad: grad)
                }
            }
        }
    }

    override func prepare(group: ParamGroup) throws {
        options = AdamOptions(group)
        amsgrad = group.flag("amsgrad")
    }

    /// The betas and step of the last `biasCorrections` and its result: every parameter of
    /// a group usually has the same step, so the three `pow` calls run once per step.
    private var lastCorrection: (beta1: Double, beta2: Double, step: Float, value: (Double, Double))?

    /// `1 - beta1^step` and `sqrt(1 - beta2^step)` (as `pow(…, 0.5)`), as `_single_tensor_adam`.
    private func biasCorrections(step: Float) -> (Double, Double) {
        let (beta1, beta2) = (options.beta1, options.beta2)
        if let last = lastCorrection, last.step == step, last.beta1 == beta1, last.beta2 == beta2 { return last.value }
        let stepValue = Double(step)
        let biasCorrection1 = 1 - cPow(beta1, stepValue)
        let biasCorrection2 = 1 - cPow(beta2, stepValue)
        let value = (biasCorrection1, cPow(biasCorrection2, 0.5))
        lastCorrection = (beta1, beta2, step, value)
        return value
    }

    override func update(group: ParamGroup, state: inout State?, param: Tensor, grad g: Tensor) throws {
        let o = options
        let s = state ?? State(expAvg: param.filledLike(0), expAvgSq: param.filledLike(0),
                               maxExpAvgSq: amsgrad ? param.filledLike(0) : nil)
        state = s
        if !amsgrad, Tensor.canFuseAdamStep(param: param, grad: g, expAvg: s.expAvg, expAvgSq: s.expAvgSq) {
            s.step += 1
            let (biasCorrection1, biasCorrection2Sqrt) = biasCorrections(step: s.step)
            Tensor.fusedAdamStep(param: param, grad: g, expAvg: s.expAvg, expAvgSq: s.expAvgSq, options: .init(
                lr: o.lr, beta1: o.beta1, beta2: o.beta2, eps: o.eps, weightDecay: o.weightDecay, decoupled: o.decoupled,
                maximize: o.maximize, stepSize: o.lr / biasCorrection1, biasCorrection2Sqrt: biasCorrection2Sqrt))
            return
        }
        s.step += 1
        let grad = o.decayed(Self.direction(g, maximize: o.maximize), param: param)
        o.updateMoments(expAvg: s.expAvg, expAvgSq: s.expAvgSq, grad: grad)
        let step = Double(s.step)
        let biasCorrection1 = 1 - cPow(o.beta1, step)
        let biasCorrection2 = 1 - cPow(o.beta2, step)
        let stepSize = o.lr / biasCorrection1
        let biasCorrection2Sqrt = cPow(biasCorrection2, 0.5)
        let denom: Tensor
        if amsgrad, let maxSq = s.maxExpAvgSq {
            maxSq.maximumInPlace(s.expAvgSq)
            denom = maxSq.detach()
        } else {
            denom = s.expAvgSq.detach()
        }
        denom.sqrtInPlace()
        denom.divScalar(biasCorrection2Sqrt)
        denom.addScalar(o.eps)
        param.addcdiv(s.expAvg, denom, value: -stepSize)
    }

    /// `State` as numbers; `hasMax` records whether `max_exp_avg_sq` was created.
    struct ScalarState {
        var step: Float = 0
        var expAvg: Float = 0
        var expAvgSq: Float = 0
        var maxExpAvgSq: Float = 0
        var hasMax: Bool
    }

    func makeScalarState() -> ScalarState { ScalarState(hasMax: amsgrad) }

    /// `update(group:state:param:grad:)` on numbers (see `ScalarUpdating`).
    func update(state s: inout ScalarState, param: inout Float, grad g: Float, backend: MathBackend) {
        let o = options
        s.step += 1
        let grad = o.decayed(g.direction(maximize: o.maximize), param: &param)
        o.updateMoments(expAvg: &s.expAvg, expAvgSq: &s.expAvgSq, grad: grad)
        let step = Double(s.step)
        let biasCorrection1 = 1 - cPow(o.beta1, step)
        let biasCorrection2 = 1 - cPow(o.beta2, step)
        let stepSize = o.lr / biasCorrection1
        let biasCorrection2Sqrt = cPow(biasCorrection2, 0.5)
        var denom: Float
        if amsgrad && s.hasMax {
            s.maxExpAvgSq = s.maxExpAvgSq.torchMaximum(s.expAvgSq)
            denom = s.maxExpAvgSq
        } else {
            denom = s.expAvgSq
        }
        denom = backend.apply(.sqrt, denom)
        denom = denom / Float(biasCorrection2Sqrt)
        denom = denom + Float(o.eps)
        param = param.addcdiv(s.expAvg, denom, value: -stepSize)
    }

    override func describe(_ s: State) -> [(key: String, value: EngineValue)] {
        var out: [(key: String, value: EngineValue)] = [("step", .tensor(s.$step)), ("exp_avg", .tensor(s.expAvg)), ("exp_avg_sq", .tensor(s.expAvgSq))]
        if let m = s.maxExpAvgSq { out.append(("max_exp_avg_sq", .tensor(m))) }
        return out
    }
}

/// `torch.optim.AdamW`: Adam with decoupled weight decay (default 1e-2).
public final class AdamW: Adam {
    /// `AdamW.__init__` signature with PyTorch's defaults.
    public static let signatureW = Signature("AdamW.__init__", [
        ("params", nil), ("lr", .double(1e-3)), ("betas", .tuple([0.9, 0.999])), ("eps", .double(1e-8)),
        ("weight_decay", .double(1e-2)), ("amsgrad", .bool(false)),
    ], keywordOnly: [("maximize", .bool(false)), ("foreach", .pyNone), ("capturable", .bool(false)),
                     ("differentiable", .bool(false)), ("fused", .pyNone)])

    /// Creates AdamW from Python-style keyword arguments.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(params: params, boundW: Self.signatureW.bound(params: params, keywords: keywords))
    }

    init(params: [Tensor], boundW: BoundArguments) throws {
        let values = boundW.values + [("decoupled_weight_decay", .bool(true))]
        try super.init(name: "AdamW", params: params, bound: BoundArguments(function: boundW.function, values: values))
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<Adam.State>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }
}

extension Adam: ScalarUpdating {}
