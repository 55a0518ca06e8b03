import Engine

/// `torch.utils.data`: `Dataset` (subclassable), `TensorDataset`, `Subset`, `DataLoader`
/// (shuffling drawn from torch's generators as PyTorch draws them) and `random_split`.
enum DataLibrary {
    static func method(_ c: PyClass, _ name: String, _ body: @escaping (Interpreter, PyInstance, Arguments) throws -> Value) {
        c.attributes[name] = .builtin(PyBuiltin.method(name) { interp, receiver, args in
            guard case .object(let i as PyInstance) = receiver else { throw PyError("TypeError", "\(name) needs an instance") }
            return try body(interp, i, args)
        })
    }

    static let datasetClass: PyClass = {
        let c = PyClass("Dataset", module: "torch.utils.data.dataset")
        c.instanceFactory = { cls, _, _ in PyInstance(cls: cls) }
        c.construct = { interp, args in try interp.instantiate(c, args) }
        method(c, "__getitem__") { _, _, _ in
            throw PyError("NotImplementedError", "Subclasses of Dataset should implement __getitem__.")
        }
        return c
    }()

    /// A library dataset class whose instances keep their state in `__dict__`.
    static func datasetSubclass(_ name: String, _ initialize: @escaping (Interpreter, PyInstance, Arguments) throws -> Void) -> PyClass {
        let c = PyClass(name, module: "torch.utils.data.dataset", base: datasetClass)
        c.construct = { interp, args in try interp.instantiate(c, args) }
        method(c, "__init__") { interp, i, args in try initialize(interp, i, args); return .none }
        return c
    }

    static let tensorDatasetClass: PyClass = {
        let c = datasetSubclass("TensorDataset") { interp, i, args in
            let tensors = try args.positional.map { try TorchLibrary.tensor($0, "tensors") }
            if let first = tensors.first {
                guard tensors.allSatisfy({ $0.shape.first == first.shape.first }) else {
                    throw PyError("AssertionError", "Size mismatch between tensors")
                }
            }
            try i.dict.set(.str("tensors"), .tuple(PyTuple.build(count: args.positional.count) { args.positional[$0] }))
        }
        method(c, "__getitem__") { interp, i, args in
            let tensors = try interp.collect(i.dict.get("tensors") ?? .tuple(PyTuple.build(count: 0) { _ in .none }))
            let key = args.positional.first ?? .none
            let items = try tensors.map { try interp.getItem($0, key) }
            return .tuple(PyTuple.build(count: items.count) { items[$0] })
        }
        method(c, "__len__") { interp, i, _ in
            let tensors = try interp.collect(i.dict.get("tensors") ?? .none)
            guard let first = tensors.first else { return .int(0) }
            return .int(try TorchLibrary.tensor(first).shape.first ?? 0)
        }
        return c
    }()

    static let subsetClass: PyClass = {
        let c = datasetSubclass("Subset") { _, i, args in
            let a = try args.bind("Subset", ["dataset", "indices"], required: 2)
            try i.dict.set(.str("dataset"), a[0]!)
            try i.dict.set(.str("indices"), a[1]!)
        }
        method(c, "__getitem__") { interp, i, args in
            let indices = i.dict.get("indices") ?? .none
            let key = args.positional.first ?? .none
            if case .list = key {
                return .list(PyList(try interp.collect(key).map { try interp.getItem(i.dict.get("dataset") ?? .none, try interp.getItem(indices, $0)) }))
            }
            return try interp.getItem(i.dict.get("dataset") ?? .none, try interp.getItem(indices, key))
        }
        method(c, "__len__") { interp, i, _ in .int(try interp.length(i.dict.get("indices") ?? .none)) }
        return c
    }()

    static func install(torch: PyModule, interp: Interpreter) {
        let utils = PyModule("torch.utils", file: "/opt/torchenv/lib/python3.11/site-packages/torch/utils/__init__.py")
        let data = PyModule("torch.utils.data", file: "/opt/torchenv/lib/python3.11/site-packages/torch/utils/data/__init__.py")
        utils.attributes["data"] = .object(data)
        torch.attributes["utils"] = .object(utils)
        data.attributes["Dataset"] = .type(datasetClass)
        data.attributes["TensorDataset"] = .type(tensorDatasetClass)
        data.attributes["Subset"] = .type(subsetClass)
        data.attributes["DataLoader"] = .type(DataLoaderObject.loaderClass)
        data.attributes["default_collate"] = .builtin(PyBuiltin("default_collate") { interp, args in
            let a = try args.positionalOnly("default_collate", 1...1)
            return try collate(try interp.collect(a[0]), interp)
        })
        data.attributes["random_split"] = .builtin(PyBuiltin("random_split") { interp, args in
            let a = try args.bind("random_split", ["dataset", "lengths", "generator"], required: 2)
            return try randomSplit(a[0]!, a[1]!, try TorchLibrary.generator(a[2], "random_split", interp), interp)
        })
        interp.modules["torch.utils"] = .object(utils)
        interp.modules["torch.utils.data"] = .object(data)
    }

