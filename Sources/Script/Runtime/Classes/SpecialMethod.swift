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

    private static let names: [String] = allCases.map { "__\($0)__" }

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
