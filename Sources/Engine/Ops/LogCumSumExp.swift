import Foundation

/// `logcumsumexp`: the running `log(sum(exp(x)))` along a dimension, as ATen's CPU kernel
/// (`cpu_cum_base_kernel` with `_log_add_exp_helper`) accumulates it in double, with
/// `LogcumsumexpBackward0` computing `logcumsumexp_backward`'s signed log-space formula.
extension Tensor {
    /// `torch.logcumsumexp(self, dim)`: element i along `dim` is `log(exp(x₀) + … + exp(xᵢ))`.
    /// - Throws: PyTorch's error for a dimension out of range and for integer tensors.
    public func logcumsumexp(dim: Int) throws -> Tensor {
        let d = try checkDimAllowingScalar(dim)
        guard dtype.isFloatingPoint else {
            throw EngineError(.notImplementedError, "\"logcumsumexp_out_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let size = rank == 0 ? 1 : shape[d]
        let outer = rank == 0 ? 1 : shape[..<d].reduce(1, *), inner = rank == 0 ? 1 : shape[(d + 1)...].reduce(1, *)
        let x = values
        var res = [Double](repeating: 0, count: x.count)
        for o in 0..<outer {
            for j in 0..<inner {
                var acc = -Double.infinity
                for i in 0..<size {
                    let k = (o * size + i) * inner + j
                    acc = Tensor.logAddExp(acc, x[k])
                    res[k] = acc
                }
            }
        }
        let out = withValues(res, shape: shape)
        let saved = SavedTensor(self), result = out.detach()
        return unary("LogcumsumexpBackward0", out) { g in
            try GradMode.withNoGrad { try Tensor.logcumsumexpBackward(g, try saved.unpack(), result, dim: d) }
        }
    }

    /// ATen's `_log_add_exp_helper(x, y)`: `log1p(exp(min - max)) + max`, NaN propagating
    /// from `y`, and `x` itself when both are the same infinity.
    static func logAddExp(_ x: Double, _ y: Double) -> Double {
        let low = y.isNaN ? y : (y < x ? y : x)
        let high = y.isNaN ? y : (x < y ? y : x)
        if low != high || low.isFinite { return Foundation.log1p(Foundation.exp(low - high)) + high }
        return x
    }

    /// `logcumsumexp_backward`: the positive and negative parts of the gradient carried in
    /// log space through a reversed `logcumsumexp`, then exponentiated and subtracted.
    static func logcumsumexpBackward(_ grad: Tensor, _ input: Tensor, _ result: Tensor, dim: Int) throws -> Tensor {
        if grad.rank == 0 || grad.count == 0 { return grad }
        let lowest: Double = grad.dtype == .float32 ? -Double(Float.greatestFiniteMagnitude) : -Double.greatestFiniteMagnitude
        let logAbs = grad.abs().log()
        func reversed(_ t: Tensor) throws -> Tensor { try t.flip([dim]).logcumsumexp(dim: dim).flip([dim]) }
        func part(_ op: BinaryOp) throws -> Tensor {
            let mask = try Tensor.kernel(op, .tensor(grad), .scalar(.double(0)))
            let logPart = try Tensor.whereSelect(mask, .tensor(logAbs), .scalar(.double(lowest)))
            let shifted = try reversed(try Tensor.kernel(.sub, .tensor(logPart), .tensor(result)))
            return try Tensor.kernel(.add, .tensor(shifted), .tensor(input)).exp()
        }
        return try Tensor.kernel(.sub, .tensor(try part(.gt)), .tensor(try part(.lt)))
    }
}
