/// Swift's `Dictionary` and `Set` ask a key for `_rawHashValue(seed:)`; the default runs a
/// full SipHash round (a `Hasher`, the enum's discriminator, the payload, `finalize`), about
/// 150 instructions, for every probe and again for every key moved when the index grows.
/// Object identities (a graph's nodes in a `seen` dict, functions, classes) and integers are
/// the keys scripts look up in loops; they get a multiply–xorshift mix (splitmix64's
/// finalizer) of the pointer or integer with the table's seed instead. Strings take
/// `String`'s own one-shot hash; other keys keep the synthesized `hash(into:)`.
///
/// Only the index of a `PyDict` and the item sets of frozensets use these hashes: no
/// iteration order a script sees depends on them (dicts keep insertion order, `set`
/// follows CPython's table).
extension HashKey {
    func _rawHashValue(seed: Int) -> Int {
        switch self {
        case .identity(let o):
            return HashKey.mix(UInt(bitPattern: o), seed)
        case .int(let i):
            // Mixed with a tag so `.int(n)` and an identity at address n differ in hash too
            // (they are unequal keys; equal hashes would only cost a comparison).
            return HashKey.mix(UInt(bitPattern: i) ^ 0x5851_F42D_4C95_7F2D, seed)
        case .str(let s):
            return s._rawHashValue(seed: seed)
        default:
            var hasher = Hasher()
            hasher.combine(seed)
            hash(into: &hasher)
            return hasher.finalize()
        }
    }

    /// splitmix64's finalizer over `x` xor the seed: every bit of the input reaches the low
    /// bits the table masks (pointers' low four bits are always zero).
    @inline(__always) private static func mix(_ x: UInt, _ seed: Int) -> Int {
        var z = UInt64(x) ^ UInt64(UInt(bitPattern: seed))
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: z ^ (z >> 31))
    }
}
