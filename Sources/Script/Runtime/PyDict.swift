/// A dictionary key as Python hashes it: equal numbers are one key (`1`, `1.0`, `True`).
enum HashKey: Hashable {
    case none
    case int(Int)
    case float(Double)
    case str(String)
    /// A tuple's item keys in prefix order, flattened so that keys never nest: an item that is
    /// itself a tuple appears as `.nested(count)` followed by its own items. Making, hashing,
    /// comparing and freeing a key thus loop instead of recursing, however deep the tuple.
    case tuple([HashKey])
    /// Inside a flattened `.tuple`: the next `count` item subtrees form one nested tuple.
    case nested(count: Int)
    case identity(ObjectIdentifier)
    /// A frozenset: its items' keys, with their hash computed once.
    case frozenset(FrozenSetKey)
    /// An instance whose class defines `__hash__`: its hash, and the instance for `__eq__`.
    case custom(Int, InstanceKey)

    /// The key for `value`, or a TypeError for unhashable values.
    init(_ value: Value) throws {
        if let i = HashKey.plainScriptInstance(value) {
            self = try HashKey(userInstance: i)
            return
        }
        switch value {
        case .tuple(let t):
            var flat: [HashKey] = []
            flat.reserveCapacity(t.count)
            for item in t { try HashKey.append(item, to: &flat) }
            self = .tuple(flat)
        case .object(let s as SizeObject):
            self = .tuple(s.sizes.map { .int($0) })
        default:
            self = try HashKey(scalar: value)
        }
    }

    /// Appends the flattened key of one tuple item, walking nested tuples with a stack.
    private static func append(_ item: Value, to flat: inout [HashKey]) throws {
        switch item {
        case .tuple, .object(is SizeObject): break
        default:
            flat.append(try HashKey(scalar: item))
            return
        }
        var pending = [item]
        while let next = pending.popLast() {
            // A tuple that shares its items (`t = (t, t)`) flattens to exponentially many keys.
            if flat.count >= Interpreter.maxContainerSize { throw PyError("MemoryError", "") }
            switch next {
            case .tuple(let t):
                flat.append(.nested(count: t.count))
                pending.append(contentsOf: t.reversed())
            case .object(let s as SizeObject):
                // `torch.Size` is a tuple subclass, equal to the plain tuple of its sizes.
                flat.append(.nested(count: s.sizes.count))
                pending.append(contentsOf: s.sizes.reversed().map { .int($0) })
            default:
                flat.append(try HashKey(scalar: next))
            }
        }
    }

    /// The key for a value other than a tuple (for one, the same as `init(_:)`).
    private init(scalar value: Value) throws {
        if let i = HashKey.plainScriptInstance(value) {
            self = try HashKey(userInstance: i)
            return
        }
        switch value {
        case .none: self = .none
        case .bool(let b): self = .int(b ? 1 : 0)
        case .int(let i): self = .int(i)
        case .float(let d):
            if d == d.rounded(), abs(d) < 9.2e18 { self = .int(Int(d)) } else { self = .float(d) }
        case .str(let s): self = .str(s)
        case .object(let i as PyInstance) where i.cls.isUserDefined && !((i as? BuiltinSubclassInstance)?.hashesAsValue ?? false):
            // Script objects first (a graph's nodes in a `seen` dict), before the library's casts.
            self = try HashKey(userInstance: i)
        case .list: throw PyError("TypeError", "unhashable type: 'list'")
        case .dict: throw PyError("TypeError", "unhashable type: 'dict'")
        case .function(let f): self = .identity(ObjectIdentifier(f))
        case .builtin(let b): self = .identity(ObjectIdentifier(b))
        case .type(let c): self = .identity(ObjectIdentifier(c))
        case .object(let t as TensorObject): self = t.isDataView ? .identity(ObjectIdentifier(t)) : .identity(ObjectIdentifier(t.storage))
        case .object(let b as PyBigInt): self = .str("\u{0}int:" + b.value.description)
        case .tuple, .object(is SizeObject): self = try HashKey(value)
        case .object(let b as BuiltinSubclassInstance) where b.hashesAsValue:
            self = try HashKey(b.value)
        case .object(let i as PyInstance) where i.cls.isUserDefined:
            self = try HashKey(userInstance: i)
        case .object(let o as PyHashableObject): self = try o.hashKey()
        case .object(let o): self = .identity(ObjectIdentifier(o))
        }
    }

