/// `torch.optim.SGD`: gradient descent with optional momentum, dampening, Nesterov momentum,
/// L2 weight decay and maximize, following `_single_tensor_sgd`.
public final class SGD: OptimizerBase<Tensor> {
    /// `SGD.__init__` signature with PyTorch's defaults.
    public static let signature = Signature("SGD.__init__", [
        ("params", nil), ("lr", .double(1e-3)), ("momentum", .int(0)), ("dampening", .int(0)),
        ("weight_decay", .int(0)), ("nesterov", .bool(false)),
    ], keywordOnly: [("maximize", .bool(false)), ("foreach", .pyNone), ("differentiable", .bool(false)), ("fused", .pyNone)])

    static let groupKeys = ["lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable", "fused"]

    /// Creates SGD from Python-style keyword arguments, e.g. `["lr": .double(0.01)]`.
    public convenience init(_ params: [Tensor], _ keywords: KeyValuePairs<String, EngineValue> = [:]) throws {
        try self.init(params: params, bound: Self.signature.bound(params: params, keywords: keywords))
    }

    init(params: [Tensor], bound a: BoundArguments) throws {
        let lr = try a.number("lr"), momentum = try a.number("momentum"), weightDecay = try a.number("weight_decay")
        if lr < 0 { throw EngineError.value("Invalid learning rate: \(a["lr"].repr)") }
        if momentum < 0 { throw EngineError.value("Invalid momentum value: \(a["momentum"].repr)") }
        if weightDecay < 0 { throw EngineError.value("Invalid weight_decay value: \(a["weight_decay"].repr)") }
        let dampening = try a.number("dampening")
        if a.bool("nesterov") && (momentum <= 0 || dampening != 0) {
            throw EngineError.value("Nesterov momentum requires a momentum and zero dampening")
        }
        try super.init(name: "SGD", params: params, defaults: Self.groupKeys.map { ($0, a[$0]) })
    }

    /// A copy of `other` on remapped tensors (see `Optimizer.copy(mapping:)`).
    required init(copying other: OptimizerBase<Tensor>, mapping: (Tensor) throws -> Tensor) rethrows {
        try super.init(copying: other, mapping: mapping)
    }

    private var lr = 0.0, momentum = 0.0, dampening = 0.0, weightDecay = 0.0
    private var nesterov = false, maximize = false

    override func prepare(group: ParamGroup) throws {
        lr = group.lr
        momentum = group.number("momentum")
        dampening = group.number("dampening")
        weightDecay = group.number("weight_decay")
        nesterov = group.flag("nesterov")
        maximize = group.flag("maximize")
    }

    override func update(group: ParamGroup, state: inout Tensor?, param: Tensor, grad g: Tensor) throws {
        var grad = Self.direction(g, maximize: maximize)
        if weightDecay != 0 { grad = grad.addingScaled(param, alpha: weightDecay) }
        if momentum != 0 {
            let buf: Tensor
            if let existing = state {
                buf = existing
                buf.mulScalar(momentum)
                buf.addScaled(grad, alpha: 1 - dampening)
            } else {
                buf = grad.detach()
                state = buf
            }
            grad = nesterov ? grad.addingScaled(buf, alpha: momentum) : buf
        }
        param.addScaled(grad, alpha: -lr)
    }

    /// The momentum buffer as a number (`momentum_buffer` is None until the first update).
    struct ScalarState {
        var buffer: Float = 0
        var hasBuffer = false
    }

    func makeScalarState() -> ScalarState { ScalarState() }

    /// `update(group:state:param:grad:)` on numbers (see `ScalarUpdating`).
    func update(state s: inout ScalarState, param: inout Float, grad g: Float, backend: MathBackend) {
        var grad = g.direction(maximize: maximize)
        if weightDecay != 0 { grad = grad.adding(param, alpha: weightDecay) }
        if momentum != 0 {
            if s.hasBuffer {
                s.buffer = s.buffer * Float(momentum)
                s.buffer = s.buffer.adding(grad, alpha: 1 - dampening)
            } else {
                s.buffer = grad
                s.hasBuffer = true
            }
            grad = nesterov ? grad.adding(s.buffer, alpha: momentum) : s.buffer
        }
        param = param.adding(grad, alpha: -lr)
    }

    override func describe(_ state: Tensor) -> [(key: String, value: EngineValue)] {
        [("momentum_buffer", .tensor(state))]
    }
}

extension SGD: ScalarUpdating {}
