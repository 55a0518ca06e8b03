import Foundation

/// Float32 GELU and its derivative, step by step and rounding by rounding as PyTorch 2.15's
/// CPU kernels compute them.
///
/// The exact (erf) GELU of a contiguous float32 tensor of more than one element, and its
/// gradient, run through oneDNN's `eltwise_gelu_erf` (ATen's `use_mkldnn` path): on AVX-512 a
/// piecewise minimax polynomial in |x| with 24 pieces indexed by the exponent and two mantissa
/// bits; its backward (on every CPU) and its AVX2 forward use Abramowitz and Stegun's erf with
/// oneDNN's own `exp`. Any other tensor goes through ATen's `cpu_kernel_vec` loops: whole
/// vector blocks with `Vectorized<float>::erf()` (Abramowitz and Stegun with SLEEF's `expf`) or
/// SLEEF's `tanhf`, the rest with the C library's `erff`/`expf`/`tanhf`. The multiply-adds
/// GCC contracts in ATen's kernels are fused here too.
enum GeluKernels {
    private static func fma(_ a: Float, _ b: Float, _ c: Float) -> Float { c.addingProduct(a, b) }
    private static func bits(_ u: UInt32) -> Float { Float(bitPattern: u) }

    static let alpha = Float(0.5.squareRoot())
    static let tanhBeta = Float(2.0.squareRoot() * (2 / Double.pi.squareRoot()) * 0.5)
    static let tanhKappa: Float = 0.044715

    // MARK: oneDNN (contiguous erf GELU)

    /// oneDNN's `gelu_erf` forward on this CPU's kernel.
    static func oneDNN(_ x: Float) -> Float {
        HostCPU.oneDNNAVX512 ? oneDNNMinimax(x) : oneDNNAbramowitzStegun(x)
    }

    /// The AVX-512 kernel: `0.5 x (1 + erf(x/√2))` with erf(x/√2) a degree-5 polynomial in |x|
    /// chosen by `(bits(|x|) + 0xc21fffff) >> 21` clamped to 1...24 (23 beyond 5.54, where it is 1).
    static func oneDNNMinimax(_ x: Float) -> Float {
        let a = Swift.abs(x)
        var index = (Int32(bitPattern: a.bitPattern) &+ Int32(bitPattern: 0xc21f_ffff)) >> 21
        index = Swift.min(Swift.max(index, 1), 24)
        if bits(0x40b1_5cee) < a { index = 23 }
        let i = Int(index)
        var p = bits(minimax[5][i])
        for degree in stride(from: 4, through: 0, by: -1) { p = fma(p, a, bits(minimax[degree][i])) }
        if x.sign == .minus { p = -p }
        return x * (p + 1) * 0.5
    }

    /// The AVX2 kernel: `S + S erf` for `S = x/2`, erf by Abramowitz and Stegun.
    static func oneDNNAbramowitzStegun(_ s: Float) -> Float {
        let x = s * bits(0x3f35_04f3)
        let t = 1 / fma(bits(0x3ea7_ba05), Swift.abs(x), 1)
        let e = -oneDNNExp(-(x * x)) * t
        var erf = fma(e, abramowitzStegun(t), 1)
        if s.sign == .minus { erf = -erf }
        let half = s * 0.5
        return fma(erf, half, half)
    }

    /// oneDNN's `gelu_erf` backward factor: `Φ(x) + x φ(x)` as `0.5 + R e^{-R²}/√π + 0.5 erf(R)`
    /// with `R = x/√2`.
    static func oneDNNDerivative(_ x: Float) -> Float {
        let r = x * bits(0x3f35_04f3)
        let q = oneDNNExp(-(r * r))
        let density = r * bits(0x3f10_6eba) * q
        let w = 1 / fma(bits(0x3ea7_ba05), Swift.abs(r), 1)
        var erf = fma(-q * w, abramowitzStegun(w), 1)
        if r.sign == .minus { erf = -erf }
        return fma(erf, 0.5, density + 0.5)
    }