    /// `value` when it is an instance of a script class made by `PyInstance` itself (not a
    /// library subclass): a graph's nodes in a `seen` dict. One metadata comparison instead
    /// of the casts through `SizeObject`, `PyInstance` and `BuiltinSubclassInstance`.
    @inline(__always) private static func plainScriptInstance(_ value: Value) -> PyInstance? {
        guard case .object(let o) = value, ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self) else { return nil }
        let i = unsafeDowncast(o, to: PyInstance.self)
        return i.cls.isUserDefined ? i : nil
    }

    /// The key for an instance of a script class.
    private init(userInstance i: PyInstance) throws {
        if i.cls.hashesByIdentity {
            // Neither `__hash__` nor `__eq__`: hashed by identity, as `instanceHash` decides.
            self = .identity(ObjectIdentifier(i))
        } else if let interp = i.cls.interpreter, let h = try interp.instanceHash(i) {
            self = .custom(h, InstanceKey(instance: i, interp: interp))
        } else {
            self = .identity(ObjectIdentifier(i))
        }
    }
}

/// A dict key that is an instance with its own `__hash__`: equal when `__eq__` says so.
struct InstanceKey: Hashable {
    let instance: PyInstance
    unowned let interp: Interpreter

    static func == (a: InstanceKey, b: InstanceKey) -> Bool {
        if a.instance === b.instance { return true }
        // Hashable's == cannot throw: an error in __eq__ counts as "not equal".
        return (try? a.interp.equals(.object(a.instance), .object(b.instance))) ?? false
    }

    func hash(into hasher: inout Hasher) {}
}

/// A mutable Python dict that keeps insertion order.
///
/// A small dict whose keys are all strings (an instance's `__dict__`, keyword arguments)
/// finds keys by comparing them in order; the hash index is built once it grows past
/// `linearLimit` keys or takes a key of another type. (A key's `__hash__` is never called
/// again to build the index: only string keys are hashed then.)
public final class PyDict {
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    @exclusivity(unchecked) private var index = DictIndex()
    /// Whether `index` holds every key; false while the dict is small with string keys only.
    @exclusivity(unchecked) private var indexed = false
    /// The most keys a dict finds by comparison rather than through its index.
    static let linearLimit = 8
    /// What makes this dict a `defaultdict`, `Counter` or `OrderedDict`; nil for a plain dict.
    var flavor: DictFlavor?
    /// Room made for keys at the first insertion (an instance's `__dict__` takes its
    /// attributes one by one in `__init__`: one allocation instead of one per doubling).
    var initialCapacity = 0
    /// Its place in the cycle collector's registry (see `GCTracked`).
    var gcLink = GCLink()

    public init() { GCRegistry.track(self) }

    /// The collector's traverse: keys and values (see `GCVisitor.visitElements(held:)`).
    func traverseEntries(_ visitor: GCVisitor) {
        visitor.visitElements(held: &keys)
        visitor.visitElements(held: &values)
    }

    /// Frees deeply nested dicts in a loop (see `releaseNested`). Keys need no such care: they
    /// are hashable, and tuples free their own nesting.
    deinit {
        GCRegistry.untrack(self)
        var work = values
        values = []
        PyDict.releaseNested(&work)
    }

    /// A dict with string keys, in the given order.
    public convenience init(_ pairs: [(String, Value)]) {
        self.init()
        for (k, v) in pairs { try? set(.str(k), v) }
    }

    public var count: Int { keys.count }

    /// What a dict iterator checks before each step, as CPython's: a dict that grew or shrank
    /// since the iteration began (`size` keys) is a RuntimeError. An `OrderedDict` is let be,
    /// as CPython's does not raise when a key is added during its iteration.
    func checkUnchangedSize(_ size: Int) throws {
        if keys.count != size && flavor?.kind != .ordered {
            throw PyError("RuntimeError", "dictionary changed size during iteration")
        }
    }

    /// The position of the string key `name` in a dict without an index.
    @inline(__always) private func linearPosition(_ name: String) -> Int? {
        let n = name.utf8.count
        return keys.withUnsafeBufferPointer { keys in
            for i in 0..<keys.count {
                if case .str(let k) = keys[i], k.utf8.count == n, k == name { return i }
            }
            return nil
        }
    }

