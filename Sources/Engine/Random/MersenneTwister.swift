/// The 32-bit Mersenne Twister (MT19937), shared by torch's generator and Python's `random`.
///
/// ATen's CPU generator seeds it with `init_genrand` from the low 32 bits of a 64-bit seed;
/// CPython's `random.seed` seeds it with `init_by_array` of the seed's 32-bit words. The state
/// is regenerated a whole block at a time when the 624 words are used up, so `next()` gives
/// `at::mt19937`'s and `genrand_uint32`'s sequences for every seed.
public struct MersenneTwister: Sendable {
    private static let n = 624
    private static let m = 397
    private static let matrixA: UInt32 = 0x9908_b0df

    /// The seed given to `init(seed:)` (`initial_seed()`); 0 for a keyed generator.
    public let seed: UInt64
    private var state: [UInt32]
    private var left = 1
    private var index = 0

    /// A generator seeded by `init_genrand` with the low 32 bits of `seed`, as ATen seeds it.
    public init(seed: UInt64) {
        self.seed = seed
        state = Self.genrand(UInt32(truncatingIfNeeded: seed))
    }

    /// A generator seeded by `init_by_array(key)`, as CPython's `random.seed` seeds it (an
    /// empty key counts as `[0]`).
    public init(key: [UInt32]) {
        seed = 0
        let key = key.isEmpty ? [0] : key
        var s = Self.genrand(19_650_218)
        var i = 1, j = 0
        for _ in 0..<max(Self.n, key.count) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= Self.n { s[0] = s[Self.n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.n { s[0] = s[Self.n - 1]; i = 1 }
        }
        s[0] = 0x8000_0000
        state = s
    }

    /// `init_genrand(s)`'s state words.
    private static func genrand(_ s: UInt32) -> [UInt32] {
        var state = [UInt32](repeating: 0, count: n)
        state[0] = s
        for j in 1..<n {
            let previous = state[j - 1]
            state[j] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(j)
        }
        return state
    }

    @inline(__always) private static func twist(_ u: UInt32, _ v: UInt32) -> UInt32 {
        let mixed = (u & 0x8000_0000) | (v & 0x7fff_ffff)
        return (mixed >> 1) ^ (v & 1 == 1 ? matrixA : 0)
    }

    private mutating func regenerate() {
        left = Self.n
        index = 0
        state.withUnsafeMutableBufferPointer { s in
            let (n, m) = (Self.n, Self.m)
            for j in 0..<(n - m) { s[j] = s[j + m] ^ Self.twist(s[j], s[j + 1]) }
            for j in (n - m)..<(n - 1) { s[j] = s[j + m - n] ^ Self.twist(s[j], s[j + 1]) }
            s[n - 1] = s[m - 1] ^ Self.twist(s[n - 1], s[0])
        }
    }

    /// The state as CPython's `random.getstate()` holds it: the 624 words and the position of
    /// the next word to read (624: the words are regenerated first).
    public var cpythonState: (words: [UInt32], position: Int) {
        (state, left == 1 ? Self.n : index)
    }

    /// A generator in a state `cpythonState` gave (`random.setstate`).
    public init(cpythonWords words: [UInt32], position: Int) {
        seed = 0
        state = words
        index = position
        left = Self.n + 1 - position
    }

    /// The next tempered 32-bit output.
    public mutating func next() -> UInt32 {
        left -= 1
        if left == 0 { regenerate() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }
}
