#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's functions `calc_erfinv` calls, in each precision.
protocol ErfinvScalar: BinaryFloatingPoint {
    static func libmErf(_ x: Self) -> Self
    static func libmExp(_ x: Self) -> Self
    static func libmLog(_ x: Self) -> Self
    static func libmSqrt(_ x: Self) -> Self
}

extension Float: ErfinvScalar {
    static func libmErf(_ x: Float) -> Float { erff(x) }
    static func libmExp(_ x: Float) -> Float { expf(x) }
    static func libmLog(_ x: Float) -> Float { logf(x) }
    static func libmSqrt(_ x: Float) -> Float { sqrtf(x) }
}

extension Double: ErfinvScalar {
    static func libmErf(_ x: Double) -> Double { erf(x) }
    static func libmExp(_ x: Double) -> Double { exp(x) }
    static func libmLog(_ x: Double) -> Double { log(x) }
    static func libmSqrt(_ x: Double) -> Double { sqrt(x) }
}

/// ATen's scalar `calc_erfinv` (aten/src/ATen/native/Math.h): a rational first guess, then
/// two Newton steps with the C library's `erf`/`exp`, all in the argument's precision. A
/// torch built without MKL computes `erfinv` with it; with MKL, torch calls VML's
/// `vsErfInv`/`vdErfInv` instead (the MKL math backend does the same).
enum InverseErrorFunction {
    static func float(_ y: Float) -> Float { calc(y) }

    static func double(_ y: Double) -> Double { calc(y) }

    /// One routine for both precisions: the coefficients are literals of `T`, rounded to it
    /// as ATen's `scalar_t` constants are.
    static func calc<T: ErfinvScalar>(_ y: T) -> T {
        let a: [T] = [0.886226899, -1.645349621, 0.914624893, -0.140543331]
        let b: [T] = [-2.118377725, 1.442710462, -0.329097515, 0.012229801]
        let c: [T] = [-1.970840454, -1.624906493, 3.429567803, 1.641345311]
        let d: [T] = [3.543889200, 1.637067800]
        let magnitude = y.magnitude
        if magnitude > 1 { return .nan }
        if magnitude == 1 { return y < 0 ? -.infinity : .infinity }
        var x: T
        if magnitude <= 0.7 {
            let z = y * y
            let num = ((a[3] * z + a[2]) * z + a[1]) * z + a[0]
            let dem = (((b[3] * z + b[2]) * z + b[1]) * z + b[0]) * z + 1
            x = y * num / dem
        } else {
            let z = T.libmSqrt(-T.libmLog((1 - magnitude) / 2))
            let num = ((c[3] * z + c[2]) * z + c[1]) * z + c[0]
            let dem = (d[1] * z + d[0]) * z + 1
            x = T(sign: y.sign, exponentBitPattern: num.exponentBitPattern, significandBitPattern: num.significandBitPattern) / dem
        }
        let twoOverSqrtPi = T(2) * (0.564189583547756286948079451560772586 as T)
        x = x - (T.libmErf(x) - y) / (twoOverSqrtPi * T.libmExp(-x * x))
        x = x - (T.libmErf(x) - y) / (twoOverSqrtPi * T.libmExp(-x * x))
        return x
    }
}

extension Tensor {
    /// `torch.erfinv` through the math backend (MKL's `vsErfInv`, as torch's MKL build;
    /// ATen's `calc_erfinv` on libm) (`ErfinvBackward0`; gradient
    /// `0.5 * sqrt(π) * exp(self.erfinv() ** 2) * grad`, as derivatives.yaml computes it).
    public func erfinv() -> Tensor {
        let saved = SavedTensor(self)
        return unary("ErfinvBackward0", elementary(.erfinv)) { g in
            let inverse = try saved.unpack().elementary(.erfinv)
            let e = try Tensor.kernel(.mul, .tensor(inverse), .tensor(inverse)).elementary(.exp)
            let scaled = try Tensor.kernel(.mul, .scalar(.double(0.5 * Double.pi.squareRoot())), .tensor(e))
            return try Tensor.kernel(.mul, .tensor(scaled), .tensor(g))
        }
    }
}
