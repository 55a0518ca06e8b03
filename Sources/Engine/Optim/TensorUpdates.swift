/// In-place numeric updates used by the optimizers, each mirroring one PyTorch CPU kernel
/// bit for bit (scalars rounded to the tensor's dtype first; fused multiply-add exactly where
/// PyTorch's compiled kernels use it: `add_(alpha=)`, `addcmul_`, `lerp_`).
/// They bypass autograd, like optimizer steps under `torch.no_grad()`.
extension Tensor {
    @inline(__always)
    func update(_ f: (Float) -> Float, _ d: (Double) -> Double) {
        version += 1
        if dtype == .float32 {
            floats.withUnsafeMutableBufferPointer { p in
                for i in 0..<p.count { p[i] = f(p[i]) }
            }
        } else if dtype == .float16 {
            // Half tensors: the float32 kernel, rounded to half, as ATen's reduced-precision path.
            for i in 0..<doubles.count { doubles[i] = Double(Float16(f(Float(doubles[i])))) }
        } else {
            doubles.withUnsafeMutableBufferPointer { p in
                for i in 0..<p.count { p[i] = d(p[i]) }
            }
        }
        noteWrite()
    }

    // The operands' arrays are read into locals before `self`'s buffer is opened for
    // writing, so an operand that is `self` (`x.mul_(x)`) reads the values from before.
    @inline(__always)
    func update(with other: Tensor, _ f: (Float, Float) -> Float, _ d: (Double, Double) -> Double) {
        version += 1
        let o = other.dtype == dtype ? other : other.converted(to: dtype)
        if dtype == .float32 {
            let ov = o.floats
            ov.withUnsafeBufferPointer { q in
                floats.withUnsafeMutableBufferPointer { p in
                    if q.count == 1 {
                        let y = q[0]
                        for i in 0..<p.count { p[i] = f(p[i], y) }
                    } else if q.count == p.count {
                        for i in 0..<p.count { p[i] = f(p[i], q[i]) }
                    } else {
                        for i in 0..<p.count { p[i] = f(p[i], ov[i]) }
                    }
                }
            }
        } else if dtype == .float16 {
            let ov = o.doubles
            for i in 0..<doubles.count { doubles[i] = Double(Float16(f(Float(doubles[i]), Float(ov[ov.count == 1 ? 0 : i])))) }
        } else {
            let ov = o.doubles
            for i in 0..<doubles.count { doubles[i] = d(doubles[i], ov[ov.count == 1 ? 0 : i]) }
        }
        noteWrite()
    }

    @inline(__always)
    func update(with a: Tensor, _ b: Tensor, _ f: (Float, Float, Float) -> Float, _ d: (Double, Double, Double) -> Double) {
        version += 1
        let x = a.dtype == dtype ? a : a.converted(to: dtype)
        let y = b.dtype == dtype ? b : b.converted(to: dtype)
        if dtype == .float32 {
            let xv = x.floats, yv = y.floats
            xv.withUnsafeBufferPointer { px in
                yv.withUnsafeBufferPointer { py in
                    floats.withUnsafeMutableBufferPointer { p in
                        if px.count == p.count && py.count == p.count {
                            for i in 0..<p.count { p[i] = f(p[i], px[i], py[i]) }
                        } else {
                            for i in 0..<p.count { p[i] = f(p[i], xv[i], yv[i]) }
                        }
                    }
                }
            }
        } else if dtype == .float16 {
            let xv = x.doubles, yv = y.doubles
            for i in 0..<doubles.count { doubles[i] = Double(Float16(f(Float(doubles[i]), Float(xv[i]), Float(yv[i])))) }
        } else {
            let xv = x.doubles, yv = y.doubles
            for i in 0..<doubles.count { doubles[i] = d(doubles[i], xv[i], yv[i]) }
        }
        noteWrite()
    }

    /// `self.add_(other, alpha=alpha)`: `fma(alpha, other, self)`.
    func addScaled(_ other: Tensor, alpha: Double) {
        if dtype == .float16 { return addScaledHalf(other, alpha: alpha) }
        let af = Float(alpha)
        update(with: other, { $0.addingProduct(af, $1) }, { $0.addingProduct(alpha, $1) })
    }

