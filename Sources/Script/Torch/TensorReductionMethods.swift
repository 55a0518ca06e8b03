import Engine

/// Tensor methods that reduce: `sum`, `mean`, `std`, `var`, `prod`, `max`/`min`, `argmax`,
/// `amax`, `cumsum`, `norm`, `topk`, `sort`, `argsort`, `unique`, `all`, `any`.
extension TorchLibrary {
    static let reductionMethodNames = [
        "sum", "mean", "std", "var", "prod", "max", "min", "argmax", "argmin", "amax", "amin", "cumsum", "cumprod", "norm", "topk",
        "sort", "argsort", "unique", "all", "any", "count_nonzero", "logsumexp",
    ]

    static func reductionMethod(_ t: TensorObject, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value? {
        let tensor = t.tensor
        switch name {
        case "sum", "mean":
            let a = try args.bind(name, ["dim", "keepdim", "dtype"])
            var input = tensor
            let outType = try dtype(a[2])
            if let outType { input = input.to(outType) }
            // An integer sum accumulates in int64; `dtype=torch.int32` narrows the result.
            func result(_ t: Tensor) -> Value { wrap(outType.map { t.to($0) } ?? t) }
            guard let d = try dims(a[0], interp) else {
                if try bool(a[1], interp) {
                    return result(name == "sum" ? try input.sum(dims: [], keepdim: true) : try input.mean(dims: [], keepdim: true))
                }
                return result(name == "sum" ? input.sum() : try input.mean())
            }
            let keep = try bool(a[1], interp)
            return result(name == "sum" ? try input.sum(dims: d, keepdim: keep) : try input.mean(dims: d, keepdim: keep))
        case "std", "var":
            let a = try args.bind(name, ["dim", "unbiased", "keepdim", "correction"])
            var correction = 1.0
            if let u = a[1], !u.isNone {
                if case .bool(let b) = u { correction = b ? 1 : 0 } else if a[0] == nil, case .int = u {
                    // std(0) passes the dim positionally
                    return try reductionMethod(t, name, Arguments([u], keywords: args.keywords.filter { $0.0 != "unbiased" }), interp)
                } else { correction = try interp.truthy(u) ? 1 : 0 }
            }
            if let c = a[3], !c.isNone { correction = try interp.toDouble(c) }
            return wrap(try tensor.variance(dims: try dims(a[0], interp), correction: correction, keepdim: try bool(a[2], interp), takeSqrt: name == "std"))
        case "prod":
            let a = try args.bind("prod", ["dim", "keepdim", "dtype"])
            return wrap(try tensor.prod(dim: try int(a[0], interp, "prod"), keepdim: try bool(a[1], interp)))
        case "max", "min":
            let a = try args.bind(name, ["dim", "keepdim"])
            if let d = a[0], case .object(let other as TensorObject) = d {
                return wrap(try Tensor.elementwiseExtremum(tensor, other.tensor, max: name == "max"))
            }
            guard let d = try int(a[0], interp, name) else {
                if a[1] != nil { throw PyError("TypeError", "\(name)() received an invalid combination of arguments - got (keepdim=bool, ), but expected one of:\n * ()\n * (Tensor other)\n * (int dim, bool keepdim = False)\n * (name dim, bool keepdim = False)\n") }
                return wrap(try tensor.extremum(max: name == "max"))
            }
            let r = try tensor.extrema(dim: d, keepdim: try bool(a[1], interp), max: name == "max")
            return .object(ReturnTypesObject(name, r.values, r.indices))
        case "argmax", "argmin":
            let a = try args.bind(name, ["dim", "keepdim"])
            return wrap(try tensor.argExtremum(dim: try int(a[0], interp, name), keepdim: try bool(a[1], interp), max: name == "argmax"))
        case "amax", "amin":
            let a = try args.bind(name, ["dim", "keepdim"])
            return wrap(try tensor.amax(dims: try dims(a[0], interp) ?? [], keepdim: try bool(a[1], interp), max: name == "amax"))
        case "logsumexp":
            let a = try args.bind("logsumexp", ["dim", "keepdim"], required: 1)
            return wrap(try tensor.logsumexp(dims: try dims(a[0], interp) ?? [], keepdim: try bool(a[1], interp)))
        case "cumsum":
            let a = try args.bind("cumsum", ["dim", "dtype"], required: 1)
            var input = tensor
            if let dt = try dtype(a[1]) { input = input.to(dt) }
            return wrap(try input.cumsum(dim: try interp.toInt(a[0]!, "cumsum")))
        case "cumprod":
            let a = try args.bind("cumprod", ["dim", "dtype"])
            guard a[0] != nil else { throw PyError("TypeError", "cumprod() missing 1 required positional arguments: \"dim\"") }
            var input = tensor
            if let dt = try dtype(a[1]) { input = input.to(dt) }
            return wrap(try input.cumprod(dim: try interp.toInt(a[0]!, "cumprod")))
        case "norm":
            let a = try args.bind("norm", ["p", "dim", "keepdim", "dtype"])
            return wrap(try norm(tensor, p: a[0], dims: try dims(a[1], interp), keepdim: try bool(a[2], interp), dtype: try dtype(a[3]), interp))
        case "topk":
            let a = try args.bind("topk", ["k", "dim", "largest", "sorted"], required: 1)
            let r = try tensor.topk(try interp.toInt(a[0]!, "topk"), dim: try int(a[1], interp, "topk") ?? -1,
                                    largest: try bool(a[2], interp, default: true), sorted: try bool(a[3], interp, default: true))
            return .object(ReturnTypesObject("topk", r.values, r.indices))
        case "sort", "argsort":
            let a = try args.bind(name, ["dim", "descending", "stable"])
            let r = try tensor.sort(dim: try int(a[0], interp, name) ?? -1, descending: try bool(a[1], interp),
                                    stable: try bool(a[2], interp))
            if name == "argsort" { return wrap(r.indices) }
            return .object(ReturnTypesObject("sort", r.values, r.indices))
        case "unique":
            let a = try args.bind("unique", ["sorted", "return_inverse", "return_counts", "dim"])
            let dim = try int(a[3], interp, name)
            let r = try dim.map { try tensor.unique(dim: $0) } ?? tensor.unique()
            let inverse = try bool(a[1], interp), counts = try bool(a[2], interp)
            if !inverse && !counts { return wrap(r.values) }
            var parts = [wrap(r.values)]
            if inverse { parts.append(wrap(r.inverse)) }
            if counts { parts.append(wrap(r.counts)) }
            return .tuple(PyTuple.of(parts))
        case "all", "any":
            let a = try args.bind(name, ["dim", "keepdim"])
            let truth = try Tensor.binary(.ne, .tensor(tensor), .scalar(.int(0)))
            let asInt = truth.to(.int64)
            if let d = try int(a[0], interp, name) {
                let s = try GradMode.withNoGrad { try asInt.sum(dims: [d], keepdim: try bool(a[1], interp)) }
                let n = tensor.rank == 0 ? 1 : tensor.shape[try tensor.checkDimPublic(d)]
                return wrap(try Tensor.binary(name == "all" ? .eq : .gt, .tensor(s), .scalar(.int(name == "all" ? n : 0))))
            }
            let s = try GradMode.withNoGrad { asInt.sum() }.item()
            return wrap(Tensor(name == "all" ? (s == Double(tensor.count) ? 1 : 0) : (s > 0 ? 1 : 0), dtype: .bool))
        case "count_nonzero":
            let a = try args.bind(name, ["dim"])
            let truth = try Tensor.binary(.ne, .tensor(tensor), .scalar(.int(0))).to(.int64)
            if let d = try dims(a[0], interp) { return wrap(try GradMode.withNoGrad { try truth.sum(dims: d) }) }
            return wrap(GradMode.withNoGrad { truth.sum() })
        default:
            return nil
        }
    }

    /// `Tensor.norm` / `torch.norm` as `torch.functional.norm` routes it: numbers and `"fro"`
    /// (over at most two dims) to `linalg.vector_norm`, other strings to `linalg.matrix_norm`.
    static func norm(_ t: Tensor, p: Value?, dims: [Int]?, keepdim: Bool, dtype: DType?, _ interp: Interpreter) throws -> Tensor {
        // A missing `p` is "fro"; an explicit None is 2.
        if case .str(let s) = p ?? .str("fro") {
            if s == "fro" && (dims == nil || dims!.count <= 2) {
                return try vectorNorm(t, ord: 2, dims: dims, keepdim: keepdim, dtype: dtype)
            }
            return try matrixNorm(t, ord: .str(s), dims: dims ?? Array(0..<t.rank), keepdim: keepdim, dtype: dtype, interp)
        }
        let ord = try p.flatMap { $0.isNone ? nil : $0 }.map { try interp.toDouble($0) } ?? 2
        return try vectorNorm(t, ord: ord, dims: dims, keepdim: keepdim, dtype: dtype)
    }
}
