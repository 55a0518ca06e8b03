/// `dict_keys` and `dict_items` are set-like, as in CPython's Objects/dictobject.c:
/// `&`, `|`, `-`, `^` with any iterable on either side (giving a `set`), the subset
/// comparisons and `==` with sets and other views, `in` by hash, and `isdisjoint`.
/// `dict_values` is none of that (only iteration, `len` and `in` by equality).
extension PyDictView: PyOperandObject, PyContainerObject {
    private var isSetLike: Bool { kind != .values }

    /// `key in view` for keys (by hash), `(key, value) in view` for items.
    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool {
        switch kind {
        case .keys:
            return try dict.get(item) != nil
        case .items:
            guard case .tuple(let t) = item, t.count == 2, let v = try dict.get(t[0]) else { return false }
            return try interp.identical(v, t[1]) || interp.equals(v, t[1])
        case .values:
            return try dict.values.contains { try interp.identical($0, item) || interp.equals($0, item) }
        }
    }

    /// `dictviews_to_set`: a new set of the operand's items (a keys view reads its dict).
    private static func newSet(_ v: Value, _ interp: Interpreter) throws -> PySet {
        let s = PySet(frozen: false)
        if case .object(let view as PyDictView) = v, view.kind == .keys {
            try s.update(with: .dict(view.dict), interp)
        } else {
            try s.update(with: v, interp)
        }
        return s
    }

    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        guard isSetLike else { return nil }
        let (left, right): (Value, Value) = reflected ? (other, .object(self)) : (.object(self), other)
        switch op {
        case .bitAnd:
            return .object(try intersection(other, interp))
        case .bitOr:
            let s = try PyDictView.newSet(left, interp)
            try s.update(with: right, interp)
            return .object(s)
        case .sub:
            let s = try PyDictView.newSet(left, interp)
            try s.differenceUpdate(right, interp)
            return .object(s)
        case .bitXor:
            let s = try PyDictView.newSet(left, interp)
            try s.symmetricDifferenceUpdate(right, interp)
            return .object(s)
        default:
            return nil
        }
    }

    /// `_PyDictView_Intersect`: a set's own `intersection` when the set is the larger, else
    /// the smaller operand's items that the larger view contains, in the smaller's order.
    private func intersection(_ other: Value, _ interp: Interpreter) throws -> PySet {
        if case .object(let s as PySet) = other, !s.frozen, dict.count <= s.count {
            return try s.intersection(.object(self), interp)
        }
        var container = self
        var iterated = other
        if case .object(let view as PyDictView) = other, view.isSetLike, view.dict.count > dict.count {
            container = view
            iterated = .object(self)
        }
        let result = PySet(frozen: false)
        try interp.iterate(iterated) { item in
            if try container.containsItem(item, interp) { try result.add(item, interp) }
            return true
        }
        return result
    }

    /// The other operand of a comparison when it is a set, a frozenset or a set-like view.
    private func comparable(_ other: Value) -> (count: Int, contains: (Value, Interpreter) throws -> Bool, items: () -> [Value])? {
        switch other.unwrappingBuiltin {
        case .object(let s as PySet):
            return (s.count, { try s.containsItem($0, $1) }, { s.table.entries.map(\.value) })
        case .object(let v as PyDictView) where v.isSetLike:
            return (v.dict.count, { try v.containsItem($0, $1) }, { v.items() })
        default:
            return nil
        }
    }

    /// `all_contained_in(a, b)`.
    private static func allContained(_ items: [Value], in contains: (Value, Interpreter) throws -> Bool, _ interp: Interpreter) throws -> Bool {
        for item in items where !(try contains(item, interp)) { return false }
        return true
    }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard isSetLike else {
            if case .object(let o) = other { return o === self }
            return false
        }
        guard let o = comparable(other) else { return false }
        guard dict.count == o.count else { return false }
        return try PyDictView.allContained(items(), in: o.contains, interp)
    }

    func compare(_ op: CompareOp, _ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard isSetLike, let o = comparable(other) else { return nil }
        let mine = { (v: Value, i: Interpreter) in try self.containsItem(v, i) }
        switch op {
        case .le: return try dict.count <= o.count && PyDictView.allContained(items(), in: o.contains, interp)
        case .lt: return try dict.count < o.count && PyDictView.allContained(items(), in: o.contains, interp)
        case .ge: return try dict.count >= o.count && PyDictView.allContained(o.items(), in: mine, interp)
        case .gt: return try dict.count > o.count && PyDictView.allContained(o.items(), in: mine, interp)
        default: return nil
        }
    }

    /// `view.isdisjoint(iterable)` for keys and items views.
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        guard isSetLike, name == "isdisjoint" else { return nil }
        return .builtin(PyBuiltin("isdisjoint", boundSelf: .object(self)) { interp, args in
            let a = try args.positionalOnly("isdisjoint", 1...1)
            var disjoint = true
            try interp.iterate(a[0]) { item in
                if try self.containsItem(item, interp) { disjoint = false; return false }
                return true
            }
            return .bool(disjoint)
        })
    }
}
