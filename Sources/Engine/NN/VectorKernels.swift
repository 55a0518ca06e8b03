import Foundation

/// The vector width of ATen's vectorized CPU kernels (`ATen/cpu/vec`) and the SLEEF `expf`
/// they call, so that sigmoid and the softmax family (`SoftmaxKernels`) round as PyTorch's do.
///
/// PyTorch picks its kernels by CPU capability: 16-lane vectors (AVX-512) where the CPU has
/// AVX-512 F/BW/VL/DQ, else 8 lanes (AVX2). Vector code calls SLEEF's `expf` (1-ulp), scalar
/// tails the C library's `expf`.
enum VectorKernels {
    /// Lanes of a float32 vector in PyTorch's kernels on this CPU.
    static var floatLanes: Int { HostCPU.floatVectorLanes }

    /// SLEEF's `xexpf` (`Sleef_expf16_u10`, `Vectorized<float>::exp()`) with fused multiply-adds.
    @inline(__always)
    static func sleefExp(_ d: Float) -> Float {
        let scaled = d * 1.442695040888963407359924681001892137426645954152985934135449406931
        // cvtps2dq: nearest-even; out of range (and NaN) gives the "integer indefinite".
        let q: Int32 = scaled.isFinite && Swift.abs(scaled) < 2_147_483_520 ? Int32(scaled.rounded(.toNearestOrEven)) : Int32.min
        let fq = Float(q)
        var s = d.addingProduct(fq, -0.693145751953125)
        s = s.addingProduct(fq, -1.428606765330187045e-06)
        var u: Float = 0.000198527617612853646278381
        u = Float(0.00139304355252534151077271).addingProduct(u, s)
        u = Float(0.00833336077630519866943359).addingProduct(u, s)
        u = Float(0.0416664853692054748535156).addingProduct(u, s)
        u = Float(0.166666671633720397949219).addingProduct(u, s)
        u = Float(0.5).addingProduct(u, s)
        u = 1 + s.addingProduct(s * s, u)
        let half = q >> 1
        u = u * pow2i(half) * pow2i(q &- half)
        if d < -104 { u = 0 }
        if d > 100 { u = .infinity }
        return u
    }

    /// 2^q as SLEEF's `vpow2i_vf_vi2` builds it (exponent bits only).
    @inline(__always)
    private static func pow2i(_ q: Int32) -> Float {
        Float(bitPattern: UInt32(bitPattern: (q &+ 0x7f) &<< 23))
    }

    /// Float32 `sigmoid` as ATen's `cpu_kernel_vec` loop computes a contiguous tensor: whole
    /// blocks of two vectors as `1 / (1 + exp(0 - x))` with SLEEF's exp, the rest with libm's.
    static func sigmoid(_ x: [Float]) -> [Float] {
        let block = 2 * floatLanes
        let vectorized = x.count - x.count % block
        var out = [Float](repeating: 0, count: x.count)
        for i in 0..<vectorized { out[i] = 1 / (1 + sleefExp(0 - x[i])) }
        for i in vectorized..<x.count { out[i] = 1 / (1 + Foundation.exp(-x[i])) }
        return out
    }

    /// `sigmoid` of a tensor's elements; over a view, the whole blocks are those of ATen's
    /// loop through its memory (`Tensor.vectorizedElements`).
    static func sigmoid(_ x: Tensor) -> [Float] {
        guard x.viewLink != nil else { return sigmoid(x.floats) }
        let mask = x.vectorizedElements(), v = x.floats
        return (0..<v.count).map { mask[$0] ? 1 / (1 + sleefExp(0 - v[$0])) : 1 / (1 + Foundation.exp(-v[$0])) }
    }
}
