#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `CosineAnnealingWarmRestarts` (SGDR): cosine annealing restarting every `T_i` epochs,
/// `T_i` growing by `T_mult`.
public final class CosineAnnealingWarmRestarts: SchedulerBase {
    let t0: Int, tMult: Int
    let etaMin: Double
    var tI: Int
    var tCur: Double

    /// Creates the scheduler on `optimizer` (PyTorch's defaults and validation messages) and
    /// performs PyTorch's initial step.
    public init(optimizer: any Optimizer, t0: Int, tMult: Int = 1, etaMin: Double = 0, lastEpoch: Int = -1) throws {
        if t0 <= 0 { throw EngineError.value("Expected positive integer T_0, but got \(t0)") }
        if tMult < 1 { throw EngineError.value("Expected integer T_mult >= 1, but got \(tMult)") }
        self.t0 = t0
        self.tMult = tMult
        self.etaMin = etaMin
        self.tI = t0
        self.tCur = Double(lastEpoch)
        try super.init(name: "CosineAnnealingWarmRestarts", optimizer: optimizer, lastEpoch: lastEpoch)
    }

    override func computeLR() throws -> [Double] {
        baseLRs.map { etaMin + ($0 - etaMin) * (1 + cos(Double.pi * tCur / Double(tI))) / 2 }
    }

    public override func step() throws {
        stepCount += 1
        let epoch: Int
        if lastEpoch < 0 {
            epoch = 0
            // PyTorch's explicit-epoch branch with epoch 0 < T_0.
            tI = t0
            tCur = 0
        } else {
            epoch = saturatingAdd(lastEpoch, 1)
            tCur += 1
            if tCur >= Double(tI) {
                tCur = tCur.truncatingRemainder(dividingBy: Double(tI))
                let (grown, overflow) = tI.multipliedReportingOverflow(by: tMult)
                tI = overflow ? Int.max : grown
            }
        }
        lastEpoch = epoch
        let values = try computeLR()
        for (group, lr) in zip(optimizer.paramGroups, values) { group.lr = lr }
        lastLR = optimizer.paramGroups.map(\.lr)
    }

    init(copying other: CosineAnnealingWarmRestarts, optimizer: any Optimizer) {
        t0 = other.t0
        tMult = other.tMult
        etaMin = other.etaMin
        tI = other.tI
        tCur = other.tCur
        super.init(copying: other, optimizer: optimizer)
    }

    override public func copy(optimizer: any Optimizer, children: (any LRScheduler) throws -> any LRScheduler) throws -> any LRScheduler {
        CosineAnnealingWarmRestarts(copying: self, optimizer: optimizer)
    }
}
