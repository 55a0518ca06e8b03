import Engine

/// Tensor methods that rearrange elements: `view`/`reshape`, `flatten`, `unsqueeze`/`squeeze`,
/// `t`/`transpose`/`permute`, `expand`, `repeat`, `split`/`chunk`, products (`mm`, `matmul`…).
extension TorchLibrary {
    static let shapeMethodNames = [
        "view", "reshape", "view_as", "reshape_as", "flatten", "unsqueeze", "squeeze", "t", "transpose", "permute",
        "expand", "expand_as", "repeat", "repeat_interleave", "split", "chunk", "contiguous", "is_contiguous", "stride", "storage_offset", "matmul", "mm", "bmm", "mv",
        "dot", "outer", "unbind", "index_select", "flip", "narrow", "masked_fill", "masked_fill_", "nonzero", "gather",
    ]

    static func shapeMethod(_ t: TensorObject, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value? {
        let tensor = t.tensor
        switch name {
        case "view", "reshape":
            if name == "view", args.positional.count == 1, case .object(let d as DTypeObject) = args.positional[0] {
                guard d.dtype == tensor.dtype else {
                    throw PyError("RuntimeError", "view(dtype) between different element sizes is not supported in the script language")
                }
                return .object(t)
            }
            return wrap(try reshaping(tensor, try sizes(args, name, interp, keyword: "shape"), view: name == "view"))
        case "view_as", "reshape_as":
            let a = try args.bind(name, ["other"], required: 1)
            return wrap(try reshaping(tensor, try TorchLibrary.tensor(a[0]!, "other").shape, view: name == "view_as"))
        case "flatten":
            let a = try args.bind("flatten", ["start_dim", "end_dim"])
            let (start, end) = (try int(a[0], interp, "flatten") ?? 0, try int(a[1], interp, "flatten") ?? -1)
            if !tensor.isContiguous { return wrap(try tensor.flatten(startDim: start, endDim: end)) }
            return wrap(try viewing(tensor, sameOrder: true) { try $0.flatten(startDim: start, endDim: end) })
        case "unsqueeze":
            let a = try args.bind("unsqueeze", ["dim"], required: 1)
            let dim = try interp.toInt(a[0]!, "unsqueeze")
            return wrap(try viewing(tensor, sameOrder: true) { try $0.unsqueezeChecked(dim) })
        case "squeeze":
            let a = try args.bind("squeeze", ["dim"])
            guard let d = try dims(a[0], interp) else { return wrap(try viewing(tensor, sameOrder: true) { try $0.squeeze() }) }
            return wrap(try viewing(tensor, sameOrder: true) { base in
                var out = base
                for dim in d.sorted(by: >) { out = try out.squeeze(dim) }
                return out
            })
        case "t":
            _ = try args.positionalOnly("t", 0...0)
            return wrap(try viewing(tensor) { try $0.t() })
        case "transpose":
            let a = try args.bind("transpose", ["dim0", "dim1"], required: 2)
            let (d0, d1) = (try interp.toInt(a[0]!, "transpose"), try interp.toInt(a[1]!, "transpose"))
            return wrap(try viewing(tensor) { try $0.transpose(d0, d1) })
        case "permute":
            let order = try sizes(args, "permute", interp, keyword: "dims")
            return wrap(try viewing(tensor) { try $0.permute(order) })
        case "expand":
            let shape = try sizes(args, "expand", interp)
            return wrap(try viewing(tensor) { try $0.expand(shape) })
        case "expand_as":
            let a = try args.bind("expand_as", ["other"], required: 1)
            let shape = try TorchLibrary.tensor(a[0]!, "other").shape
            return wrap(try viewing(tensor) { try $0.expand(shape) })
        case "repeat":
            return wrap(try tensor.repeated(try sizes(args, "repeat", interp, keyword: "repeats")))
        case "repeat_interleave":
            let a = try args.bind("repeat_interleave", ["repeats", "dim", "output_size"], required: 1)
            let repeats: [Int]
            if case .object(let r as TensorObject) = a[0]! { repeats = r.tensor.values.map { Int($0) } } else {
                repeats = [try interp.toInt(a[0]!, "repeat_interleave")]
                let dim = try int(a[1], interp, "repeat_interleave")
                if repeats[0] >= 0, tensor.rank > 0 || dim == nil {
                    // an int count: ATen's unsqueeze, expand, clone, flatten (`ViewBackward0`)
                    let input = dim == nil ? try tensor.flatten() : tensor
                    let d = try input.checkDimPublic(dim ?? 0)
                    var sizes = input.shape
                    sizes.insert(repeats[0], at: d + 1)
                    let expanded = try input.unsqueeze(d + 1).expand(sizes).clone()
                    return wrap(try expanded.flatten(startDim: d, endDim: d + 1))
                }
            }
            return wrap(try tensor.repeatInterleave(repeats, dim: try int(a[1], interp, "repeat_interleave")))
        case "split":
            let a = try args.bind("split", ["split_size", "dim"], required: 1)
            let dim = try int(a[1], interp, "split") ?? 0
            let parts: [Tensor]
            if case .int = a[0]! {
                let sizes = try tensor.splitSizes(try interp.toInt(a[0]!, "split"), dim: dim)
                parts = try viewingParts(tensor) { try $0.split(sizes: sizes, dim: dim, withSizes: false) }
            } else {
                let sizes = try shape(a[0]!, interp)
                parts = try viewingParts(tensor) { try $0.split(sizes: sizes, dim: dim, withSizes: true) }
            }
            return .tuple(PyTuple.of(parts.map(wrap)))
        case "chunk":
            let a = try args.bind("chunk", ["chunks", "dim"], required: 1)
            let dim = try int(a[1], interp, "chunk") ?? 0
            let sizes = try tensor.chunkSizes(try interp.toInt(a[0]!, "chunk"), dim: dim)
            let parts = try viewingParts(tensor) { try $0.split(sizes: sizes, dim: dim, withSizes: false) }
            return .tuple(PyTuple.of(parts.map(wrap)))
        case "unbind":
            let a = try args.bind("unbind", ["dim"])
            let dim = try int(a[0], interp, "unbind") ?? 0
            let parts = try viewingParts(tensor) { try $0.unbind(dim: dim) }
            return .tuple(PyTuple.of(parts.map(wrap)))
        case "contiguous":
            return tensor.isContiguous ? .object(t) : wrap(tensor.clone())
        case "is_contiguous":
            _ = try args.bind("is_contiguous", ["memory_format"])
            return .bool(tensor.isContiguous)
        case "stride":
            let a = try args.bind("stride", ["dim"])
            let strides = tensor.reportedStrides
            guard let dim = try int(a[0], interp, "stride") else { return .tuple(PyTuple.of(strides.map { .int($0) })) }
            return .int(strides[try tensor.checkDimPublic(dim)])
        case "storage_offset":
            _ = try args.positionalOnly("storage_offset", 0...0)
            return .int(tensor.storageOffset)
        case "gather":
            let a = try args.bind("gather", ["dim", "index", "sparse_grad"], required: 2)
            guard case .object(let index as TensorObject) = a[1]! else {
                throw PyError("TypeError", "gather(): argument 'index' (position 2) must be Tensor, not \(a[1]!.typeName)")
            }
            return wrap(try tensor.gather(dim: try interp.toInt(a[0]!, "gather"), index: index.tensor))
        case "index_select":
            let a = try args.bind("index_select", ["dim", "index"], required: 2)
            let index = try TorchLibrary.tensor(a[1]!, "index")
            return wrap(try tensor.indexSelect(try interp.toInt(a[0]!, "index_select"), index.values.map { Int($0) }))
        case "flip":
            return wrap(try tensor.flip(try sizes(args, "flip", interp, keyword: "dims")))
        case "narrow":
            let a = try args.bind("narrow", ["dim", "start", "length"], required: 3)
            let dim = try tensor.checkDimPublic(try interp.toInt(a[0]!, "narrow"))
            let start = try interp.toInt(a[1]!, "narrow"), length = try interp.toInt(a[2]!, "narrow")
            return wrap(try viewing(tensor) { try $0.slice(start: start, end: start + length, dim: dim) })
        case "masked_fill", "masked_fill_":
            let a = try args.bind(name, ["mask", "value"], required: 2)
            let mask = try TorchLibrary.tensor(a[0]!, "mask")
            guard let value = operand(a[1]!) else { throw PyError("TypeError", "masked_fill() received an invalid combination of arguments") }
            if name == "masked_fill_" {
                try t.mutate { try $0.indexPut([.tensor(mask.expandedPublic(to: $0.shape))], value) }
                return .object(t)
            }
            let base = tensor.clone()
            try base.indexPut([.tensor(try mask.expandedPublic(to: tensor.shape))], value)
            return wrap(base)
        case "nonzero":
            _ = try args.bind("nonzero", ["as_tuple"])
            return wrap(tensor.nonzero())
        case "matmul", "mm", "bmm", "mv", "dot", "outer":
            let a = try args.bind(name, ["other"], required: 1)
            return wrap(try product(name, tensor, try TorchLibrary.tensor(a[0]!, name == "mm" || name == "bmm" ? "mat2" : "other")))
        default:
            return nil
        }
    }

    /// `a.name(b)` for the matrix products.
    static func product(_ name: String, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        switch name {
        case "mm": return try a.mm(b)
        case "bmm": return try a.bmm(b)
        case "mv": return try a.mv(b)
        case "dot": return try a.dot(b)
        case "outer": return try a.outer(b)
        default: return try a.matmul(b)
        }
    }
}
