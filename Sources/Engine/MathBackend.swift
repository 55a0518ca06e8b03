#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The elementary functions a `MathBackend` provides.
public enum ElementaryFunction: String, Sendable, CaseIterable {
    case sin, cos, exp, log, sqrt, tanh
    /// Inverse trigonometric and error functions (PyTorch's float32 ones are MKL's
    /// `vsAtan`, `vsAsin`, `vsAcos`, `vsErf`, `vsErfc`, `vsErfInv`).
    case atan, asin, acos, erf, erfc, erfinv
}

/// Source of every elementary function the engine evaluates (sin, cos, exp, log, sqrt, tanh,
/// atan, asin, acos, erf, erfc, erfinv).
///
/// PyTorch's float32 `sin`/`cos`/`exp`/`log`/`sqrt` on x86-64 are Intel MKL's VML functions
/// (its `sqrt` is not even correctly rounded, so `libm` models it: `vmlSqrt`); the
/// platform libm differs from them by one ulp on a few percent of inputs, which is enough to
/// move chaotic descent paths. The engine therefore routes all of them through one backend:
/// `libm` (always available) or `mkl` (Intel's runtime loaded with `dlopen`, see
/// `MKLBackend`). The backend applies to whole buffers so MKL is called once per tensor.
public final class MathBackend: Sendable {
    typealias FloatKernel = @Sendable (ElementaryFunction, UnsafeBufferPointer<Float>, UnsafeMutableBufferPointer<Float>) -> Void
    typealias DoubleKernel = @Sendable (ElementaryFunction, UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void

    /// Short name: `libm` or `mkl`.
    public let name: String
    /// Human-readable origin, e.g. the path of the loaded MKL library.
    public let detail: String
    /// What decides this backend's results: the name, and for MKL the CPU vendor too (MKL's
    /// kernels differ by vendor), as build caches and `build.txt` must tell them apart.
    public var fingerprint: String { name == "mkl" ? "mkl (\(HostCPU.vendor))" : name }
    let floatKernel: FloatKernel
    let doubleKernel: DoubleKernel
    /// Matrix product kernels (MKL's `sgemm`/`sgemv`/`sdot`), nil for the fallback kernels.
    let blasKernels: BLASKernels?

    init(name: String, detail: String, float: @escaping FloatKernel, double: @escaping DoubleKernel,
         blas: BLASKernels? = nil) {
        self.name = name
        self.detail = detail
        self.floatKernel = float
        self.doubleKernel = double
        self.blasKernels = blas
    }

    /// Applies `function` elementwise to float32 values.
    public func apply(_ function: ElementaryFunction, _ x: [Float]) -> [Float] {
        if x.count == 1 {
            var input = x[0]
            var output: Float = 0
            withUnsafePointer(to: &input) { ip in
                withUnsafeMutablePointer(to: &output) { op in
                    floatKernel(function, UnsafeBufferPointer(start: ip, count: 1), UnsafeMutableBufferPointer(start: op, count: 1))
                }
            }
            return [output]
        }
        return [Float](unsafeUninitializedCapacity: x.count) { out, count in
            x.withUnsafeBufferPointer { floatKernel(function, $0, out) }
            count = x.count
        }
    }

    /// Applies `function` elementwise to float64 values.
    public func apply(_ function: ElementaryFunction, _ x: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: x.count) { out, count in
            x.withUnsafeBufferPointer { doubleKernel(function, $0, out) }
            count = x.count
        }
    }

    /// The platform C library's `sinf`, `cosf`, `expf`, `logf` (and double versions); float32
    /// `sqrt` rounds as MKL's `vsSqrt` does (`vmlSqrt`), since PyTorch's does and no libm
    /// function gives that rounding; float32 `tanh` is SLEEF's `tanhf` (`SleefFloat.tanh`),
    /// what PyTorch computes without MKL, which agrees with MKL's on ~99% of inputs.
    public static let libm = MathBackend(
        name: "libm", detail: "platform C library, sqrt as MKL's vsSqrt rounds it",
        float: { function, x, y in
            switch function {
            case .sin: for i in 0..<x.count { y[i] = sinf(x[i]) }
            case .cos: for i in 0..<x.count { y[i] = cosf(x[i]) }
            case .exp: for i in 0..<x.count { y[i] = expf(x[i]) }
            case .log: for i in 0..<x.count { y[i] = logf(x[i]) }
            case .sqrt: for i in 0..<x.count { y[i] = vmlSqrt(x[i]) }
            case .tanh: for i in 0..<x.count { y[i] = SleefFloat.tanh(x[i]) }
            case .atan: for i in 0..<x.count { y[i] = atanf(x[i]) }
            case .asin: for i in 0..<x.count { y[i] = asinf(x[i]) }
            case .acos: for i in 0..<x.count { y[i] = acosf(x[i]) }
            case .erf: for i in 0..<x.count { y[i] = erff(x[i]) }
            case .erfc: for i in 0..<x.count { y[i] = erfcf(x[i]) }
            case .erfinv: for i in 0..<x.count { y[i] = InverseErrorFunction.float(x[i]) }
            }
        },
        double: { function, x, y in
            switch function {
            case .sin: for i in 0..<x.count { y[i] = sin(x[i]) }
            case .cos: for i in 0..<x.count { y[i] = cos(x[i]) }
            case .exp: for i in 0..<x.count { y[i] = exp(x[i]) }
            case .log: for i in 0..<x.count { y[i] = log(x[i]) }
            case .sqrt: for i in 0..<x.count { y[i] = x[i].squareRoot() }
            case .tanh: for i in 0..<x.count { y[i] = tanh(x[i]) }
            case .atan: for i in 0..<x.count { y[i] = atan(x[i]) }
            case .asin: for i in 0..<x.count { y[i] = asin(x[i]) }
            case .acos: for i in 0..<x.count { y[i] = acos(x[i]) }
            case .erf: for i in 0..<x.count { y[i] = erf(x[i]) }
            case .erfc: for i in 0..<x.count { y[i] = erfc(x[i]) }
            case .erfinv: for i in 0..<x.count { y[i] = InverseErrorFunction.double(x[i]) }
            }
        })

    /// The process-wide default: MKL when `MKLBackend.load()` finds it, else libm.
    /// Set `DESCENT_MATH=libm` to force libm.
    public static let automatic: MathBackend = {
        if let forced = getenv("DESCENT_MATH").map({ String(cString: $0) }), forced == "libm" {
            return libm
        }
        return MKLBackend.load() ?? libm
    }()

    /// The backend in effect for the current task (defaults to `automatic`).
    ///
    /// Scope a different one with `MathBackend.$current.withValue(.libm) { ... }`.
    @TaskLocal public static var current: MathBackend = automatic
}