    /// The position of the key whose hash key is `h`.
    @inline(__always) private func position(_ h: HashKey) -> Int? {
        if indexed { return index.find(h, DictIndex.hash(h)) }
        // Only strings are stored; a key of another type equals none of them.
        if case .str(let name) = h { return linearPosition(name) }
        return nil
    }

    /// Builds the index over the keys (strings only, so no script code runs).
    private func buildIndex() {
        var built = DictIndex()
        built.reserve(keys.count * 2)
        for k in keys {
            if case .str(let s) = k {
                let h = HashKey.str(s)
                built.append(h, DictIndex.hash(h))
            }
        }
        index = built
        indexed = true
    }

    /// The position of the string key `key` through the index.
    @inline(__always) private func indexedPosition(_ key: String) -> Int? {
        let h = HashKey.str(key)
        return index.find(h, DictIndex.hash(h))
    }

    public func get(_ key: Value) throws -> Value? {
        if let o = identityKey(key) {
            guard let i = index.find(identity: o) else { return nil }
            return values[i]
        }
        guard let i = position(try HashKey(key)) else { return nil }
        return values[i]
    }

    /// Whether the dict has the key `key` (`key in d`).
    public func contains(_ key: borrowing Value) throws -> Bool {
        if let o = identityKey(key) { return index.find(identity: o) != nil }
        return position(try HashKey(copy key)) != nil
    }

    /// The identity `key` is filed under when the dict has its index and `key` is an instance
    /// of a script class hashed by identity (neither `__eq__` nor `__hash__`: a graph walk's
    /// `seen[v]`), as `HashKey(key)` gives it; nil for every other key.
    /// (`key` is borrowed: its `switch` reads the instance without retaining it.)
    @inline(__always) private func identityKey(_ key: borrowing Value) -> ObjectIdentifier? {
        guard indexed else { return nil }
        switch key {
        case .object(let o) where ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self):
            let i = unsafeDowncast(o, to: PyInstance.self)
            guard i.cls.isUserDefined, i.cls.hashesByIdentity else { return nil }
            return ObjectIdentifier(i)
        default:
            return nil
        }
    }

    /// Looks up a string key.
    public func get(_ key: String) -> Value? {
        let i = indexed ? indexedPosition(key) : linearPosition(key)
        guard let i else { return nil }
        return values[i]
    }

    /// Looks up a string key, trying position `hint` first (where an attribute expression
    /// last found its name: instances of one class get their attributes in one order) and
    /// moving the hint to where the key is.
    @inline(__always) func get(_ key: String, hint: inout Int) -> Value? {
        let h = hint
        if h < keys.count, case .str(let k) = keys[h], k == key { return values[h] }
        guard let i = indexed ? indexedPosition(key) : linearPosition(key) else { return nil }
        hint = i
        return values[i]
    }

    /// Sets a string key, trying position `hint` first (see `get(_:hint:)`).
    @inline(__always) func set(_ key: String, _ value: Value, hint: inout Int) throws {
        let h = hint
        if h < keys.count, case .str(let k) = keys[h], k == key {
            values[h] = value
            return
        }
        if !indexed {
            // A small dict of strings (an instance's `__dict__` in `__init__`): found by
            // comparison, or appended without making a hash key.
            if let i = linearPosition(key) {
                values[i] = value
                hint = i
                return
            }
            if keys.count < PyDict.linearLimit {
                if keys.isEmpty && initialCapacity > 0 {
                    keys.reserveCapacity(initialCapacity)
                    values.reserveCapacity(initialCapacity)
                }
                hint = keys.count
                keys.append(.str(key))
                values.append(value)
                return
            }
        }
        try set(.str(key), value)
        if let i = indexed ? indexedPosition(key) : linearPosition(key) { hint = i }
    }

    public func set(_ key: borrowing Value, _ value: consuming Value) throws {
        if let o = identityKey(key) {
            let slot = index.claim(identity: o)
            if slot < keys.count {
                values[slot] = value
            } else {
                keys.append(copy key)
                values.append(value)
            }
            return
        }
        let h = try HashKey(copy key)
        if !indexed {
            if let i = position(h) {
                values[i] = value
                return
            }
            var isString = false
            switch key {
            case .str: isString = true
            default: break
            }
            if !isString || keys.count >= PyDict.linearLimit { buildIndex() }
        }
        if indexed {
            // One probe of the index finds the key or makes its entry (`seen[v] = True`
            // hashed the key twice when it was new).
            let slot = index.claim(h, DictIndex.hash(h))
            if slot < keys.count {
                values[slot] = value
                return
            }
        }
        if keys.isEmpty && initialCapacity > 0 {
            keys.reserveCapacity(initialCapacity)
            values.reserveCapacity(initialCapacity)
        }
        keys.append(copy key)
        values.append(value)
    }

    @discardableResult
    public func remove(_ key: Value) throws -> Value? {
        let h = try HashKey(key)
        guard let i = position(h) else { return nil }
        let v = values[i]
        keys.remove(at: i)
        values.remove(at: i)
        if indexed { index.remove(at: i) }
        return v
    }

    /// Moves an existing key to the end or the front (`OrderedDict.move_to_end`); false when absent.
    func move(_ key: Value, toEnd: Bool) throws -> Bool {
        guard let i = position(try HashKey(key)) else { return false }
        let k = keys.remove(at: i), v = values.remove(at: i)
        if toEnd { keys.append(k); values.append(v) } else { keys.insert(k, at: 0); values.insert(v, at: 0) }
        if indexed { index.move(i, toEnd: toEnd) }
        return true
    }

    public func removeAll() {
        keys = []
        values = []
        index = DictIndex()
        indexed = false
    }

    public func copy() -> PyDict {
        let d = PyDict()
        d.keys = keys
        d.values = values
        d.index = index
        d.indexed = indexed
        d.flavor = flavor?.copy()
        return d
    }

    var pairs: Zip2Sequence<[Value], [Value]> { zip(keys, values) }
}

