/// A copy of a `Value` that does not keep its object alive, for caches kept in syntax trees.
///
/// The syntax tree of a function is reachable from the function, so a cache in it holding the
/// function (or the module or class that holds it) strongly would make a cycle that is never
/// freed, and would keep a dropped generator alive past `del`. Caches therefore keep their
/// value unowned and read it back only while their validity check (a class generation, a
/// namespace version) proves that what they cached still holds it.
struct UnownedValue {
    private var bits: (UInt64, UInt64, UInt64) = (0, 0, 0)

    init() {}

    /// Copies `value`'s bits without retaining its object.
    init(_ value: Value) {
        precondition(MemoryLayout<Value>.size <= MemoryLayout<(UInt64, UInt64, UInt64)>.size)
        withUnsafeMutableBytes(of: &bits) { target in
            withUnsafeBytes(of: value) { source in
                target.baseAddress!.copyMemory(from: source.baseAddress!, byteCount: MemoryLayout<Value>.size)
            }
        }
    }

    /// The value (retained anew); only valid while something else still holds it.
    @inline(__always) var value: Value {
        withUnsafeBytes(of: bits) { $0.baseAddress!.assumingMemoryBound(to: Value.self).pointee }
    }
}
