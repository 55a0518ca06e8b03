import Engine

/// `copy.copy` and `copy.deepcopy` of torch objects, as torch's `Tensor.__deepcopy__`,
/// `Tensor.__reduce_ex__` and `Module`'s pickled `__dict__` make them.
enum TorchCopies {
    /// `copy.copy(t)`: a new tensor sharing `t`'s elements, with its `requires_grad`
    /// (a Parameter stays one), without its gradient.
    static func shallowTensor(_ t: TensorObject, _ interp: Interpreter) throws -> Value {
        let source = t.tensor
        let out = try TorchLibrary.viewing(source, sameOrder: true, differentiable: false) { $0.detach() }
        if source.requiresGrad && source.isLeaf { try out.setRequiresGrad(true) }
        let copy = TensorObject(out)
        copy.isParameter = t.isParameter
        return .object(copy)
    }

    /// `copy.deepcopy(t)`: a new leaf with a copy of the elements, the same `requires_grad`
    /// and Parameter-ness, and a deep copy of the gradient; torch refuses non-leaves.
    static func deepTensor(_ t: TensorObject, _ copier: DeepCopier) throws -> Value {
        let source = t.tensor
        guard source.isLeaf else {
            throw PyError("RuntimeError", "Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment.  If you were attempting to deepcopy a module, this may be because of a torch.nn.utils.weight_norm usage, see https://github.com/pytorch/pytorch/pull/103001")
        }
        let key = ObjectIdentifier(t.isDataView ? t : source)
        if let done = copier.engineMemo[key] { return done }
        let out = source.detach()
        if source.requiresGrad { try out.setRequiresGrad(true) }
        if let grad = source.grad {
            guard case .object(let g as TensorObject) = try copier.copy(.object(TensorObject(grad))) else { return .none }
            out.grad = g.tensor
        }
        let copy = TensorObject(out)
        copy.isParameter = t.isParameter
        copier.engineMemo[key] = .object(copy)
        if !t.isDataView { copier.engineMemo[ObjectIdentifier(source)] = .object(copy) }
        return .object(copy)
    }

    /// A module's copy: a new module of its class with its `__dict__`, parameters,
    /// submodules and buffers (the same objects for `copy.copy`, deep copies for `deepcopy`,
    /// which memoizes the module first so cycles back to it end).
    static func module(_ m: ModuleObject, deep: (copier: DeepCopier, key: Value)?, _ interp: Interpreter) throws -> Value {
        func copied(_ v: Value) throws -> Value { try deep.map { try $0.copier.copy(v) } ?? v }
        guard let made = try m.cls.nativeFactory?(m.cls, interp, Arguments()) as? ModuleObject else {
            throw CopyModule.cannotPickle(.object(m))
        }
        if let deep { try deep.copier.memo.set(deep.key, .object(made)) }
        made.training = m.training
        made.initialized = m.initialized
        made.extraRepr = m.extraRepr
        for (k, v) in m.dict.pairs { try made.dict.set(k, try copied(v)) }
        for (name, p) in m.parameters {
            guard let p else { made.parameters.append((name, nil)); continue }
            guard case .object(let c as TensorObject) = try copied(.object(p)) else { continue }
            made.parameters.append((name, c))
        }
        for (name, child) in m.children {
            guard let child else { made.children.append((name, nil)); continue }
            guard case .object(let c as ModuleObject) = try copied(.object(child)) else { continue }
            made.children.append((name, c))
        }
        for (name, b, persistent) in m.buffers {
            guard let b else { made.buffers.append((name, nil, persistent)); continue }
            guard case .object(let c as TensorObject) = try copied(.object(b)) else { continue }
            made.buffers.append((name, c, persistent))
        }
        for (i, v) in m.slotValues.enumerated() where i < made.slotValues.count {
            made.slotValues[i] = try v.map(copied)
        }
        return .object(made)
    }
}
