import Foundation
import Testing
@testable import Engine

/// The 26 runs of the seed lesson against PyTorch 2.15's float32 trajectories.
@Suite(.serialized) struct SeedFidelityTests {
    /// With libm, the three chaotic runs leave PyTorch's path later on (glibc's `sinf`,
    /// `cosf`, `expf` differ from MKL's by an ulp); each must follow it at least through the
    /// (1-based) epoch where a float64 rerun already leaves float32 (they leave at 15, 16
    /// and 14). The other 23 match, cell-13-panel-3 (RMSprop) and cell-14-panel-1 (AdamW)
    /// among them only because the backend's `sqrt` rounds as MKL's `vsSqrt` (`vmlSqrt`):
    /// with IEEE `sqrtf` they left at epochs 10 and 81.
    static let libmFollowThrough = ["cell-12-panel-1": 14, "cell-12-panel-2": 13, "cell-15": 12]

    @Test func libmBackendMatchesTwentyThreeRunsAndFollowsTheChaoticThree() throws {
        let cases = try Fixtures.load("seed-cells")["cases"].array
        #expect(cases.count == 26)
        var matched = 0, followed = 0
        try MathBackend.$current.withValue(.libm) {
            for c in cases {
                let id = c["id"].string ?? "?"
                let t = try runCase(c)
                let mismatch = firstMismatch(t, c)
                if let through = Self.libmFollowThrough[id] {
                    if let mismatch {
                        #expect(mismatch.index >= through, "\(id) left PyTorch's path at epoch \(mismatch.index + 1): \(mismatch.what)")
                    }
                    followed += 1
                } else {
                    #expect(mismatch == nil, "\(id) epoch \((mismatch?.index ?? 0) + 1): \(mismatch?.what ?? "")")
                    matched += 1
                }
            }
        }
        #expect(matched == 23 && followed == 3)
        for c in cases {
            let t = try runCase(c)
            let expected = c["torch_warnings"].array.compactMap(\.string)
            #expect(t.warnings == expected, "\(c["id"].string ?? "") warnings")
        }
    }

    @Test(.enabled(if: MKLBackend.load() != nil, Fixtures.mklMissing))
    func mklBackendMatchesAllRunsBitForBit() throws {
        let mkl = try #require(MKLBackend.load())
        let cases = try Fixtures.loadForMKL("seed-cells")["cases"].array
        #expect(cases.count == 26)
        try MathBackend.$current.withValue(mkl) {
            for c in cases {
                let id = c["id"].string ?? "?"
                let t = try runCase(c)
                let rows = c["rows"].array
                var exact = rows.count == t.epochs.count
                for (i, row) in rows.enumerated() where exact {
                    let r = row.array.map { $0.number ?? .nan }
                    exact = Float(r[1]) == t.w1[i] && Float(r[2]) == t.w2[i] && (Float(r[3]) == t.loss[i] || (r[3].isNaN && t.loss[i].isNaN))
                        && (c["lr"].array[i].number ?? .nan) == t.lr[i]
                    if !exact {
                        Issue.record("\(id) differs at epoch \(i + 1): w1 \(t.w1[i]) vs \(r[1]), w2 \(t.w2[i]) vs \(r[2]), loss \(t.loss[i]) vs \(r[3]), lr \(t.lr[i])")
                    }
                }
            }
        }
    }
}
