import Foundation

/// ATen's 16-wide Box-Muller transform (`normal_fill_16`), which `normal_` applies to float32
/// tensors of 16 elements or more.
///
/// ATen runs it with AVX2 intrinsics and `avx_mathfun`'s cephes-style `log256_ps` and
/// `sincos256_ps` (the AVX-512 build falls back to the AVX2 kernel for `normal_`). GCC fuses
/// each multiply feeding an add into an FMA there, so these scalar mirrors apply the same
/// operations in the same order with the same fusions; their results equal the vector code's
/// lane for lane. Constants are written as the float bit patterns the C source rounds to.
enum BoxMuller16 {
    private static func f(_ bits: UInt32) -> Float { Float(bitPattern: bits) }

    private static let sqrtHalf = f(0x3f35_04f3)
    private static let logP: [Float] = [0x3d90_21bb, 0xbdeb_d1b8, 0x3def_251a, 0xbdfe_5d4f, 0x3e11_e9bf,
                                        0xbe2a_ae50, 0x3e4c_ceac, 0xbe7f_fffc, 0x3eaa_aaaa].map(f)
    private static let logQ1 = f(0xb95e_8083)
    private static let logQ2 = f(0x3f31_8000)
    private static let minusDP1 = f(0xbf49_0000)
    private static let minusDP2 = f(0xb97d_a000)
    private static let minusDP3 = f(0xb322_2169)
    private static let sinP0 = f(0xb94c_a1f9), sinP1 = f(0x3c08_839e), sinP2 = f(0xbe2a_aaa3)
    private static let cosP0 = f(0x37cc_f5ce), cosP1 = f(0xbab6_061a), cosP2 = f(0x3d2a_aaa5)
    private static let fourOverPi = f(0x3fa2_f983)
    /// `2.0f * c10::pi<double>` rounded to float.
    static let twoPi = f(0x40c9_0fdb)

    /// `log256_ps` for one lane (its argument here is always in (0, 1]).
    static func log(_ input: Float) -> Float {
        if !(input > 0) { return .nan }
        let clamped = max(input, Float(bitPattern: 0x0080_0000))
        let bits = clamped.bitPattern
        var x = Float(bitPattern: (bits & ~0x7f80_0000) | 0x3f00_0000)
        var e = Float(Int32(bitPattern: bits >> 23) - 0x7f) + 1
        let below = x < sqrtHalf
        let tmp: Float = below ? x : 0
        x = x - 1
        e = e - (below ? 1 : 0)
        x = x + tmp
        let z = x * x
        var y = logP[0]
        for p in logP.dropFirst() { y = p.addingProduct(y, x) }
        y = y * x
        y = (e * logQ1).addingProduct(y, z)
        y = y.addingProduct(-z, 0.5)
        x = x + y
        x = x.addingProduct(e, logQ2)
        return x
    }

    /// `sincos256_ps` for one lane: (sine, cosine).
    static func sincos(_ input: Float) -> (sin: Float, cos: Float) {
        var signSin = input.bitPattern & 0x8000_0000
        var x = Float(bitPattern: input.bitPattern & 0x7fff_ffff)
        var y = x * fourOverPi
        var j = Int32(y)  // cvttps: truncation; theta is in [0, 2π) here
        j = (j &+ 1) & ~1
        y = Float(j)
        let swapSin = UInt32(bitPattern: j & 4) << 29
        let polyMask = (j & 2) == 0
        x = x.addingProduct(y, minusDP1)
        x = x.addingProduct(y, minusDP2)
        x = x.addingProduct(y, minusDP3)
        let signCos = UInt32(bitPattern: ~(j &- 2) & 4) << 29
        signSin ^= swapSin
        let z = x * x
        var c = cosP1.addingProduct(cosP0, z)
        c = cosP2.addingProduct(c, z)
        c = c * z
        c = (-(z * 0.5)).addingProduct(c, z)
        c = c + 1
        var s = sinP1.addingProduct(sinP0, z)
        s = sinP2.addingProduct(s, z)
        s = s * z
        s = x.addingProduct(s, x)
        let sin2: Float = polyMask ? s : 0
        let sin1: Float = polyMask ? 0 : c
        let cos2 = s - sin2
        let cos1 = c - sin1
        let sine = sin1 + sin2
        let cosine = cos1 + cos2
        return (Float(bitPattern: sine.bitPattern ^ signSin), Float(bitPattern: cosine.bitPattern ^ signCos))
    }

    /// Transforms 16 uniforms in [0, 1) at `data[0..<16]` into normals in place (float32).
    static func fill(_ data: UnsafeMutablePointer<Float>, mean: Float, std: Float) {
        for j in 0..<8 {
            let u1 = 1 - data[j]
            let u2 = data[j + 8]
            let radius = (-2 * log(u1)).squareRoot()
            let theta = twoPi * u2
            let (s, c) = sincos(theta)
            data[j] = mean.addingProduct(radius * c, std)
            data[j + 8] = mean.addingProduct(radius * s, std)
        }
    }

    /// The scalar template ATen uses for float64 tensors, with libm's `log`, `cos`, `sin`.
    static func fill(_ data: UnsafeMutablePointer<Double>, mean: Double, std: Double) {
        for j in 0..<8 {
            let u1 = 1 - data[j]
            let u2 = data[j + 8]
            let radius = (-2 * Foundation.log(u1)).squareRoot()
            let theta = 2.0 * Double.pi * u2
            data[j] = mean.addingProduct(radius * Foundation.cos(theta), std)
            data[j + 8] = mean.addingProduct(radius * Foundation.sin(theta), std)
        }
    }
}
