extension Tensor {
    /// `torch.nn.functional.mse_loss(input, target)` with reduction `"mean"`, `"sum"` or
    /// `"none"` (`MseLossBackward0`).
    ///
    /// Forward squares `input - target` elementwise then reduces; backward is
    /// `norm * (input - target) * grad` with `norm = 2 / numel` for the mean, as PyTorch.
    public static func mseLoss(_ input: Tensor, _ target: Tensor, reduction: String = "mean") throws -> Tensor {
        guard ["mean", "sum", "none"].contains(reduction) else {
            throw EngineError.value("\(reduction) is not a valid value for reduction")
        }
        let (diff, squared) = try GradMode.withNoGrad { () throws -> (Tensor, Tensor) in
            let d = try kernel(.sub, .tensor(input), .tensor(target))
            return (d, try kernel(.mul, .tensor(d), .tensor(d)))
        }
        let out: Tensor
        switch reduction {
        case "mean": out = try GradMode.withNoGrad { try squared.mean() }
        case "sum": out = GradMode.withNoGrad { squared.sum() }
        default: out = squared
        }
        guard recording, input.requiresGrad || target.requiresGrad else { return out }
        let n = diff.count
        let norm = reduction == "mean" ? 2.0 / Double(n) : 2.0
        let shape = diff.shape
        out.gradFn = FunctionNode("MseLossBackward0", input, target) { g in
            let gg = g.expand(to: shape)
            let scaled = try kernel(.mul, .scalar(.double(norm)), .tensor(diff))
            let gi = try kernel(.mul, .tensor(scaled), .tensor(gg))
            return [gi, gi.negated()]
        }
        return out
    }

    /// `torch.nn.functional.l1_loss(input, target)`: `(input - target).abs()` reduced, with
    /// the same composite graph as PyTorch (`MeanBackward0` for the mean).
    public static func l1Loss(_ input: Tensor, _ target: Tensor, reduction: String = "mean") throws -> Tensor {
        guard ["mean", "sum", "none"].contains(reduction) else {
            throw EngineError.value("\(reduction) is not a valid value for reduction")
        }
        let a = try (input - target).abs()
        switch reduction {
        case "mean": return try a.mean()
        case "sum": return a.sum()
        default: return a
        }
    }
}
