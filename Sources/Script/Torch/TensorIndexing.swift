import Engine

/// `t[index]` and `t[index] = value` for tensors: ints, slices, None, `...`, bool masks,
/// integer tensors and lists, through the engine's `index`/`indexPut`.
extension TorchLibrary {
    /// The subscript's items, as the engine reads them.
    static func indexItems(_ index: Value, _ interp: Interpreter) throws -> [IndexItem] {
        var raw: [Value]
        if case .tuple(let parts) = index {
            raw = parts.items
        } else if let parts = sequenceAsTuple(index, interp) {
            raw = parts
        } else {
            raw = [index]
        }
        return try raw.map { item -> IndexItem in
            switch item {
            case .bool(let b):
                return .tensor(Tensor(b ? 1 : 0, dtype: .bool))
            case .int(let i):
                return .int(i)
            case .none:
                return .none
            case .object(is EllipsisObject):
                return .ellipsis
            case .object(let s as PySlice):
                func bound(_ v: Value) throws -> Int? {
                    if v.isNone { return nil }
                    if case .object(let t as TensorObject) = v, t.tensor.count == 1, !t.tensor.dtype.isFloatingPoint {
                        return Int(try t.tensor.item())
                    }
                    return try interp.toInt(v, "slice")
                }
                return .slice(start: try bound(s.lower), end: try bound(s.upper), step: try bound(s.step) ?? 1)
            case .object(let t as TensorObject):
                let tensor = t.tensor
                if tensor.dtype.isFloatingPoint {
                    throw PyError("IndexError", "tensors used as indices must be long, int, byte or bool tensors")
                }
                if tensor.rank == 0 && tensor.dtype.isIntegral { return .int(Int(try tensor.item())) }
                return .tensor(tensor)
            case .list, .tuple, .object(is PyRange):
                // A range is a sequence of ints to torch, like a list (`y_hat[range(n), y]`).
                var sequence = item
                if case .object(is PyRange) = item { sequence = .list(PyList(try interp.collect(item))) }
                let t = try makeTensor(sequence, dtype: nil, requiresGrad: false, interp)
                if t.dtype.isFloatingPoint {
                    throw PyError("IndexError", "tensors used as indices must be long, int, byte or bool tensors")
                }
                return .tensor(t)
            default:
                throw PyError("IndexError", "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(item.typeName))")
            }
        }
    }

    /// PyTorch's (and NumPy's) rule for a list index shorter than 32 items: when an item is a
    /// tensor, a sequence, a slice, `...` or `None`, the list means a tuple of indices (with
    /// PyTorch's deprecation warning); otherwise it is one integer index.
    static func sequenceAsTuple(_ index: Value, _ interp: Interpreter) -> [Value]? {
        guard case .list(let list) = index else { return nil }
        let items = list.items
        guard items.count < 32 else { return nil }
        for item in items {
            switch item {
            case .list, .tuple, .str, .none, .object(is TensorObject), .object(is PySlice), .object(is EllipsisObject):
                interp.warn("UserWarning", "Using a non-tuple sequence for multidimensional indexing is deprecated and will be changed in pytorch 2.9; use x[tuple(seq)] instead of x[seq]. In pytorch 2.9 this will be interpreted as tensor index, x[torch.tensor(seq)], which will result either in an error or a different result (Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/python_variable_indexing.cpp:375.)")
                return items
            default:
                continue
            }
        }
        return nil
    }

    static func getItem(_ t: TensorObject, _ index: Value, _ interp: Interpreter) throws -> Value {
        if case .int(let i) = index {
            let tensor = t.tensor
            let out = try tensor.select(i, dim: 0)
            let row = i < 0 ? i + tensor.shape[0] : i
            out.linkAsView(of: tensor, positions: Array(row * out.count ..< (row + 1) * out.count))
            return wrap(out)
        }
        let tensor = t.tensor, items = try indexItems(index, interp)
        let out = try tensor.index(items)
        // Basic indexing (ints, slices, None, ...) gives a view; advanced indexing a copy.
        if out !== tensor, let positions = try tensor.basicIndexPositions(items) {
            out.linkAsView(of: tensor, positions: positions)
        }
        return wrap(out)
    }

    /// `t[index] = v`: writes into the elements the index selects (broadcasting `v`).
    static func setItem(_ t: TensorObject, _ index: Value, _ v: Value, _ interp: Interpreter) throws {
        let tensor = t.storage
        let items = try indexItems(index, interp)
        if GradMode.isEnabled && tensor.requiresGrad && !t.isDataView, let refusal = try tensor.basicIndexWriteRefusal(items) {
            throw PyError("RuntimeError", refusal)
        }
        let value: TensorOperand
        switch v {
        case .object(let s as TensorObject): value = .tensor(s.tensor)
        case .int(let i): value = .scalar(.int(i))
        case .float(let d): value = .scalar(.double(d))
        case .bool(let b): value = .scalar(.bool(b))
        case .list, .tuple: value = .tensor(try makeTensor(v, dtype: tensor.dtype, requiresGrad: false, interp))
        default:
            throw PyError("TypeError", "can't assign a \(v.typeName) to a \(tensorTypeName(tensor.dtype))")
        }
        try t.mutate { try $0.indexPut(items, value) }
    }

    /// `torch.FloatTensor` and friends, as assignment errors name them.
    static func tensorTypeName(_ d: DType) -> String { "torch.\(d.legacyTensorName)" }
}
