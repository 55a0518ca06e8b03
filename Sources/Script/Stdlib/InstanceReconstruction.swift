/// How `copy.copy` and `copy.deepcopy` remake an instance, as Lib/copy.py's `_reconstruct`
/// does with what `object.__reduce_ex__(4)` gives: a new object of the class made without
/// `__init__` (an exception is called with its `args`, as `BaseException.__reduce__` says),
/// then its state: `__getstate__()` when the class defines it, else the `__dict__` and the
/// slots; handed to `__setstate__` when the class defines it, else stored back. A subclass of
/// a built-in type copies its built-in part too (a `list` subclass's items, an `int`'s value).
struct InstanceReconstruction {
    let interp: Interpreter
    init(_ interp: Interpreter) { self.interp = interp }

    /// The copy of `x`; `deep` is the deep copier and `x`'s memo key for `deepcopy`.
    func rebuild(_ x: PyInstance, deep: (copier: DeepCopier, key: Value)?) throws -> Value {
        func copied(_ v: Value) throws -> Value { try deep.map { try $0.copier.copy(v) } ?? v }
        let y: PyInstance
        switch x {
        case let m as ModuleObject:
            return try TorchCopies.module(m, deep: deep, interp)
        case let o as OrderedDictObject:
            let c = OrderedDictObject([])
            if let deep { try deep.copier.memo.set(deep.key, .object(c)) }
            c.entries = try o.entries.map { ($0.0, try copied($0.1)) }
            y = c
        case let e as PyExceptionObject:
            let args = try e.args.map(copied)
            guard case .object(let made as PyInstance) = try interp.call(.type(e.cls), Arguments(args)) else {
                throw PyError("TypeError", "cannot pickle '\(e.cls.name)' object")
            }
            y = made
        case let b as BuiltinSubclassInstance:
            let value: Value
            switch b.value {
            case .list(let l): value = .list(PyList(try l.items.map(copied)))
            case .dict(let d):
                let c = PyDict()
                c.flavor = d.flavor?.copy()
                for (k, v) in d.pairs { try c.set(try copied(k), try copied(v)) }
                value = .dict(c)
            default: value = try copied(b.value)
            }
            y = BuiltinSubclassInstance(cls: b.cls, value: value)
        default:
            guard type(of: x) == PyInstance.self else { throw CopyModule.cannotPickle(.object(x)) }
            y = try x.cls.nativeFactory?(x.cls, interp, Arguments()) ?? PyInstance(cls: x.cls)
        }
        if let deep, !(x is OrderedDictObject) { try deep.copier.memo.set(deep.key, .object(y)) }
        try restoreState(of: x, into: y, copied)
        return .object(y)
    }

    private func restoreState(of x: PyInstance, into y: PyInstance, _ copied: (Value) throws -> Value) throws {
        if let getState = userMethod(x.cls, "__getstate__") {
            let state = try copied(try interp.callUnbound(getState, self: .object(x), Arguments()))
            if let setState = userMethod(y.cls, "__setstate__") {
                _ = try interp.callUnbound(setState, self: .object(y), Arguments([state]))
            } else if case .dict(let d) = state {
                for (k, v) in d.pairs { try y.dict.set(k, v) }
            }
            return
        }
        let state = PyDict()
        for (k, v) in x.dict.pairs { try state.set(k, v) }
        let copiedState = state.count > 0 ? try copied(.dict(state)) : .dict(state)
        if let setState = userMethod(y.cls, "__setstate__") {
            if state.count > 0 { _ = try interp.callUnbound(setState, self: .object(y), Arguments([copiedState])) }
        } else if state.count > 0 || !x.slotValues.isEmpty, let setState = try setStateFromGetattr(y) {
            // `hasattr(y, '__setstate__')` on the bare copy asked the class's `__getattr__`,
            // which answered: copy.py hands it the state.
            _ = try interp.call(setState, Arguments([copiedState]))
            return
        } else if case .dict(let d) = copiedState {
            for (k, v) in d.pairs { try y.dict.set(k, v) }
        }
        for (i, v) in x.slotValues.enumerated() where i < y.slotValues.count {
            y.slotValues[i] = try v.map(copied)
        }
    }

    /// What Lib/copy.py's `hasattr(y, '__setstate__')` finds on the new, still empty copy
    /// `y` of an instance whose class has a `__getattr__` (which runs then, on an object
    /// without the state it may read: a `__getattr__` reading `self._data` recurses until
    /// RecursionError, as under CPython); nil when it raises AttributeError or the class has
    /// no `__getattr__`.
    private func setStateFromGetattr(_ y: PyInstance) throws -> Value? {
        guard y.cls.isUserDefined, y.cls.lookup(SpecialMethod.getattr) != nil else { return nil }
        do {
            return try interp.getAttributeIfPresent(.object(y), "__setstate__")
        } catch let e as PyError where e.matches("AttributeError", interp) {
            return nil
        }
    }

    /// A method the script's class (or a script base) defines, not a library default.
    private func userMethod(_ cls: PyClass, _ name: String) -> Value? {
        guard let v = cls.lookup(name), case .function = v else { return nil }
        return v
    }
}
