/// `set` and `frozenset`: hashable items in CPython's table order, every operator and method.
final class PySet: PyObject, PyIterableObject, PySizedObject, PyContainerObject, PyOperandObject, PyHashableObject {
    static let setClass = PyClass("set", base: CoreClasses.object) { interp, args in
        let a = try args.positionalOnly("set", 0...1)
        if !args.keywords.isEmpty { throw PyError("TypeError", "set() takes no keyword arguments") }
        let s = PySet(frozen: false)
        if let it = a.first { try s.update(with: it, interp) }
        return .object(s)
    }

    static let frozensetClass = PyClass("frozenset", base: CoreClasses.object) { interp, args in
        let a = try args.positionalOnly("frozenset", 0...1)
        if !args.keywords.isEmpty { throw PyError("TypeError", "frozenset() takes no keyword arguments") }
        if case .object(let f as PySet)? = a.first, f.frozen { return .object(f) }
        let s = PySet(frozen: true)
        if let it = a.first { try s.update(with: it, interp) }
        return .object(s)
    }

    var table = SetTable()
    let frozen: Bool

    init(frozen: Bool) { self.frozen = frozen }

    var pyClass: PyClass { frozen ? PySet.frozensetClass : PySet.setClass }
    var truthValue: Bool? { table.used > 0 }
    var count: Int { table.used }

    /// A new empty set of the same kind (`make_new_set_basetype`).
    func emptyLike() -> PySet { PySet(frozen: frozen) }

    func copy() -> PySet {
        let s = emptyLike()
        s.table.merge(table)
        return s
    }

    // MARK: Items

    /// The hash and key of an item, or CPython's `unhashable type` error.
    static func entry(_ v: Value, _ interp: Interpreter) throws -> (Int, HashKey) {
        let key = try HashKey(v)
        return (try interp.pythonHash(v), key)
    }

    func add(_ v: Value, _ interp: Interpreter) throws {
        let (h, k) = try PySet.entry(v, interp)
        if table.used >= Interpreter.maxContainerSize { throw PyError("MemoryError", "") }
        table.add(v, hash: h, key: k)
    }

    /// `set_update_internal`: sets merge table to table, dicts presize, iterables add in order.
    func update(with other: Value, _ interp: Interpreter) throws {
        switch other {
        case .object(let s as PySet):
            table.merge(s.table)
        case .dict(let d):
            table.reserve(adding: d.count)
            for k in d.keys { try add(k, interp) }
        default:
            try interp.iterate(other) { try self.add($0, interp); return true }
        }
    }

    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool {
        // `{1} in s` looks for the frozenset of a set, as CPython does.
        if case .object(let s as PySet) = item, !s.frozen {
            let f = PySet(frozen: true)
            f.table.merge(s.table)
            return try containsItem(.object(f), interp)
        }
        let (h, k) = try PySet.entry(item, interp)
        return table.contains(k, hash: h)
    }

    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? {
        let items = table.entries
        let size = table.used
        var i = 0
        return { [self] in
            if self.table.used != size { throw PyError("RuntimeError", "Set changed size during iteration") }
            guard i < items.count else { return nil }
            defer { i += 1 }
            return items[i].value
        }
    }

    func length(_ interp: Interpreter) throws -> Int { table.used }

    var items: [Value] { table.entries.map(\.value) }

    // MARK: Hashing

    func hashKey() throws -> HashKey {
        guard frozen else { throw PyError("TypeError", "unhashable type: 'set'") }
        return .frozenset(FrozenSetKey(Set(table.entries.map(\.key))))
    }

    /// `frozenset.__hash__`: order-independent, as CPython computes it.
    func frozenHash() -> Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        for e in table.entries { hash ^= shuffle(UInt(bitPattern: e.hash)) }
        hash ^= (UInt(table.used) + 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        return Int(bitPattern: hash)
    }

    // MARK: Printing

    func repr(_ interp: Interpreter) throws -> String {
        let name = frozen ? "frozenset" : "set"
        if table.used == 0 { return "\(name)()" }
        guard interp.reprInProgress.insert(ObjectIdentifier(self)).inserted else { return "\(name)(...)" }
        defer { interp.reprInProgress.remove(ObjectIdentifier(self)) }
        let body = "{" + (try items.map { try interp.repr($0) }).joined(separator: ", ") + "}"
        return frozen ? "frozenset(\(body))" : body
    }

    // MARK: Algebra (CPython's algorithms, for its result order)

    func union(_ other: Value, _ interp: Interpreter) throws -> PySet {
        let r = copy()
        try r.update(with: other, interp)
        return r
    }

