/// `torch.optim.RAdam` (betas, eps, weight_decay, decoupled_weight_decay, maximize),
/// following `_single_tensor_radam`.
public final class RAdam: OptimizerBase<RAdam.State> {
    /// Per-parameter state: step and moment estimates.
    public final class State: OptimizerState {
        @StepTensor var step: Float = 0
        let expAvg: Tensor
        let expAvgSq: Tensor
        init(expAvg: Tensor, expAvgSq: Tensor) { self.expAvg = expAvg; self.expAvgSq = expAvgSq }
        public func copied() -> State {
            let s = State(expAvg: expAvg.detach(), expAvgSq: expAvgSq.detach())
            s.step = step
            return s
        }
    }

    /// `RAdam.__init__` signature with PyTorch's defaults.
    public static let signature = Signature("RAdam.__init__", [
        ("params", nil), ("lr", .double(1e-3)), ("betas", .tuple([0.9, 0.999])), ("eps", .double(1e-8)),
        ("weight_decay", .int(0)), ("decoupled_weight_decay", .bool(false)),
    ], keywordOnly: [("foreach", .pyNone), ("maximize", .bool(false)), ("capturable", .bool(false)), ("differentiable", .bool(false))])

    static let groupKeys = ["lr", "betas", "eps", "weight_decay", "maximize", "foreach", "capturable", "decoupled_weight_decay", "differentiable"]

    /// Creates RAdam from Python-style keyword arguments.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(params: params, bound: Self.signature.bound(params: params, keywords: keywords))
    }

    init(params: [Tensor], bound a: BoundArguments) throws {
        try a.checkAdamFamily(requireFloatBetas: false)
        try super.init(name: "RAdam", params: params, defaults: Self.groupKeys.map { ($0, a[$0]) })
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<RAdam.State>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }

    private var options = AdamOptions()

    override func prepare(group: ParamGroup) throws { options = AdamOptions(group) }

    override func update(group: ParamGroup, state: inout State?, param: Tensor, grad g: Tensor) throws {
        let o = options
        let s = state ?? State(expAvg: param.filledLike(0), expAvgSq: param.filledLike(0))
        state = s
        s.step += 1
        let step = Double(s.step)
        let grad = o.decayed(Self.direction(g, maximize: o.maximize), param: param)
        o.updateMoments(expAvg: s.expAvg, expAvgSq: s.expAvgSq, grad: grad)
        let (beta1, beta2, eps, lr) = (o.beta1, o.beta2, o.eps, o.lr)
        let biasCorrection1 = 1 - cPow(beta1, step)
        let biasCorrection2 = 1 - cPow(beta2, step)
        // bias_corrected_exp_avg = exp_avg / bias_correction1
        let corrected = try Tensor.kernel(.div, .tensor(s.expAvg), .scalar(.double(biasCorrection1)))
        let rhoInf = 2 / (1 - beta2) - 1
        let rhoT = rhoInf - 2 * step * cPow(beta2, step) / biasCorrection2
        var update = try Tensor.kernel(.mul, .tensor(corrected), .scalar(.double(lr)))
        if rhoT > 5.0 {
            // (bias_correction2 ** 0.5) / exp_avg_sq_sqrt  ==  reciprocal(sqrt + eps) * scalar
            let sq = s.expAvgSq.detach()
            sq.sqrtInPlace()
            sq.addScalar(eps)
            let adaptive = try Tensor.kernel(.mul, .tensor(sq.reciprocal()), .scalar(.double(cPow(biasCorrection2, 0.5))))
            let rect = cPow((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT), 0.5)
            update = try Tensor.kernel(.mul, .tensor(update), .tensor(adaptive))
            update = try Tensor.kernel(.mul, .tensor(update), .scalar(.double(rect)))
        }
        param.addScaled(update, alpha: -1.0)
    }

    /// `State` as numbers.
    struct ScalarState {
        var step: Float = 0
        var expAvg: Float = 0
        var expAvgSq: Float = 0
    }

    func makeScalarState() -> ScalarState { ScalarState() }

    /// `update(group:state:param:grad:)` on numbers (see `ScalarUpdating`).
    func update(state s: inout ScalarState, param: inout Float, grad g: Float, backend: MathBackend) {
        let o = options
        s.step += 1
        let step = Double(s.step)
        let grad = o.decayed(g.direction(maximize: o.maximize), param: &param)
        o.updateMoments(expAvg: &s.expAvg, expAvgSq: &s.expAvgSq, grad: grad)
        let (beta1, beta2, eps, lr) = (o.beta1, o.beta2, o.eps, o.lr)
        let biasCorrection1 = 1 - cPow(beta1, step)
        let biasCorrection2 = 1 - cPow(beta2, step)
        let corrected = s.expAvg / Float(biasCorrection1)
        let rhoInf = 2 / (1 - beta2) - 1
        let rhoT = rhoInf - 2 * step * cPow(beta2, step) / biasCorrection2
        var update = corrected * Float(lr)
        if rhoT > 5.0 {
            var sq = backend.apply(.sqrt, s.expAvgSq)
            sq = sq + Float(eps)
            let adaptive = (1 / sq) * Float(cPow(biasCorrection2, 0.5))
            let rect = cPow((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT), 0.5)
            update = update * adaptive
            update = update * Float(rect)
        }
        param = param.adding(update, alpha: -1.0)
    }

    override func describe(_ s: State) -> [(key: String, value: EngineValue)] {
        [("step", .tensor(s.$step)), ("exp_avg", .tensor(s.expAvg)), ("exp_avg_sq", .tensor(s.expAvgSq))]
    }
}

extension RAdam: ScalarUpdating {}
