import Foundation

/// ATen's float32 CPU softmax kernels (`SoftMaxKernel.cpp`), reproduced operation by operation
/// so that `softmax`, `log_softmax` and their gradients equal PyTorch's bit for bit.
///
/// Along the last dimension ATen reduces each row with `vec::reduce_all` on 16-lane vectors
/// (AVX-512; 8 lanes with AVX2): shorter rows are folded left to right; longer rows accumulate
/// lane by lane and are then folded as a butterfly (lanes 8, 4, 2, 1 apart). Along another dimension
/// the sums run sequentially over that dimension. `exp` and `log` are SLEEF's (`SleefFloat`).
enum SoftmaxKernels {
    /// Lanes of PyTorch's float32 vectors on this CPU (16 with AVX-512, else 8).
    static var width: Int { VectorKernels.floatLanes }

    /// `vec::reduce_all` / `map_reduce_all` over `v` (already mapped), as ATen folds a row.
    /// (Inlined so that `op` compiles into the caller's loop.)
    @inline(__always)
    static func reduceRow(_ v: UnsafeBufferPointer<Float>, _ op: (Float, Float) -> Float) -> Float {
        let n = v.count
        if n < width {
            var acc = v[0]
            var i = 1
            while i < n { acc = op(acc, v[i]); i += 1 }
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

    static func reduceRow(_ v: [Float], _ op: (Float, Float) -> Float) -> Float {
        v.withUnsafeBufferPointer { reduceRow($0, op) }
    }

    /// `softmax` / `log_softmax` along the last dimension: contiguous rows of length `k`.
    /// (Every element of the result is written, so it starts uninitialized.)
    static func forwardRows(_ x: [Float], _ k: Int, log: Bool) -> [Float] {
        guard k > 0, !x.isEmpty else { return x }
        return [Float](unsafeUninitializedCapacity: x.count) { os, count in
            x.withUnsafeBufferPointer { xs in
                withUnsafeTemporaryAllocation(of: Float.self, capacity: k) { es in
                    var base = 0
                    if k < width && xs.count >= 8 * k {
                        base = k * forwardShortRows(xs.baseAddress!, os.baseAddress!, rows: xs.count / k, k: k, log: log)
                    }
                    while base < xs.count {
                        let row = UnsafeBufferPointer(rebasing: xs[base..<(base + k)])
                        let m = reduceRow(row, maximum)
                        for j in 0..<k { es[j] = SleefFloat.exp(row[j] - m) }
                        let s = reduceRow(UnsafeBufferPointer(es), +)
                        if log {
                            let ls = SleefFloat.log(s)
                            for j in 0..<k { os[base + j] = row[j] - m - ls }
                        } else {
                            let inverse = 1 / s
                            for j in 0..<k { os[base + j] = es[j] * inverse }
                        }
                        base += k
                    }
                }
            }
            count = x.count
        }
    }

    /// Gradients of `log_softmax` / `softmax` along the last dimension (rows of length `k`).
    /// (Every element of the result is written, so it starts uninitialized.)
    static func backwardRows(_ g: [Float], _ y: [Float], _ k: Int, log: Bool) -> [Float] {
        guard k > 0, !g.isEmpty else { return g }
        return [Float](unsafeUninitializedCapacity: g.count) { os, count in
            g.withUnsafeBufferPointer { gs in
                y.withUnsafeBufferPointer { ys in
                    withUnsafeTemporaryAllocation(of: Float.self, capacity: k) { ps in
                        var base = 0
                        if log && k < width && gs.count >= 8 * k && ys.count == gs.count {
                            base = k * logBackwardShortRows(gs.baseAddress!, ys.baseAddress!, os.baseAddress!, rows: gs.count / k, k: k)
                        }
                        while base < gs.count {
                            if log {
                                let s = reduceRow(UnsafeBufferPointer(rebasing: gs[base..<(base + k)]), +)
                                for j in base..<(base + k) { os[j] = gs[j].addingProduct(-SleefFloat.exp(ys[j]), s) }
                            } else {
                                for j in 0..<k { ps[j] = gs[base + j] * ys[base + j] }
                                let s = reduceRow(UnsafeBufferPointer(ps), +)
                                for j in base..<(base + k) { os[j] = (gs[j] - s) * ys[j] }
                            }
                            base += k
                        }
                    }
                }
            }
            count = g.count
        }
    }

    /// `a > b ? a : b`, NaN-propagating as `vec::maximum`.
    static func maximum(_ a: Float, _ b: Float) -> Float {
        if a.isNaN || b.isNaN { return .nan }
        return a > b ? a : b
    }

    /// A lane along a dimension other than the last: its element indices, and which `exp`
    /// ATen applies to it. ATen vectorizes 16 inner positions at a time and computes the
    /// remaining ones (all of them when fewer than 16 follow, even a dimension followed only
    /// by dimensions of size 1) with the C library's `expf`, its scalar tail.
    struct Lane {
        let indices: [Int]
        let vectorized: Bool
        func exp(_ x: Float) -> Float { vectorized ? SleefFloat.exp(x) : Foundation.exp(x) }
    }

    static func lanes(of t: Tensor, _ dim: Int) throws -> [Lane] {
        let (_, _, inner, _) = try t.lanes(dim)
        let vectorizedInner = inner - inner % width
        var out: [Lane] = []
        try t.forEachLane(dim) { idx in
            guard let first = idx.first else { return }
            out.append(Lane(indices: idx, vectorized: first % inner < vectorizedInner))
        }
        return out
    }

    /// Forward values of `log_softmax` (`log: true`) or `softmax` along `dim`: ATen's
    /// `_vec_log_softmax_lastdim`/`_vec_softmax_lastdim` on the last dimension,
    /// `_vec_logsoftmax`/`_vec_softmax` (sequential sums, division) on another.
    static func forward(_ x: [Float], _ t: Tensor, _ dim: Int, log: Bool) throws -> [Float] {
        let (_, size, inner, d) = try t.lanes(dim)
        if inner == 1 && d == max(t.rank, 1) - 1 { return forwardRows(x, size, log: log) }
        var out = x
        for lane in try lanes(of: t, dim) {
            let idx = lane.indices
            let v = idx.map { x[$0] }
            let m = reduceRow(v, maximum)
            let e = v.map { lane.exp($0 - m) }
            var s: Float = 0
            for value in e { s += value }
            if log {
                let ls = SleefFloat.log(s)
                for (k, i) in idx.enumerated() { out[i] = v[k] - m - ls }
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
        let (_, size, inner, d) = try t.lanes(dim)
        if inner == 1 && d == max(t.rank, 1) - 1 { return backwardRows(g, y, size, log: log) }
        var out = g
        for lane in try lanes(of: t, dim) {
            let idx = lane.indices
            var s: Float = 0
            if log {
                for i in idx { s += g[i] }
                for i in idx { out[i] = g[i].addingProduct(-lane.exp(y[i]), s) }
            } else {
                for i in idx { s = s.addingProduct(g[i], y[i]) }
                for i in idx { out[i] = y[i] * (g[i] - s) }
            }
        }
        return out
    }
}
