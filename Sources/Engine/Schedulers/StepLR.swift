/// `StepLR`: multiplies the lr by `gamma` every `step_size` epochs.
public final class StepLR: SchedulerBase {
    let stepSize: Int
    let gamma: Double

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, stepSize: Int, gamma: Double = 0.1, lastEpoch: Int = -1) throws {
        self.stepSize = stepSize
        self.gamma = gamma
        try super.init(name: "StepLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        if lastEpoch == 0 { return currentLRs }
        guard stepSize != 0 else { throw EngineError(.zeroDivisionError, "integer modulo by zero") }
        if pyMod(lastEpoch, stepSize) != 0 { return currentLRs }
        return currentLRs.map { $0 * gamma }
    }

    override func closedFormLR() throws -> [Double]? {
        guard stepSize != 0 else { throw EngineError(.zeroDivisionError, "integer division or modulo by zero") }
        return baseLRs.map { $0 * cPow(gamma, Double(pyFloorDiv(lastEpoch, stepSize))) }
    }

    init(copying other: StepLR, optimizer: any Optimizer) {
        stepSize = other.stepSize
        gamma = other.gamma
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        StepLR(copying: self, optimizer: optimizer)
    }
}

/// Python's `%` (result has the divisor's sign).
func pyMod(_ a: Int, _ b: Int) -> Int { Int(pyMod(Int128(a), Int128(b))) }

/// `a + b` clamped to Int's range: epoch counters given by a script may start at `Int.max`.
func saturatingAdd(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? Int.max : Int.min) : sum
}

/// Python's `%` on 128-bit values, for scheduler arithmetic on user-given ints near `Int.max`.
func pyMod(_ a: Int128, _ b: Int128) -> Int128 { let r = a % b; return (r != 0 && (r < 0) != (b < 0)) ? r + b : r }
/// Python's `//`.
func pyFloorDiv(_ a: Int, _ b: Int) -> Int {
    let q = (Int128(a) - pyMod(Int128(a), Int128(b))) / Int128(b)
    return Int(clamping: q)
}
