import Foundation

/// The regression losses computed elementwise: Huber and smooth L1 (MSE and L1 are in `Losses.swift`).
extension Tensor {
    /// `F.huber_loss(input, target, delta)` (`HuberLossBackward0`).
    public static func huberLoss(_ input: Tensor, _ target: Tensor, delta: Double = 1, reduction: String = "mean") throws -> Tensor {
        let d = Float(delta)
        return try elementwiseLoss("HuberLossBackward0", input, target, reduction,
                                   float: { z in z < d ? 0.5 * z * z : d * (z - 0.5 * d) },
                                   double: { z in z < delta ? 0.5 * z * z : delta * (z - 0.5 * delta) },
                                   derivative: { diff in diff < -delta ? -delta : diff > delta ? delta : diff })
    }

    /// `F.smooth_l1_loss(input, target, beta)` (`SmoothL1LossBackward0`): `0.5 * z * z / beta`
    /// below `beta`, `z - 0.5 * beta` above, in the input's precision as ATen's kernel; `beta`
    /// 0 is `l1_loss`, as in torch.
    public static func smoothL1Loss(_ input: Tensor, _ target: Tensor, beta: Double = 1, reduction: String = "mean") throws -> Tensor {
        if beta < 0 { throw EngineError.runtime("smooth_l1_loss does not support negative values for beta.") }
        if beta == 0 { return try l1Loss(input, target, reduction: reduction) }
        let b = Float(beta)
        return try elementwiseLoss("SmoothL1LossBackward0", input, target, reduction,
                                   float: { z in z < b ? 0.5 * z * z / b : z - 0.5 * b },
                                   double: { z in z < beta ? 0.5 * z * z / beta : z - 0.5 * beta },
                                   derivative: { diff in diff < -beta ? -1 : diff > beta ? 1 : diff / beta })
    }

    /// A loss of `|input - target|` per element after broadcasting, in float32 for float32
    /// inputs (as ATen's kernels), reduced; its gradient is `derivative(input - target)` times
    /// the upstream gradient.
    private static func elementwiseLoss(_ node: String, _ input: Tensor, _ target: Tensor, _ reduction: String,
                                        float: @escaping (Float) -> Float, double: @escaping (Double) -> Double,
                                        derivative: @escaping (Double) -> Double) throws -> Tensor {
        let shape = try broadcastShape(input.shape, target.shape)
        let x = input.expand(to: shape).values, y = target.expand(to: shape).values
        let f32 = input.dtype == .float32
        let loss: [Double] = (0..<x.count).map { i in
            f32 ? Double(float(Swift.abs(Float(x[i]) - Float(y[i])))) : double(Swift.abs(x[i] - y[i]))
        }
        let out = try reduce(loss, shape: shape, dtype: input.dtype, reduction)
        if recording && input.requiresGrad {
            let dtype = input.dtype, count = x.count
            out.gradFn = FunctionNode(node, input) { g in
                let up = upstream(g, count: count, reduction)
                let grad = (0..<count).map { i -> Double in up(i) * derivative(x[i] - y[i]) }
                return [try Tensor(grad, shape: shape, dtype: dtype)]
            }
        }
        return out
    }
}
