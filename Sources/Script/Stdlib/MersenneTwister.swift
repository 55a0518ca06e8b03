/// Python's random number generator: the MT19937 Mersenne Twister of CPython's
/// `_randommodule.c`, seeded as `random.seed` seeds it, so scripts draw CPython's numbers.
struct MersenneTwister {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 625

    /// A generator seeded as `random.seed(n)` seeds it, for a non-negative integer given by
    /// its 32-bit words, least significant first.
    init(key: [UInt32]) {
        seed(key: key)
    }

    /// `random.seed(n)`: `init_by_array` of the absolute value's 32-bit words.
    mutating func seed(key: [UInt32]) {
        let key = key.isEmpty ? [0] : key
        initialize(19650218)
        var i = 1, j = 0
        for _ in 0..<max(624, key.count) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= 624 { state[0] = state[623]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<623 {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= 624 { state[0] = state[623]; i = 1 }
        }
        state[0] = 0x8000_0000
    }

    private mutating func initialize(_ s: UInt32) {
        state[0] = s
        for i in 1..<624 {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    /// The next 32 random bits (`genrand_uint32`).
    mutating func next() -> UInt32 {
        if index >= 624 {
            let mag: (UInt32) -> UInt32 = { $0 & 1 == 0 ? 0 : 0x9908_b0df }
            for k in 0..<624 {
                let y = (state[k] & 0x8000_0000) | (state[(k + 1) % 624] & 0x7fff_ffff)
                state[k] = state[(k + 397) % 624] ^ (y >> 1) ^ mag(y)
            }
            index = 0
        }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// `random.random()`: 53 random bits as a float in [0, 1).
    mutating func nextDouble() -> Double {
        let a = Double(next() >> 5), b = Double(next() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `random.getrandbits(k)` for k <= 64.
    mutating func bits(_ k: Int) -> UInt64 {
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(next() >> (32 - k)) }
        let low = UInt64(next())
        let high = UInt64(next() >> (64 - k))
        return low | (high << 32)
    }

    /// `random._randbelow(n)` for n > 0: rejection sampling of `n.bit_length()` bits.
    mutating func below(_ n: Int) -> Int {
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = bits(k)
        while r >= UInt64(n) { r = bits(k) }
        return Int(r)
    }
}
