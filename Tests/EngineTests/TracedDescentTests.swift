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

    /// Every option of every optimizer, with and without schedulers (the plateau one stepped
    /// with the loss), on the scalar step: the same trajectory as tensors and autograd, the
    /// parameters left at the last step's values, the optimizer's tensor state untouched.
    @Test func scalarStepsCoverEveryOption() throws {
        let optimizers: [(String, [(String, EngineValue)])] = [
            ("SGD", []), ("SGD", [("momentum", .double(0.9)), ("dampening", .double(0.3))]),
            ("SGD", [("momentum", .double(0.5)), ("nesterov", .bool(true)), ("weight_decay", .double(0.05)), ("maximize", .bool(true))]),
            ("RMSprop", []), ("RMSprop", [("momentum", .double(0.8)), ("centered", .bool(true)), ("weight_decay", .double(0.1))]),
            ("RMSprop", [("alpha", .double(0.9)), ("maximize", .bool(true))]),
            ("Adam", [("weight_decay", .double(0.1)), ("amsgrad", .bool(true))]), ("Adam", [("betas", .tuple([.double(0.5), .double(0.9)])), ("maximize", .bool(true))]),
            ("Adam", [("weight_decay", .double(0.1)), ("decoupled_weight_decay", .bool(true)), ("eps", .double(1e-3))]),
            ("AdamW", [("amsgrad", .bool(true))]),
            ("Adagrad", [("lr_decay", .double(0.01)), ("initial_accumulator_value", .double(0.5)), ("weight_decay", .double(0.1))]),
            ("AdamW", [("weight_decay", .double(0.3))]),
            ("Adagrad", [("maximize", .bool(true)), ("eps", .double(1e-4))]),
            ("Adadelta", [("rho", .double(0.5)), ("weight_decay", .double(0.2))]), ("Adadelta", [("maximize", .bool(true))]),
            ("Adamax", [("weight_decay", .double(0.1)), ("betas", .tuple([.double(0.8), .double(0.99)]))]), ("Adamax", [("maximize", .bool(true))]),
            ("NAdam", [("momentum_decay", .double(0.01)), ("weight_decay", .double(0.1))]),
            ("NAdam", [("weight_decay", .double(0.1)), ("decoupled_weight_decay", .bool(true)), ("maximize", .bool(true))]),
            ("RAdam", [("weight_decay", .double(0.1))]), ("RAdam", [("weight_decay", .double(0.1)), ("decoupled_weight_decay", .bool(true))]),
            ("RAdam", [("betas", .tuple([.double(0.9), .double(0.9)])), ("maximize", .bool(true))]),
        ]
        let schedulers: [(String, [(String, EngineValue)])?] = [
            nil, ("StepLR", [("step_size", .int(7)), ("gamma", .double(0.5))]),
            ("ReduceLROnPlateau", [("patience", .int(0)), ("factor", .double(0.8))]), ("OneCycleLR", [("max_lr", .double(0.2)), ("total_steps", .int(80))]),
        ]
        // OneCycleLR (every fourth) cycles RMSprop's momentum and the Adam family's beta1.
        var rng = SplitMix(seed: 150)
        for backend in Self.backends {
            try MathBackend.$current.withValue(backend) {
                for (n, (name, extra)) in optimizers.enumerated() {
                    let surface = Surface.builtins[n % Surface.builtins.count]
                    let scheduler = schedulers[n % schedulers.count]
                    let start = (rng.uniform(-4, 4), rng.uniform(-4, 4))
                    let lr = [0.001, 0.01, 0.1][n % 3]
                    var made: [(any Optimizer, [Tensor])] = []
                    let make: ([Tensor]) throws -> any Optimizer = {
                        let o = try OptimizerFactory.make(name: name, params: $0, keywords: [("lr", .double(lr))] + extra)
                        made.append((o, $0))
                        return o
                    }
                    let makeScheduler: ((any Optimizer) throws -> any LRScheduler)? = scheduler.map { s in
                        { try SchedulerFactory.make(name: s.0, optimizer: $0, keywords: s.1) }
                    }
                    let a = try Descent.run(loss: surface.evaluate, start: start, epochs: 80, makeOptimizer: make, makeScheduler: makeScheduler)
                    let b = try Descent.run(surface: surface, start: start, epochs: 80, makeOptimizer: make, makeScheduler: makeScheduler)
                    let problem = Self.identical(a, b)
                    let label = "\(backend.name) \(surface.name) \(name) \(extra.map(\.0)) \(scheduler?.0 ?? "")"
                    #expect(problem == nil, "\(label): \(problem ?? "")")
                    let (tensorOptimizer, tensorParams) = made[0], (scalarOptimizer, scalarParams) = made[1]
                    // The tensor step would have counted steps or made a momentum buffer
                    // (Adagrad's state exists from construction, at step 0).
                    func stepped(_ o: any Optimizer, _ p: Tensor) -> Bool {
                        o.state(of: p).contains { key, value in
                            if case .tensor(let t) = value, key == "step" { return t.floatItem() > 0 }
                            return key == "momentum_buffer"
                        }
                    }
                    #expect(stepped(tensorOptimizer, tensorParams[0]) == (name != "SGD" || extra.contains { $0.0 == "momentum" }), "\(label)")
                    #expect(!stepped(scalarOptimizer, scalarParams[0]), "\(label): the tensor step ran")
                    for i in 0..<2 {
                        #expect(tensorParams[i].floatItem().bitPattern == scalarParams[i].floatItem().bitPattern, "\(label): w\(i + 1) after the run")
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
