/// `torch.optim.Adamax` (betas, eps, weight_decay, maximize), following
/// `_single_tensor_adamax`.
public final class Adamax: OptimizerBase<Adamax.State> {
    /// Per-parameter state: step, first moment and infinity norm.
    public final class State: OptimizerState {
        @StepTensor var step: Float = 0
        let expAvg: Tensor
        let expInf: Tensor
        init(expAvg: Tensor, expInf: Tensor) { self.expAvg = expAvg; self.expInf = expInf }
        public func copied() -> State {
            let s = State(expAvg: expAvg.detach(), expInf: expInf.detach())
            s.step = step
            return s
        }
    }

    /// `Adamax.__init__` signature with PyTorch's defaults.
    public static let signature = Signature("Adamax.__init__", [
        ("params", nil), ("lr", .double(2e-3)), ("betas", .tuple([0.9, 0.999])), ("eps", .double(1e-8)),
        ("weight_decay", .int(0)), ("foreach", .pyNone),
    ], keywordOnly: [("maximize", .bool(false)), ("differentiable", .bool(false)), ("capturable", .bool(false))])

    static let groupKeys = ["lr", "betas", "eps", "weight_decay", "foreach", "maximize", "differentiable", "capturable"]

    /// Creates Adamax from Python-style keyword arguments.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(params: params, bound: Self.signature.bound(params: params, keywords: keywords))
    }

    init(params: [Tensor], bound a: BoundArguments) throws {
        try a.checkAdamFamily(requireFloatBetas: false)
        try super.init(name: "Adamax", params: params, defaults: Self.groupKeys.map { ($0, a[$0]) })
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<Adamax.State>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }

    private var options = AdamOptions()

    override func prepare(group: ParamGroup) throws { options = AdamOptions(group) }

    override func update(group: ParamGroup, state: inout State?, param: Tensor, grad g: Tensor) throws {
        let o = options
        let s = state ?? State(expAvg: param.filledLike(0), expInf: param.filledLike(0))
        state = s
        s.step += 1
        let grad = o.decayed(Self.direction(g, maximize: o.maximize), param: param)
        s.expAvg.lerp(grad, weight: 1 - o.beta1)
        s.expInf.mulScalar(o.beta2)
        let normed = grad.detach()
        normed.absInPlace()
        normed.addScalar(o.eps)
        s.expInf.maximumInPlace(normed)
        let biasCorrection = 1 - cPow(o.beta1, Double(s.step))
        let clr = o.lr / biasCorrection
        param.addcdiv(s.expAvg, s.expInf, value: -clr)
    }

    /// `State` as numbers.
    struct ScalarState {
        var step: Float = 0
        var expAvg: Float = 0
        var expInf: Float = 0
    }

    func makeScalarState() -> ScalarState { ScalarState() }

    /// `update(group:state:param:grad:)` on numbers (see `ScalarUpdating`).
    func update(state s: inout ScalarState, param: inout Float, grad g: Float, backend: MathBackend) {
        let o = options
        s.step += 1
        let grad = o.decayed(g.direction(maximize: o.maximize), param: &param)
        s.expAvg = s.expAvg.lerp(grad, weight: 1 - o.beta1)
        s.expInf = s.expInf * Float(o.beta2)
        let normed = Swift.abs(grad) + Float(o.eps)
        s.expInf = s.expInf.torchMaximum(normed)
        let biasCorrection = 1 - cPow(o.beta1, Double(s.step))
        let clr = o.lr / biasCorrection
        param = param.addcdiv(s.expAvg, s.expInf, value: -clr)
    }

    override func describe(_ s: State) -> [(key: String, value: EngineValue)] {
        [("step", .tensor(s.$step)), ("exp_avg", .tensor(s.expAvg)), ("exp_inf", .tensor(s.expInf))]
    }
}

extension Adamax: ScalarUpdating {}
