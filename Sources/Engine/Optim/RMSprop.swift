/// `torch.optim.RMSprop` (alpha, eps, weight_decay, momentum, centered, maximize), following
/// `_single_tensor_rmsprop`.
public final class RMSprop: OptimizerBase<RMSprop.State> {
    /// Per-parameter state: step count, running averages and momentum buffer.
    public final class State: OptimizerState {
        @StepTensor var step: Float = 0
        let squareAvg: Tensor
        let gradAvg: Tensor?
        let momentumBuffer: Tensor?
        init(step: Float, squareAvg: Tensor, gradAvg: Tensor?, momentumBuffer: Tensor?) {
            self.step = step; self.squareAvg = squareAvg; self.gradAvg = gradAvg; self.momentumBuffer = momentumBuffer
        }
        public func copied() -> State {
            State(step: step, squareAvg: squareAvg.detach(), gradAvg: gradAvg?.detach(), momentumBuffer: momentumBuffer?.detach())
        }
    }

    /// `RMSprop.__init__` signature with PyTorch's defaults.
    public static let signature = Signature("RMSprop.__init__", [
        ("params", nil), ("lr", .double(1e-2)), ("alpha", .double(0.99)), ("eps", .double(1e-8)),
        ("weight_decay", .int(0)), ("momentum", .int(0)), ("centered", .bool(false)), ("capturable", .bool(false)),
        ("foreach", .pyNone), ("maximize", .bool(false)), ("differentiable", .bool(false)),
    ])

    static let groupKeys = ["lr", "momentum", "alpha", "eps", "centered", "weight_decay", "capturable", "foreach", "maximize", "differentiable"]

    /// Creates RMSprop from Python-style keyword arguments.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(params: params, bound: Self.signature.bound(params: params, keywords: keywords))
    }

    init(params: [Tensor], bound a: BoundArguments) throws {
        try a.requireNonNegative("lr", "learning rate")
        try a.requireNonNegative("eps", "epsilon value")
        try a.requireNonNegative("momentum", "momentum value")
        try a.requireNonNegative("weight_decay", "weight_decay value")
        try a.requireNonNegative("alpha", "alpha value")
        try super.init(name: "RMSprop", params: params, defaults: Self.groupKeys.map { ($0, a[$0]) })
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<RMSprop.State>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }

    private var lr = 0.0, alpha = 0.0, eps = 0.0, weightDecay = 0.0, momentum = 0.0
    private var centered = false, maximize = false

    override func prepare(group: ParamGroup) throws {
        lr = group.lr
        alpha = group.number("alpha")
        eps = group.number("eps")
        weightDecay = group.number("weight_decay")
        momentum = group.number("momentum")
        centered = group.flag("centered")
        maximize = group.flag("maximize")
    }

    override func update(group: ParamGroup, state: inout State?, param: Tensor, grad g: Tensor) throws {
        let s = state ?? State(step: 0, squareAvg: param.filledLike(0),
                               gradAvg: centered ? param.filledLike(0) : nil,
                               momentumBuffer: momentum > 0 ? param.filledLike(0) : nil)
        state = s
        var grad = Self.direction(g, maximize: maximize)
        s.step += 1
        if weightDecay != 0 { grad = grad.addingScaled(param, alpha: weightDecay) }
        s.squareAvg.mulScalar(alpha)
        s.squareAvg.addcmul(grad, grad, value: 1 - alpha)
        let avg: Tensor
        if centered, let gradAvg = s.gradAvg {
            gradAvg.lerp(grad, weight: 1 - alpha)
            avg = s.squareAvg.detach()
            avg.addcmul(gradAvg, gradAvg, value: -1)
            avg.sqrtInPlace()
        } else {
            avg = s.squareAvg.detach()
            avg.sqrtInPlace()
        }
        avg.addScalar(eps)
        if momentum > 0, let buf = s.momentumBuffer {
            buf.mulScalar(momentum)
            buf.addcdiv(grad, avg, value: 1)
            param.addScaled(buf, alpha: -lr)
        } else {
            param.addcdiv(grad, avg, value: -lr)
        }
    }

    /// `State` as numbers; the flags record which optional buffers were created.
    struct ScalarState {
        var step: Float = 0
        var squareAvg: Float = 0
        var gradAvg: Float = 0
        var momentumBuffer: Float = 0
        var hasGradAvg: Bool
        var hasMomentumBuffer: Bool
    }

    func makeScalarState() -> ScalarState { ScalarState(hasGradAvg: centered, hasMomentumBuffer: momentum > 0) }

    /// `update(group:state:param:grad:)` on numbers (see `ScalarUpdating`).
    func update(state s: inout ScalarState, param: inout Float, grad g: Float, backend: MathBackend) {
        var grad = g.direction(maximize: maximize)
        s.step += 1
        if weightDecay != 0 { grad = grad.adding(param, alpha: weightDecay) }
        s.squareAvg = s.squareAvg * Float(alpha)
        s.squareAvg = s.squareAvg.addcmul(grad, grad, value: 1 - alpha)
        var avg: Float
        if centered && s.hasGradAvg {
            s.gradAvg = s.gradAvg.lerp(grad, weight: 1 - alpha)
            avg = s.squareAvg.addcmul(s.gradAvg, s.gradAvg, value: -1)
            avg = backend.apply(.sqrt, avg)
        } else {
            avg = backend.apply(.sqrt, s.squareAvg)
        }
        avg = avg + Float(eps)
        if momentum > 0 && s.hasMomentumBuffer {
            s.momentumBuffer = s.momentumBuffer * Float(momentum)
            s.momentumBuffer = s.momentumBuffer.addcdiv(grad, avg, value: 1)
            param = param.adding(s.momentumBuffer, alpha: -lr)
        } else {
            param = param.addcdiv(grad, avg, value: -lr)
        }
    }

    override func describe(_ s: State) -> [(key: String, value: EngineValue)] {
        var out: [(key: String, value: EngineValue)] = [("step", .tensor(s.$step)), ("square_avg", .tensor(s.squareAvg))]
        if let m = s.momentumBuffer { out.append(("momentum_buffer", .tensor(m))) }
        if let g = s.gradAvg { out.append(("grad_avg", .tensor(g))) }
        return out
    }
}

extension RMSprop: ScalarUpdating {}
