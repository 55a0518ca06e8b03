// Engine benchmark: `swift run -c release bench engine [steps]`.
// Steps per second for each optimizer on the two-parameter problem (the seed's `sin`
// surface, one full epoch of zero_grad / loss / backward / step per step; the traced
// scalar path runs use; for comparison the traced loss with the optimizer stepping 0-d
// tensors, and the tensor-and-autograd path), plus the seed
// lesson's workload (26 runs, 100x100 contour grids), in thread CPU time. Compare with
// `/opt/torchenv/bin/python tools/reference/engine_bench.py`.
import Engine
import Foundation

enum EngineBench {
    /// CPU time of the calling thread (robust when other processes share the cores).
    static func time(_ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = now()
        try body()
        return now() - start
    }

    static func run(_ arguments: [String]) throws {
        let steps = arguments.first.flatMap(Int.init) ?? 20000
        print("math backend: \(MathBackend.current.name) (\(MathBackend.current.detail))")
        let options: [String: [(String, EngineValue)]] = ["SGD": [("lr", .double(0.01)), ("momentum", .double(0.9))]]
        for name in OptimizerFactory.names {
            let keywords = options[name] ?? [("lr", .double(0.01))]
            let make = { try OptimizerFactory.make(name: name, params: $0, keywords: keywords) }
            let tensorSeconds = try time {
                _ = try Descent.run(loss: Surface.sin.evaluate, start: (-12, 10), epochs: steps / 4, makeOptimizer: make)
            }
            let tensorStepSeconds = try time {
                _ = try Descent.run(surface: Surface.sin, start: (-12, 10), epochs: steps / 2, makeOptimizer: { TensorStepping(try make($0)) })
            }
            let seconds = try time {
                _ = try Descent.run(surface: Surface.sin, start: (-12, 10), epochs: steps, makeOptimizer: make)
            }
            print(name.padding(toLength: 9, withPad: " ", startingAt: 0)
                  + String(format: "%10.0f steps/s  (tensor step %.0f, tensor path %.0f steps/s)",
                           Double(steps) / seconds, Double(steps / 2) / tensorStepSeconds, Double(steps / 4) / tensorSeconds))
        }
        // The seed lesson: 26 descent runs and their contour grids.
        let windows: [(String, Double, Double, Double, Double)] = [("sin", -14, 0, -6, 12), ("reg", -5, 5, -5, 5)]
        let gridSeconds = try time {
            for _ in 0..<19 { for w in windows.prefix(1) { _ = try Surface.named(w.0)!.grid(x0: w.1, x1: w.2, y0: w.3, y1: w.4, steps: 100) } }
        }
        print(String(format: "19 contour grids 100x100 (sin): %.1f ms", gridSeconds * 1000))
        var epochs = 0
        let runSeconds = try time {
            for lr in [0.01, 0.03, 0.05, 0.07, 0.04, 0.04] {
                epochs += try Descent.run(surface: Surface.sin, start: (-12, 10), epochs: 250, stepSize: lr).epochs.count
            }
            for name in ["RMSprop", "AdamW", "Adam", "RMSprop", "AdamW"] {
                epochs += try Descent.run(surface: Surface.sin, start: (-12, 10), epochs: 150,
                                          makeOptimizer: { try OptimizerFactory.make(name: name, params: $0, keywords: [("lr", .double(0.5))]) }).epochs.count
            }
        }
        print(String(format: "11 runs, %d epochs in all (sin): %.1f ms", epochs, runSeconds * 1000))
    }
}

/// An optimizer seen only through the `Optimizer` protocol, so `Descent.run(surface:...)`
/// steps its tensors instead of numbers (as it would a user-defined optimizer).
final class TensorStepping: Optimizer {
    let base: any Optimizer
    init(_ base: any Optimizer) { self.base = base }
    var name: String { base.name }
    var paramGroups: [ParamGroup] { base.paramGroups }
    var defaults: [(key: String, value: EngineValue)] { base.defaults }
    func step() throws { try base.step() }
    func zeroGrad(setToNone: Bool) throws { try base.zeroGrad(setToNone: setToNone) }
    func addParamGroup(params: [Tensor], options: [(key: String, value: EngineValue)]) throws {
        try base.addParamGroup(params: params, options: options)
    }
    func state(of param: Tensor) -> [(key: String, value: EngineValue)] { base.state(of: param) }
    func copy(mapping: (Tensor) throws -> Tensor) rethrows -> any Optimizer { TensorStepping(try base.copy(mapping: mapping)) }
    func loadStateDict(groups: [[(key: String, value: EngineValue)]], states: [[[String: EngineValue]?]]) throws {
        try base.loadStateDict(groups: groups, states: states)
    }
}
