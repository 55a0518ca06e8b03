/// Python's container and operator protocols for library objects (`deque`, `set`, the
/// `itertools` iterators, named tuples…), so the interpreter's `for`, `len`, `in`, `[]`,
/// operators and hashing reach them without knowing each type.

/// An object `for` can walk: its items one at a time, nil at the end.
protocol PyIterableObject: PyObject {
    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value?
}

/// An object with a `len()`.
protocol PySizedObject: PyObject {
    func length(_ interp: Interpreter) throws -> Int
}

/// An object with its own `in` test (faster or different than walking its items).
protocol PyContainerObject: PyObject {
    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool
}

/// An object with `obj[i]`, and optionally `obj[i] = v` and `del obj[i]`.
protocol PySubscriptableObject: PyObject {
    func item(_ index: Value, _ interp: Interpreter) throws -> Value
    /// Returns false when the object does not support item assignment.
    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool
    /// Returns false when the object does not support item deletion.
    func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool
}

extension PySubscriptableObject {
    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool { false }
    func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool { false }
}

/// An object that takes part in binary operators and comparisons. Each method returns nil
/// for Python's `NotImplemented`, so the other operand (or the default error) gets its turn.
protocol PyOperandObject: PyObject {
    /// `self op other`, or with `reflected`, `other op self`.
    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value?
    /// `self op= other`; by default the plain operator.
    func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter) throws -> Value?
    /// `self == other`.
    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool?
    /// `self < other` and the like (`<`, `<=`, `>`, `>=`), self on the left.
    func compare(_ op: CompareOp, _ other: Value, _ interp: Interpreter) throws -> Bool?
}

extension PyOperandObject {
    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? { nil }
    func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter) throws -> Value? {
        try binary(op, other, reflected: false, interp)
    }
    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? { nil }
    func compare(_ op: CompareOp, _ other: Value, _ interp: Interpreter) throws -> Bool? { nil }
}

/// An object whose hash comes from its value (a frozenset, a named tuple), not its identity;
/// a mutable container that must not be hashed throws CPython's `unhashable type` here.
protocol PyHashableObject: PyObject {
    func hashKey() throws -> HashKey
}

extension CompareOp {
    /// The comparison with its operands swapped: `a < b` is `b > a`.
    var swapped: CompareOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .gt: return .lt
        case .ge: return .le
        default: return self
        }
    }
}

extension Interpreter {
    /// `a op b` when a library object takes part; nil when neither side implements it.
    func libraryBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        if case .dict(let d) = a, let flavor = d.flavor, let r = try flavor.binary(op, d, b, self) { return r }
        if case .object(let o as PyOperandObject) = a, let r = try o.binary(op, b, reflected: false, self) { return r }
        if case .object(let o as PyOperandObject) = b, let r = try o.binary(op, a, reflected: true, self) { return r }
        // `int | None`: a union type (PEP 604).
        if op == .bitOr, let u = PyUnionType.make(a, b) { return u }
        return nil
    }

    /// `a == b` when a library object takes part; nil otherwise.
    func libraryEquals(_ a: Value, _ b: Value) throws -> Bool? {
        if case .object(let o as PyOperandObject) = a, let r = try o.equals(b, self) { return r }
        if case .object(let o as PyOperandObject) = b, let r = try o.equals(a, self) { return r }
        return nil
    }

    /// `a op b` for an ordering operator when a library object takes part; nil otherwise.
    func libraryCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Bool? {
        if case .object(let o as PyOperandObject) = a, let r = try o.compare(op, b, self) { return r }
        if case .object(let o as PyOperandObject) = b, let r = try o.compare(op.swapped, a, self) { return r }
        return nil
    }
}
