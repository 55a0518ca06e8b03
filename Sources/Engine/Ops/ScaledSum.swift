/// `add(other, alpha=)` / `sub(other, alpha=)` with ATen's arithmetic: one fused
/// multiply-add `self + alpha * other` per element in float32 and float64 (ATen's vectorized
/// `fmadd` and the compiled scalar loop agree), and for float16 the split of
/// `addScaledHalf` (32-element blocks in float32, the rest in half arithmetic).
extension Tensor {
    /// `a + alpha * b` as a new tensor, recorded for autograd (through `b * alpha`).
    public static func scaledSum(_ a: Tensor, _ b: Tensor, alpha: Double) throws -> Tensor {
        let out = try Tensor.binary(.add, .tensor(a), .tensor(try Tensor.binary(.mul, .tensor(b), .scalar(.double(alpha)))))
        out.overwriteWithScaledSum(a, b, alpha: alpha)
        return out
    }

    /// `self += alpha * other` in place (`add_(other, alpha=)`).
    public func applyScaledSum(_ other: Tensor, alpha: Double) throws {
        try inPlace { s in try Tensor.scaledSum(s, other, alpha: alpha) }
    }

    /// Replaces the values of `self` (computed `a + (b * alpha)` with two roundings) by
    /// ATen's, when both operands have `self`'s shape and dtype (other cases keep theirs).
    func overwriteWithScaledSum(_ a: Tensor, _ b: Tensor, alpha: Double) {
        guard a.shape == shape, b.shape == shape, a.dtype == dtype, b.dtype == dtype else { return }
        switch dtype {
        case .float32:
            let af = Float(alpha), x = a.floats, y = b.floats
            for i in 0..<floats.count { floats[i] = x[i].addingProduct(af, y[i]) }
        case .float64:
            let x = a.doubles, y = b.doubles
            for i in 0..<doubles.count { doubles[i] = x[i].addingProduct(alpha, y[i]) }
        case .float16:
            let r = Tensor(dtype: .float16, shape: shape, doubles: a.doubles)
            r.addScaledHalf(b, alpha: alpha)
            doubles = r.doubles
        default:
            break
        }
    }
}
