/// `copy`: `copy.copy`, `copy.deepcopy` and `copy.Error`, following CPython 3.11's
/// Lib/copy.py: immutable values are returned as they are, containers are rebuilt, a class's
/// `__copy__`/`__deepcopy__` wins, and other instances are remade without `__init__` from
/// their `__dict__` and slots (`__getstate__`/`__setstate__` when the class defines them).
/// `deepcopy` keeps a memo keyed by `id()` (a real dict a `__deepcopy__(memo)` receives), so
/// shared references stay shared and cycles end. Torch objects copy as torch's do (see
/// `TorchCopies`).
enum CopyModule {
    /// `copy.Error`.
    static let errorClass: PyClass = {
        let c = PyClass("Error", module: "copy", base: Interpreter.exceptionClasses["Exception"])
        c.construct = { _, args in .object(PyExceptionObject(cls: c, args: args.positional)) }
        return c
    }()

    static func install(in m: PyModule) {
        m.attributes["Error"] = .type(errorClass)
        m.attributes["error"] = .type(errorClass)
        m.def("copy") { interp, args in
            let a = try args.bind("copy", ["x"], required: 1)
            return try ShallowCopier(interp).copy(a[0]!)
        }
        m.def("deepcopy") { interp, args in
            let a = try args.bind("deepcopy", ["x", "memo", "_nil"], required: 1)
            let memo: PyDict
            switch a[1] {
            case nil, .none?: memo = PyDict()
            case .dict(let d)?: memo = d
            case let other?: throw PyError("TypeError", "'\(other.typeName)' object does not support item assignment")
            }
            return try DeepCopier(interp, memo: memo).copy(a[0]!)
        }
    }

    /// Whether `v` is one of the values Lib/copy.py returns unchanged (`_copy_immutable`,
    /// `_deepcopy_atomic`): numbers, strings, None, `...`, types, functions, ranges.
    static func isAtomic(_ v: Value) -> Bool {
        switch v {
        case .none, .bool, .int, .float, .str, .function, .builtin, .type: return true
        case .object(let o):
            return o is PyBigInt || o is PyRange || o is EllipsisObject || o is PyCallable && !(o is PyInstance)
        default: return false
        }
    }

    /// CPython's error for an object its pickling protocol refuses (generators, modules…).
    static func cannotPickle(_ v: Value) -> PyError {
        PyError("TypeError", "cannot pickle '\(v.typeName)' object")
    }
}

/// `copy.copy(x)`.
struct ShallowCopier {
    let interp: Interpreter
    init(_ interp: Interpreter) { self.interp = interp }

    func copy(_ x: Value) throws -> Value {
        if CopyModule.isAtomic(x) { return x }
        switch x {
        case .tuple: return x
        case .list(let l): return .list(PyList(l.items))
        case .dict(let d): return .dict(d.copy())
        case .object(let s as PySet): return s.frozen ? x : .object(s.copy())
        case .object(let d as PyDeque):
            let c = PyDeque(maxlen: d.maxlen)
            for v in d.items { c.append(v) }
            return .object(c)
        case .object(let s as PySlice): return .object(PySlice(lower: s.lower, upper: s.upper, step: s.step))
        case .object(let t as TensorObject): return try TorchCopies.shallowTensor(t, interp)
        case .object(let i as PyInstance):
            if let f = interp.special(i, "__copy__") { return try interp.callUnbound(f, self: x, Arguments()) }
            return try InstanceReconstruction(interp).rebuild(i, deep: nil)
        default:
            throw CopyModule.cannotPickle(x)
        }
    }
}

/// `copy.deepcopy(x, memo)`: one copier per top-level call, sharing `memo`.
final class DeepCopier {
    let interp: Interpreter
    /// `id(original)` → copy, as Lib/copy.py's memo (the dict `__deepcopy__` receives).
    let memo: PyDict
    /// Engine tensors (and optimizers) → their copies, so every handle on one tensor and
    /// an optimizer's parameters map to the same copy.
    var engineMemo: [ObjectIdentifier: Value] = [:]

    init(_ interp: Interpreter, memo: PyDict) {
        self.interp = interp
        self.memo = memo
    }

    func copy(_ x: Value) throws -> Value {
        if CopyModule.isAtomic(x) { return x }
        let key = Value.int(try interp.identity(of: x))
        if let done = try memo.get(key) { return done }
        let y = try copyNew(x, key)
        // Lib/copy.py memoizes every copy that is a new object, and keeps the original alive.
        if case .tuple(let a) = x, case .tuple(let b) = y, a === b { return y }
        if !interp.identical(x, y) {
            try memo.set(key, y)
            try keepAlive(x)
        }
        return y
    }

    /// `_keep_alive`: `memo[id(memo)]` lists the originals, as CPython's does.
    private func keepAlive(_ x: Value) throws {
        let key = Value.int(try interp.identity(of: .dict(memo)))
        if case .list(let l)? = try memo.get(key) {
            l.items.append(x)
        } else {
            try memo.set(key, .list(PyList([x])))
        }
    }

    private func copyNew(_ x: Value, _ key: Value) throws -> Value {
        switch x {
        case .list(let l):
            let y = PyList([])
            try memo.set(key, .list(y))
            for v in l.items { y.items.append(try copy(v)) }
            return .list(y)
        case .tuple(let t):
            let items = try t.items.map { try copy($0) }
            // A tuple whose items all copy to themselves is itself (`_deepcopy_tuple`).
            if let done = try memo.get(key) { return done }
            if zip(items, t.items).allSatisfy({ CopyModule.isAtomic($1) || interp.identical($0, $1) }) { return x }
            return .tuple(PyTuple.of(items))
        case .dict(let d):
            let y = PyDict()
            y.flavor = d.flavor?.copy()
            if let factory = d.flavor?.defaultFactory, d.flavor?.kind == .defaultDict {
                y.flavor?.defaultFactory = try copy(factory)
            }
            try memo.set(key, .dict(y))
            for (k, v) in d.pairs { try y.set(try copy(k), try copy(v)) }
            return .dict(y)
        case .object(let s as PySet):
            let y = PySet(frozen: s.frozen)
            if !s.frozen { try memo.set(key, .object(y)) }
            for e in s.table.entries { try y.add(try copy(e.value), interp) }
            return .object(y)
        case .object(let d as PyDeque):
            let y = PyDeque(maxlen: d.maxlen)
            try memo.set(key, .object(y))
            for v in d.items { y.append(try copy(v)) }
            return .object(y)
        case .object(let s as PySlice):
            return .object(PySlice(lower: try copy(s.lower), upper: try copy(s.upper), step: try copy(s.step)))
        case .object(let t as TensorObject):
            return try TorchCopies.deepTensor(t, self)
        case .object(let o as OptimizerObject):
            if let done = engineMemo[ObjectIdentifier(o.optimizer)] { return done }
            return .object(OptimizerObject(Interpreter.copyOptimizer(o.optimizer, &engineMemo)))
        case .object(let i as PyInstance):
            if let f = interp.special(i, "__deepcopy__") {
                return try interp.callUnbound(f, self: x, Arguments([.dict(memo)]))
            }
            return try InstanceReconstruction(interp).rebuild(i, deep: (self, key))
        default:
            throw CopyModule.cannotPickle(x)
        }
    }
}
