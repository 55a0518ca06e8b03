/// `logsumexp(dim, keepdim)` in ATen's steps (`LogsumexpBackward0`).
extension Tensor {
    /// `log(sum(exp(x - max), dims)) + max`, the max replaced by 0 where it is infinite, each
    /// step the engine's own (so rounded as torch's); integer inputs are computed in float32.
    /// The gradient is `grad * exp(x - result)`.
    public func logsumexp(dims: [Int], keepdim: Bool) throws -> Tensor {
        let input = dtype.isFloatingPoint ? self : converted(to: .float32)
        let d = try input.reductionDims(dims)
        let result: Tensor = try GradMode.withNoGrad {
            let maxes = try input.amax(dims: d, keepdim: true, max: true)
            let finite = maxes.withValues(maxes.values.map { Swift.abs($0) == .infinity ? 0 : $0 }, shape: maxes.shape)
            let shifted = try Tensor.binary(.sub, .tensor(input), .tensor(finite)).exp()
            let summed = try shifted.sum(dims: d, keepdim: keepdim).log()
            let kept = keepdim ? finite : try finite.reshape(input.reducedShape(d, keepdim: false))
            return try Tensor.binary(.add, .tensor(summed), .tensor(kept))
        }
        let out = result.detachedView()
        let keptShape = input.reducedShape(d, keepdim: true)
        return input.unary("LogsumexpBackward0", out) { g in
            try GradMode.withNoGrad {
                let r = try result.reshape(keptShape), gk = try g.reshape(keptShape)
                let weights = try Tensor.binary(.sub, .tensor(input), .tensor(r)).exp()
                return try Tensor.binary(.mul, .tensor(gk), .tensor(weights))
            }
        }
    }
}
