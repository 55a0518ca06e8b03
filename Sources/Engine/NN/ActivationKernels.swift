#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always) func cExp(_ x: Double) -> Double { exp(x) }
@inline(__always) func cTanh(_ x: Double) -> Double { tanh(x) }

/// Float32 kernels of the activations beyond ReLU (ELU, softplus, SiLU, Mish, log-sigmoid,
/// hard sigmoid and swish) and of their backwards, as ATen's `Activation.cpp` loops compute a
/// contiguous tensor.
///
/// ELU's forward is `expm1(x * input_scale) * alpha * scale` (torch 2.15's kernel).
/// `cpu_kernel_vec` runs whole blocks of two vectors (32 floats on AVX-512, 16 on AVX2)
/// through the vector lambda, whose `exp`, `log1p` and `tanh` are SLEEF's, and the rest
/// through the scalar lambda, whose are the C library's. GCC contracts `a + b * c` into a
/// fused multiply-add in both (SiLU's and Mish's backwards), and so do these kernels.
enum ActivationKernels {
    /// One float function in its vector and scalar forms.
    struct Pair {
        let vector: (Float) -> Float
        let scalar: (Float) -> Float
    }

    /// `f` over `x`, the vector form on whole two-vector blocks, the scalar form on the rest.
    static func map(_ x: [Float], _ f: (_ vector: Bool, _ x: Float) -> Float) -> [Float] {
        let vectorized = x.count - x.count % (2 * VectorKernels.floatLanes)
        return [Float](unsafeUninitializedCapacity: x.count) { out, count in
            for i in 0..<x.count { out.initializeElement(at: i, to: f(i < vectorized, x[i])) }
            count = x.count
        }
    }

    /// `f(grad, x)` elementwise over two buffers of one length, split as `map`.
    static func map2(_ g: [Float], _ x: [Float], _ f: (_ vector: Bool, _ g: Float, _ x: Float) -> Float) -> [Float] {
        let vectorized = x.count - x.count % (2 * VectorKernels.floatLanes)
        return [Float](unsafeUninitializedCapacity: x.count) { out, count in
            for i in 0..<x.count { out.initializeElement(at: i, to: f(i < vectorized, g[i], x[i])) }
            count = x.count
        }
    }

    @inline(__always) static func exp(_ vector: Bool, _ x: Float) -> Float { vector ? VectorKernels.sleefExp(x) : expf(x) }
    @inline(__always) static func expm1(_ vector: Bool, _ x: Float) -> Float { vector ? SleefFloat.expm1(x) : expm1f(x) }
    @inline(__always) static func log1p(_ vector: Bool, _ x: Float) -> Float { vector ? SleefFloat.log1p(x) : log1pf(x) }
    @inline(__always) static func tanh(_ vector: Bool, _ x: Float) -> Float { vector ? SleefFloat.tanh(x) : tanhf(x) }

    /// ELU's coefficients as ATen's kernel rounds them: `alpha * scale` in float32.
    struct ELU {
        let negcoef: Float, poscoef: Float, negiptcoef: Float
        init(alpha: Double, scale: Double, inputScale: Double) {
            negcoef = Float(alpha) * Float(scale)
            poscoef = Float(scale)
            negiptcoef = Float(inputScale)
        }
        func forward(_ v: Bool, _ a: Float) -> Float {
            v ? (a > 0 ? a * poscoef : expm1(v, a * negiptcoef) * negcoef)
              : (a <= 0 ? expm1(v, a * negiptcoef) * negcoef : a * poscoef)
        }
        func backward(_ v: Bool, _ g: Float, _ b: Float) -> Float {
            v ? (b > 0 ? g * poscoef : g * negiptcoef * negcoef * exp(v, b * negiptcoef))
              : (b <= 0 ? g * negiptcoef * negcoef * exp(v, b * negiptcoef) : g * poscoef)
        }
    }

    /// `softplus(x) = log1p(exp(x β)) / β`, `x` itself where `x β > threshold`.
    static func softplus(_ v: Bool, _ a: Float, beta: Float, threshold: Float) -> Float {
        (a * beta) > threshold ? a : log1p(v, exp(v, a * beta)) / beta
    }

    static func softplusBackward(_ v: Bool, _ g: Float, _ b: Float, beta: Float, threshold: Float) -> Float {
        let z = exp(v, b * beta)
        return (b * beta) > threshold ? g : g * z / (z + 1)
    }

    static func silu(_ v: Bool, _ x: Float) -> Float { x / (1 + exp(v, -x)) }

    static func siluBackward(_ v: Bool, _ dy: Float, _ x: Float) -> Float {
        let sigmoid = 1 / (1 + exp(v, -x))
        return dy * sigmoid * (1 as Float).addingProduct(x, 1 - sigmoid)
    }

    static func mish(_ v: Bool, _ x: Float) -> Float { x * tanh(v, log1p(v, exp(v, x))) }

    static func mishBackward(_ v: Bool, _ dy: Float, _ x: Float) -> Float {
        let sigmoid = 1 / (1 + exp(v, -x))
        let t = tanh(v, log1p(v, exp(v, x)))
        return dy * t.addingProduct(x * sigmoid, (1 as Float).addingProduct(-t, t))
    }

    static func hardsigmoid(_ x: Float) -> Float { Swift.min(Swift.max(x + 3, 0), 6) / 6 }

    static func hardsigmoidBackward(_ g: Float, _ x: Float) -> Float { x > -3 && x < 3 ? g * (1 / Float(6)) : 0 }

    static func hardswish(_ x: Float) -> Float { x * Swift.min(Swift.max(x + 3, 0), 6) / 6 }

    static func hardswishBackward(_ g: Float, _ x: Float) -> Float {
        x <= -3 ? 0 : (x < 3 ? g * ((x / 3) + 0.5) : g)
    }
}

extension ActivationKernels {
    /// `map` over a tensor's elements; over a view, the whole blocks are those of ATen's loop
    /// through its memory (`Tensor.vectorizedElements`), which differ from the logical order's.
    static func map(_ x: Tensor, _ f: (_ vector: Bool, _ x: Float) -> Float) -> [Float] {
        guard x.viewLink != nil else { return map(x.floats, f) }
        let mask = x.vectorizedElements(), v = x.floats
        return (0..<v.count).map { f(mask[$0], v[$0]) }
    }
}
