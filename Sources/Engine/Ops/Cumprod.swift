/// `cumprod(dim)` as ATen computes it forward (`cumprod_cpu_kernel`) and backward
/// (`cumprod_backward` in FunctionsManual.cpp).
extension Tensor {
    /// `cumprod(dim)` (`CumprodBackward0`): running products along `dim`, accumulated in
    /// double and rounded per element as ATen's CPU kernel; integer and bool inputs give int64.
    public func cumprod(dim: Int) throws -> Tensor {
        let d = try checkDimAllowingScalar(dim)
        let outType: DType = dtype.isFloatingPoint ? dtype : .int64
        if rank == 0 { return unary("CumprodBackward0", converted(to: outType), saves: false) { $0 } }
        let outer = shape[..<d].reduce(1, *), size = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let x = values
        var res = [Double](repeating: 0, count: x.count)
        for o in 0..<outer {
            for j in 0..<inner {
                var acc = 1.0
                for i in 0..<size {
                    let k = (o * size + i) * inner + j
                    acc *= x[k]
                    res[k] = outType == .float32 ? Double(Float(acc)) : outType == .int64 ? Tensor.wrappedInt64(acc) : acc
                }
            }
        }
        let out = outType == .float32
            ? Tensor(dtype: .float32, shape: shape, floats: res.map { Float($0) })
            : Tensor(dtype: outType, shape: shape, doubles: res)
        guard Tensor.recording, requiresGrad else { return out }
        let saved = SavedTensor(self), result = out.detach()
        return unary("CumprodBackward0", out) { g in
            let input = try saved.unpack()
            if size == 1 { return g }
            if !input.values.contains(0) {
                // reversed_cumsum(output * grad, dim) / input
                let w = try Tensor.kernel(.mul, .tensor(result), .tensor(g))
                let summed = try GradMode.withNoGrad { try w.flipValues(d).cumsum(dim: d) }.flipValues(d)
                return try Tensor.kernel(.div, .tensor(summed), .tensor(input))
            }
            return try input.cumprodGradientWithZeros(g, outer: outer, size: size, inner: inner)
        }
    }

    /// The gradient of `cumprod` where the input has zeros, from its definition in double:
    /// `dx[k] = sum over j >= k of g[j] * prod of x[i] for i <= j, i != k`.
    private func cumprodGradientWithZeros(_ g: Tensor, outer: Int, size: Int, inner: Int) throws -> Tensor {
        let x = values, gv = g.values
        var res = [Double](repeating: 0, count: x.count)
        for o in 0..<outer {
            for j in 0..<inner {
                let at = { (i: Int) in (o * size + i) * inner + j }
                for k in 0..<size {
                    var total = 0.0
                    var prefix = 1.0
                    for i in 0..<k { prefix *= x[at(i)] }
                    var product = prefix
                    for m in k..<size {
                        if m > k { product *= x[at(m)] }
                        total += gv[at(m)] * product
                    }
                    res[at(k)] = total
                }
            }
        }
        return dtype == .float32
            ? Tensor(dtype: .float32, shape: shape, floats: res.map { Float($0) })
            : Tensor(dtype: dtype, shape: shape, doubles: res)
    }
}
