/// ELU (and SELU), softplus, SiLU, Mish and log-sigmoid with PyTorch's autograd nodes; float32
/// through `ActivationKernels` (ATen's vector and scalar paths), float64 in double.
extension Tensor {
    /// SELU's `alpha` and `scale` as `torch.selu` passes them to ELU.
    public static let seluAlpha = 1.6732632423543772848170429916717
    public static let seluScale = 1.0507009873554804934193349852946

    /// `F.elu`: `expm1(x * inputScale) * alpha * scale` where `x <= 0`, else `x * scale` (and
/// `F.selu` with SELU's constants) (`EluBackward0`; gradient
    /// `grad * negiptcoef * negcoef * exp(x * negiptcoef)` where `x <= 0`, else `grad * scale`).
    public func elu(alpha: Double, scale: Double = 1, inputScale: Double = 1, inPlace: Bool = false) -> Tensor {
        let x = floatingPoint
        let k = ActivationKernels.ELU(alpha: alpha, scale: scale, inputScale: inputScale)
        let out = x.dtype == .float32
            ? Tensor(dtype: .float32, shape: shape, floats: ActivationKernels.map(x, k.forward))
            : x.mapValues({ $0 }, { $0 <= 0 ? cExpm1($0 * inputScale) * (alpha * scale) : $0 * scale })
        if inPlace { return eluResultBackward(out, k, alpha: alpha, scale: scale, inputScale: inputScale) }
        let saved = SavedTensor(self)
        return unary("EluBackward0", out) { g in
            try Tensor.activationBackward(g, try saved.unpack(), k.backward) { gv, b in
                b <= 0 ? gv * inputScale * (alpha * scale) * cExp(b * inputScale) : gv * scale
            }
        }
    }

    /// The in-place ELU's node (`EluBackward1`): its gradient reads the result `y`,
    /// `grad * negiptcoef * (y + negcoef)` where `y <= 0`, else `grad * scale`.
    func eluResultBackward(_ out: Tensor, _ k: ActivationKernels.ELU, alpha: Double, scale: Double, inputScale: Double) -> Tensor {
        let result = out.detach(), saved = SavedOutput(out, producer: "Elu")
        return unary("EluBackward1", out) { g in
            try saved.check()
            return try Tensor.activationBackward(g, result, { _, gv, b in
                b <= 0 ? gv * k.negiptcoef * (b + k.negcoef) : gv * k.poscoef
            }) { gv, b in b <= 0 ? gv * inputScale * (b + alpha * scale) : gv * scale }
        }
    }

    /// `F.softplus(x, beta, threshold)` (`SoftplusBackward0`; gradient `grad * z / (z + 1)`
    /// for `z = exp(x β)`, `grad` itself past the threshold).
    public func softplus(beta: Double = 1, threshold: Double = 20) -> Tensor {
        let x = floatingPoint
        let b = Float(beta), t = Float(threshold)
        let out = x.dtype == .float32
            ? Tensor(dtype: .float32, shape: shape, floats: ActivationKernels.map(x) { ActivationKernels.softplus($0, $1, beta: b, threshold: t) })
            : x.mapValues({ $0 }, { $0 * beta > threshold ? $0 : cLog1p(cExp($0 * beta)) / beta })
        let saved = SavedTensor(self)
        return unary("SoftplusBackward0", out) { g in
            try Tensor.activationBackward(g, try saved.unpack(), { ActivationKernels.softplusBackward($0, $1, $2, beta: b, threshold: t) }) { gv, v in
                let z = cExp(v * beta)
                return v * beta > threshold ? gv : gv * z / (z + 1)
            }
        }
    }

    /// `F.silu`: `x / (1 + exp(-x))` (`SiluBackward0`; gradient `grad * s * (1 + x (1 - s))`).
    public func silu() -> Tensor {
        let x = floatingPoint
        let out = x.dtype == .float32
            ? Tensor(dtype: .float32, shape: shape, floats: ActivationKernels.map(x, ActivationKernels.silu))
            : x.mapValues({ $0 }, { $0 / (1 + cExp(-$0)) })
        let saved = SavedTensor(self)
        return unary("SiluBackward0", out) { g in
            try Tensor.activationBackward(g, try saved.unpack(), ActivationKernels.siluBackward) { gv, v in
                let s = 1 / (1 + cExp(-v))
                return gv * s * (1 + v * (1 - s))
            }
        }
    }

