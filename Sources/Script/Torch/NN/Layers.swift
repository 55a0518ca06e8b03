import Foundation
import Engine

/// The library layers: `Linear`, the activations, `Dropout`, `Flatten`, `Identity`.
extension NNLibrary {
    static func number(_ v: Double) -> String { EngineValue.pythonFloatRepr(v) }

    static func boolText(_ b: Bool) -> String { b ? "True" : "False" }

    static let layerClasses: [String: PyClass] = {
        var all: [String: PyClass] = [:]
        let linear = layerClass("Linear", module: "torch.nn.modules.linear") { interp, m, args in
            let a = try args.bind("Linear", ["in_features", "out_features", "bias", "device", "dtype"], required: 2)
            let (inF, outF) = (try interp.toInt(a[0]!, "Linear"), try interp.toInt(a[1]!, "Linear"))
            let hasBias = try a[2].map { try interp.truthy($0) } ?? true
            try m.dict.set(.str("in_features"), .int(inF))
            try m.dict.set(.str("out_features"), .int(outF))
            let weight = try makeParameter(Tensor.zeros([outF, inF]))
            m.setParameter("weight", weight)
            m.setParameter("bias", hasBias ? try makeParameter(Tensor.zeros([outF])) : nil)
            // reset_parameters: kaiming_uniform_(weight, a=sqrt(5)), then the bias from fan_in.
            let g = interp.defaultGenerator.generator
            try GradMode.withNoGrad {
                try kaimingUniform(weight.storage, a: 5.0.squareRoot(), generator: g)
                if let bias = m.parameter("bias") {
                    let bound = inF > 0 ? 1 / Double(inF).squareRoot() : 0
                    try bias.storage.uniform(from: -bound, to: bound, generator: g)
                }
            }
            m.extraRepr = { "in_features=\(inF), out_features=\(outF), bias=\(boolText(m.parameter("bias") != nil))" }
        }
        forward(linear) { _, m, x in
            guard let w = m.parameter("weight") else { throw PyError("TypeError", "linear(): argument 'weight' must be Tensor, not NoneType") }
            return try Tensor.linear(x, w.storage, m.parameter("bias")?.storage)
        }
        all["Linear"] = linear

        func simple(_ name: String, _ module: String, _ body: @escaping (Tensor) throws -> Tensor) {
            let c = layerClass(name, module: module) { _, m, args in
                let a = try args.bind(name, ["inplace"])
                if let v = a[0], case .bool(true) = v { m.extraRepr = { "inplace=True" } }
            }
            forward(c) { _, _, x in try body(x) }
            all[name] = c
        }
        simple("ReLU", "torch.nn.modules.activation") { $0.relu() }
        simple("Sigmoid", "torch.nn.modules.activation") { $0.sigmoid() }
        simple("Tanh", "torch.nn.modules.activation") { $0.tanh() }
        let identity = layerClass("Identity", module: "torch.nn.modules.linear") { _, _, _ in }
        forward(identity) { _, _, x in x }
        all["Identity"] = identity

        let leaky = layerClass("LeakyReLU", module: "torch.nn.modules.activation") { interp, m, args in
            let a = try args.bind("LeakyReLU", ["negative_slope", "inplace"])
            let slope = try a[0].map { try interp.toDouble($0) } ?? 0.01
            try m.dict.set(.str("negative_slope"), a[0] ?? .float(0.01))
            let inplace = try a[1].map { try interp.truthy($0) } ?? false
            m.extraRepr = { "negative_slope=\(number(slope))" + (inplace ? ", inplace=True" : "") }
        }
        forward(leaky) { interp, m, x in x.leakyRelu(try interp.toDouble(m.dict.get("negative_slope") ?? .float(0.01))) }
        all["LeakyReLU"] = leaky

        let gelu = layerClass("GELU", module: "torch.nn.modules.activation") { _, m, args in
            let a = try args.bind("GELU", ["approximate"])
            var approximate = "none"
            if let v = a[0], case .str(let s) = v { approximate = s }
            try m.dict.set(.str("approximate"), .str(approximate))
            m.extraRepr = { "approximate='\(approximate)'" }
        }
        forward(gelu) { _, m, x in
            if case .str("tanh")? = m.dict.get("approximate") { return x.gelu(tanhApproximation: true) }
            return x.gelu()
        }
        all["GELU"] = gelu

        for name in ["Softmax", "LogSoftmax"] {
            let c = layerClass(name, module: "torch.nn.modules.activation") { _, m, args in
                let a = try args.bind(name, ["dim"])
                try m.dict.set(.str("dim"), a[0] ?? .none)
                m.extraRepr = { "dim=\(a[0].map { v -> String in if case .int(let i) = v { return String(i) }; return "None" } ?? "None")" }
            }
            forward(c) { interp, m, x in
                let dimValue = m.dict.get("dim") ?? .none
                let dim = dimValue.isNone ? (x.rank == 0 || x.rank == 1 || x.rank == 3 ? 0 : 1) : try interp.toInt(dimValue, name)
                return name == "Softmax" ? try x.softmax(dim: dim) : try x.logSoftmax(dim: dim)
            }
            all[name] = c
        }

        let flatten = layerClass("Flatten", module: "torch.nn.modules.flatten") { interp, m, args in
            let a = try args.bind("Flatten", ["start_dim", "end_dim"])
            let start = try a[0].map { try interp.toInt($0, "Flatten") } ?? 1
            let end = try a[1].map { try interp.toInt($0, "Flatten") } ?? -1
            try m.dict.set(.str("start_dim"), .int(start))
            try m.dict.set(.str("end_dim"), .int(end))
            m.extraRepr = { "start_dim=\(start), end_dim=\(end)" }
        }
        forward(flatten) { interp, m, x in
            let r = max(x.rank, 1)
            var s = try interp.toInt(m.dict.get("start_dim") ?? .int(1), "Flatten"), e = try interp.toInt(m.dict.get("end_dim") ?? .int(-1), "Flatten")
            if s < 0 { s += r }
            if e < 0 { e += r }
            guard s >= 0 && s < r && e >= 0 && e < r else {
                throw PyError("IndexError", "Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(s >= r || s < 0 ? s : e))")
            }
            if x.rank == 0 { return try x.reshape([1]) }
            if s >= e { return x }
            let shape = Array(x.shape[..<s]) + [x.shape[s...e].reduce(1, *)] + Array(x.shape[(e + 1)...])
            return try x.reshape(shape)
        }
        all["Flatten"] = flatten

        let dropout = layerClass("Dropout", module: "torch.nn.modules.dropout") { interp, m, args in
            let a = try args.bind("Dropout", ["p", "inplace"])
            let p = try a[0].map { try interp.toDouble($0) } ?? 0.5
            guard p >= 0 && p <= 1 else {
                throw PyError("ValueError", "dropout probability has to be between 0 and 1, but got \(number(p))")
            }
            let inplace = try a[1].map { try interp.truthy($0) } ?? false
            try m.dict.set(.str("p"), a[0].map { v -> Value in if case .int(let i) = v { return .float(Double(i)) }; return v } ?? .float(0.5))
            try m.dict.set(.str("inplace"), .bool(inplace))
            m.extraRepr = { "p=\(number(p)), inplace=\(boolText(inplace))" }
        }
        forward(dropout) { interp, m, x in
            try dropoutForward(x, p: try interp.toDouble(m.dict.get("p") ?? .float(0.5)), training: m.training, interp.defaultGenerator.generator)
        }
        all["Dropout"] = dropout
        return all
    }()

    /// `F.dropout` on the CPU as ATen's `_dropout` runs it: a Bernoulli(1 - p) mask divided by
    /// 1 - p, multiplied in (`MulBackward0`); the input itself when not training or p = 0.
    static func dropoutForward(_ x: Tensor, p: Double, training: Bool, _ g: Generator) throws -> Tensor {
        guard p >= 0 && p <= 1 else {
            throw PyError("ValueError", "dropout probability has to be between 0 and 1, but got \(number(p))")
        }
        if p == 0 || !training || x.count == 0 { return x }
        if p == 1 { return try x * Tensor.zeros([], dtype: x.dtype) }
        let noise = Tensor.zeros(x.shape, dtype: x.dtype)
        try noise.bernoulli(p: 1 - p, generator: g)
        try noise.applyInPlace(.div, .scalar(.double(1 - p)))
        return try x * noise
    }
}
