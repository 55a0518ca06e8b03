import Engine

/// One object as `torch.save` stored it: a snapshot that later changes to the saved objects
/// do not reach, as a pickle written to a file is.
///
/// Identity inside one save is kept (the `id`s), as pickle's memo keeps it: a tensor saved
/// twice in one dict loads as one tensor. Immutable values (numbers, strings, dtypes,
/// `torch.Size`) are stored as they are.
indirect enum SavedValue {
    case immutable(Value)
    case tensor(SavedTensorContents, id: Int)
    case list([SavedValue], id: Int)
    case tuple([SavedValue])
    case dict([(key: SavedValue, value: SavedValue)], flavor: DictFlavor.Kind?, id: Int)
    /// A `state_dict()` (Descent's own `OrderedDict` of names to tensors).
    case stateDict([(key: String, value: SavedValue)], id: Int)
    /// Any other object (a whole module, an optimizer…) as `copy.deepcopy` copied it; only
    /// `torch.load(…, weights_only=False)` gives it back. `global` is the class torch's
    /// weights-only unpickler names when it refuses the file (nil for sets, which it loads).
    case copied(Value, global: String?)
}

/// A tensor's saved contents: what `torch.load` rebuilds it from (a leaf, as torch's
/// unpickling makes every tensor; `requires_grad` and Parameter-ness kept, `.grad` not).
struct SavedTensorContents {
    let values: [Double]
    let shape: [Int]
    let dtype: DType
    let requiresGrad: Bool
    let isParameter: Bool
}

extension SavedValue {
    /// The snapshot of `value`, or a Descent `NotImplementedError` naming the first object
    /// the in-memory store cannot hold (modules, optimizers, functions…).
    static func snapshot(_ value: Value, _ interp: Interpreter) throws -> SavedValue {
        var ids: [ObjectIdentifier: Int] = [:]
        func id(_ object: AnyObject) -> Int {
            if let known = ids[ObjectIdentifier(object)] { return known }
            ids[ObjectIdentifier(object)] = ids.count
            return ids.count - 1
        }
        func save(_ v: Value) throws -> SavedValue {
            switch v {
            case .none, .bool, .int, .float, .str: return .immutable(v)
            case .list(let l): return .list(try l.items.map(save), id: id(l))
            case .tuple(let t): return .tuple(try (0..<t.count).map { try save(t[$0]) })
            case .dict(let d):
                if let kind = d.flavor?.kind, kind == .defaultDict { break }
                return .dict(try d.pairs.map { (key: try save($0.0), value: try save($0.1)) }, flavor: d.flavor?.kind, id: id(d))
            case .object(let t as TensorObject):
                let tensor = t.tensor
                let saved = SavedTensorContents(values: tensor.values, shape: tensor.shape, dtype: tensor.dtype,
                                        requiresGrad: tensor.requiresGrad, isParameter: t.isParameter)
                return .tensor(saved, id: id(t.storage))
            case .object(let od as OrderedDictObject):
                return .stateDict(try od.entries.map { (key: $0.0, value: try save($0.1)) }, id: id(od))
            case .object(let o) where o is DTypeObject || o is SizeObject || o is PyBigInt:
                return .immutable(v)
            default: break
            }
            if case .object(let o) = v {
                // torch's weights-only unpickler loads sets, not frozensets
                if let set = o as? PySet { return .copied(try DeepCopier(interp, memo: PyDict()).copy(v), global: set.frozen ? "frozenset" : nil) }
                let cls = o.pyClass
                return .copied(try DeepCopier(interp, memo: PyDict()).copy(v), global: "\(cls.module).\(cls.name)")
            }
            throw PyError("NotImplementedError", "Descent's torch.save keeps tensors, numbers, strings, None, modules and lists, tuples and dicts of them, not '\(v.typeName)' objects")
        }
        return try save(value)
    }

    /// The class torch's weights-only unpickler refuses first, if the snapshot holds one.
    var refusedGlobal: String? {
        switch self {
        case .immutable, .tensor: return nil
        case .copied(_, let global): return global
        case .list(let items, _), .tuple(let items): return items.lazy.compactMap(\.refusedGlobal).first
        case .dict(let pairs, _, _): return pairs.lazy.compactMap { $0.key.refusedGlobal ?? $0.value.refusedGlobal }.first
        case .stateDict(let entries, _): return entries.lazy.compactMap(\.value.refusedGlobal).first
        }
    }

    /// New objects made from the snapshot (each load gives its own, as unpickling does).
    func restore(_ interp: Interpreter) throws -> Value {
        var made: [Int: Value] = [:]
        func load(_ s: SavedValue) throws -> Value {
            switch s {
            case .immutable(let v): return v
            case .copied(let v, _): return try DeepCopier(interp, memo: PyDict()).copy(v)
            case .tuple(let items): return .tuple(PyTuple.of(try items.map(load)))
            case .list(let items, let id):
                if let done = made[id] { return done }
                let list = PyList([])
                made[id] = .list(list)
                list.items = try items.map(load)
                return .list(list)
            case .dict(let pairs, let flavor, let id):
                if let done = made[id] { return done }
                let dict = PyDict()
                if let flavor { dict.flavor = DictFlavor(flavor) }
                made[id] = .dict(dict)
                for pair in pairs { try dict.set(try load(pair.key), try load(pair.value)) }
                return .dict(dict)
            case .stateDict(let entries, let id):
                if let done = made[id] { return done }
                let od = OrderedDictObject([])
                made[id] = .object(od)
                od.entries = try entries.map { ($0.key, try load($0.value)) }
                return .object(od)
            case .tensor(let saved, let id):
                if let done = made[id] { return done }
                let tensor = try Tensor(saved.values, shape: saved.shape, dtype: saved.dtype)
                if saved.requiresGrad { try tensor.setRequiresGrad(true) }
                let object = TensorObject(tensor)
                if saved.isParameter { object.isParameter = true }
                made[id] = .object(object)
                return .object(object)
            }
        }
        return try load(self)
    }
}