    func intersection(_ other: Value, _ interp: Interpreter) throws -> PySet {
        if case .object(let o as PySet) = other, o === self { return copy() }
        let result = emptyLike()
        if case .object(let o as PySet) = other {
            var big = self, small = o
            if o.count > count { big = o; small = self }
            for e in small.table.entries where big.table.contains(e.key, hash: e.hash) {
                result.table.add(e.value, hash: e.hash, key: e.key)
            }
            return result
        }
        try interp.iterate(other) { v in
            let (h, k) = try PySet.entry(v, interp)
            if self.table.contains(k, hash: h) { result.table.add(v, hash: h, key: k) }
            return true
        }
        return result
    }

    func difference(_ other: Value, _ interp: Interpreter) throws -> PySet {
        let otherSize: Int
        switch other {
        case .object(let o as PySet): otherSize = o.count
        case .dict(let d): otherSize = d.count
        default: return try copyAndDifference(other, interp)
        }
        if (count >> 2) > otherSize { return try copyAndDifference(other, interp) }
        let result = emptyLike()
        for e in table.entries {
            let inOther: Bool
            switch other {
            case .object(let o as PySet): inOther = o.table.contains(e.key, hash: e.hash)
            case .dict(let d): inOther = try d.get(e.value) != nil
            default: inOther = false
            }
            if !inOther { result.table.add(e.value, hash: e.hash, key: e.key) }
        }
        return result
    }

    private func copyAndDifference(_ other: Value, _ interp: Interpreter) throws -> PySet {
        let r = copy()
        try r.differenceUpdate(other, interp)
        return r
    }

    func differenceUpdate(_ other: Value, _ interp: Interpreter) throws {
        if case .object(let o as PySet) = other {
            if o === self { table.removeAll(); return }
            for e in o.table.entries { table.discard(e.key, hash: e.hash) }
        } else {
            try interp.iterate(other) { v in
                let (h, k) = try PySet.entry(v, interp)
                self.table.discard(k, hash: h)
                return true
            }
        }
        table.compactIfSparse()
    }

    func symmetricDifferenceUpdate(_ other: Value, _ interp: Interpreter) throws {
        if case .object(let o as PySet) = other, o === self { table.removeAll(); return }
        if case .dict(let d) = other {
            for k in d.keys {
                let (h, key) = try PySet.entry(k, interp)
                if !table.discard(key, hash: h) { table.add(k, hash: h, key: key) }
            }
            return
        }
        let o: PySet
        if case .object(let s as PySet) = other { o = s } else {
            o = emptyLike()
            try o.update(with: other, interp)
        }
        for e in o.table.entries where !table.discard(e.key, hash: e.hash) {
            table.add(e.value, hash: e.hash, key: e.key)
        }
    }

    func symmetricDifference(_ other: Value, _ interp: Interpreter) throws -> PySet {
        let r = emptyLike()
        try r.update(with: other, interp)
        try r.symmetricDifferenceUpdate(.object(self), interp)
        return r
    }

    func isSubset(of other: PySet) -> Bool {
        if count > other.count { return false }
        return table.entries.allSatisfy { other.table.contains($0.key, hash: $0.hash) }
    }

    /// The other operand as a set for methods that take any iterable.
    func asSet(_ v: Value, _ interp: Interpreter) throws -> PySet {
        if case .object(let s as PySet) = v { return s }
        let s = PySet(frozen: false)
        try s.update(with: v, interp)
        return s
    }

    // MARK: Operators

    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        let other = other.unwrappingBuiltin
        guard case .object(let o as PySet) = other else { return nil }
        // The result has the left operand's kind.
        let (l, r): (PySet, Value) = reflected ? (o, .object(self)) : (self, other)
        switch op {
        case .bitOr: return .object(try l.union(r, interp))
        case .bitAnd: return .object(try l.intersection(r, interp))
        case .sub: return .object(try l.difference(r, interp))
        case .bitXor: return .object(try l.symmetricDifference(r, interp))
        default: return nil
        }
    }

    func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter) throws -> Value? {
        let other = other.unwrappingBuiltin
        guard !frozen, case .object(let o as PySet) = other else { return try binary(op, other, reflected: false, interp) }
        switch op {
        case .bitOr: try update(with: other, interp)
        case .bitAnd: table = try intersection(.object(o), interp).table
        case .sub: try differenceUpdate(other, interp)
        case .bitXor: try symmetricDifferenceUpdate(other, interp)
        default: return nil
        }
        return .object(self)
    }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard case .object(let o as PySet) = other.unwrappingBuiltin else {
            // A keys or items view compares itself with the set (its reflected `==`).
            if case .object(is PyDictView) = other { return nil }
            return false
        }
        return count == o.count && isSubset(of: o)
    }

    func compare(_ op: CompareOp, _ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard case .object(let o as PySet) = other.unwrappingBuiltin else { return nil }
        switch op {
        case .le: return isSubset(of: o)
        case .lt: return count < o.count && isSubset(of: o)
        case .ge: return o.isSubset(of: self)
        case .gt: return count > o.count && o.isSubset(of: self)
        default: return nil
        }
    }
}