    /// `F.mish`: `x * tanh(softplus(x))` (`MishBackward0`).
    public func mish() -> Tensor {
        let x = floatingPoint
        let out = x.dtype == .float32
            ? Tensor(dtype: .float32, shape: shape, floats: ActivationKernels.map(x, ActivationKernels.mish))
            : x.mapValues({ $0 }, { $0 * cTanh(cLog1p(cExp($0))) })
        let saved = SavedTensor(self)
        return unary("MishBackward0", out) { g in
            try Tensor.activationBackward(g, try saved.unpack(), ActivationKernels.mishBackward) { gv, v in
                let s = 1 / (1 + cExp(-v)), t = cTanh(cLog1p(cExp(v)))
                return gv * (t + v * s * (1 - t * t))
            }
        }
    }

    /// `F.logsigmoid`: `min(x, 0) - log1p(exp(-|x|))`, every element through SLEEF in float32
    /// as ATen's fully vectorized loop (`LogSigmoidBackward0`; its backward reuses the
    /// `exp(-|x|)` buffer: `(d - s * b / (1 + b)) * grad`).
    public func logSigmoid() -> Tensor {
        let x = floatingPoint
        let buffer: Tensor, out: Tensor
        if x.dtype == .float32 {
            let e = x.floats.map { VectorKernels.sleefExp(-Swift.abs($0)) }
            buffer = Tensor(dtype: .float32, shape: shape, floats: e)
            out = Tensor(dtype: .float32, shape: shape, floats: (0..<e.count).map { Swift.min(x.floats[$0], 0) - SleefFloat.log1p(e[$0]) })
        } else {
            buffer = x.mapValues({ $0 }, { cExp(-Swift.abs($0)) })
            out = Tensor(dtype: x.dtype, shape: shape, doubles: (0..<x.count).map { Swift.min(x.doubles[$0], 0) - cLog1p(buffer.doubles[$0]) })
        }
        let saved = SavedTensor(self)
        return unary("LogSigmoidBackward0", out) { g in
            let grad = g.shape == x.shape ? g : g.expand(to: x.shape)
            return try grad.logSigmoidGradient(try saved.unpack(), buffer)
        }
    }

    /// `(maxDeriv - sign * b / (1 + b)) * grad` with `maxDeriv, sign = 1, 1` where the input
    /// is negative and `0, -1` elsewhere (`self` holds the incoming gradient, input's shape).
    func logSigmoidGradient(_ input: Tensor, _ buffer: Tensor) throws -> Tensor {
        if dtype == .float32, input.dtype == .float32 {
            let g = floats, a = input.floats, b = buffer.floats
            return Tensor(dtype: .float32, shape: shape, floats: (0..<g.count).map { i in
                let negative = a[i] < 0
                let maxDeriv: Float = negative ? 1 : 0, sign: Float = negative ? 1 : -1
                return (maxDeriv - sign * (b[i] / (1 + b[i]))) * g[i]
            })
        }
        let g = doubles, a = input.doubles, b = buffer.doubles
        return Tensor(dtype: dtype, shape: shape, doubles: (0..<g.count).map { i in
            let negative = a[i] < 0
            let maxDeriv: Double = negative ? 1 : 0, sign: Double = negative ? 1 : -1
            return (maxDeriv - sign * (b[i] / (1 + b[i]))) * g[i]
        })
    }

    /// An activation's backward `f(grad, input)`: float32 through the split kernel when both
    /// are float32 of one shape, else elementwise in double at the gradient's dtype.
    static func activationBackward(_ g: Tensor, _ x: Tensor, _ kernel: (Bool, Float, Float) -> Float,
                                   _ double: (Double, Double) -> Double) throws -> Tensor {
        let grad = g.shape == x.shape ? g : g.expand(to: x.shape)
        if grad.dtype == .float32, x.dtype == .float32 {
            return Tensor(dtype: .float32, shape: x.shape, floats: ActivationKernels.map2(grad.floats, x.floats, kernel))
        }
        let gv = grad.values, xv = x.values
        return try Tensor((0..<gv.count).map { double(gv[$0], xv[$0]) }, shape: x.shape, dtype: grad.dtype)
    }
}
