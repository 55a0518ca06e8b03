/// Heap scratch memory for the float32 sum kernels.
///
/// Not `withUnsafeTemporaryAllocation`: in release builds (Swift 6, x86-64) its heap path —
/// taken above 1 KiB — trapped after `CascadeSum.multiRowSum`'s body returned (the
/// non-throwing body left the error register set, and the typed-throws check after it hit
/// `ud2`), so `torch.ones(4, 30).sum(dim=0)` killed the process while debug builds, and so
/// the test suite, ran it correctly. A plain allocation has no such path.
@inline(__always)
func withScratchFloats<R>(_ count: Int, _ body: (UnsafeMutableBufferPointer<Float>) -> R) -> R {
    let memory = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
    defer { memory.deallocate() }
    return body(UnsafeMutableBufferPointer(start: memory, count: count))
}
