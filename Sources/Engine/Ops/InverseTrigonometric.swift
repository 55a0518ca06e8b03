#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func cSinh(_ x: Double) -> Double { sinh(x) }
private func cCosh(_ x: Double) -> Double { cosh(x) }
private func cAtan2(_ y: Double, _ x: Double) -> Double { atan2(y, x) }

/// `atan`, `asin`, `acos`, `sinh`, `cosh` and `atan2`, computed as PyTorch's CPU kernels
/// compute them, with their autograd nodes and ATen's derivative formulas op by op.
extension Tensor {
    /// `torch.atan` through the math backend (MKL's `vsAtan`, as ATen's `vml::vatan`)
    /// (`AtanBackward0`; gradient `grad / (self * self + 1)`).
    public func atan() -> Tensor {
        let saved = SavedTensor(self)
        return unary("AtanBackward0", elementary(.atan)) { g in
            let x = try saved.unpack()
            let square = try Tensor.kernel(.mul, .tensor(x), .tensor(x))
            return try Tensor.kernel(.div, .tensor(g), .tensor(try Tensor.kernel(.add, .tensor(square), .scalar(.int(1)))))
        }
    }

    /// `torch.asin` through the math backend (`AsinBackward0`; gradient
    /// `grad * (-self * self + 1).rsqrt()`).
    public func asin() -> Tensor {
        let saved = SavedTensor(self)
        return unary("AsinBackward0", elementary(.asin)) { g in
            try Tensor.kernel(.mul, .tensor(g), .tensor(try Tensor.oneMinusSquareRsqrt(try saved.unpack())))
        }
    }

    /// `torch.acos` through the math backend (`AcosBackward0`; gradient
    /// `grad * -((-self * self + 1).rsqrt())`).
    public func acos() -> Tensor {
        let saved = SavedTensor(self)
        return unary("AcosBackward0", elementary(.acos)) { g in
            try Tensor.kernel(.mul, .tensor(g), .tensor(try Tensor.oneMinusSquareRsqrt(try saved.unpack()).negated()))
        }
    }

    /// `(-x * x + 1).rsqrt()`, one rounding per operation as ATen's separate kernels.
    static func oneMinusSquareRsqrt(_ x: Tensor) throws -> Tensor {
        let square = try kernel(.mul, .tensor(x.negated()), .tensor(x))
        return try kernel(.add, .tensor(square), .scalar(.int(1))).mapValues({ 1 / $0.squareRoot() }, { 1 / $0.squareRoot() })
    }

    /// `torch.sinh`: the C library's `sinhf`/`sinh`, which is what ATen's kernel computes on
    /// every element (`SinhBackward0`; gradient `grad * cosh(self)`).
    public func sinh() -> Tensor {
        let saved = SavedTensor(self)
        return unary("SinhBackward0", floatingPoint.hyperbolic(cosine: false)) { g in
            try Tensor.kernel(.mul, .tensor(g), .tensor(try saved.unpack().hyperbolic(cosine: true)))
        }
    }

    /// `torch.cosh`: the C library's `coshf`/`cosh` (`CoshBackward0`; gradient `grad * sinh(self)`).
    public func cosh() -> Tensor {
        let saved = SavedTensor(self)
        return unary("CoshBackward0", floatingPoint.hyperbolic(cosine: true)) { g in
            try Tensor.kernel(.mul, .tensor(g), .tensor(try saved.unpack().hyperbolic(cosine: false)))
        }
    }

    func hyperbolic(cosine: Bool) -> Tensor {
        let x = floatingPoint
        return cosine ? x.mapValues({ coshf($0) }, cCosh) : x.mapValues({ sinhf($0) }, cSinh)
    }

    /// `torch.atan2(self, other)` with broadcasting (`Atan2Backward0`; gradients
    /// `grad * other * r` and `grad * -self * r` for `r = (self² + other²).reciprocal()`).
    /// Float32 as ATen's `cpu_kernel_vec` loop: SLEEF's `atan2f` on whole two-vector blocks of
    /// the innermost run, the C library's on the rest.
    public static func atan2(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shape = try broadcastShape(a.shape, b.shape)
        var dtype = resultType(.tensor(a), .tensor(b))
        if !dtype.isFloatingPoint { dtype = .float32 }
        let x = a.converted(to: dtype).expand(to: shape), y = b.converted(to: dtype).expand(to: shape)
        let out: Tensor
        if dtype == .float32 {
            let run = innerRun(shape, [a.shape, b.shape])
            let block = 2 * VectorKernels.floatLanes
            let vectorized = run - run % block
            let p = x.floats, q = y.floats
            out = Tensor(dtype: .float32, shape: shape, floats: (0..<p.count).map { i in
                i % run < vectorized ? SleefFloat.atan2(p[i], q[i]) : atan2f(p[i], q[i])
            })
        } else {
            let p = x.doubles, q = y.doubles
            out = Tensor(dtype: dtype, shape: shape, doubles: (0..<p.count).map { cAtan2(p[$0], q[$0]) })
        }
        guard recording, a.requiresGrad || b.requiresGrad, dtype.isFloatingPoint else { return out }
        let sa = SavedTensor(a), sb = SavedTensor(b)
        out.gradFn = FunctionNode("Atan2Backward0", a, b) { g in
            let p = try sa.unpack(), q = try sb.unpack()
            let sum = try kernel(.add, .tensor(try kernel(.mul, .tensor(p), .tensor(p))), .tensor(try kernel(.mul, .tensor(q), .tensor(q))))
            let r = sum.mapValues({ 1 / $0 }, { 1 / $0 })
            let ga = try kernel(.mul, .tensor(try kernel(.mul, .tensor(g), .tensor(q))), .tensor(r))
            let gb = try kernel(.mul, .tensor(try kernel(.mul, .tensor(g), .tensor(p.negated()))), .tensor(r))
            return [ga, gb]
        }
        return out
    }

    /// The length of the innermost loop ATen's TensorIterator runs for an elementwise op of
    /// `shape` over inputs of `inputShapes` (broadcast to it): trailing dimensions merge while
    /// every input either spans them contiguously or broadcasts all of them.
    static func innerRun(_ shape: [Int], _ inputShapes: [[Int]]) -> Int {
        guard !shape.isEmpty else { return 1 }
        let count = shape.reduce(1, *)
        guard count > 0 else { return 1 }
        // Per input and output dim: whether the input has that dimension (size > 1 there).
        func spans(_ s: [Int], _ d: Int) -> Bool {
            let offset = shape.count - s.count
            return d >= offset && s[d - offset] != 1
        }
        var run = 1
        var mode: [Bool?] = inputShapes.map { _ in nil } // true: contiguous, false: broadcast
        for d in stride(from: shape.count - 1, through: 0, by: -1) {
            if shape[d] == 1 { continue }
            var ok = true
            for (k, s) in inputShapes.enumerated() {
                let here = spans(s, d)
                if let m = mode[k], m != here { ok = false; break }
            }
            if !ok { break }
            for (k, s) in inputShapes.enumerated() { mode[k] = spans(s, d) }
            run *= shape[d]
        }
        return max(run, 1)
    }
}
