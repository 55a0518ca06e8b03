import Foundation
import Testing
@testable import Engine

/// `Descent.run(surface:...)` (traced scalars, no autograd graph) gives bit for bit the
/// trajectory of `Descent.run(loss: surface.evaluate, ...)` (tensors and autograd).
@Suite struct TracedDescentTests {
    /// Every value of two trajectories compared by bit pattern (NaN payloads included).
    static func identical(_ a: Trajectory, _ b: Trajectory) -> String? {
        guard a.epochs == b.epochs else { return "epochs differ" }
        for i in a.epochs.indices {
            if a.w1[i].bitPattern != b.w1[i].bitPattern { return "w1 at epoch \(i + 1): \(a.w1[i]) vs \(b.w1[i])" }
            if a.w2[i].bitPattern != b.w2[i].bitPattern { return "w2 at epoch \(i + 1): \(a.w2[i]) vs \(b.w2[i])" }
            if a.loss[i].bitPattern != b.loss[i].bitPattern { return "loss at epoch \(i + 1): \(a.loss[i]) vs \(b.loss[i])" }
            if a.lr[i].bitPattern != b.lr[i].bitPattern { return "lr at epoch \(i + 1): \(a.lr[i]) vs \(b.lr[i])" }
        }
        return a.warnings == b.warnings ? nil : "warnings differ"
    }

    static var backends: [MathBackend] { [.libm] + (MKLBackend.load().map { [$0] } ?? []) }

    @Test(arguments: ["engine-runs", "seed-cells"])
    func fixtureRunsAreIdentical(fixture: String) throws {
        let cases = try Fixtures.load(fixture)["cases"].array
        #expect(!cases.isEmpty)
        for backend in Self.backends {
            try MathBackend.$current.withValue(backend) {
                for c in cases {
                    let tensors = try runCase(c)
                    let traced = try runCase(c, traced: true)
                    let problem = Self.identical(tensors, traced)
                    #expect(problem == nil, "\(backend.name) \(c["id"].string ?? "?"): \(problem ?? "")")
                }
            }
        }
    }

    /// Random starts, rates and optimizers on every surface, diverging runs included.
    @Test func randomRunsAreIdentical() throws {
        var rng = SplitMix(seed: 15)
        let optimizers: [(String, [(String, EngineValue)])] = [
            ("SGD", [("momentum", .double(0.9)), ("nesterov", .bool(true))]), ("SGD", [("weight_decay", .double(0.1))]),
            ("RMSprop", [("centered", .bool(true))]), ("Adam", [("amsgrad", .bool(true))]), ("AdamW", []), ("Adagrad", []),
            ("Adadelta", []), ("Adamax", []), ("NAdam", []), ("RAdam", []),
        ]
        for backend in Self.backends {
            try MathBackend.$current.withValue(backend) {
                for surface in Surface.builtins {
                    for (name, extra) in optimizers {
                        let start = (rng.uniform(-6, 6), rng.uniform(-6, 6))
                        let lr = [0.001, 0.01, 0.1, 0.5, 2][Int(rng.next() % 5)]
                        let make: ([Tensor]) throws -> any Optimizer = {
                            try OptimizerFactory.make(name: name, params: $0, keywords: [("lr", .double(lr))] + extra)
                        }
                        let a = try Descent.run(loss: surface.evaluate, start: start, epochs: 60, makeOptimizer: make)
                        let b = try Descent.run(surface: surface, start: start, epochs: 60, makeOptimizer: make)
                        let problem = Self.identical(a, b)
                        #expect(problem == nil, "\(backend.name) \(surface.name) \(name) lr=\(lr) from \(start): \(problem ?? "")")
                    }
                }
            }
        }
    }

    @Test func userSurfacesWithoutFormulaTakeTheTensorPath() throws {
        let custom = Surface(name: "custom", expression: "w1 * w2") { try $0 * $1 }
        let t = try Descent.run(surface: custom, start: (1, 2), epochs: 3, makeOptimizer: { try SGD($0, ["lr": .double(0.1)]) })
        #expect(t.w1 == [1, 0.8, 0.61])
    }
}

/// A small deterministic generator for the random runs.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(1 << 53)
    }
}
