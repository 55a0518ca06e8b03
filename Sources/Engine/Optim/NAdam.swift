/// `torch.optim.NAdam` (betas, eps, weight_decay, momentum_decay, decoupled_weight_decay,
/// maximize), following `_single_tensor_nadam` (its `mu_product` is a float32 tensor).
public final class NAdam: OptimizerBase<NAdam.State> {
    /// Per-parameter state: step, float32 `mu_product`, moment estimates.
    public final class State: OptimizerState {
        @StepTensor var step: Float = 0
        @StepTensor var muProduct: Float = 1
        let expAvg: Tensor
        let expAvgSq: Tensor
        init(expAvg: Tensor, expAvgSq: Tensor) { self.expAvg = expAvg; self.expAvgSq = expAvgSq }
        public func copied() -> State {
            let s = State(expAvg: expAvg.detach(), expAvgSq: expAvgSq.detach())
            s.step = step
            s.muProduct = muProduct
            return s
        }
    }

    /// `NAdam.__init__` signature with PyTorch's defaults.
    public static let signature = Signature("NAdam.__init__", [
        ("params", nil), ("lr", .double(2e-3)), ("betas", .tuple([0.9, 0.999])), ("eps", .double(1e-8)),
        ("weight_decay", .int(0)), ("momentum_decay", .double(4e-3)), ("decoupled_weight_decay", .bool(false)),
    ], keywordOnly: [("foreach", .pyNone), ("maximize", .bool(false)), ("capturable", .bool(false)), ("differentiable", .bool(false))])

    static let groupKeys = ["lr", "betas", "eps", "weight_decay", "momentum_decay", "decoupled_weight_decay", "maximize", "foreach", "capturable", "differentiable"]

    /// Creates NAdam from Python-style keyword arguments.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(params: params, bound: Self.signature.bound(params: params, keywords: keywords))
    }

    init(params: [Tensor], bound a: BoundArguments) throws {
        try a.checkAdamFamily(requireFloatBetas: false)
        try a.requireNonNegative("momentum_decay", "momentum_decay value")
        try super.init(name: "NAdam", params: params, defaults: Self.groupKeys.map { ($0, a[$0]) })
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<NAdam.State>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }

    private var options = AdamOptions(), momentumDecay = 0.0

    override func prepare(group: ParamGroup) throws {
        options = AdamOptions(group)
        momentumDecay = group.number("momentum_decay")
    }

    override func update(group: ParamGroup, state: inout State?, param: Tensor, grad g: Tensor) throws {
        let o = options
        let s = state ?? State(expAvg: param.filledLike(0), expAvgSq: param.filledLike(0))
        state = s
        s.step += 1
        let (step, beta1, lr) = (Double(s.step), o.beta1, o.lr)
        let biasCorrection2 = 1 - cPow(o.beta2, step)
        let grad = o.decayed(Self.direction(g, maximize: o.maximize), param: param)
        let mu = beta1 * (1.0 - 0.5 * cPow(0.96, step * momentumDecay))
        let muNext = beta1 * (1.0 - 0.5 * cPow(0.96, (step + 1) * momentumDecay))
        s.muProduct = s.muProduct * Float(mu)
        o.updateMoments(expAvg: s.expAvg, expAvgSq: s.expAvgSq, grad: grad)
        let denom = s.expAvgSq.detach()
        denom.divScalar(biasCorrection2)
        denom.sqrtInPlace()
        let muProduct = Double(s.muProduct)
        let muProductNext = muProduct * muNext
        denom.addScalar(o.eps)
        param.addcdiv(grad, denom, value: -lr * (1.0 - mu) / (1.0 - muProduct))
        param.addcdiv(s.expAvg, denom, value: (-lr * muNext) / (1.0 - muProductNext))
    }

    /// `State` as numbers.
    struct ScalarState {
        var step: Float = 0
        var muProduct: Float = 1
        var expAvg: Float = 0
        var expAvgSq: Float = 0
    }

    func makeScalarState() -> ScalarState { ScalarState() }

    /// `update(group:state:param:grad:)` on numbers (see `ScalarUpdating`).
    func update(state s: inout ScalarState, param: inout Float, grad g: Float, backend: MathBackend) {
        let o = options
        s.step += 1
        let (step, beta1, lr) = (Double(s.step), o.beta1, o.lr)
        let biasCorrection2 = 1 - cPow(o.beta2, step)
        let grad = o.decayed(g.direction(maximize: o.maximize), param: &param)
        let mu = beta1 * (1.0 - 0.5 * cPow(0.96, step * momentumDecay))
        let muNext = beta1 * (1.0 - 0.5 * cPow(0.96, (step + 1) * momentumDecay))
        s.muProduct = s.muProduct * Float(mu)
        o.updateMoments(expAvg: &s.expAvg, expAvgSq: &s.expAvgSq, grad: grad)
        var denom = s.expAvgSq / Float(biasCorrection2)
        denom = backend.apply(.sqrt, denom)
        let muProduct = Double(s.muProduct)
        let muProductNext = muProduct * muNext
        denom = denom + Float(o.eps)
        param = param.addcdiv(grad, denom, value: -lr * (1.0 - mu) / (1.0 - muProduct))
        param = param.addcdiv(s.expAvg, denom, value: (-lr * muNext) / (1.0 - muProductNext))
    }

    override func describe(_ s: State) -> [(key: String, value: EngineValue)] {
        [("step", .tensor(s.$step)), ("mu_product", .tensor(s.$muProduct)),
         ("exp_avg", .tensor(s.expAvg)), ("exp_avg_sq", .tensor(s.expAvgSq))]
    }
}

extension NAdam: ScalarUpdating {}