extension Interpreter {
    /// CPython's `hash(v)`: by value for numbers, strings, tuples and frozensets (as
    /// `PyHash`), by a stable fake address for objects hashed by identity.
    func pythonHash(_ v: Value) throws -> Int {
        switch v {
        case .tuple(let t):
            // Items hash as `hash()` hashes them: instances by their `__hash__`.
            if let h = try PyHash.tuple(t, tick: checkLimits, pythonHash) { return h }
        case .object(let n as PyNamedTuple):
            if let h = try PyHash.tuple(n.tuple, tick: checkLimits, pythonHash) { return h }
        default:
            if let h = try PyHash.hash(v) { return h }
        }
        if let i = v.instance, let h = try instanceHash(i) { return h }
        _ = try HashKey(v)
        let object: AnyObject
        switch v {
        case .none: return 0x15f8_4a3c
        case .float: return 0
        case .function(let f): object = f
        case .builtin(let b): object = b
        case .type(let c): object = c
        case .object(let t as TensorObject): object = t.isDataView ? t : t.storage
        case .object(let o): object = o
        default: return 0
        }
        return identityHash(object)
    }

    /// `set` and `frozenset` as builtins.
    func installSetTypes() {
        builtins["set"] = .type(PySet.setClass)
        builtins["frozenset"] = .type(PySet.frozensetClass)
    }

    /// A set display `{a, b, *c}`: items added left to right. CPython compiles a display of
    /// three or more constants to a frozenset constant, which its compiler rebuilds once from
    /// its own order (and once more when interning replaces one of its strings), and the set
    /// is then filled from that (`SET_UPDATE`): `constant` follows the same steps, for the
    /// same order. Which strings CPython has interned already depends on its history, so a
    /// display of colliding strings can still differ.
    func setDisplay(_ items: [Value], constant: Bool = false) throws -> Value {
        let s = PySet(frozen: false)
        if constant {
            let first = PySet(frozen: true)
            for v in items { try first.add(v, self) }
            var merged = PySet(frozen: true)
            for v in first.items { try merged.add(v, self) }
            // When interning replaces one of its strings (a one-character string is always
            // interned already), CPython's code object rebuilds the constant once more.
            if items.contains(where: { if case .str(let t) = $0 { return t.unicodeScalars.count == 1 } else { return false } }) {
                let again = PySet(frozen: true)
                for v in merged.items { try again.add(v, self) }
                merged = again
            }
            s.table.merge(merged.table)
            return .object(s)
        }
        for v in items { try s.add(v, self) }
        return .object(s)
    }

    /// Whether CPython folds a set display of these items into a frozenset constant.
    static func isConstantSetDisplay(_ items: [Expr]) -> Bool {
        func constant(_ e: Expr) -> Bool {
            switch e.kind {
            case .literal: return true
            case .unary(let op, let inner):
                guard op == .neg || op == .pos, case .literal(let l) = inner.kind else { return false }
                switch l {
                case .int, .float, .bool: return true
                default: return false
                }
            case .tuple(let parts): return parts.allSatisfy(constant)
            default: return false
            }
        }
        return items.count > 2 && items.allSatisfy(constant)
    }
}

/// A frozenset's items as a dict key. The hash is computed once, from the items' own hashes,
/// so a frozenset nested n deep (`f = frozenset([f])`) hashes in constant time at each
/// level, as CPython caches a frozenset's hash, instead of walking the whole chain each time.
final class FrozenSetKey: Hashable {
    let items: Set<HashKey>
    private let hash: Int

    init(_ items: Set<HashKey>) {
        self.items = items
        // Order-independent: the sum of the items' hashes, mixed with the count.
        var sum = 0
        for item in items { sum = sum &+ item.hashValue }
        var hasher = Hasher()
        hasher.combine(sum)
        hasher.combine(items.count)
        hash = hasher.finalize()
    }

    static func == (a: FrozenSetKey, b: FrozenSetKey) -> Bool {
        a === b || (a.hash == b.hash && a.items == b.items)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
