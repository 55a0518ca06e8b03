/// `_single_tensor_adam`'s update of one float32 parameter in two passes over its elements
/// and one `sqrt` call, instead of a pass and a fresh tensor per operation.
///
/// Every element goes through exactly the operations (and roundings) of the unfused path in
/// `Adam.update` — `lerp_`, `mul_`, `addcmul_`, `sqrt`, `/`, `add_`, `addcdiv_` — since
/// each of them is elementwise; `sqrt` is still one backend call over the whole of
/// `exp_avg_sq`, as PyTorch's `exp_avg_sq.sqrt()` is one MKL `vsSqrt` call. Version counters
/// advance as the separate in-place operations would advance them.
extension Tensor {
    /// Adam's scalars for one step of one parameter.
    struct AdamStepOptions {
        let lr, beta1, beta2, eps, weightDecay: Double
        let decoupled, maximize: Bool
        let stepSize, biasCorrection2Sqrt: Double
    }

    /// Whether `fusedAdamStep` applies: float32 throughout and equal element counts.
    static func canFuseAdamStep(param: Tensor, grad: Tensor, expAvg: Tensor, expAvgSq: Tensor) -> Bool {
        param.dtype == .float32 && grad.dtype == .float32 && expAvg.dtype == .float32 && expAvgSq.dtype == .float32
            && grad.shape == param.shape && expAvg.count == param.count && expAvgSq.count == param.count
            && param !== expAvg && param !== expAvgSq && expAvg !== expAvgSq
    }

    /// One Adam step (without amsgrad) on float32 tensors; see the type's comment.
    static func fusedAdamStep(param: Tensor, grad: Tensor, expAvg: Tensor, expAvgSq: Tensor, options o: AdamStepOptions) {
        let gradValues = grad.floats
        let n = gradValues.count
        let decay = o.weightDecay != 0
        let shrink = Float(1 - o.lr * o.weightDecay), decayF = Float(o.weightDecay)
        let weight = Float(1 - o.beta1)
        let lowWeight = Swift.abs(weight) < 0.5, oneMinusWeight = 1 - weight
        let beta2 = Float(o.beta2), squareWeight = Float(1 - o.beta2)
        if decay && o.decoupled { param.version += 1 }
        let maximize = o.maximize, decoupled = o.decoupled
        // Pass 1: weight decay, the moment estimates; eight elements at a time, each lane
        // through the scalar tail's operations.
        gradValues.withUnsafeBufferPointer { gp in
            param.floats.withUnsafeMutableBufferPointer { pp in
                expAvg.floats.withUnsafeMutableBufferPointer { mp in
                    expAvgSq.floats.withUnsafeMutableBufferPointer { vp in
                        let g = gp.baseAddress!, p = pp.baseAddress!, m = mp.baseAddress!, v = vp.baseAddress!
                        var i = 0
                        while i + 8 <= n {
                            var gi = Lanes.load(g + i)
                            if maximize { gi = -gi }
                            if decay {
                                let pi = Lanes.load(p + i)
                                if decoupled { (pi * shrink).store(p + i) } else { gi = gi.addingProduct(decayF, pi) }
                            }
                            let s = Lanes.load(m + i)
                            let ms = lowWeight ? s.addingProduct(weight, gi - s) : gi.addingProduct(-(gi - s), oneMinusWeight)
                            ms.store(m + i)
                            (Lanes.load(v + i) * beta2).addingProduct(squareWeight * gi, gi).store(v + i)
                            i += 8
                        }
                        while i < n {
                            var gi = maximize ? -g[i] : g[i]
                            if decay {
                                if decoupled { p[i] = p[i] * shrink } else { gi = gi.addingProduct(decayF, p[i]) }
                            }
                            let s = m[i]
                            m[i] = lowWeight ? s.addingProduct(weight, gi - s) : gi.addingProduct(-(gi - s), oneMinusWeight)
                            v[i] = (v[i] * beta2).addingProduct(squareWeight * gi, gi)
                            i += 1
                        }
                    }
                }
            }
        }
        expAvg.version += 1
        expAvgSq.version += 2
        // sqrt over the whole second moment (into scratch memory), then the parameter update.
        let correction = Float(o.biasCorrection2Sqrt), epsF = Float(o.eps), value = Float(-o.stepSize)
        let backend = MathBackend.current
        withUnsafeTemporaryAllocation(of: Float.self, capacity: Swift.max(n, 1)) { roots in
            expAvgSq.floats.withUnsafeBufferPointer { backend.floatKernel(.sqrt, UnsafeBufferPointer(start: $0.baseAddress, count: n), roots) }
            param.floats.withUnsafeMutableBufferPointer { pp in
                expAvg.floats.withUnsafeBufferPointer { mp in
                    let r = roots.baseAddress!, p = pp.baseAddress!, m = mp.baseAddress!
                    var i = 0
                    while i + 8 <= n {
                        (Lanes.load(p + i) + value * Lanes.load(m + i) / (Lanes.load(r + i) / correction + epsF)).store(p + i)
                        i += 8
                    }
                    while i < n {
                        p[i] = p[i] + value * m[i] / (r[i] / correction + epsF)
                        i += 1
                    }
                }
            }
        }
        param.version += 1
        if decay && o.decoupled { param.noteWrite() }
        expAvg.noteWrite()
        expAvgSq.noteWrite()
        param.noteWrite()
    }
}

/// Eight float32 lanes read from and written to unaligned memory.
private typealias Lanes = SIMD8<Float>

private extension SIMD8 where Scalar == Float {
    @inline(__always) static func load(_ p: UnsafePointer<Float>) -> Self { UnsafeRawPointer(p).loadUnaligned(as: Self.self) }
    @inline(__always) static func load(_ p: UnsafeMutablePointer<Float>) -> Self { UnsafeRawPointer(p).loadUnaligned(as: Self.self) }
    @inline(__always) func store(_ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: self, as: Self.self) }
}