extension PyDict {
    /// Releases `work` without one recursive deinit per nesting level: lists, dicts, tuples,
    /// functions (their defaults), instances (their `__dict__`) and exceptions (their args) that only the work list keeps
    /// alive hand what they hold over to it before they go. A
    /// container that something else still references is left alone, so structure shared
    /// with live values is neither freed nor walked again.
    /// Moves the keys and values to `work`, leaving the dict empty (the collector's `clear`).
    func takeEntries(into work: inout [Value]) {
        work.append(contentsOf: keys)
        work.append(contentsOf: values)
        keys = []
        values = []
        index = DictIndex()
        indexed = false
    }

    static func releaseNested(_ work: inout [Value]) {
        // The popped container must be the only reference left, so nothing else may bind it.
        // (`if case` keeps no copy of the subject alive in debug builds; `switch` does.)
        while !work.isEmpty {
            if case .list(var list) = work[work.count - 1] {
                work.removeLast()
                guard isKnownUniquelyReferenced(&list) else { continue }
                work.append(contentsOf: list.items)
                list.items = []
            } else if case .tuple(var tuple) = work[work.count - 1] {
                work.removeLast()
                // A tuple of scalars and tensors frees itself without recursing.
                guard isKnownUniquelyReferenced(&tuple), tuple.holdsNesting else { continue }
                tuple.takeItems(into: &work)
            } else if case .dict(var dict) = work[work.count - 1] {
                work.removeLast()
                guard isKnownUniquelyReferenced(&dict) else { continue }
                work.append(contentsOf: dict.values)
                dict.values = []
            } else if case .function(var function) = work[work.count - 1] {
                work.removeLast()
                guard isKnownUniquelyReferenced(&function) else { continue }
                function.takeDefaults(into: &work)
            } else if var instance = instance(in: work[work.count - 1]) {
                work.removeLast()
                guard isKnownUniquelyReferenced(&instance) else { continue }
                instance.takeReferences(into: &work)
            } else {
                work.removeLast()
            }
        }
    }

    /// The instance (or exception) `value` holds, if any. A function, so that no binding of the
    /// payload outlives the call and the caller's uniqueness check sees only its own reference.
    private static func instance(in value: Value) -> PyInstance? {
        if case .object(let object) = value { return object as? PyInstance }
        return nil
    }
}
