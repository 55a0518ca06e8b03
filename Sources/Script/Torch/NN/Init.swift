import Foundation
import Engine

/// `torch.nn.init`: fills drawn from the default generator (or `generator=`) under no_grad,
/// with torch's fan and gain formulas computed in double as Python computes them.
extension NNLibrary {
    static func fans(_ t: Tensor) throws -> (fanIn: Int, fanOut: Int) {
        guard t.rank >= 2 else {
            throw PyError("ValueError", "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
        }
        let receptive = t.shape.dropFirst(2).reduce(1, *)
        return (t.shape[1] * receptive, t.shape[0] * receptive)
    }

    static func gain(_ nonlinearity: String, _ param: Double?) throws -> Double {
        switch nonlinearity {
        case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "sigmoid": return 1
        case "tanh": return 5.0 / 3
        case "relu": return 2.0.squareRoot()
        case "leaky_relu":
            let slope = param ?? 0.01
            return (2.0 / (1 + slope * slope)).squareRoot()
        case "selu": return 3.0 / 4
        default: throw PyError("ValueError", "Unsupported nonlinearity \(nonlinearity)")
        }
    }

    /// `kaiming_uniform_(t, a, mode="fan_in", nonlinearity="leaky_relu")`.
    static func kaimingUniform(_ t: Tensor, a: Double, fanOut: Bool = false, nonlinearity: String = "leaky_relu", generator g: Generator) throws {
        let (fi, fo) = try fans(t)
        let fan = fanOut ? fo : fi
        let std = try gain(nonlinearity, a) / Double(fan).squareRoot()
        let bound = 3.0.squareRoot() * std
        try t.uniform(from: -bound, to: bound, generator: g)
    }

    static func installInit(_ m: PyModule) {
        func fn(_ name: String, _ params: [String], _ body: @escaping (Interpreter, Tensor, [Value?], Generator) throws -> Void) {
            m.attributes[name] = .builtin(PyBuiltin(name) { interp, args in
                let a = try args.bind(name, ["tensor"] + params + ["generator"], required: 1)
                let t = try TorchLibrary.tensor(a[0]!, "tensor")
                let g = try TorchLibrary.generator(a.last!, name, interp)
                try GradMode.withNoGrad { try body(interp, t, Array(a.dropFirst().dropLast()), g) }
                return a[0]!
            })
        }
        func d(_ v: Value?, _ fallback: Double, _ interp: Interpreter) throws -> Double { try v.map { try interp.toDouble($0) } ?? fallback }
        fn("uniform_", ["a", "b"]) { interp, t, a, g in try t.uniform(from: try d(a[0], 0, interp), to: try d(a[1], 1, interp), generator: g) }
        fn("normal_", ["mean", "std"]) { interp, t, a, g in try t.normal(mean: try d(a[0], 0, interp), std: try d(a[1], 1, interp), generator: g) }
        fn("constant_", ["val"]) { interp, t, a, _ in try t.fill(.double(try d(a[0], 0, interp))) }
        fn("zeros_", []) { _, t, _, _ in try t.fill(.int(0)) }
        fn("ones_", []) { _, t, _, _ in try t.fill(.int(1)) }
        fn("xavier_uniform_", ["gain"]) { interp, t, a, g in
            let (fi, fo) = try fans(t)
            let std = try d(a[0], 1, interp) * (2.0 / Double(fi + fo)).squareRoot()
            let bound = 3.0.squareRoot() * std
            try t.uniform(from: -bound, to: bound, generator: g)
        }
        fn("xavier_normal_", ["gain"]) { interp, t, a, g in
            let (fi, fo) = try fans(t)
            try t.normal(mean: 0, std: try d(a[0], 1, interp) * (2.0 / Double(fi + fo)).squareRoot(), generator: g)
        }
        for name in ["kaiming_uniform_", "kaiming_normal_"] {
            fn(name, ["a", "mode", "nonlinearity"]) { interp, t, a, g in
                var mode = "fan_in", nonlinearity = "leaky_relu"
                if let v = a[1], case .str(let s) = v {
                    guard s == "fan_in" || s == "fan_out" else { throw PyError("ValueError", "Mode \(s) not supported, please use one of fan_in, fan_out") }
                    mode = s
                }
                if let v = a[2], case .str(let s) = v { nonlinearity = s }
                let slope = try d(a[0], 0, interp)
                if name == "kaiming_uniform_" {
                    try kaimingUniform(t, a: slope, fanOut: mode == "fan_out", nonlinearity: nonlinearity, generator: g)
                } else {
                    let (fi, fo) = try fans(t)
                    let std = try gain(nonlinearity, slope) / Double(mode == "fan_out" ? fo : fi).squareRoot()
                    try t.normal(mean: 0, std: std, generator: g)
                }
            }
        }
        fn("trunc_normal_", ["mean", "std", "a", "b"]) { interp, t, a, g in
            let mean = try d(a[0], 0, interp), std = try d(a[1], 1, interp), low = try d(a[2], -2, interp), high = try d(a[3], 2, interp)
            if mean < low - 2 * std || mean > high + 2 * std {
                // stacklevel=2 from `_no_grad_trunc_normal_` names `trunc_normal_`'s call of it
                interp.warn("UserWarning", "mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The distribution of values may be incorrect.",
                            at: Interpreter.WarningSite(file: "torch/nn/init.py", line: 334, source: "return _no_grad_trunc_normal_(tensor, mean, std, a, b, generator=generator)"))
            }
            try t.truncatedNormal(mean: mean, std: std, a: low, b: high, generator: g)
        }
        m.attributes["calculate_gain"] = .builtin(PyBuiltin("calculate_gain") { interp, args in
            let a = try args.bind("calculate_gain", ["nonlinearity", "param"], required: 1)
            guard case .str(let s) = a[0]! else { throw PyError("ValueError", "Unsupported nonlinearity \(try interp.repr(a[0]!))") }
            return .float(try gain(s, try a[1].flatMap { $0.isNone ? nil : try interp.toDouble($0) }))
        })
    }
}