    /// Abramowitz and Stegun's polynomial `p5 t⁴ + … + p1` in oneDNN's float constants.
    private static func abramowitzStegun(_ t: Float) -> Float {
        var r = bits(0x3f87_dc22)
        r = fma(r, t, bits(0xbfba_00e3))
        r = fma(r, t, bits(0x3fb5_f0e3))
        r = fma(r, t, bits(0xbe91_a98e))
        return fma(r, t, bits(0x3e82_7906))
    }

    /// oneDNN's JIT `exp`: `2 · 2^(n-1) · p(r)` for `n = floor(x log2 e + 0.5)`, `r = x - n ln 2`,
    /// a degree-5 polynomial; 0 below ln(FLT_MIN).
    static func oneDNNExp(_ x0: Float) -> Float {
        let low = bits(0xc2ae_ac50), high = bits(0x42b1_7218)
        var x = Swift.min(x0, high)
        x = Swift.max(x, low)
        let n = (x * bits(0x3fb8_aa3b) + 0.5).rounded(.down)
        let r = fma(-n, bits(0x3f31_7218), x)
        let q = Int32((n - 1).rounded(.toNearestOrEven))
        let scale = x0 < low ? 0 : Float(bitPattern: UInt32(bitPattern: (q &+ 127) << 23))
        var p = bits(0x3c07_cfce)
        p = fma(p, r, bits(0x3d2b_9d0d))
        p = fma(p, r, bits(0x3e2a_ad40))
        p = fma(p, r, bits(0x3eff_fee3))
        p = fma(p, r, bits(0x3f7f_fffb))
        p = fma(p, r, 1)
        return p * scale * 2
    }

    // MARK: ATen (other layouts, the tanh form, one element)

    /// `Vectorized<float>::erf()` on AVX2/AVX-512: Abramowitz and Stegun with SLEEF's `expf`.
    static func atenVectorErf(_ x: Float) -> Float {
        let t = 1 / fma(0.3275911, Swift.abs(x), 1)
        var r = fma(1.061405429, t, -1.453152027)
        r = fma(r, t, 1.421413741)
        r = fma(r, t, -0.284496736)
        r = fma(r, t, 0.254829592)
        let e = VectorKernels.sleefExp(-(x * x))
        let y = fma(-e * t, r, 1)
        return x.sign == .minus ? -y : y
    }

    /// ATen's exact GELU: `x * 0.5 * (1 + erf(x / √2))`, vector or scalar erf.
    static func aten(_ x: Float, vector: Bool) -> Float {
        let v = x * alpha
        return x * 0.5 * (1 + (vector ? atenVectorErf(v) : erff(v)))
    }

    /// ATen's exact GELU derivative times `dy`: `dy * (cdf + x * pdf)` (GCC fuses the exact
    /// halving into the sum, which leaves `x * pdf` rounded).
    static func atenBackward(_ dy: Float, _ x: Float, vector: Bool) -> Float {
        let beta = Float(2 / Double.pi.squareRoot() * 0.5.squareRoot() * 0.5)
        let v = x * alpha
        let cdf = 0.5 * (1 + (vector ? atenVectorErf(v) : erff(v)))
        let w = x * x * -0.5
        let pdf = beta * (vector ? VectorKernels.sleefExp(w) : expf(w))
        return dy * (vector ? fma(x, pdf, cdf) : cdf + x * pdf)
    }

    /// ATen's tanh GELU: `0.5 x (1 + tanh(β (x + κ x³)))`, the inner sum fused.
    static func atenTanh(_ x: Float, vector: Bool) -> Float {
        let inner = tanhBeta * fma(tanhKappa, x * x * x, x)
        return 0.5 * x * (1 + (vector ? SleefFloat.tanh(inner) : tanhf(inner)))
    }

    /// ATen's tanh GELU derivative times `dy`: `dy (0.5 (1 + t) + 0.5 x (1 - t²) β (1 + 3κ x²))`
    /// with `1 - t²` and `1 + 3κ x²` fused.
    static func atenTanhBackward(_ dy: Float, _ x: Float, vector: Bool) -> Float {
        let inner = tanhBeta * fma(tanhKappa, x * x * x, x)
        let t = vector ? SleefFloat.tanh(inner) : tanhf(inner)
        let tanhDerivative = fma(-t, t, 1)
        let innerDerivative = tanhBeta * fma(3 * tanhKappa, x * x, 1)
        return dy * (0.5 * (1 + t) + 0.5 * x * tanhDerivative * innerDerivative)
    }

