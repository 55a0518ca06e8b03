/// `torch.optim.Adagrad` (lr_decay, weight_decay, initial_accumulator_value, eps, maximize),
/// following `_single_tensor_adagrad`.
public final class Adagrad: OptimizerBase<Adagrad.State> {
    /// Per-parameter state: float32 step and sum of squared gradients.
    public final class State: OptimizerState {
        @StepTensor var step: Float
        let sum: Tensor
        init(step: Float, sum: Tensor) { self.step = step; self.sum = sum }
        public func copied() -> State { State(step: step, sum: sum.detach()) }
    }

    /// `Adagrad.__init__` signature with PyTorch's defaults.
    public static let signature = Signature("Adagrad.__init__", [
        ("params", nil), ("lr", .double(1e-2)), ("lr_decay", .int(0)), ("weight_decay", .int(0)),
        ("initial_accumulator_value", .int(0)), ("eps", .double(1e-10)), ("foreach", .pyNone),
    ], keywordOnly: [("maximize", .bool(false)), ("differentiable", .bool(false)), ("fused", .pyNone)])

    static let groupKeys = ["lr", "lr_decay", "eps", "weight_decay", "initial_accumulator_value", "foreach", "maximize", "differentiable", "fused"]

    /// Creates Adagrad from Python-style keyword arguments.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(params: params, bound: Self.signature.bound(params: params, keywords: keywords))
    }

    init(params: [Tensor], bound a: BoundArguments) throws {
        try a.requireNonNegative("lr", "learning rate")
        try a.requireNonNegative("lr_decay", "lr_decay value")
        try a.requireNonNegative("weight_decay", "weight_decay value")
        try a.requireNonNegative("initial_accumulator_value", "initial_accumulator_value value")
        try a.requireNonNegative("eps", "epsilon value")
        try super.init(name: "Adagrad", params: params, defaults: Self.groupKeys.map { ($0, a[$0]) })
        // PyTorch creates the state eagerly in the constructor.
        for (g, group) in paramGroups.enumerated() {
            let initial = group.number("initial_accumulator_value")
            states[g] = group.params.map { State(step: 0, sum: $0.filledLike(initial)) }
        }
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<Adagrad.State>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }

    private var lr = 0.0, lrDecay = 0.0, weightDecay = 0.0, eps = 0.0, initial = 0.0
    private var maximize = false

    override func prepare(group: ParamGroup) throws {
        lr = group.lr
        lrDecay = group.number("lr_decay")
        weightDecay = group.number("weight_decay")
        eps = group.number("eps")
        initial = group.number("initial_accumulator_value")
        maximize = group.flag("maximize")
    }

    override func update(group: ParamGroup, state: inout State?, param: Tensor, grad g: Tensor) throws {
        let s = state ?? State(step: 0, sum: param.filledLike(initial))
        state = s
        s.step += 1
        let step = Double(s.step)
        var grad = Self.direction(g, maximize: maximize)
        if weightDecay != 0 { grad = grad.addingScaled(param, alpha: weightDecay) }
        let clr = lr / (1 + (step - 1) * lrDecay)
        s.sum.addcmul(grad, grad, value: 1)
        let std = s.sum.detach()
        std.sqrtInPlace()
        std.addScalar(eps)
        param.addcdiv(grad, std, value: -clr)
    }

    /// `State` as numbers.
    struct ScalarState {
        var step: Float = 0
        var sum: Float
    }

    func makeScalarState() -> ScalarState { ScalarState(sum: Float(initial)) }

    /// `update(group:state:param:grad:)` on numbers (see `ScalarUpdating`).
    func update(state s: inout ScalarState, param: inout Float, grad g: Float, backend: MathBackend) {
        s.step += 1
        let step = Double(s.step)
        var grad = g.direction(maximize: maximize)
        if weightDecay != 0 { grad = grad.adding(param, alpha: weightDecay) }
        let clr = lr / (1 + (step - 1) * lrDecay)
        s.sum = s.sum.addcmul(grad, grad, value: 1)
        let std = backend.apply(.sqrt, s.sum) + Float(eps)
        param = param.addcdiv(grad, std, value: -clr)
    }

    override func describe(_ s: State) -> [(key: String, value: EngineValue)] {
        [("step", .tensor(s.$step)), ("sum", .tensor(s.sum))]
    }
}

extension Adagrad: ScalarUpdating {}