    /// `add_(other, alpha=)` on a half tensor as ATen's kernel: `alpha` is rounded to half;
    /// whole blocks of 32 elements (two vectors, measured the same with AVX-512 and AVX2)
    /// compute `self + alpha * other` in float32 and round once, the remaining elements run
    /// the scalar loop in half arithmetic (the product rounded to half, then the sum).
    func addScaledHalf(_ other: Tensor, alpha: Double) {
        version += 1
        let o = other.dtype == dtype ? other : other.converted(to: dtype)
        let ov = o.doubles
        let a = Float(Float16(Float(alpha)))
        let unit = 32
        let vectorEnd = doubles.count / unit * unit
        for i in 0..<doubles.count {
            let x = Float(doubles[i]), y = Float(ov[ov.count == 1 ? 0 : i])
            let r = i < vectorEnd ? x.addingProduct(a, y) : x + Float(Float16(a * y))
            doubles[i] = Double(Float16(r))
        }
        noteWrite()
    }

    /// `self.add(other, alpha=alpha)` as a new tensor.
    func addingScaled(_ other: Tensor, alpha: Double) -> Tensor {
        let out = detach()
        out.addScaled(other, alpha: alpha)
        return out
    }

    /// `self.add_(scalar)`.
    func addScalar(_ value: Double) {
        let vf = Float(value)
        update({ $0 + vf }, { $0 + value })
    }

    /// `self.mul_(scalar)`.
    func mulScalar(_ value: Double) {
        let vf = Float(value)
        update({ $0 * vf }, { $0 * value })
    }

    /// `self.div_(scalar)`.
    func divScalar(_ value: Double) {
        let vf = Float(value)
        update({ $0 / vf }, { $0 / value })
    }

    /// `self.mul_(other)`.
    func mulTensor(_ other: Tensor) { update(with: other, { $0 * $1 }, { $0 * $1 }) }

    /// `self.div_(other)`.
    func divTensor(_ other: Tensor) { update(with: other, { $0 / $1 }, { $0 / $1 }) }

    /// `self.sqrt_()` through the current `MathBackend` (PyTorch uses MKL's `vsSqrt`).
    func sqrtInPlace() {
        version += 1
        let r = elementary(.sqrt)
        floats = r.floats
        doubles = r.doubles
        noteWrite()
    }

    /// `self.addcmul_(t1, t2, value=value)`: `fma(value * t1, t2, self)`.
    func addcmul(_ t1: Tensor, _ t2: Tensor, value: Double) {
        let vf = Float(value)
        update(with: t1, t2, { $0.addingProduct(vf * $1, $2) }, { $0.addingProduct(value * $1, $2) })
    }

    /// `self.addcdiv_(t1, t2, value=value)`: `self + (value * t1) / t2`.
    func addcdiv(_ t1: Tensor, _ t2: Tensor, value: Double) {
        let vf = Float(value)
        update(with: t1, t2, { $0 + vf * $1 / $2 }, { $0 + value * $1 / $2 })
    }

    /// `self.lerp_(end, weight)`: PyTorch's two-sided formula, fused.
    func lerp(_ end: Tensor, weight: Double) {
        let wf = Float(weight)
        update(with: end, { s, e in
            Swift.abs(wf) < 0.5 ? s.addingProduct(wf, e - s) : e.addingProduct(-(e - s), 1 - wf)
        }, { s, e in
            Swift.abs(weight) < 0.5 ? s.addingProduct(weight, e - s) : e.addingProduct(-(e - s), 1 - weight)
        })
    }

    /// `torch.maximum(self, other, out=self)` (NaN propagates).
    func maximumInPlace(_ other: Tensor) {
        update(with: other, { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }, { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) })
    }

    /// `self.abs_()`.
    func absInPlace() { update({ Swift.abs($0) }, { Swift.abs($0) }) }

    /// `self.neg_()`.
    func negInPlace() { update({ -$0 }, { -$0 }) }

    /// `torch.zeros_like(self)` / `torch.full_like`.
    func filledLike(_ value: Double) -> Tensor { Tensor.full(shape, value, dtype: dtype) }
}
