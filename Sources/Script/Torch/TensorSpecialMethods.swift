import Engine

/// The inverse trigonometric, hyperbolic and error-function tensor methods (`atan`, `asin`,
/// `acos`, `sinh`, `cosh`, `erf`, `erfc`, `erfinv`, `expm1`, `atan2` and their `arc…` aliases), `lerp`, `logcumsumexp`,
/// their in-place forms and the `torch.*` functions of the same names.
extension TorchLibrary {
    static let specialMethodNames = [
        "atan", "asin", "acos", "arctan", "arcsin", "arccos", "sinh", "cosh", "erf", "erfc", "erfinv", "expm1", "atan2", "arctan2",
        "atan_", "asin_", "acos_", "sinh_", "cosh_", "erf_", "erfc_", "erfinv_", "expm1_", "atan2_", "lerp", "lerp_", "logcumsumexp",
    ]

    static func unarySpecial(_ name: String) -> ((Tensor) -> Tensor)? {
        switch name {
        case "atan", "arctan": return { $0.atan() }
        case "asin", "arcsin": return { $0.asin() }
        case "acos", "arccos": return { $0.acos() }
        case "sinh": return { $0.sinh() }
        case "cosh": return { $0.cosh() }
        case "erf": return { $0.erf() }
        case "erfc": return { $0.erfc() }
        case "erfinv": return { $0.erfinv() }
        case "expm1": return { $0.expm1() }
        default: return nil
        }
    }

    static func specialMethod(_ t: TensorObject, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value? {
        if name == "logcumsumexp" {
            let a = try args.bind(name, ["dim"], required: 1)
            return wrap(try t.tensor.logcumsumexp(dim: try interp.toInt(a[0]!, name)))
        }
        if name == "lerp" || name == "lerp_" {
            let a = try args.bind(name, ["end", "weight"], required: 2)
            let end = try TorchLibrary.tensor(a[0]!, "end")
            let weight: Tensor.LerpWeight
            if case .object(let w as TensorObject) = a[1]! { weight = .tensor(w.tensor) } else { weight = .scalar(try interp.toDouble(a[1]!)) }
            if name == "lerp_" {
                try t.mutate { x in try x.adopt { try $0.lerp(end, weight) } }
                return .object(t)
            }
            return wrap(try t.tensor.lerp(end, weight))
        }
        if name == "atan2" || name == "arctan2" || name == "atan2_" {
            let a = try args.bind(name, ["other"], required: 1)
            let other = try TorchLibrary.tensor(a[0]!, "other")
            if name == "atan2_" {
                try t.mutate { x in try x.adopt { try Tensor.atan2($0, other) } }
                return .object(t)
            }
            return wrap(try Tensor.atan2(t.tensor, other))
        }
        if name.hasSuffix("_"), let f = unarySpecial(String(name.dropLast())) {
            _ = try args.positionalOnly(name, 0...0)
            try t.mutate { x in try x.adopt(f) }
            return .object(t)
        }
        guard let f = unarySpecial(name) else { return nil }
        _ = try args.positionalOnly(name, 0...0)
        return wrap(f(t.tensor))
    }
}
