#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always) func cExpm1(_ x: Double) -> Double { expm1(x) }

/// `erf`, `erfc` and `expm1` as PyTorch's CPU kernels compute them, with their autograd nodes.
extension Tensor {
    /// `torch.erf` through the math backend (MKL's `vsErf`) (`ErfBackward0`; gradient
    /// `2 / sqrt(π) * exp(-(self²)) * grad`, in that order).
    public func erf() -> Tensor {
        let saved = SavedTensor(self)
        return unary("ErfBackward0", elementary(.erf)) { g in try Tensor.erfGradient(g, try saved.unpack(), sign: 1) }
    }

    /// `torch.erfc` through the math backend (MKL's `vsErfc`) (`ErfcBackward0`; gradient
    /// `-2 / sqrt(π) * exp(-(self²)) * grad`).
    public func erfc() -> Tensor {
        let saved = SavedTensor(self)
        return unary("ErfcBackward0", elementary(.erfc)) { g in try Tensor.erfGradient(g, try saved.unpack(), sign: -1) }
    }

    static func erfGradient(_ g: Tensor, _ x: Tensor, sign: Double) throws -> Tensor {
        let square = try kernel(.mul, .tensor(x), .tensor(x))
        let e = square.negated().elementary(.exp)
        let scaled = try kernel(.mul, .scalar(.double(sign * 2 / Double.pi.squareRoot())), .tensor(e))
        return try kernel(.mul, .tensor(scaled), .tensor(g))
    }

    /// `torch.expm1`: float32 through SLEEF's `expm1f` on every element, as ATen's
    /// `vml::vexpm1` maps it (MKL's is not used) (`Expm1Backward0`; gradient
    /// `grad * (result + 1)`).
    public func expm1() -> Tensor {
        let out = floatingPoint.mapValues({ SleefFloat.expm1($0) }, { cExpm1($0) })
        let result = out.detach(), saved = SavedOutput(out, producer: "Expm1")
        return unary("Expm1Backward0", out) { g in
            try saved.check()
            return try Tensor.kernel(.mul, .tensor(g), .tensor(try Tensor.kernel(.add, .tensor(result), .scalar(.int(1)))))
        }
    }
}
