import Engine

/// The `torch.nn` activation modules over `ActivationFunctional`'s functions: `ELU`, `SELU`,
/// `Softplus`, `SiLU`, `Mish`, `LogSigmoid`, `Hardtanh`, `ReLU6`, `Hardsigmoid`, `Hardswish`,
/// `Softsign`, `Tanhshrink`, each storing and printing its arguments as PyTorch's
/// (`ELU(alpha=1.0)`, `Softplus(beta=1.0, threshold=20.0)`).
extension NNLibrary {
    /// A number as Python's `repr` prints it (the module reprs show arguments as given).
    static func numberRepr(_ v: Value) -> String {
        switch v {
        case .int(let i): return String(i)
        case .float(let d): return number(d)
        case .bool(let b): return boolText(b)
        default: return v.typeName
        }
    }

    static let activationLayerClasses: [String: PyClass] = {
        var all: [String: PyClass] = [:]
        let module = "torch.nn.modules.activation"
        /// A layer with keyword `options` (stored as attributes), an optional `inplace`, and
        /// `repr` built from the stored values.
        func layer(_ name: String, _ functional: String, options: [(String, Value)], inplace: Bool,
                   repr: @escaping ([Value], Bool) -> String) {
            let spec = activationSpecs.first { $0.name == functional }!
            let params = options.map(\.0) + (inplace ? ["inplace"] : [])
            let c = layerClass(name, module: module) { interp, m, args in
                let a = try args.bind(name, params)
                var values: [Value] = []
                for (i, (key, def)) in options.enumerated() {
                    let v = a[i] ?? def
                    try m.dict.set(.str(key), v)
                    values.append(v)
                }
                if name == "Hardtanh" {
                    let lo = try interp.toDouble(values[0]), hi = try interp.toDouble(values[1])
                    guard hi > lo else { throw PyError("AssertionError", "") }
                }
                if name == "ReLU6" {
                    try m.dict.set(.str("min_val"), .float(0))
                    try m.dict.set(.str("max_val"), .float(6))
                }
                let isInplace = inplace ? try a[params.count - 1].map { try interp.truthy($0) } ?? false : false
                if inplace { try m.dict.set(.str("inplace"), .bool(isInplace)) }
                m.extraRepr = { repr(values, isInplace) }
            }
            forward(c) { interp, m, x in
                let values = try options.map { key, def in try m.dict.get(.str(key)) ?? def }
                if inplace, case .bool(true)? = try m.dict.get(.str("inplace")) {
                    // `inplace=True` writes the input, as torch's module calls `F.elu(x, inplace=True)`.
                    try x.adopt { try spec.apply(interp, $0, values, true) }
                    return x
                }
                return try spec.apply(interp, x, values, false)
            }
            all[name] = c
        }
        func inplaceOnly(_ v: [Value], _ inplace: Bool) -> String { inplace ? "inplace=True" : "" }
        layer("ELU", "elu", options: [("alpha", .float(1))], inplace: true) { v, inplace in
            "alpha=\(numberRepr(v[0]))" + (inplace ? ", inplace=True" : "")
        }
        layer("SELU", "selu", options: [], inplace: true, repr: inplaceOnly)
        layer("Softplus", "softplus", options: [("beta", .float(1)), ("threshold", .float(20))], inplace: false) { v, _ in
            "beta=\(numberRepr(v[0])), threshold=\(numberRepr(v[1]))"
        }
        layer("SiLU", "silu", options: [], inplace: true, repr: inplaceOnly)
        layer("Mish", "mish", options: [], inplace: true, repr: inplaceOnly)
        layer("LogSigmoid", "logsigmoid", options: [], inplace: false, repr: inplaceOnly)
        layer("Hardtanh", "hardtanh", options: [("min_val", .float(-1)), ("max_val", .float(1))], inplace: true) { v, inplace in
            "min_val=\(numberRepr(v[0])), max_val=\(numberRepr(v[1]))" + (inplace ? ", inplace=True" : "")
        }
        layer("ReLU6", "relu6", options: [], inplace: true, repr: inplaceOnly)
        layer("Hardsigmoid", "hardsigmoid", options: [], inplace: true, repr: inplaceOnly)
        layer("Hardswish", "hardswish", options: [], inplace: true, repr: inplaceOnly)
        layer("Softsign", "softsign", options: [], inplace: false, repr: inplaceOnly)
        layer("Tanhshrink", "tanhshrink", options: [], inplace: false, repr: inplaceOnly)
        return all
    }()
}
