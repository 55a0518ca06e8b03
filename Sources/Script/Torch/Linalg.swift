import Engine

/// `torch.linalg`: `vector_norm`, `matrix_norm` (orders `fro`, `nuc`, ±1, ±2, ±inf),
/// `norm` and `svdvals`, routed as torch's `LinearAlgebra.cpp` routes them.
extension TorchLibrary {
    static func installLinalg(_ torch: PyModule) {
        let linalg = PyModule("torch.linalg", file: "/opt/torchenv/lib/python3.11/site-packages/torch/linalg/__init__.py")
        func fn(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
            linalg.attributes[name] = .builtin(PyBuiltin(name, body))
        }
        fn("vector_norm") { interp, args in
            let a = try args.bind("vector_norm", ["x", "ord", "dim", "keepdim", "dtype", "out"], required: 1)
            let x = try tensor(a[0]!, "x")
            let ord = try a[1].flatMap { $0.isNone ? nil : $0 }.map { try interp.toDouble($0) } ?? 2
            return wrap(try vectorNorm(x, ord: ord, dims: try dims(a[2], interp), keepdim: try bool(a[3], interp), dtype: try dtype(a[4])))
        }
        fn("matrix_norm") { interp, args in
            let a = try args.bind("matrix_norm", ["A", "ord", "dim", "keepdim", "dtype", "out"], required: 1)
            let x = try tensor(a[0]!, "A")
            let ord = a[1].flatMap { $0.isNone ? nil : $0 } ?? .str("fro")
            return wrap(try matrixNorm(x, ord: ord, dims: try dims(a[2], interp) ?? [-2, -1], keepdim: try bool(a[3], interp),
                                       dtype: try dtype(a[4]), interp))
        }
        fn("norm") { interp, args in
            let a = try args.bind("norm", ["A", "ord", "dim", "keepdim", "out", "dtype"], required: 1)
            let x = try tensor(a[0]!, "A")
            let ord = a[1].flatMap { $0.isNone ? nil : $0 }
            let d = try dims(a[2], interp), keep = try bool(a[3], interp), dt = try dtype(a[5])
            if let d {
                guard d.count == 1 || d.count == 2 else {
                    throw PyError("RuntimeError", "linalg.norm: If dim is specified, it must be of length 1 or 2. Got \(d)")
                }
            } else if ord != nil && x.rank != 1 && x.rank != 2 {
                throw PyError("RuntimeError", "linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got \(x.rank)D.")
            }
            if let ord, case .str = ord {
                return wrap(try matrixNorm(x, ord: ord, dims: d ?? [0, 1], keepdim: keep, dtype: dt, interp))
            }
            if let ord, d?.count == 2 || (d == nil && x.rank == 2) {
                return wrap(try matrixNorm(x, ord: ord, dims: d ?? [0, 1], keepdim: keep, dtype: dt, interp))
            }
            let p = try ord.map { try interp.toDouble($0) } ?? 2
            return wrap(try vectorNorm(x, ord: p, dims: d, keepdim: keep, dtype: dt))
        }
        fn("svdvals") { _, args in
            let a = try args.bind("svdvals", ["A", "driver", "out"], required: 1)
            return wrap(try tensor(a[0]!, "A").svdvals())
        }
        torch.attributes["linalg"] = .object(linalg)
    }

    /// `linalg.vector_norm`: the input converted to `dtype` first, as `make_reduction` does.
    static func vectorNorm(_ t: Tensor, ord: Double, dims: [Int]?, keepdim: Bool, dtype: DType?) throws -> Tensor {
        var input = t
        if let dtype {
            guard dtype.isFloatingPoint else {
                throw PyError("RuntimeError", "linalg.vector_norm: dtype should be floating point or complex, but got \(dtype.scalarTypeName)")
            }
            input = t.to(dtype)
        }
        return try input.vectorNorm(ord, dims: dims, keepdim: keepdim)
    }

    /// `linalg.matrix_norm` for `fro` (a vector 2-norm over both dims) and ±1/±inf (a
    /// vector 1-norm over one dim, then `amax`/`amin` over the other).
    static func matrixNorm(_ t: Tensor, ord: Value, dims: [Int], keepdim: Bool, dtype: DType?, _ interp: Interpreter) throws -> Tensor {
        let order: String
        var p = 0.0
        if case .str(let s) = ord {
            guard s == "fro" || s == "nuc" else { throw PyError("RuntimeError", "linalg.matrix_norm: Order \(s) not supported.") }
            order = s
        } else {
            p = try interp.toDouble(ord)
            guard [1, 2, .infinity].contains(Swift.abs(p)) else {
                throw PyError("RuntimeError", "linalg.matrix_norm: Order \(Tensor.formatOrderPublic(p)) not supported.")
            }
            order = Tensor.formatOrderPublic(p)
        }
        guard t.rank >= 2 else {
            throw PyError("RuntimeError", "linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
        }
        guard dims.count == 2 else {
            throw PyError("RuntimeError", "linalg.matrix_norm: dim must be a 2-tuple. Got \(dims.map(String.init).joined(separator: " "))")
        }
        var d = try dims.map { try t.checkDimPublic($0) }
        guard d[0] != d[1] else {
            throw PyError("RuntimeError", "linalg.matrix_norm: dims must be different. Got (\(d[0]), \(d[1]))")
        }
        if order == "fro" { return try vectorNorm(t, ord: 2, dims: d, keepdim: keepdim, dtype: dtype) }
        if order == "nuc" || Swift.abs(p) == 2 {
            // As torch's `matrix_norm`: the two dims moved last, `svdvals`, then `sum`
            // (nuclear) or `amax`/`amin` (±2) over the singular values.
            var input = t
            if let dtype {
                guard dtype.isFloatingPoint else {
                    throw PyError("RuntimeError", "linalg.matrix_norm: dtype should be floating point or complex, but got \(dtype.scalarTypeName)")
                }
                input = t.to(dtype)
            }
            let rest = (0..<t.rank).filter { !d.contains($0) }
            if d != [t.rank - 2, t.rank - 1] { input = try input.permute(rest + d) }
            let sv = try input.svdvals()
            var out = order == "nuc" ? try sv.sum(dims: [-1]) : try sv.amax(dims: [-1], keepdim: false, max: p > 0)
            if keepdim { for dim in d.sorted() { out = out.unsqueeze(dim) } }
            return out
        }
        if Swift.abs(p) == .infinity { d.swapAt(0, 1) }
        if !keepdim && d[0] < d[1] { d[1] -= 1 }
        let rows = try vectorNorm(t, ord: 1, dims: [d[0]], keepdim: keepdim, dtype: dtype)
        return try rows.amax(dims: [d[1]], keepdim: keepdim, max: p > 0)
    }
}