    /// `random_split`: lengths or fractions (floored, the remainder spread round-robin), then
    /// one `randperm` of the whole length cut into `Subset`s.
    static func randomSplit(_ dataset: Value, _ lengthsValue: Value, _ g: Generator, _ interp: Interpreter) throws -> Value {
        let total = try interp.length(dataset)
        let given = try interp.collect(lengthsValue)
        var lengths: [Int]
        let fractions = try given.map { try interp.toDouble($0) }
        let sum = fractions.reduce(0, +)
        if Swift.abs(sum - 1) <= 1e-9 * max(1, Swift.abs(sum)) && sum <= 1 {
            lengths = []
            for (i, f) in fractions.enumerated() {
                guard f >= 0 && f <= 1 else { throw PyError("ValueError", "Fraction at index \(i) is not between 0 and 1") }
                lengths.append(Int((Double(total) * f).rounded(.down)))
            }
            let remainder = total - lengths.reduce(0, +)
            for i in 0..<remainder { lengths[i % lengths.count] += 1 }
            // torch warns with stacklevel=2: at the line that called random_split.
            for (i, n) in lengths.enumerated() where n == 0 {
                interp.warn("UserWarning", "Length of split at index \(i) is 0. This might result in an empty dataset.")
            }
        } else {
            // torch compares the plain sum first: lengths summing to the length as floats
            // pass, and fail later as slice bounds.
            guard sum == Double(total) else {
                throw PyError("ValueError", "Sum of input lengths does not equal the length of the input dataset!")
            }
            lengths = try given.map { v in
                switch v {
                case .int(let n): return n
                case .bool(let b): return b ? 1 : 0
                default: throw PyError("TypeError", "slice indices must be integers or None or have an __index__ method")
                }
            }
        }
        guard lengths.reduce(0, +) == total else {
            throw PyError("ValueError", "Sum of input lengths does not equal the length of the input dataset!")
        }
        let perm = g.permutation(total).map { Value.int(Int($0)) }
        var offset = 0
        var subsets: [Value] = []
        for n in lengths {
            // `indices[offset - length : offset]` with Python's slice bounds: a negative
            // length (torch does not refuse one) counts from the end, and bounds clamp.
            offset += n
            func bound(_ i: Int) -> Int { i < 0 ? Swift.max(0, i + total) : Swift.min(i, total) }
            let lo = bound(offset - n), hi = bound(offset)
            let part = lo < hi ? Array(perm[lo..<hi]) : []
            subsets.append(try interp.instantiate(subsetClass, Arguments([dataset, .list(PyList(part))])))
        }
        return .list(PyList(subsets))
    }

    /// `default_collate`: tensors stacked, ints as an int64 tensor, floats as float64, bools as
    /// bool, tuples and lists transposed into a list, dicts per key, strings kept in a list.
    static func collate(_ batch: [Value], _ interp: Interpreter) throws -> Value {
        guard let first = batch.first else { return .list(PyList([])) }
        switch first {
        case .object(is TensorObject):
            return TorchLibrary.wrap(try Tensor.stack(try batch.map { try TorchLibrary.tensor($0) }))
        case .bool:
            return TorchLibrary.wrap(try Tensor(try batch.map { try interp.truthy($0) ? 1 : 0 }, shape: [batch.count], dtype: .bool))
        case .int:
            return TorchLibrary.wrap(try Tensor(try batch.map { try interp.toDouble($0) }, shape: [batch.count], dtype: .int64))
        case .float:
            return TorchLibrary.wrap(try Tensor(try batch.map { try interp.toDouble($0) }, shape: [batch.count], dtype: .float64))
        case .str:
            return .list(PyList(batch))
        case .dict(let d):
            let out = PyDict()
            for key in d.keys {
                try out.set(key, try collate(try batch.map { try interp.getItem($0, key) }, interp))
            }
            return .dict(out)
        case .tuple, .list:
            let rows = try batch.map { try interp.collect($0) }
            let width = rows[0].count
            guard rows.allSatisfy({ $0.count == width }) else {
                throw PyError("RuntimeError", "each element in list of batch should be of equal size")
            }
            return .list(PyList(try (0..<width).map { k in try collate(rows.map { $0[k] }, interp) }))
        default:
            throw PyError("TypeError", "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found <class '\(first.typeName)'>")
        }
    }
}
