import Foundation

/// ATen's float32 CPU softmax kernels (`SoftMaxKernel.cpp`), reproduced operation by operation
/// so that `softmax`, `log_softmax` and their gradients equal PyTorch's bit for bit.
///
/// Along the last dimension ATen reduces each row with `vec::reduce_all` on 16-lane vectors
/// (AVX-512): rows shorter than 16 are folded left to right; longer rows accumulate lane by
/// lane and are then folded as a butterfly (lanes 8, 4, 2, 1 apart). Along another dimension
/// the sums run sequentially over that dimension. `exp` and `log` are SLEEF's (`SleefFloat`).
enum SoftmaxKernels {
    static let width = 16

    /// `vec::reduce_all` / `map_reduce_all` over `v` (already mapped), as ATen folds a row.
    static func reduceRow(_ v: [Float], _ op: (Float, Float) -> Float) -> Float {
        let n = v.count
        if n < width {
            var acc = v[0]
            for i in 1..<max(n, 1) { acc = op(acc, v[i]) }
            return acc
        }
        var acc = Array(v[0..<width])
        var d = width
        while d < n - n % width {
            for i in 0..<width { acc[i] = op(acc[i], v[d + i]) }
            d += width
        }
        if n - d > 0 { for i in 0..<(n - d) { acc[i] = op(acc[i], v[d + i]) } }
        var step = width / 2
        while step >= 1 {
            let previous = acc
            for i in 0..<width { acc[i] = op(previous[i], previous[i ^ step]) }
            step /= 2
        }
        return acc[0]
    }

    /// `a > b ? a : b`, NaN-propagating as `vec::maximum`.
    static func maximum(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return .nan }
        return a > b ? a : b
    }

    /// A lane along the softmax dimension: its element indices, and which `exp` ATen applies
    /// to it. On the last dimension every row is vectorized; along any other (even one followed
    /// only by dimensions of size 1) ATen
    /// vectorizes 16 inner positions at a time and computes the remaining ones with the C
    /// library's `expf` (its scalar tail).
    struct Lane {
        let indices: [Int]
        let lastDim: Bool
        let vectorized: Bool
        func exp(_ x: Float) -> Float { vectorized ? SleefFloat.exp(x) : Foundation.exp(x) }
    }

    static func lanes(of t: Tensor, _ dim: Int) throws -> [Lane] {
        let (_, _, inner, d) = try t.lanes(dim)
        let lastDim = d == max(t.rank, 1) - 1
        let vectorizedInner = inner - inner % width
        var out: [Lane] = []
        try t.forEachLane(dim) { idx in
            guard let first = idx.first else { return }
            out.append(Lane(indices: idx, lastDim: lastDim, vectorized: lastDim || first % inner < vectorizedInner))
        }
        return out
    }

    /// Forward values of `log_softmax` (`log: true`) or `softmax` along `dim`.
    static func forward(_ x: [Float], _ t: Tensor, _ dim: Int, log: Bool) throws -> [Float] {
        var out = x
        for lane in try lanes(of: t, dim) {
            let idx = lane.indices
            let v = idx.map { x[$0] }
            let m = reduceRow(v, maximum)
            let e = v.map { lane.exp($0 - m) }
            var s: Float = 0
            if lane.lastDim { s = reduceRow(e, +) } else { for value in e { s += value } }
            if log {
                let ls = SleefFloat.log(s)
                for (k, i) in idx.enumerated() { out[i] = v[k] - m - ls }
            } else if lane.lastDim {
                let inverse = 1 / s
                for (k, i) in idx.enumerated() { out[i] = e[k] * inverse }
            } else {
                for (k, i) in idx.enumerated() { out[i] = e[k] / s }
            }
        }
        return out
    }

    /// Gradient of `log_softmax` (`g - exp(y) * sum(g)`) or of `softmax`
    /// (`(g - sum(g * y)) * y`) along `dim`, from the upstream `g` and the output `y`, with the
    /// fused multiply-adds of ATen's compiled kernels.
    static func backward(_ g: [Float], _ y: [Float], _ t: Tensor, _ dim: Int, log: Bool) throws -> [Float] {
        var out = g
        for lane in try lanes(of: t, dim) {
            let idx = lane.indices
            if log {
                var s: Float = 0
                if lane.lastDim { s = reduceRow(idx.map { g[$0] }, +) } else { for i in idx { s += g[i] } }
                for i in idx { out[i] = g[i].addingProduct(-lane.exp(y[i]), s) }
            } else if lane.lastDim {
                let s = reduceRow(idx.map { g[$0] * y[$0] }, +)
                for i in idx { out[i] = (g[i] - s) * y[i] }
            } else {
                var s: Float = 0
                for i in idx { s = s.addingProduct(g[i], y[i]) }
                for i in idx { out[i] = y[i] * (g[i] - s) }
            }
        }
        return out
    }
}
