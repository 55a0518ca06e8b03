#if arch(x86_64) && canImport(_Builtin_intrinsics)
import _Builtin_intrinsics.intel
#endif

extension SIMD8 where Scalar == Float {
    /// `self + b · c` rounded once per lane, exactly `addingProduct(b, c)`: on x86-64 one
    /// `vfmadd` instruction (the engine is built for Haswell), where the standard library's
    /// `addingProduct` computes the eight lanes one by one.
    @inline(__always)
    func fusedAdding(_ b: Self, _ c: Self) -> Self {
        #if arch(x86_64) && canImport(_Builtin_intrinsics)
        return _mm256_fmadd_ps(b, c, self)
        #else
        return addingProduct(b, c)
        #endif
    }
}
