import Foundation
import Testing
@testable import Engine

/// Every optimizer option combination and every scheduler against PyTorch
/// (tools/reference/engine_fixtures.py → Fixtures/engine-runs.json), including runs that
/// diverge to inf/NaN.
@Suite struct OptimizerSchedulerFixtureTests {
    static func cases() throws -> [JSONValue] { try Fixtures.load("engine-runs")["cases"].array }

    @Test func fixtureCoversEveryOptimizerAndScheduler() throws {
        let cases = try Self.cases()
        let optimizers = Set(cases.compactMap { $0["optimizer"]["name"].string })
        let schedulers = Set(cases.compactMap { $0["scheduler"]["name"].string })
        #expect(optimizers == Set(OptimizerFactory.names))
        #expect(schedulers == Set(SchedulerFactory.names))
        #expect(cases.contains { c in c["rows"].array.contains { $0.array.contains { ($0.number ?? 0).isNaN } } })
    }

    /// With libm, one chaotic run (SGD with momentum on `sin`) leaves PyTorch's path after
    /// this many epochs; every other run matches within 1e-4 at every epoch.
    static let libmFollowThrough = ["sched-14-SequentialLR": 14]

    @Test func libmRunsMatchWithinTolerance() throws {
        for c in try Self.cases() {
            let id = c["id"].string ?? "?"
            let t = try MathBackend.$current.withValue(.libm) { try runCase(c) }
            let mismatch = firstMismatch(t, c)
            if let through = Self.libmFollowThrough[id], let mismatch {
                #expect(mismatch.index >= through, "\(id) left PyTorch's path at epoch \(mismatch.index + 1)")
            } else {
                #expect(mismatch == nil, "\(id) epoch \((mismatch?.index ?? 0) + 1): \(mismatch?.what ?? "")")
            }
        }
    }

    @Test(.enabled(if: MKLBackend.load() != nil, Fixtures.mklMissing))
    func mklRunsAreBitExact() throws {
        let mkl = try #require(MKLBackend.load())
        for c in try Fixtures.loadForMKL("engine-runs")["cases"].array {
            let id = c["id"].string ?? "?"
            let t = try MathBackend.$current.withValue(mkl) { try runCase(c) }
            let lrs = c["lr"].array
            for (i, row) in c["rows"].array.enumerated() {
                let r = row.array.map { $0.number ?? .nan }
                func same(_ a: Float, _ b: Double) -> Bool { a == Float(b) || (a.isNaN && b.isNaN) }
                let ok = same(t.w1[i], r[1]) && same(t.w2[i], r[2]) && same(t.loss[i], r[3]) && t.lr[i] == (lrs[i].number ?? .nan)
                if !ok {
                    Issue.record("\(id) differs at epoch \(i + 1): w1 \(t.w1[i]) vs \(r[1]), w2 \(t.w2[i]) vs \(r[2]), loss \(t.loss[i]) vs \(r[3])")
                    break
                }
            }
        }
    }
}
