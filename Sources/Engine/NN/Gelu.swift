import Foundation

extension Tensor {
    /// `F.gelu(x)` with the exact erf form `x * 0.5 * (1 + erf(x / √2))` (`GeluBackward0`),
    /// or `approximate="tanh"`; float32 values and gradients round as PyTorch's (`GeluKernels`:
    /// oneDNN for a contiguous tensor's erf form, ATen's vector and scalar loops otherwise).
    public func gelu(tanhApproximation: Bool = false) -> Tensor {
        let x = floatingPoint
        let out: Tensor
        let oneDNN = !tanhApproximation && x.dtype == .float32 && x.count > 1 && x.isContiguousLayout
        if x.dtype == .float32 {
            let v = x.floats
            var y = [Float](repeating: 0, count: v.count)
            if oneDNN {
                for i in 0..<v.count { y[i] = GeluKernels.oneDNN(v[i]) }
            } else {
                let vector = x.vectorizedElements()
                for i in 0..<v.count {
                    y[i] = tanhApproximation ? GeluKernels.atenTanh(v[i], vector: vector[i]) : GeluKernels.aten(v[i], vector: vector[i])
                }
            }
            out = Tensor(dtype: .float32, shape: x.shape, floats: y)
        } else if tanhApproximation {
            out = x.mapValues({ $0 }, { x in 0.5 * x * (1 + Foundation.tanh((2 / Double.pi).squareRoot() * (x + 0.044715 * x * x * x))) })
        } else {
            out = x.mapValues({ $0 }, { x in x * 0.5 * (1 + Foundation.erf(x * 0.5.squareRoot())) })
        }
        let saved = detach()
        let strides = x.dtype == .float32 && !oneDNN ? x.broadcastStrides(to: x.shape) : []
        return unary("GeluBackward0", out) { g in
            if g.dtype == .float32, saved.dtype == .float32 {
                let (gv, xv) = (g.floats, saved.floats)
                var grad = [Float](repeating: 0, count: gv.count)
                if oneDNN {
                    for i in 0..<gv.count { grad[i] = gv[i] * GeluKernels.oneDNNDerivative(xv[i]) }
                } else {
                    // ATen's loop over (grad, self): the gradient is contiguous, self may be a view.
                    let layout = IteratorLayout(shape: g.shape, inputStrides: [g.broadcastStrides(to: g.shape), strides])
                    let vector = gv.count > 1 ? layout.vectorized(shape: g.shape, block: 2 * VectorKernels.floatLanes)
                                              : [Bool](repeating: false, count: gv.count)
                    for i in 0..<gv.count {
                        grad[i] = tanhApproximation ? GeluKernels.atenTanhBackward(gv[i], xv[i], vector: vector[i])
                                                    : GeluKernels.atenBackward(gv[i], xv[i], vector: vector[i])
                    }
                }
                return Tensor(dtype: .float32, shape: g.shape, floats: grad)
            }
            let (gv, xv) = (g.values, saved.values)
            let grad = (0..<gv.count).map { i -> Double in
                gv[i] * (tanhApproximation ? Self.geluTanhDerivative(xv[i]) : Self.geluDerivative(xv[i]))
            }
            return try Tensor(grad, shape: g.shape, dtype: g.dtype)
        }
    }

    /// Whether the elements lie row-major in memory (`is_contiguous()`).
    var isContiguousLayout: Bool {
        guard viewLink?.positions != nil else { return true }
        guard let strides = elementStrides() else { return false }
        var expected = 1
        for d in stride(from: rank - 1, through: 0, by: -1) where shape[d] > 1 {
            if strides[d] != expected { return false }
            expected *= shape[d]
        }
        return true
    }

    /// d/dx of the exact GELU: `Φ(x) + x φ(x)`.
    static func geluDerivative(_ v: Double) -> Double {
        0.5 * (1 + Foundation.erf(v * 0.5.squareRoot())) + v * Foundation.exp(-0.5 * v * v) / (2 * Double.pi).squareRoot()
    }

    /// d/dx of the tanh GELU, as ATen's `GeluBackwardKernelImpl` writes it:
    /// `0.5 (1 + t) + 0.5 x (1 - t²) β (1 + 3κx²)` with `t = tanh(β (x + κx³))`.
    static func geluTanhDerivative(_ v: Double) -> Double {
        let (beta, kappa) = ((2 / Double.pi).squareRoot(), 0.044715)
        let t = Foundation.tanh(beta * (v + kappa * v * v * v))
        return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * beta * (1 + 3 * kappa * v * v)
    }
}
