import Engine

/// Tensor methods that move elements to other places: `tril`/`triu` (and their in-place
/// forms), `diag`, the view `diagonal`, `diag_embed`, `fliplr`/`flipud`, `roll`, the views `swapaxes`/`swapdims`, `movedim`/`moveaxis` and
/// `unflatten`, and `index_add`/`index_add_`.
extension TorchLibrary {
    static let arrangeMethodNames = [
        "tril", "triu", "tril_", "triu_", "diag", "diagonal", "diag_embed", "fliplr", "flipud", "roll", "swapaxes", "swapdims", "movedim", "moveaxis", "unflatten",
        "index_add", "index_add_",
    ]

    static func arrangeMethod(_ t: TensorObject, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value? {
        let tensor = t.tensor
        switch name {
        case "tril", "triu", "tril_", "triu_":
            let a = try args.bind(name, ["diagonal"])
            let k = try int(a[0], interp, name) ?? 0, upper = name.hasPrefix("triu")
            if name.hasSuffix("_") {
                try t.mutate { try $0.applyTriangle(diagonal: k, upper: upper) }
                return .object(t)
            }
            return wrap(try tensor.triangle(diagonal: k, upper: upper))
        case "diag":
            let a = try args.bind("diag", ["diagonal"])
            return wrap(try tensor.diag(try int(a[0], interp, name) ?? 0))
        case "diagonal":
            let a = try args.bind("diagonal", ["offset", "dim1", "dim2"])
            let offset = try int(a[0], interp, name) ?? 0
            let (d1, d2) = (try int(a[1], interp, name) ?? 0, try int(a[2], interp, name) ?? 1)
            return wrap(try viewing(tensor) { try $0.diagonal(offset: offset, dim1: d1, dim2: d2) })
        case "diag_embed":
            let a = try args.bind("diag_embed", ["offset", "dim1", "dim2"])
            return wrap(try tensor.diagEmbed(offset: try int(a[0], interp, name) ?? 0, dim1: try int(a[1], interp, name) ?? -2,
                                             dim2: try int(a[2], interp, name) ?? -1))
        case "fliplr", "flipud":
            _ = try args.positionalOnly(name, 0...0)
            let lr = name == "fliplr"
            guard tensor.rank >= (lr ? 2 : 1) else { throw PyError("RuntimeError", "Input must be >= \(lr ? 2 : 1)-d.") }
            return try shapeMethod(t, "flip", Arguments([.int(lr ? 1 : 0)]), interp)
        case "roll":
            let a = try args.bind("roll", ["shifts", "dims"], required: 1)
            let shifts = try dims(a[0], interp) ?? []
            return wrap(try tensor.roll(shifts: shifts, dims: try dims(a[1], interp) ?? []))
        case "swapaxes", "swapdims":
            let keys = name == "swapaxes" ? ["axis0", "axis1"] : ["dim0", "dim1"]
            let a = try args.bind(name, keys, required: 2)
            let (d0, d1) = (try interp.toInt(a[0]!, name), try interp.toInt(a[1]!, name))
            return wrap(try viewing(tensor) { try $0.transpose(d0, d1) })
        case "movedim", "moveaxis":
            let a = try args.bind(name, ["source", "destination"], required: 2)
            let order = try movedOrder(tensor.rank, try dims(a[0], interp) ?? [], try dims(a[1], interp) ?? [])
            return wrap(try viewing(tensor) { try $0.permute(order) })
        case "unflatten":
            let a = try args.bind("unflatten", ["dim", "sizes"], required: 2)
            let d = try tensor.checkDimPublic(try interp.toInt(a[0]!, "unflatten"))
            let sizes = try shape(a[1]!, interp)
            return wrap(try reshaping(tensor, try unflattenedShape(tensor.shape, d, sizes), view: true))
        case "index_add", "index_add_":
            let a = try args.bind(name, ["dim", "index", "source", "alpha"], required: 3)
            let dim = try interp.toInt(a[0]!, name)
            let index = try TorchLibrary.tensor(a[1]!, "index"), source = try TorchLibrary.tensor(a[2]!, "source")
            let alpha = try a[3].map { try interp.toDouble($0) } ?? 1
            if name == "index_add_" {
                try t.mutate { try $0.applyIndexAdd(dim: dim, index: index, source: source, alpha: alpha) }
                return .object(t)
            }
            return wrap(try tensor.indexAdd(dim: dim, index: index, source: source, alpha: alpha))
        default:
            return nil
        }
    }

    /// The permutation `movedim(source, destination)` applies: each source dim at its
    /// destination, the other dims in their order in the remaining places.
    static func movedOrder(_ rank: Int, _ source: [Int], _ destination: [Int]) throws -> [Int] {
        func list(_ d: [Int]) -> String { "[\(d.map(String.init).joined(separator: ", "))]" }
        guard source.count == destination.count else {
            throw PyError("RuntimeError", "movedim: Invalid source or destination dims: source (\(list(source)) dims) should contain the same number of dims as destination (\(list(destination)) dims)")
        }
        let n = Swift.max(rank, 1)
        func wrap(_ d: Int) throws -> Int {
            guard d >= -n && d < n else {
                throw PyError("IndexError", "Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(d))")
            }
            return d < 0 ? d + n : d
        }
        let src = try source.map(wrap), dst = try destination.map(wrap)
        if Set(src).count != src.count { throw PyError("RuntimeError", "movedim: repeated dim in `source` (\(list(source)))") }
        if Set(dst).count != dst.count { throw PyError("RuntimeError", "movedim: repeated dim in `destination` (\(list(destination)))") }
        var order = [Int](repeating: -1, count: rank)
        for (s, d) in zip(src, dst) { order[d] = s }
        var rest = (0..<rank).filter { !src.contains($0) }.makeIterator()
        for i in 0..<rank where order[i] < 0 { order[i] = rest.next()! }
        return order
    }

    /// The shape `unflatten(dim, sizes)` gives, one `-1` inferred, with torch's errors.
    static func unflattenedShape(_ shape: [Int], _ d: Int, _ sizes: [Int]) throws -> [Int] {
        func list(_ s: [Int]) -> String { "[\(s.map(String.init).joined(separator: ", "))]" }
        guard !sizes.isEmpty else { throw PyError("RuntimeError", "unflatten: sizes must be non-empty") }
        var sizes = sizes
        let size = shape.isEmpty ? 1 : shape[d]
        if let unknown = sizes.firstIndex(of: -1) {
            let known = sizes.enumerated().filter { $0.offset != unknown }.reduce(1) { $0 * $1.element }
            guard known != 0, size % known == 0 else {
                throw PyError("RuntimeError", "unflatten: Provided sizes \(list(sizes)) don't multiply up to the size of dim \(d) (\(size)) in the input tensor")
            }
            sizes[unknown] = size / known
        }
        guard sizes.reduce(1, *) == size else {
            throw PyError("RuntimeError", "unflatten: Provided sizes \(list(sizes)) don't multiply up to the size of dim \(d) (\(size)) in the input tensor")
        }
        return Array(shape[..<d]) + sizes + Array(shape[(d + 1)...])
    }
}
