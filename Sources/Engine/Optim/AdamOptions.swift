/// The options the Adam family (Adam, AdamW, Adamax, NAdam, RAdam) reads from a parameter
/// group before it updates the group's parameters, and the steps these optimizers share, on
/// tensors and on single float32 numbers (`ScalarUpdating`) alike.
struct AdamOptions {
    var lr = 0.0, beta1 = 0.0, beta2 = 0.0, eps = 0.0, weightDecay = 0.0
    var maximize = false
    /// `decoupled_weight_decay` (false for optimizers without the option).
    var decoupled = false

    init() {}

    /// The group's `lr`, `betas`, `eps`, `weight_decay`, `maximize`, `decoupled_weight_decay`.
    init(_ group: ParamGroup) {
        lr = group.lr
        (beta1, beta2) = group.pair("betas")
        eps = group.number("eps")
        weightDecay = group.number("weight_decay")
        maximize = group.flag("maximize")
        decoupled = group.flag("decoupled_weight_decay")
    }

    /// The gradient after weight decay: decoupled decay shrinks `param` in place
    /// (`param.mul_(1 - lr * weight_decay)`) and keeps `grad`; L2 decay returns
    /// `grad.add(param, alpha=weight_decay)`.
    func decayed(_ grad: Tensor, param: Tensor) -> Tensor {
        guard weightDecay != 0 else { return grad }
        if decoupled {
            param.mulScalar(1 - lr * weightDecay)
            return grad
        }
        return grad.addingScaled(param, alpha: weightDecay)
    }

    /// `decayed(_:param:)` on numbers.
    @inline(__always) func decayed(_ grad: Float, param: inout Float) -> Float {
        guard weightDecay != 0 else { return grad }
        if decoupled {
            param = param * Float(1 - lr * weightDecay)
            return grad
        }
        return grad.adding(param, alpha: weightDecay)
    }

    /// The moment estimates: `exp_avg.lerp_(grad, 1 - beta1)`, then
    /// `exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)`.
    func updateMoments(expAvg: Tensor, expAvgSq: Tensor, grad: Tensor) {
        expAvg.lerp(grad, weight: 1 - beta1)
        expAvgSq.mulScalar(beta2)
        expAvgSq.addcmul(grad, grad, value: 1 - beta2)
    }

    /// `updateMoments(expAvg:expAvgSq:grad:)` on numbers.
    @inline(__always) func updateMoments(expAvg: inout Float, expAvgSq: inout Float, grad: Float) {
        expAvg = expAvg.lerp(grad, weight: 1 - beta1)
        expAvgSq = expAvgSq * Float(beta2)
        expAvgSq = expAvgSq.addcmul(grad, grad, value: 1 - beta2)
    }
}
