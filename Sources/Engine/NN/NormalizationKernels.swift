/// The arithmetic of ATen's CPU normalization kernels (`moments_utils.h`,
/// `layer_norm_kernel.cpp`), reproduced operation by operation so that the mean, the
/// reciprocal standard deviation and every output and gradient round as PyTorch's do.
///
/// ATen computes row moments with Welford's algorithm on 8-lane vectors (4 for double):
/// chunks of 16 vectors are folded with `fmadd`, chunk results are merged pairwise in a
/// cascade, the elements after the last whole vector are folded one by one, and the lanes
/// are merged last. The compiler fuses the lane merges' `a + b * c` steps into FMAs (not the
/// tail's), and so do these functions (`addingProduct`). NormalizationFixtureTests holds them
/// to torch 2.15 bit for bit (outputs, weight and bias gradients, and the input gradients of
/// rows of fewer than 8 elements or a multiple of 8); the input gradients of other rows come
/// from a reduction whose last bit can differ (95% of those elements are exact).
enum NormalizationKernels {
    /// ATen's `kChunkSize`: vectors folded per Welford chunk.
    static let chunkSize = 16

    /// Lanes of the vectors ATen's moments and row reductions run on.
    static func lanes<T: BinaryFloatingPoint>(_: T.Type) -> Int { T.self == Double.self ? 4 : 8 }

    /// `utils::CeilLog2`: 1 for up to 2, else the bit length of `x - 1`.
    static func ceilLog2(_ x: Int) -> Int {
        x <= 2 ? 1 : (Int.bitWidth - (x - 1).leadingZeroBitCount)
    }

    /// `RowwiseMoments(X, N)`: the mean and the biased variance of `x[0..<n]`.
    static func rowMoments<T: BinaryFloatingPoint>(_ x: UnsafePointer<T>, _ n: Int) -> (mean: T, variance: T) {
        let w = lanes(T.self)
        let vectors = n / w
        let chunks = (vectors + chunkSize - 1) / chunkSize
        let depth = ceilLog2(chunks)
        var m0 = [Int](repeating: 0, count: depth)
        var m1 = [[T]](repeating: [T](repeating: 0, count: w), count: depth)
        var m2 = m1
        // AddMomentsVec(count, mean, m2) into stack slot `to`.
        func addVec(_ addCount: Int, _ addMean: [T], _ addM2: [T], into to: Int) {
            let total = m0[to] + addCount
            let c: T = total == 0 ? 0 : T(addCount) / T(total)
            let oldCount = T(m0[to])
            for k in 0..<w {
                let delta = addMean[k] - m1[to][k]
                let m2Sum = m2[to][k] + addM2[k]
                let cDelta = c * delta
                let countDelta = delta * oldCount
                m1[to][k] = m1[to][k] + cDelta
                m2[to][k] = m2Sum.addingProduct(countDelta, cDelta)
            }
            m0[to] = total
        }
        var chunkMean = [T](repeating: 0, count: w), chunkM2 = chunkMean
        for i in 0..<chunks {
            let base = i * chunkSize * w
            let count = Swift.min(chunkSize, vectors - i * chunkSize)
            for k in 0..<w { chunkMean[k] = 0; chunkM2[k] = 0 }
            for j in 0..<count {
                let c = 1 / T(j + 1)
                for k in 0..<w {
                    let v = x[base + j * w + k]
                    let delta = v - chunkMean[k]
                    chunkMean[k] = chunkMean[k].addingProduct(c, delta)
                    chunkM2[k] = chunkM2[k].addingProduct(delta, v - chunkMean[k])
                }
            }
            addVec(count, chunkMean, chunkM2, into: 0)
            var mask = i + 1, j = 1
            while j < depth && mask & 1 == 0 {
                addVec(m0[j - 1], m1[j - 1], m2[j - 1], into: j)
                m0[j - 1] = 0
                for k in 0..<w { m1[j - 1][k] = 0; m2[j - 1][k] = 0 }
                mask >>= 1
                j += 1
            }
        }
        for i in 1..<Swift.max(depth, 1) { addVec(m0[i], m1[i], m2[i], into: 0) }
        // The scalar tail (unfused), then each lane merged in (AddMoments, with fused multiply-adds).
        var count = 0
        var mean: T = 0, m2s: T = 0
        for i in (vectors * w)..<n {
            let delta = x[i] - mean
            count += 1
            mean += delta / T(count)
            m2s += delta * (x[i] - mean)
        }
        for k in 0..<w {
            let total = count + vectors
            let c: T = total == 0 ? 0 : T(vectors) / T(total)
            let delta = m1[0][k] - mean
            mean = mean.addingProduct(c, delta)
            m2s += m2[0][k].addingProduct(delta * delta * c, T(count))
            count = total
        }
        return (mean, m2s / T(n))
    }

