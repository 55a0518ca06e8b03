/// The 32-bit Mersenne Twister (MT19937) as ATen's CPU generator runs it.
///
/// Seeded with `init_genrand` from the low 32 bits of a 64-bit seed; the state is regenerated
/// a whole block at a time when the 624 words are used up, so the sequence of `next()` values
/// equals `at::mt19937` for every seed.
struct MersenneTwister {
    private static let n = 624
    private static let m = 397
    private static let matrixA: UInt32 = 0x9908_b0df

    /// The full seed it was created with (`initial_seed()`).
    let seed: UInt64
    private var state: [UInt32]
    private var left = 1
    private var index = 0

    init(seed: UInt64) {
        self.seed = seed
        var state = [UInt32](repeating: 0, count: Self.n)
        state[0] = UInt32(truncatingIfNeeded: seed)
        for j in 1..<Self.n {
            let previous = state[j - 1]
            state[j] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(j)
        }
        self.state = state
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

    /// The next tempered 32-bit output.
    mutating func next() -> UInt32 {
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
