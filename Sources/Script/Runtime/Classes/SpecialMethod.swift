/// The special methods the interpreter looks up on an instance's class at run time (operators,
/// hashing, truth, calls, iteration): each has a slot in `PyClass`'s special-method table, so
/// `a + b` on instances indexes an array instead of hashing `"__add__"`.
enum SpecialMethod: Int, CaseIterable {
    // Binary operators: the method, the reflected one and the in-place one, per operator.
    case add, radd, iadd, sub, rsub, isub, mul, rmul, imul, truediv, rtruediv, itruediv
    case floordiv, rfloordiv, ifloordiv, mod, rmod, imod, pow, rpow, ipow, matmul, rmatmul, imatmul
    case and, rand, iand, or, ror, ior, xor, rxor, ixor, lshift, rlshift, ilshift, rshift, rrshift, irshift
    case neg, pos, invert, bool, len, hash, call, getitem, setitem, delitem, iter, next, contains
    case eq, ne, lt, le, gt, ge
    case `init`, new, repr, str, getattr
    // The attribute protocol: a class's own access hooks, and a descriptor's methods.
    case getattribute, setattr, delattr, get, set, delete

    /// `__add__`, `__radd__`…
    var name: String { SpecialMethod.names[rawValue] }

    /// The names in case order, written out: deriving them from the cases (`"__\($0)__"`)
    /// went through runtime reflection, about 4 million instructions of every process's
    /// first special-method lookup. (`SpecialMethodTests` checks the two agree.)
    private static let names: [String] = [
        "__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__", "__mul__",
        "__rmul__", "__imul__", "__truediv__", "__rtruediv__", "__itruediv__", "__floordiv__",
        "__rfloordiv__", "__ifloordiv__", "__mod__", "__rmod__", "__imod__", "__pow__", "__rpow__",
        "__ipow__", "__matmul__", "__rmatmul__", "__imatmul__", "__and__", "__rand__", "__iand__",
        "__or__", "__ror__", "__ior__", "__xor__", "__rxor__", "__ixor__", "__lshift__",
        "__rlshift__", "__ilshift__", "__rshift__", "__rrshift__", "__irshift__", "__neg__",
        "__pos__", "__invert__", "__bool__", "__len__", "__hash__", "__call__", "__getitem__",
        "__setitem__", "__delitem__", "__iter__", "__next__", "__contains__", "__eq__", "__ne__",
        "__lt__", "__le__", "__gt__", "__ge__", "__init__", "__new__", "__repr__", "__str__",
        "__getattr__", "__getattribute__", "__setattr__", "__delattr__", "__get__", "__set__",
        "__delete__"
    ]

    /// The method, reflected method and in-place method of a binary operator.
    static func forOperator(_ op: BinaryOp) -> (method: SpecialMethod, reflected: SpecialMethod, inPlace: SpecialMethod) {
        let base: SpecialMethod
        switch op {
        case .add: base = .add
        case .sub: base = .sub
        case .mul: base = .mul
        case .div: base = .truediv
        case .floorDiv: base = .floordiv
        case .mod: base = .mod
        case .pow: base = .pow
        case .matMul: base = .matmul
        case .bitAnd: base = .and
        case .bitOr: base = .or
        case .bitXor: base = .xor
        case .lshift: base = .lshift
        case .rshift: base = .rshift
        }
        return (base, SpecialMethod(rawValue: base.rawValue + 1)!, SpecialMethod(rawValue: base.rawValue + 2)!)
    }
}
