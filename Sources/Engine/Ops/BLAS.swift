/// Matrix products of float32 data in BLAS's column-major convention, as ATen calls them.
///
/// ATen's `cpublas::gemm`/`gemv`/`dot` call MKL's `sgemm`/`sgemv`/`sdot` with column-major
/// layouts (a row-major product `C = A·B` is computed as `Cᵀ = Bᵀ·Aᵀ`). With the MKL math
/// backend these calls go to MKL itself, which makes products bit-identical to PyTorch's on
/// the same machine; without it a deterministic kernel stands in (`fallback`), summing the
/// `k` products in order with fused multiply-adds.
struct BLASKernels: Sendable {
    /// `sgemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)`, column-major.
    typealias Gemm = @Sendable (Bool, Bool, Int, Int, Int, Float, UnsafePointer<Float>, Int,
                                UnsafePointer<Float>, Int, Float, UnsafeMutablePointer<Float>, Int) -> Void
    /// `sgemv(trans, m, n, alpha, a, lda, x, incx, beta, y, incy)`, column-major.
    typealias Gemv = @Sendable (Bool, Int, Int, Float, UnsafePointer<Float>, Int, UnsafePointer<Float>, Int,
                                Float, UnsafeMutablePointer<Float>, Int) -> Void
    /// `sdot(n, x, incx, y, incy)`.
    typealias Dot = @Sendable (Int, UnsafePointer<Float>, Int, UnsafePointer<Float>, Int) -> Float

    let gemm: Gemm
    let gemv: Gemv
    let dot: Dot

    /// The deterministic kernels used without MKL: every output element is
    /// `alpha * Σₚ a·b + beta * c` with the sum taken in order of `p` by fused multiply-adds.
    static let fallback = BLASKernels(
        gemm: { transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc in
            for j in 0..<n {
                for i in 0..<m {
                    var acc: Float = 0
                    for p in 0..<k {
                        let x = transA ? a[i * lda + p] : a[p * lda + i]
                        let y = transB ? b[p * ldb + j] : b[j * ldb + p]
                        acc = acc.addingProduct(x, y)
                    }
                    let old = c[j * ldc + i]
                    c[j * ldc + i] = beta == 0 ? alpha * acc : (alpha == 1 ? beta * old + acc : beta * old + alpha * acc)
                }
            }
        },
        gemv: { trans, m, n, alpha, a, lda, x, incx, beta, y, incy in
            let rows = trans ? n : m, inner = trans ? m : n
            for i in 0..<rows {
                var acc: Float = 0
                for p in 0..<inner {
                    let aij = trans ? a[i * lda + p] : a[p * lda + i]
                    acc = acc.addingProduct(aij, x[p * incx])
                }
                let old = y[i * incy]
                y[i * incy] = beta == 0 ? alpha * acc : beta * old + alpha * acc
            }
        },
        dot: { n, x, incx, y, incy in
            var acc: Float = 0
            for i in 0..<n { acc = acc.addingProduct(x[i * incx], y[i * incy]) }
            return acc
        })
}

extension MathBackend {
    /// The BLAS kernels of this backend: MKL's for `mkl`, the deterministic fallback otherwise.
    var blas: BLASKernels { blasKernels ?? .fallback }
}
