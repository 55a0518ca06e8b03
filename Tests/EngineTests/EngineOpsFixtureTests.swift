import Foundation
import Testing
@testable import Engine

/// Elementwise ops, reductions, broadcasting, type promotion and gradients against PyTorch
/// (tools/reference/engine_ops.py → Fixtures/engine-ops.json).
@Suite struct EngineOpsFixtureTests {
    static let ops: [String: @Sendable ([Tensor]) throws -> Tensor] = [
        "add": { try $0[0] + $0[1] }, "sub": { try $0[0] - $0[1] }, "mul": { try $0[0] * $0[1] },
        "div": { try $0[0] / $0[1] }, "pow": { try $0[0].pow($0[1]) },
        "add_scalar": { try $0[0] + 2.5 }, "rsub_scalar": { try 1 - $0[0] }, "mul_scalar": { try $0[0] * 1.8 },
        "rdiv_scalar": { try 3 / $0[0] }, "div_scalar": { try $0[0] / 7 }, "pow2": { try $0[0].pow(2) },
        "pow3": { try $0[0].pow(3) }, "pow_half": { try $0[0].pow(0.5) }, "pow_neg1": { try $0[0].pow(-1) },
        "pow_2_5": { try $0[0].pow(2.5) }, "rpow": { try Tensor.binary(.pow, .scalar(2), .tensor($0[0])) },
        "neg": { $0[0].neg() }, "sin": { $0[0].sin() }, "cos": { $0[0].cos() }, "exp": { $0[0].exp() },
        "log": { $0[0].log() }, "sqrt": { $0[0].sqrt() }, "abs": { $0[0].abs() }, "sum": { $0[0].sum() },
        "mean": { try $0[0].mean() }, "mse": { try Tensor.mseLoss($0[0], $0[1]) }, "l1": { try Tensor.l1Loss($0[0], $0[1]) },
        "chain": { a in
            let (x, y) = (a[0], a[1])
            let q = try (try x - y).pow(2) / (try y.abs() + 1)
            return try (try (try x * y).sin() + q).mean()
        },
    ]

    static func values(_ v: JSONValue) -> [Double] {
        if case .array(let items) = v { return items.map { $0.number ?? .nan } }
        return [v.number ?? .nan]
    }

    @Test func opsMatchPyTorch() throws {
        let cases = try Fixtures.load("engine-ops")["cases"].array
        #expect(cases.count > 100)
        try MathBackend.$current.withValue(MKLBackend.load() ?? .libm) {
            for c in cases {
                let name = c["op"].string ?? ""
                let op = try #require(Self.ops[name], "unknown op \(name)")
                let inputs = try c["inputs"].array.map { i -> Tensor in
                    let dtype = DType(rawValue: i["dtype"].string ?? "") ?? .float32
                    let t = try Tensor(Self.values(i["values"]), shape: i["shape"].array.compactMap { $0.number.map(Int.init) }, dtype: dtype)
                    if dtype.isFloatingPoint { try t.setRequiresGrad(true) }
                    return t
                }
                let out = try op(inputs)
                let expected = c["out"]
                let label = "\(name) \(c["inputs"].array.map { $0["dtype"].string ?? "" })"
                #expect(out.shape == expected["shape"].array.compactMap { $0.number.map(Int.init) }, "\(label) shape")
                #expect(out.dtype.rawValue == expected["dtype"].string, "\(label) dtype")
                #expect(out.gradFnName == expected["grad_fn"].string, "\(label) grad_fn")
                let tol = out.dtype == .float64 ? 1e-12 : 1e-6
                for (a, e) in zip(out.values, Self.values(expected["values"])) {
                    #expect(Fixtures.close(a, e, tolerance: tol), "\(label) value \(a) vs \(e)")
                }
                guard out.requiresGrad else { continue }
                try (out.rank == 0 ? out : out.sum()).backward()
                for (t, g) in zip(inputs, c["grads"].array) where !g.isNull {
                    let grad = try #require(t.grad, "\(label) missing grad")
                    for (a, e) in zip(grad.values, Self.values(g)) {
                        #expect(Fixtures.close(a, e, tolerance: tol * 10), "\(label) grad \(a) vs \(e)")
                    }
                }
            }
        }
    }

    @Test func sumsAndMeansAreBitExact() throws {
        let sums = try Fixtures.load("engine-ops")["sums"].array
        #expect(sums.count == 16)
        for c in sums {
            let dtype = DType(rawValue: c["dtype"].string ?? "") ?? .float32
            let values = Self.values(c["values"])
            let t = try Tensor(values, shape: [values.count], dtype: dtype)
            #expect(try t.sum().item() == c["sum"].number!, "\(dtype) sum of \(values.count)")
            #expect(try t.mean().item() == c["mean"].number!, "\(dtype) mean of \(values.count)")
        }
    }
}
