#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's double `erf` (Python's `math.erf`), out of reach of `Tensor.erf`.
@inline(__always) private func libmErf(_ x: Double) -> Double { erf(x) }

/// `nn.init.trunc_normal_` as torch 2.15's `_no_grad_trunc_normal_` draws it.
///
/// Torch 2.15 no longer inverts the normal CDF (`uniform_`, `erfinv_`, …): when the
/// interval `[a, b]` holds more than 30% of the normal's mass it draws `normal_` over the
/// whole tensor and redraws all of it (keeping the accepted elements) until every element
/// is inside; otherwise it rejection-samples uniform candidates in `[a, b]` against the
/// log-density, each round drawing a full tensor of candidates then a full tensor of
/// acceptance uniforms. Each step here is the same float operation on the same draws.
extension Tensor {
    /// Fills this tensor (under no_grad) with truncated-normal values.
    public func truncatedNormal(mean: Double, std: Double, a: Double, b: Double, generator g: Generator) throws {
        func cdf(_ x: Double) -> Double { (1 + libmErf(x / 2.0.squareRoot())) / 2 }
        let p = cdf((b - mean) / std) - cdf((a - mean) / std)
        let count = self.count, dtype = self.dtype, shape = self.shape
        func normals() -> Tensor {
            let t = Tensor.normalValues(count, mean: mean, std: std, dtype: dtype, g)
            t.shape = shape
            return t
        }
        func uniforms(_ from: Double, _ to: Double) -> Tensor {
            let t = Tensor.uniformValues(count, from: from, to: to, dtype: dtype, g)
            t.shape = shape
            return t
        }
        func pick(_ mask: [Bool], _ new: Tensor, _ old: Tensor) -> Tensor {
            let n = new.values, o = old.values
            let picked = (0..<count).map { mask[$0] ? n[$0] : o[$0] }
            return try! Tensor(picked, shape: shape, dtype: dtype)
        }
        var result: Tensor
        if p > 0.3 {
            // the bounds as the tensor's dtype holds them (`tensor.new_tensor(a).item()`)
            let lo = try Tensor(a, dtype: dtype).item(), hi = try Tensor(b, dtype: dtype).item()
            result = normals()
            while true {
                let mask = result.values.map { $0 < lo || $0 > hi }
                if !mask.contains(true) { break }
                result = pick(mask, normals(), result)
            }
        } else {
            let mode = Swift.max(a, Swift.min(mean, b))
            let logPeak = -0.5 * ((mode - mean) / std) * ((mode - mean) / std)
            func logDensity(_ c: Tensor) throws -> Tensor {
                var x = try Tensor.kernel(.sub, .tensor(c), .scalar(.double(mean)))
                x = try Tensor.kernel(.div, .tensor(x), .scalar(.double(std)))
                x = try x.pow(.int(2))
                x = try Tensor.kernel(.mul, .tensor(x), .scalar(.double(-0.5)))
                return try Tensor.kernel(.sub, .tensor(x), .scalar(.double(logPeak)))
            }
            func rejected(_ candidates: Tensor) throws -> [Bool] {
                let accept = uniforms(0, 1).elementary(.log)
                return try Tensor.kernel(.gt, .tensor(accept), .tensor(try logDensity(candidates))).values.map { $0 != 0 }
            }
            result = uniforms(a, b)
            var pending = try rejected(result)
            while pending.contains(true) {
                let candidates = uniforms(a, b)
                result = pick(pending, candidates, result)
                let again = try rejected(candidates)
                pending = (0..<count).map { pending[$0] ? again[$0] : false }
            }
        }
        try GradMode.withNoGrad { try copy(from: result) }
    }
}