    /// `vec::reduce_all` of a row on ATen's 8-lane vectors: rows shorter than a vector are
    /// summed left to right; longer ones lane by lane, then folded lanes 4, 2, 1 apart.
    static func rowSum<T: BinaryFloatingPoint>(_ v: UnsafeBufferPointer<T>) -> T {
        let n = v.count, w = lanes(T.self)
        guard n > 0 else { return 0 }
        if n < w {
            var acc = v[0]
            for i in 1..<n { acc += v[i] }
            return acc
        }
        var acc = Array(v[0..<w])
        var d = w
        while d < n - n % w {
            for k in 0..<w { acc[k] += v[d + k] }
            d += w
        }
        for k in 0..<(n - d) { acc[k] += v[d + k] }
        var step = w / 2
        while step >= 1 {
            let previous = acc
            for k in 0..<w { acc[k] = previous[k] + previous[k ^ step] }
            step /= 2
        }
        return acc[0]
    }

    /// The layer norm of `rows` rows of `n` elements: outputs, and each row's mean and rstd.
    static func layerNormForward<T: BinaryFloatingPoint>(_ x: [T], rows: Int, n: Int, eps: T, weight: [T]?, bias: [T]?) -> (y: [T], mean: [T], rstd: [T]) {
        var y = [T](repeating: 0, count: x.count)
        var means = [T](repeating: 0, count: rows), rstds = means
        x.withUnsafeBufferPointer { xs in
            for r in 0..<rows {
                let row = xs.baseAddress! + r * n
                let (mean, variance) = rowMoments(row, n)
                let rstd = 1 / (variance + eps).squareRoot()
                let shift = -mean
                for j in 0..<n {
                    let h = (row[j] + shift) * rstd
                    let g = weight?[j] ?? 1, b = bias?[j] ?? 0
                    y[r * n + j] = b.addingProduct(h, g)
                }
                means[r] = mean
                rstds[r] = rstd
            }
        }
        return (y, means, rstds)
    }

    /// `LayerNormBackwardKernelImpl` on one thread: the gradients of the input, weight and
    /// bias (the last two nil when not wanted).
    static func layerNormBackward<T: BinaryFloatingPoint>(_ dy: [T], _ x: [T], mean: [T], rstd: [T], weight: [T]?, rows: Int, n: Int,
                                                          wantInput: Bool, wantWeight: Bool, wantBias: Bool) -> (dx: [T]?, dw: [T]?, db: [T]?) {
        var dx = wantInput ? [T](repeating: 0, count: x.count) : nil
        var dw = wantWeight ? [T](repeating: 0, count: n) : nil
        var dbias = wantBias ? [T](repeating: 0, count: n) : nil
        let scale = 1 / T(n)
        var products = [T](repeating: 0, count: n), weighted = products
        for r in 0..<rows {
            let o = r * n
            let a = rstd[r], m = mean[r]
            if wantWeight {
                let b = -a * m
                for j in 0..<n { dw![j] = dw![j].addingProduct(dy[o + j], b.addingProduct(a, x[o + j])) }
            }
            if wantBias { for j in 0..<n { dbias![j] += dy[o + j] } }
            guard wantInput else { continue }
            for j in 0..<n {
                let g = weight?[j] ?? 1
                weighted[j] = weight == nil ? dy[o + j] : dy[o + j] * g
                products[j] = weight == nil ? dy[o + j] * x[o + j] : dy[o + j] * x[o + j] * g
            }
            let ds = products.withUnsafeBufferPointer { rowSum($0) }
            let db = weighted.withUnsafeBufferPointer { rowSum($0) }
            let b = (-ds).addingProduct(db, m) * a * a * a * scale
            let c = (-(db * a * scale)).addingProduct(-b, m)
            for j in 0..<n {
                let first = weight.map { a * dy[o + j] * $0[j] } ?? a * dy[o + j]
                dx![o + j] = first.addingProduct(b, x[o + j]) + c
            }
        }
        return (dx, dw, dbias)
    }
}
