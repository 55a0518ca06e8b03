/// The piecewise-linear activations (`hardtanh`, `relu6`, `hardsigmoid`, `hardswish`) and the
/// composite ones PyTorch writes in Python (`softsign`, `tanhshrink`).
extension Tensor {
    /// `F.hardtanh(x, min_val, max_val)` (also `relu6` as `hardtanh(x, 0, 6)`), values as
    /// `clamp` (`HardtanhBackward0`; gradient where `min < x < max`; ATen's vector loop gives
    /// 0 for NaN inputs, its scalar tail the gradient).
    public func hardtanh(min lo: Double, max hi: Double) -> Tensor {
        let x = floatingPoint
        let lf = Float(lo), hf = Float(hi)
        let out = x.mapValues({ $0.isNaN ? $0 : Swift.min(Swift.max($0, lf), hf) }, { $0.isNaN ? $0 : Swift.min(Swift.max($0, lo), hi) })
        let saved = SavedTensor(self)
        return unary("HardtanhBackward0", out) { g in
            try Tensor.activationBackward(g, try saved.unpack(), { v, gv, a in
                v ? (a > lf && a < hf ? gv : 0) : (a <= lf || a >= hf ? 0 : gv)
            }) { gv, a in a <= lo || a >= hi ? 0 : gv }
        }
    }

    /// `F.hardsigmoid`: `min(max(x + 3, 0), 6) / 6` (`HardsigmoidBackward0`; gradient
    /// `grad * (1/6)` strictly inside (-3, 3)).
    public func hardsigmoid() -> Tensor {
        let out = floatingPoint.mapValues(ActivationKernels.hardsigmoid, { Swift.min(Swift.max($0 + 3, 0), 6) / 6 })
        let saved = SavedTensor(self)
        return unary("HardsigmoidBackward0", out) { g in
            try Tensor.activationBackward(g, try saved.unpack(), { ActivationKernels.hardsigmoidBackward($1, $2) }) { gv, a in
                a > -3 && a < 3 ? gv * (1.0 / 6) : 0
            }
        }
    }

    /// `F.hardswish`: `x * min(max(x + 3, 0), 6) / 6` (`HardswishBackward0`; gradient 0 up to
    /// -3, `grad * (x / 3 + 0.5)` strictly between, `grad` from 3 on, as torch 2.15).
    public func hardswish() -> Tensor {
        let out = floatingPoint.mapValues(ActivationKernels.hardswish, { $0 * Swift.min(Swift.max($0 + 3, 0), 6) / 6 })
        let saved = SavedTensor(self)
        return unary("HardswishBackward0", out) { g in
            try Tensor.activationBackward(g, try saved.unpack(), { ActivationKernels.hardswishBackward($1, $2) }) { gv, a in
                a <= -3 ? 0 : (a < 3 ? gv * ((a / 3) + 0.5) : gv)
            }
        }
    }

    /// `F.softsign`: `x / (x.abs() + 1)`, recorded as those operations (`DivBackward0`).
    public func softsign() throws -> Tensor {
        try Tensor.binary(.div, .tensor(self), .tensor(try Tensor.binary(.add, .tensor(abs()), .scalar(.int(1)))))
    }

    /// `F.tanhshrink`: `x - x.tanh()` (`SubBackward0`).
    public func tanhshrink() throws -> Tensor {
        try Tensor.binary(.sub, .tensor(self), .tensor(tanh()))
    }
}
