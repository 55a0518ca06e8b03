import Engine

/// Python's random number generator state: CPython's `_randommodule.c` draws over the shared
/// Mersenne Twister, seeded as `random.seed` seeds it, so scripts draw CPython's numbers.
struct PythonRandomState {
    private var twister: MersenneTwister

    /// A generator seeded as `random.seed(n)` seeds it, for a non-negative integer given by
    /// its 32-bit words, least significant first.
    init(key: [UInt32]) {
        twister = MersenneTwister(key: key)
    }

    /// `random.seed(n)`: `init_by_array` of the absolute value's 32-bit words.
    mutating func seed(key: [UInt32]) {
        twister = MersenneTwister(key: key)
    }

    /// The Mersenne Twister's words and position, as `random.getstate()` gives them.
    var cpythonState: (words: [UInt32], position: Int) { twister.cpythonState }

    /// The generator in a state `cpythonState` gave.
    init(cpythonWords words: [UInt32], position: Int) {
        twister = MersenneTwister(cpythonWords: words, position: position)
    }

    /// The next 32 random bits (`genrand_uint32`).
    mutating func next() -> UInt32 { twister.next() }

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
