import Foundation

/// `softmax` / `log_softmax` along one dimension, and the activations torch.nn adds
/// (`leaky_relu`; `gelu` is in Gelu.swift), with PyTorch's autograd node names.
extension Tensor {
    /// Outer count, dimension size and inner count of a reduction over `dim`.
    func lanes(_ dim: Int) throws -> (outer: Int, size: Int, inner: Int, dim: Int) {
        let r = max(rank, 1)
        guard dim >= -r && dim < r else {
            throw EngineError(.indexError, "Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))")
        }
        let d = dim < 0 ? dim + r : dim
        if rank == 0 { return (1, 1, 1, 0) }
        let outer = shape[..<d].reduce(1, *)
        let inner = shape[(d + 1)...].reduce(1, *)
        return (outer, shape[d], inner, d)
    }

    /// Applies `body` to each lane along `dim` (the lane's element indices, in order).
    func forEachLane(_ dim: Int, _ body: ([Int]) -> Void) throws {
        let (outer, size, inner, _) = try lanes(dim)
        var idx = [Int](repeating: 0, count: size)
        for o in 0..<outer {
            for i in 0..<inner {
                for k in 0..<size { idx[k] = (o * size + k) * inner + i }
                body(idx)
            }
        }
    }

    /// Softmax or log-softmax values in this tensor's floating dtype.
    private func softmaxValues(_ dim: Int, log: Bool) throws -> Tensor {
        let x = floatingPoint
        let out = x.detach()
        if x.dtype == .float32 {
            out.floats = try SoftmaxKernels.forward(x.floats, x, dim, log: log)
        } else {
            var v = x.doubles
            try x.forEachLane(dim) { idx in
                var m = -Double.infinity
                for i in idx where v[i] > m || v[i].isNaN { m = v[i] }
                var s: Double = 0
                for i in idx { s += Foundation.exp(v[i] - m) }
                if log {
                    let ls = Foundation.log(s)
                    for i in idx { v[i] = v[i] - m - ls }
                } else {
                    for i in idx { v[i] = Foundation.exp(v[i] - m) / s }
                }
            }
            out.doubles = v
        }
        return out
    }

    /// The sum of `g` along `dim`, broadcast back over the lane.
    private func laneSums(_ g: Tensor, _ dim: Int) throws -> [Double] {
        var sums = [Double](repeating: 0, count: g.count)
        let gv = g.values
        try g.forEachLane(dim) { idx in
            var s = 0.0
            for i in idx { s += gv[i] }
            for i in idx { sums[i] = s }
        }
        return sums
    }

    /// `torch.log_softmax(x, dim)` (`LogSoftmaxBackward0`; gradient `g - exp(y) * sum(g)`).
    public func logSoftmax(dim: Int) throws -> Tensor {
        let out = try softmaxValues(dim, log: true)
        let y = out.detach(), saved = SavedOutput(out, producer: "LogSoftmax")
        return unary("LogSoftmaxBackward0", out) { g in
            try saved.check()
            if y.dtype == .float32 {
                let gf = g.dtype == .float32 ? g.floats : g.converted(to: .float32).floats
                let grad = try SoftmaxKernels.backward(gf, y.floats, y, dim, log: true)
                return try Tensor(floats: grad, shape: y.shape)
            }
            let sums = try self.laneSums(g, dim)
            let (gv, yv) = (g.values, y.values)
            let grad = (0..<gv.count).map { gv[$0] - Foundation.exp(yv[$0]) * sums[$0] }
            return try Tensor(grad, shape: y.shape, dtype: y.dtype)
        }
    }

    /// `torch.softmax(x, dim)` (`SoftmaxBackward0`; gradient `y * (g - sum(g * y))`).
    public func softmax(dim: Int) throws -> Tensor {
        let out = try softmaxValues(dim, log: false)
        let y = out.detach(), saved = SavedOutput(out, producer: "Softmax")
        return unary("SoftmaxBackward0", out) { g in
            try saved.check()
            if y.dtype == .float32 {
                let gf = g.dtype == .float32 ? g.floats : g.converted(to: .float32).floats
                let grad = try SoftmaxKernels.backward(gf, y.floats, y, dim, log: false)
                return try Tensor(floats: grad, shape: y.shape)
            }
            let (gv, yv) = (g.values, y.values)
            let gy = try Tensor((0..<gv.count).map { gv[$0] * yv[$0] }, shape: y.shape, dtype: .float64)
            let sums = try self.laneSums(gy, dim)
            let grad = (0..<gv.count).map { yv[$0] * (gv[$0] - sums[$0]) }
            return try Tensor(grad, shape: y.shape, dtype: y.dtype)
        }
    }

    /// `F.leaky_relu(x, negative_slope)` (`LeakyReluBackward0`).
    public func leakyRelu(_ slope: Double) -> Tensor {
        let s = Float(slope)
        let out = floatingPoint.mapValues({ $0 > 0 ? $0 : $0 * s }, { $0 > 0 ? $0 : $0 * slope })
        let x = detach()
        return unary("LeakyReluBackward0", out) { g in
            let (gv, xv) = (g.values, x.values)
            if g.dtype == .float32 {
                // ATen multiplies by the slope as a float.
                return try Tensor((0..<gv.count).map { xv[$0] > 0 ? gv[$0] : Double(Float(gv[$0]) * s) }, shape: g.shape, dtype: g.dtype)
            }
            return try Tensor((0..<gv.count).map { xv[$0] > 0 ? gv[$0] : gv[$0] * slope }, shape: g.shape, dtype: g.dtype)
        }
    }
}
