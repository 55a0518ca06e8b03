/// `torch.optim.Adadelta` (lr, rho, eps, weight_decay, maximize), following
/// `_single_tensor_adadelta`.
public final class Adadelta: OptimizerBase<Adadelta.State> {
    /// Per-parameter state: step, running averages of squared gradients and updates.
    public final class State: OptimizerState {
        @StepTensor var step: Float = 0
        let squareAvg: Tensor
        let accDelta: Tensor
        init(squareAvg: Tensor, accDelta: Tensor) { self.squareAvg = squareAvg; self.accDelta = accDelta }
        public func copied() -> State {
            let s = State(squareAvg: squareAvg.detach(), accDelta: accDelta.detach())
            s.step = step
            return s
        }
    }

    /// `Adadelta.__init__` signature with PyTorch's defaults.
    public static let signature = Signature("Adadelta.__init__", [
        ("params", nil), ("lr", .double(1.0)), ("rho", .double(0.9)), ("eps", .double(1e-6)),
        ("weight_decay", .int(0)), ("foreach", .pyNone),
    ], keywordOnly: [("capturable", .bool(false)), ("maximize", .bool(false)), ("differentiable", .bool(false))])

    static let groupKeys = ["lr", "rho", "eps", "weight_decay", "maximize", "capturable", "foreach", "differentiable"]

    /// Creates Adadelta from Python-style keyword arguments.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(params: params, bound: Self.signature.bound(params: params, keywords: keywords))
    }

    init(params: [Tensor], bound a: BoundArguments) throws {
        try a.requireNonNegative("lr", "learning rate")
        let rho = try a.number("rho")
        if !(0 <= rho && rho <= 1) { throw EngineError.value("Invalid rho value: \(a["rho"].repr)") }
        try a.requireNonNegative("eps", "epsilon value")
        try a.requireNonNegative("weight_decay", "weight_decay value")
        try super.init(name: "Adadelta", params: params, defaults: Self.groupKeys.map { ($0, a[$0]) })
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<Adadelta.State>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }

    private var lr = 0.0, rho = 0.0, eps = 0.0, weightDecay = 0.0
    private var maximize = false

    override func prepare(group: ParamGroup) throws {
        lr = group.lr
        rho = group.number("rho")
        eps = group.number("eps")
        weightDecay = group.number("weight_decay")
        maximize = group.flag("maximize")
    }

    override func update(group: ParamGroup, state: inout State?, param: Tensor, grad g: Tensor) throws {
        let s = state ?? State(squareAvg: param.filledLike(0), accDelta: param.filledLike(0))
        state = s
        s.step += 1
        var grad = Self.direction(g, maximize: maximize)
        if weightDecay != 0 { grad = grad.addingScaled(param, alpha: weightDecay) }
        s.squareAvg.mulScalar(rho)
        s.squareAvg.addcmul(grad, grad, value: 1 - rho)
        let std = s.squareAvg.detach()
        std.addScalar(eps)
        std.sqrtInPlace()
        let delta = s.accDelta.detach()
        delta.addScalar(eps)
        delta.sqrtInPlace()
        delta.divTensor(std)
        delta.mulTensor(grad)
        s.accDelta.mulScalar(rho)
        s.accDelta.addcmul(delta, delta, value: 1 - rho)
        param.addScaled(delta, alpha: -lr)
    }

    /// `State` as numbers.
    struct ScalarState {
        var step: Float = 0
        var squareAvg: Float = 0
        var accDelta: Float = 0
    }

    func makeScalarState() -> ScalarState { ScalarState() }

    /// `update(group:state:param:grad:)` on numbers (see `ScalarUpdating`).
    func update(state s: inout ScalarState, param: inout Float, grad g: Float, backend: MathBackend) {
        s.step += 1
        var grad = g.direction(maximize: maximize)
        if weightDecay != 0 { grad = grad.adding(param, alpha: weightDecay) }
        s.squareAvg = s.squareAvg * Float(rho)
        s.squareAvg = s.squareAvg.addcmul(grad, grad, value: 1 - rho)
        let std = backend.apply(.sqrt, s.squareAvg + Float(eps))
        var delta = backend.apply(.sqrt, s.accDelta + Float(eps))
        delta = delta / std
        delta = delta * grad
        s.accDelta = s.accDelta * Float(rho)
        s.accDelta = s.accDelta.addcmul(delta, delta, value: 1 - rho)
        param = param.adding(delta, alpha: -lr)
    }

    override func describe(_ s: State) -> [(key: String, value: EngineValue)] {
        [("step", .tensor(s.$step)), ("square_avg", .tensor(s.squareAvg)), ("acc_delta", .tensor(s.accDelta))]
    }
}

extension Adadelta: ScalarUpdating {}
