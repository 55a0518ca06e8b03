#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `CosineAnnealingLR` in PyTorch's recursive form: each step rescales the current lr by the
/// ratio of consecutive cosine factors (with its special cases at restarts), so values match
/// PyTorch's doubles exactly rather than the closed form.
public final class CosineAnnealingLR: SchedulerBase {
    let tMax: Int
    let etaMin: Double

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, tMax: Int, etaMin: Double = 0, lastEpoch: Int = -1) throws {
        self.tMax = tMax
        self.etaMin = etaMin
        try super.init(name: "CosineAnnealingLR", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        if isInitial { return currentLRs }
        guard tMax != 0 else { throw EngineError(.zeroDivisionError, stepCount == 1 ? "float division by zero" : "integer modulo by zero") }
        let t = Double(tMax), e = Double(lastEpoch)
        if stepCount == 1 && lastEpoch > 0 {
            return baseLRs.map { etaMin + ($0 - etaMin) * (1 + cos(e * Double.pi / t)) / 2 }
        }
        if pyMod(Int128(lastEpoch) - 1 - Int128(tMax), 2 * Int128(tMax)) == 0 {
            return zip(baseLRs, currentLRs).map { base, lr in lr + (base - etaMin) * (1 - cos(Double.pi / t)) / 2 }
        }
        return currentLRs.map { lr in
            (1 + cos(Double.pi * e / t)) / (1 + cos(Double.pi * (e - 1) / t)) * (lr - etaMin) + etaMin
        }
    }

    override func closedFormLR() throws -> [Double]? {
        guard tMax != 0 else { throw EngineError(.zeroDivisionError, "float division by zero") }
        let t = Double(tMax), e = Double(lastEpoch)
        return baseLRs.map { etaMin + ($0 - etaMin) * (1 + cos(Double.pi * e / t)) / 2 }
    }

    init(copying other: CosineAnnealingLR, optimizer: any Optimizer) {
        tMax = other.tMax
        etaMin = other.etaMin
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        CosineAnnealingLR(copying: self, optimizer: optimizer)
    }
}
