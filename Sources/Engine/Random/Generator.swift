/// A CPU random number generator with `torch.Generator`'s state and draws.
///
/// It holds ATen's `CPUGeneratorImpl` state: the MT19937 engine and the cached second value of
/// the double Box-Muller transform (`next_double_normal_sample`), which a later small `randn`
/// consumes first. Every distribution in this folder draws from it exactly as ATen's CPU
/// kernels do, so seeded scripts print PyTorch's numbers. A reference type: a `torch.Generator`
/// object is shared by every name holding it.
public final class Generator {
    /// The seed a fresh generator starts from. PyTorch seeds its default generator from the
    /// operating system; Descent uses this fixed value so unseeded runs are reproducible.
    public static let defaultSeed: UInt64 = 67_280_421_310_721

    private var engine: MersenneTwister
    /// The cached second normal sample of the double Box-Muller transform.
    var nextDoubleNormal: Double?

    /// A generator seeded with `seed` (`torch.Generator().manual_seed(seed)`).
    public init(seed: UInt64 = Generator.defaultSeed) {
        engine = MersenneTwister(seed: seed)
    }

    /// Reseeds, dropping the cached normal sample (`manual_seed`).
    public func manualSeed(_ seed: UInt64) {
        engine = MersenneTwister(seed: seed)
        nextDoubleNormal = nil
    }

    /// The seed of the last `manualSeed` (`initial_seed()`).
    public var initialSeed: UInt64 { engine.seed }

    /// An independent generator in the same state (`Generator.clone_state`, session copies).
    public func copy() -> Generator {
        let other = Generator(seed: 0)
        other.engine = engine
        other.nextDoubleNormal = nextDoubleNormal
        return other
    }

    /// One 32-bit draw (`CPUGeneratorImpl::random`).
    @inline(__always) public func random() -> UInt32 { engine.next() }

    /// One 64-bit draw from two 32-bit ones, the first as the high half (`random64`).
    @inline(__always) public func random64() -> UInt64 {
        let high = UInt64(engine.next())
        return high << 32 | UInt64(engine.next())
    }
}
