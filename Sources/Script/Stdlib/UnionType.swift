/// `int | None`, `str | list[int]`: CPython's `types.UnionType` (PEP 604), made by `|`
/// between classes, None, generic aliases and unions. It prints as written (`int | None`,
/// which `f.__annotations__` shows), flattens and drops repeats (`int | int` is `int`), and
/// `isinstance`/`issubclass` accept it as they accept a tuple of its classes.
final class PyUnionType: PyOperandObject, PyHashableObject {
    let members: [Value]

    init(_ members: [Value]) { self.members = members }

    static let unionClass = PyClass("UnionType", module: "types", base: CoreClasses.object)
    var pyClass: PyClass { PyUnionType.unionClass }

    /// Whether `v` may stand on either side of a `|` that makes a union.
    static func isMember(_ v: Value) -> Bool {
        switch v {
        case .type, .none, .object(is PyGenericAlias), .object(is PyUnionType): return true
        default: return false
        }
    }

    /// `a | b`, or nil when either side cannot be in a union (the operator's TypeError).
    static func make(_ a: Value, _ b: Value) -> Value? {
        guard isMember(a), isMember(b) else { return nil }
        var out: [Value] = []
        func add(_ v: Value) {
            if case .object(let u as PyUnionType) = v { return u.members.forEach(add) }
            if out.contains(where: { same($0, v) }) { return }
            out.append(v)
        }
        add(a)
        add(b)
        return out.count == 1 ? out[0] : .object(PyUnionType(out))
    }

    /// Whether two members are the same class (None, aliases by their origin and arguments).
    private static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.type(let x), .type(let y)): return x === y
        case (.none, .none): return true
        case (.object(let x as PyGenericAlias), .object(let y as PyGenericAlias)): return x === y
        default: return false
        }
    }

    func repr(_ interp: Interpreter) throws -> String {
        try members.map { m in
            switch m {
            case .type(let c): return c.module == "builtins" ? c.name : c.qualifiedName
            case .none: return "None"
            default: return try interp.repr(m)
            }
        }.joined(separator: " | ")
    }

    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        guard op == .bitOr else { return nil }
        return reflected ? PyUnionType.make(other, .object(self)) : PyUnionType.make(.object(self), other)
    }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard case .object(let o as PyUnionType) = other else { return false }
        return o.members.count == members.count && members.allSatisfy { m in o.members.contains { PyUnionType.same($0, m) } }
    }

    /// Equal unions hash alike whatever their order (CPython hashes the frozenset of args).
    func hashKey() throws -> HashKey {
        func key(_ v: Value) -> String {
            switch v {
            case .type(let c): return c.qualifiedName
            case .none: return "None"
            case .object(let o): return "\(ObjectIdentifier(o).hashValue)"
            default: return ""
            }
        }
        return try HashKey(.tuple(PyTuple.of(members.sorted { key($0) < key($1) })))
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        name == "__args__" ? .tuple(PyTuple.of(members.map { $0.isNone ? .type(CoreClasses.noneType) : $0 })) : nil
    }

    /// The classes `isinstance` tests, as a tuple of them (None as `NoneType`); CPython's
    /// TypeError for a union holding a subscripted generic.
    func classes() throws -> [Value] {
        try members.map { m in
            if m.isNone { return .type(CoreClasses.noneType) }
            if case .object(is PyGenericAlias) = m { throw PyError("TypeError", "isinstance() argument 2 cannot be a parameterized generic") }
            return m
        }
    }
}
