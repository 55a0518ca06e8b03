import Foundation

/// Singular values of matrices (`torch.linalg.svdvals`), for the nuclear and spectral
/// matrix norms.
///
/// PyTorch calls LAPACK's `gesdd` (MKL's); Descent computes the singular values and vectors
/// in double precision with one-sided Jacobi rotations (Hestenes), which converge to the
/// exact values, and rounds them to float32 for float32 inputs: they agree with LAPACK's to
/// within a few float32 units in the last place, not bit for bit. The gradient is
/// `U diag(g) Vᵀ` (`LinalgSvdBackward0` for singular values only).
extension Tensor {
    /// The singular values of each matrix in the last two dimensions, largest first:
    /// shape `[..., min(m, n)]`.
    public func svdvals() throws -> Tensor {
        guard rank >= 2 else {
            throw EngineError.runtime("linalg.svd: The input tensor A must have at least 2 dimensions.")
        }
        guard dtype == .float32 || dtype == .float64 else {
            throw EngineError.runtime("linalg.svd: Expected a floating point or complex tensor as input. Got \(Tensor.scalarTypeName(dtype))")
        }
        let m = shape[rank - 2], n = shape[rank - 1], k = Swift.min(m, n)
        let batch = shape.dropLast(2).reduce(1, *)
        let x = values
        var sigma: [Double] = []
        var factors: [(u: [Double], v: [Double])] = []
        sigma.reserveCapacity(batch * k)
        for b in 0..<batch {
            let r = Tensor.jacobiSVD(Array(x[(b * m * n)..<((b + 1) * m * n)]), rows: m, cols: n)
            sigma += r.sigma
            factors.append((r.u, r.v))
        }
        let outShape = Array(shape.dropLast(2)) + [k]
        let out = dtype == .float32
            ? Tensor(dtype: .float32, shape: outShape, floats: sigma.map { Float($0) })
            : Tensor(dtype: .float64, shape: outShape, doubles: sigma)
        let inputShape = shape, inputDType = dtype
        return unary("LinalgSvdBackward0", out) { g in
            // dA = U diag(g) Vᵀ for each matrix.
            let gv = g.values
            var grad = [Double](repeating: 0, count: batch * m * n)
            for b in 0..<batch {
                let (u, v) = factors[b]
                for j in 0..<k {
                    let w = gv[b * k + j]
                    if w == 0 { continue }
                    for i in 0..<m {
                        let uw = u[i * k + j] * w
                        if uw == 0 { continue }
                        for c in 0..<n { grad[b * m * n + i * n + c] += uw * v[c * k + j] }
                    }
                }
            }
            return inputDType == .float32
                ? Tensor(dtype: .float32, shape: inputShape, floats: grad.map { Float($0) })
                : Tensor(dtype: .float64, shape: inputShape, doubles: grad)
        }
    }

    /// The thin SVD `A = U Σ Vᵀ` of a row-major `rows × cols` matrix by one-sided Jacobi
    /// rotations: `sigma` descending, `u` (`rows × k`) and `v` (`cols × k`) row-major.
    static func jacobiSVD(_ a: [Double], rows m: Int, cols n: Int) -> (sigma: [Double], u: [Double], v: [Double]) {
        // Orthogonalize the columns of W (p × k, k ≤ p): A itself, or Aᵀ when it is wide.
        let wide = n > m
        let p = wide ? n : m, k = wide ? m : n
        var w = [Double](repeating: 0, count: p * k)
        for i in 0..<m { for j in 0..<n { if wide { w[j * k + i] = a[i * n + j] } else { w[i * k + j] = a[i * n + j] } } }
        var v = [Double](repeating: 0, count: k * k)
        for j in 0..<k { v[j * k + j] = 1 }
        for _ in 0..<60 {
            var rotated = false
            for c1 in 0..<k {
                for c2 in (c1 + 1)..<Swift.max(c1 + 1, k) {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for i in 0..<p {
                        let x = w[i * k + c1], y = w[i * k + c2]
                        alpha += x * x; beta += y * y; gamma += x * y
                    }
                    if gamma == 0 || Swift.abs(gamma) <= 1e-15 * (alpha * beta).squareRoot() { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (Swift.abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    for i in 0..<p {
                        let x = w[i * k + c1], y = w[i * k + c2]
                        w[i * k + c1] = c * x - s * y
                        w[i * k + c2] = s * x + c * y
                    }
                    for i in 0..<k {
                        let x = v[i * k + c1], y = v[i * k + c2]
                        v[i * k + c1] = c * x - s * y
                        v[i * k + c2] = s * x + c * y
                    }
                }
            }
            if !rotated { break }
        }
        var sigma = (0..<k).map { j in (0..<p).reduce(0.0) { $0 + w[$1 * k + j] * w[$1 * k + j] }.squareRoot() }
        let order = (0..<k).sorted { sigma[$0] > sigma[$1] || (sigma[$0] == sigma[$1] && $0 < $1) }
        // Left vectors: W's normalized columns (p × k); right vectors: V (k × k).
        var left = [Double](repeating: 0, count: p * k), right = [Double](repeating: 0, count: k * k)
        for (dst, src) in order.enumerated() {
            let sv = sigma[src]
            for i in 0..<p { left[i * k + dst] = sv > 0 ? w[i * k + src] / sv : 0 }
            for i in 0..<k { right[i * k + dst] = v[i * k + src] }
        }
        sigma = order.map { sigma[$0] }
        // For a wide A, Aᵀ = W·Vᵀ gives A = V Σ Wᵀ: U is V, and A's right vectors are W's.
        return wide ? (sigma, right, left) : (sigma, left, right)
    }
}