    /// oneDNN's `gelu_erf_minimax_polynomial` (float bits), degree 0 to 5, 25 pieces each.
    private static let minimax: [[UInt32]] = [
        [0xa6f2cb94, 0x32827792, 0x3381cc0c, 0x34523d4a, 0x351ac44d, 0x35f36d88, 0x36ee8229, 0x37b8a3bb, 0x3867a213,
         0x3940033b, 0x3a2a5a1d, 0x3ae35863, 0x3b7828f2, 0x3c08b14b, 0x3c515ed3, 0xbb503236, 0xbd8d8e5e, 0xbe8abcd9,
         0xbf0c19a2, 0xbeccb328, 0x3e176ced, 0x3f470d99, 0x3f7abb28, 0x3f800000, 0x00000000],
        [0x3f4c422a, 0x3f4c421f, 0x3f4c4207, 0x3f4c41cb, 0x3f4c413b, 0x3f4c3fad, 0x3f4c3a2f, 0x3f4c2d40, 0x3f4c146a,
         0x3f4bc341, 0x3f4ad08c, 0x3f48f8cf, 0x3f45fac7, 0x3f404e07, 0x3f3b980f, 0x3f48dff3, 0x3f78b21b, 0x3fbb0704,
         0x40019c32, 0x3fe536d6, 0x3f81331e, 0x3e6c8684, 0x3c98f936, 0x00000000, 0x3f800000],
        [0xb62173f4, 0x3735e4cf, 0x37f2ff89, 0x388c23be, 0x3917535c, 0x39ab2ab0, 0x3a60fadb, 0x3af9b960, 0x3b6e5491,
         0x3c0a4ec5, 0x3ca5aa8c, 0x3d2138d9, 0x3d8737d4, 0x3ddfb660, 0x3e0f27ab, 0x3d94004b, 0xbe0efdeb, 0xbf1d96c3,
         0xbf89db58, 0xbf6d9897, 0xbef69fb8, 0xbdc4f8a8, 0xbbde6422, 0x00000000, 0x00000000],
        [0xbe081a19, 0xbe084570, 0xbe08639b, 0xbe089837, 0xbe08f409, 0xbe09ab95, 0xbe0b66d0, 0xbe0e400a, 0xbe124df8,
         0xbe1bde02, 0xbe2f19c9, 0xbe4931bf, 0xbe685fbc, 0xbe89c95f, 0xbe96cbca, 0xbe8044aa, 0xbe0550f2, 0x3dcfd6a1,
         0x3e94c826, 0x3e79345f, 0x3decec91, 0x3ca46568, 0x3aa1e00a, 0x00000000, 0x00000000],
        [0xba3d61db, 0x39f097a3, 0x3a5845dc, 0x3ab1fa35, 0x3b0cefb8, 0x3b653ab6, 0x3bcae527, 0x3c221712, 0x3c6c5840,
         0x3cc0a703, 0x3d1dcc19, 0x3d63656d, 0x3d955907, 0x3dbf9910, 0x3dd53f69, 0x3db7dcef, 0x3d639ebe, 0xba6ede48,
         0xbd22be69, 0xbd041cf1, 0xbc64f5ab, 0xbb097a32, 0xb8ebf380, 0x00000000, 0x00000000],
        [0x3cb7d80c, 0x3c9b6050, 0x3c978d11, 0x3c92e850, 0x3c8d058b, 0x3c848454, 0x3c6cd623, 0x3c4c824b, 0x3c2a7935,
         0x3be0b390, 0x3b0651ac, 0xbb232f53, 0xbbd42fa0, 0xbc2c5366, 0xbc492c9e, 0xbc2a7aa6, 0xbbd55d04, 0xba823a76,
         0x3b102aa8, 0x3ae25a7e, 0x3a31f792, 0x38b84375, 0x3689bb5a, 0x00000000, 0x00000000],
    ]
}
