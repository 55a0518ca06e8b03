import Engine

/// `nn.Module`'s dtype and device conversions: `to`, `half`, `float`, `double`, `type`,
/// `cpu`. As PyTorch's `Module._apply`, each parameter keeps its identity (optimizers and
/// references still see it) and gets the converted values (`param.data = param.to(…)`), and
/// so does its gradient.
extension NNLibrary {
    static func installConversionMethods(_ c: PyClass) {
        method(c, "to") { interp, m, args in
            if let target = try moduleTargetDType(args) {
                guard target.isFloatingPoint else {
                    throw PyError("TypeError", "nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=\(target.torchName)")
                }
                try convertParameters(m, to: target, floatingOnly: true)
            }
            return .object(m)
        }
        method(c, "cpu") { _, m, _ in .object(m) }
        for (name, dtype) in [("half", DType.float16), ("float", .float32), ("double", .float64)] {
            method(c, name) { _, m, args in
                _ = try args.positionalOnly(name, 0...0)
                try convertParameters(m, to: dtype, floatingOnly: true)
                return .object(m)
            }
        }
        method(c, "type") { _, m, args in
            let a = try args.bind("type", ["dst_type"], required: 1)
            guard case .object(let d as DTypeObject) = a[0]! else {
                throw PyError("TypeError", "type(): argument 'dst_type' must be torch.dtype, not \(a[0]!.typeName)")
            }
            try convertParameters(m, to: d.dtype, floatingOnly: false)
            return .object(m)
        }
    }

    /// The dtype of `Module.to(…)`'s arguments (`to(dtype)`, `to(device, dtype)`,
    /// `to(tensor)`, `dtype=`); nil when only a device is given.
    static func moduleTargetDType(_ args: Arguments) throws -> DType? {
        var target: DType?
        for (key, v) in args.positional.map({ (String?.none, $0) }) + args.keywords.map({ (Optional($0.0), $0.1) }) {
            switch v {
            case .object(let d as DTypeObject): target = d.dtype
            case .object(let o as TensorObject): target = o.tensor.dtype
            case .str(let s): _ = try DeviceObject.parse(s)
            case .object(is DeviceObject), .none, .bool: break
            default:
                let kind = key.map { "\($0)=\(v.typeName)" } ?? v.typeName
                throw PyError("TypeError", "to() received an invalid combination of arguments - got (\(kind), )")
            }
        }
        return target
    }

    /// Converts every parameter (and its gradient) of `m` and its submodules to `dtype`;
    /// `floatingOnly` leaves non-floating ones alone, as `to`/`half`/`float`/`double` do.
    static func convertParameters(_ m: ModuleObject, to dtype: DType, floatingOnly: Bool) throws {
        for (_, p) in try m.namedParameters() {
            let t = p.storage
            guard t.dtype != dtype, !floatingOnly || t.dtype.isFloatingPoint else { continue }
            let grad = t.grad
            t.setData(GradMode.withNoGrad { t.detach().to(dtype) })
            if let grad { t.grad = GradMode.withNoGrad { grad.detach().to(dtype) } }
        }
        for (_, b) in try m.namedBuffers() {
            let t = b.storage
            guard t.dtype != dtype, !floatingOnly || t.dtype.isFloatingPoint else { continue }
            t.setData(GradMode.withNoGrad { t.detach().to(dtype) })
        }
    }
}
