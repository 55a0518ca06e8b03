/// The arithmetic of ATen's CPU batch norm (`Normalization.cpp`, `cpu/batch_norm_kernel.cpp`)
/// on a contiguous (N, C, L) input, step by step, so that statistics, running buffers,
/// outputs and gradients round as PyTorch's do.
///
/// ATen takes two paths. With one element per channel and sample ((N, C), "NC11") it runs
/// the channels-last kernels: per-channel sums in the element type, accumulated sample by
/// sample (the variance with fused multiply-adds). Otherwise (L > 1) it sums each channel
/// in double, and the backward pass adds per-sample row sums (`vec::reduce_all`, 8 lanes) in
/// double. NormalizationFixtureTests holds the (N, C) path and every forward value and running
/// buffer to torch 2.15 bit for bit; the (N, C, L) weight and input gradients can differ in
/// the last bit (93% of their elements are exact).
enum BatchNormKernels {
    /// The layout of a contiguous (N, C, L) input.
    struct Layout {
        let batch: Int, channels: Int, image: Int
        var count: Int { batch * image }
        func offset(_ n: Int, _ c: Int) -> Int { (n * channels + c) * image }
    }

    /// Per-channel mean and biased-variance sum of a training batch
    /// (`batch_norm_cpu_collect_stats_kernel`).
    static func collectStats<T: BinaryFloatingPoint>(_ x: [T], _ s: Layout) -> (mean: [T], varSum: [T]) {
        var mean = [T](repeating: 0, count: s.channels), varSum = mean
        for c in 0..<s.channels {
            if s.image == 1 {
                var sum: T = 0
                for n in 0..<s.batch { sum += x[n * s.channels + c] }
                let m = T(Double(sum) / Double(s.count))
                var v: T = 0
                for n in 0..<s.batch {
                    let d = x[n * s.channels + c] - m
                    v = v.addingProduct(d, d)
                }
                (mean[c], varSum[c]) = (m, v)
            } else {
                var sum = 0.0
                for n in 0..<s.batch { for i in 0..<s.image { sum += Double(x[s.offset(n, c) + i]) } }
                let m = T(sum / Double(s.count))
                var v = 0.0
                for n in 0..<s.batch {
                    for i in 0..<s.image {
                        let d = x[s.offset(n, c) + i] - m
                        v += Double(d * d)
                    }
                }
                (mean[c], varSum[c]) = (m, T(v))
            }
        }
        return (mean, varSum)
    }

    /// `save_invstd` from a variance sum: `1 / sqrt(varSum / n + eps)` in double.
    static func invStd<T: BinaryFloatingPoint>(varSum: T, count: Int, eps: Double) -> T {
        let variance = Double(varSum / T(count))
        return variance == 0 && eps == 0 ? 0 : T(1 / (variance + eps).squareRoot())
    }

    /// The running buffers after one training batch (`momentum * batch + (1 - momentum) * running`,
    /// the variance unbiased).
    static func updateRunning<T: BinaryFloatingPoint>(mean: inout T, variance: inout T, batchMean: T, varSum: T, count: Int, momentum: Double) {
        let m = T(momentum)
        mean = m * batchMean + (1 - m) * mean
        let unbiased = Double(varSum / T(count - 1))
        variance = T(Double(m) * unbiased + Double((1 - m) * variance))
    }

    /// `x * alpha + beta` per channel, with `alpha = invstd * weight` and
    /// `beta = bias - mean * alpha` (`batch_norm_cpu_collect_linear_and_constant_terms`).
    static func transform<T: BinaryFloatingPoint>(_ x: [T], _ s: Layout, mean: [T], invstd: [T], weight: [T]?, bias: [T]?) -> [T] {
        var y = [T](repeating: 0, count: x.count)
        for c in 0..<s.channels {
            let alpha = invstd[c] * (weight?[c] ?? 1)
            let beta = (bias?[c] ?? 0).addingProduct(-mean[c], alpha)
            for n in 0..<s.batch {
                let o = s.offset(n, c)
                for i in 0..<s.image { y[o + i] = beta.addingProduct(x[o + i], alpha) }
            }
        }
        return y
    }

    /// The eval-mode `invstd` of the output transform: `1 / sqrt(running_var + eps)` in the
    /// element type.
    static func evalInvStd<T: BinaryFloatingPoint>(_ runningVar: T, eps: Double) -> T { 1 / (runningVar + T(eps)).squareRoot() }

    /// The eval-mode `invstd` of the backward kernels, computed in double.
    static func backwardEvalInvStd<T: BinaryFloatingPoint>(_ runningVar: T, eps: Double) -> T { T(1 / (Double(runningVar) + eps).squareRoot()) }

    /// `batch_norm_cpu_backward_kernel`: gradients of the input, weight and bias given the
    /// per-channel mean and invstd the forward pass used.
    static func backward<T: BinaryFloatingPoint>(_ dy: [T], _ x: [T], _ s: Layout, mean: [T], invstd: [T], weight: [T]?, training: Bool,
                                                 wantInput: Bool, wantWeight: Bool, wantBias: Bool) -> (dx: [T]?, dw: [T]?, db: [T]?) {
        var dx = wantInput ? [T](repeating: 0, count: x.count) : nil
        var dw = wantWeight ? [T](repeating: 0, count: s.channels) : nil
        var db = wantBias ? [T](repeating: 0, count: s.channels) : nil
        var products = [T](repeating: 0, count: s.image)
        for c in 0..<s.channels {
            let w = weight?[c] ?? 1, m = mean[c], inv = invstd[c]
            // The per-channel sums, and the scalars of dx = (dy - gradMean - (x - mean) * k) * invstd * w.
            let sum: T, dotp: T, k: T, gradMean: T
            if s.image == 1 {
                var sumF: T = 0, dotF: T = 0
                for n in 0..<s.batch {
                    let i = n * s.channels + c
                    sumF += dy[i]
                    dotF = dotF.addingProduct(x[i] - m, dy[i])
                }
                (sum, dotp) = (sumF, dotF)
                k = dotp * inv * inv / T(s.count)
                gradMean = sum / T(s.count)
                dw?[c] = dotp * inv
            } else {
                var sumD = 0.0, dotD = 0.0
                for n in 0..<s.batch {
                    let o = s.offset(n, c)
                    for i in 0..<s.image { products[i] = (x[o + i] - m) * dy[o + i] }
                    sumD += Double(dy.withUnsafeBufferPointer { NormalizationKernels.rowSum(UnsafeBufferPointer(rebasing: $0[o..<(o + s.image)])) })
                    dotD += Double(products.withUnsafeBufferPointer { NormalizationKernels.rowSum($0) })
                }
                (sum, dotp) = (T(sumD), T(dotD))
                k = T(dotD * Double(inv) * Double(inv) / Double(s.count))
                gradMean = T(sumD / Double(s.count))
                dw?[c] = T(dotD * Double(inv))
            }
            db?[c] = sum
            guard wantInput else { continue }
            for n in 0..<s.batch {
                let o = s.offset(n, c)
                for i in 0..<s.image {
                    if training {
                        let centered = (x[o + i] - m) * k
                        dx![o + i] = (dy[o + i] - gradMean - centered) * inv * w
                    } else {
                        dx![o + i] = dy[o + i] * inv * w
                    }
                }
            }
        }
        return (dx, dw, db)
    }
}
