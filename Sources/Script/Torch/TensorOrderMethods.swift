import Engine

/// Tensor methods for order statistics: `median` and `nanmedian` (all elements, or along a dim with
/// indices), `kthvalue`, `mode`, the running `cummax`/`cummin`, the dim forms printed as `torch.return_types.NAME(…)`.
extension TorchLibrary {
    static let orderMethodNames = ["median", "nanmedian", "kthvalue", "mode", "cummax", "cummin"]

    static func orderMethod(_ t: TensorObject, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value? {
        let tensor = t.tensor
        switch name {
        case "median", "nanmedian":
            let a = try args.bind(name, ["dim", "keepdim"])
            let nan = name == "nanmedian"
            guard let d = try int(a[0], interp, name) else { return wrap(nan ? try tensor.nanmedian() : try tensor.median()) }
            let keep = try bool(a[1], interp)
            let r = nan ? try tensor.nanmedian(dim: d, keepdim: keep) : try tensor.median(dim: d, keepdim: keep)
            return .object(ReturnTypesObject(name, r.values, r.indices))
        case "cummax", "cummin":
            let a = try args.bind(name, ["dim"], required: 1)
            let r = try tensor.cumulativeExtremum(dim: try interp.toInt(a[0]!, name), maximum: name == "cummax")
            return .object(ReturnTypesObject(name, r.values, r.indices))
        case "kthvalue":
            let a = try args.bind("kthvalue", ["k", "dim", "keepdim"], required: 1)
            let r = try tensor.kthvalue(try interp.toInt(a[0]!, "kthvalue"), dim: try int(a[1], interp, name) ?? -1,
                                        keepdim: try bool(a[2], interp))
            return .object(ReturnTypesObject("kthvalue", r.values, r.indices))
        case "mode":
            let a = try args.bind("mode", ["dim", "keepdim"])
            let r = try tensor.mode(dim: try int(a[0], interp, name) ?? -1, keepdim: try bool(a[1], interp))
            return .object(ReturnTypesObject("mode", r.values, r.indices))
        default:
            return nil
        }
    }
}
