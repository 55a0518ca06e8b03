extension Tensor {
    /// `-self` without autograd.
    func negated() -> Tensor { mapValues({ -$0 }, { -$0 }) }

    func unary(_ name: String, _ out: Tensor, saves: Bool = true, _ backward: @escaping (Tensor) throws -> Tensor) -> Tensor {
        if Tensor.recording && requiresGrad && out.dtype.isFloatingPoint {
            out.gradFn = FunctionNode(name, self, savesTensors: saves) { g in [try backward(g)] }
        }
        return out
    }

    /// `-self` (`NegBackward0`).
    public func neg() -> Tensor {
        unary("NegBackward0", negated(), saves: false) { $0.negated() }
    }

    /// `torch.sin` through the current `MathBackend` (gradient `grad * cos(self)`).
    public func sin() -> Tensor {
        let saved = SavedTensor(self)
        return unary("SinBackward0", elementary(.sin)) { g in try Tensor.kernel(.mul, .tensor(g), .tensor(try saved.unpack().elementary(.cos))) }
    }

    /// `torch.cos` through the current `MathBackend` (gradient `grad * -sin(self)`).
    public func cos() -> Tensor {
        let saved = SavedTensor(self)
        return unary("CosBackward0", elementary(.cos)) { g in
            try Tensor.kernel(.mul, .tensor(g), .tensor(try saved.unpack().elementary(.sin).negated()))
        }
    }

    /// `torch.exp` through the current `MathBackend` (gradient `grad * result`).
    public func exp() -> Tensor {
        let out = elementary(.exp)
        let result = out.detach(), saved = SavedOutput(out, producer: "Exp")
        return unary("ExpBackward0", out) { g in try saved.check(); return try Tensor.kernel(.mul, .tensor(g), .tensor(result)) }
    }

    /// `torch.rsqrt`: `1 / sqrt(x)` (`RsqrtBackward0`; gradient `-0.5 * grad * result³` in
    /// that order, as ATen's derivative formula).
    public func rsqrt() -> Tensor {
        let out = floatingPoint.mapValues({ 1 / $0.squareRoot() }, { 1 / $0.squareRoot() })
        let result = out.detach(), saved = SavedOutput(out, producer: "Rsqrt")
        return unary("RsqrtBackward0", out) { g in
            try saved.check()
            let scaled = try Tensor.kernel(.mul, .scalar(.double(-0.5)), .tensor(g))
            return try Tensor.kernel(.mul, .tensor(scaled), .tensor(result.powKernel(.int(3))))
        }
    }

    /// `torch.log` through the current `MathBackend` (gradient `grad / self`).
    public func log() -> Tensor {
        let saved = SavedTensor(self)
        return unary("LogBackward0", elementary(.log)) { g in try Tensor.kernel(.div, .tensor(g), .tensor(try saved.unpack())) }
    }

    /// `torch.sqrt` through the current `MathBackend` (gradient `grad / (2 * result)`).
    public func sqrt() -> Tensor {
        let out = elementary(.sqrt)
        let result = out.detach(), saved = SavedOutput(out, producer: "Sqrt")
        return unary("SqrtBackward0", out) { g in
            try saved.check()
            return try Tensor.kernel(.div, .tensor(g), .tensor(try Tensor.kernel(.mul, .scalar(.int(2)), .tensor(result))))
        }
    }

    /// `torch.abs` (gradient `grad * sgn(self)`).
    public func abs() -> Tensor {
        let saved = SavedTensor(self)
        return unary("AbsBackward0", mapValues({ Swift.abs($0) }, { Swift.abs($0) })) { g in
            try Tensor.kernel(.mul, .tensor(g), .tensor(try saved.unpack().signValues()))
        }
    }

    /// `torch.sign` (zero gradient, `SignBackward0`).
    public func sign() -> Tensor {
        let saved = detach()
        return unary("SignBackward0", signValues(), saves: false) { _ in Tensor.full(saved.shape, 0, dtype: saved.dtype) }
    }

    func signValues() -> Tensor {
        mapValues({ $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0.isNaN ? $0 : 0)) }, { $0 > 0 ? 1 : ($0 < 0 ? -1 : ($0.isNaN ? $0 : 0)) })
    }

    /// `torch.reciprocal` (gradient `-grad * (result * result)`).
    public func reciprocal() -> Tensor {
        let out = floatingPoint.mapValues({ 1 / $0 }, { 1 / $0 })
        let result = out.detach(), saved = SavedOutput(out, producer: "Reciprocal")
        return unary("ReciprocalBackward0", out) { g in
            try saved.check()
            return try Tensor.kernel(.mul, .tensor(g.negated()), .tensor(try Tensor.kernel(.mul, .tensor(result), .tensor(result))))
        }
    }
}
