/// Float arithmetic read in place: `self.grad += other.data * out.grad` (micrograd's
/// backward closures) computed from the variables' and attributes' own storage, with nothing
/// copied out and no operator dispatch, when every part is a float (or a number literal).
///
/// Reading a float variable or a cached plain attribute (see `BorrowedNames.swift`) runs no
/// script code and cannot fail, and float `+`, `-`, `*` and negation are IEEE operations that
/// cannot raise, so such an expression has no effect but its value: when a part turns out to
/// be anything else, the fast path gives up having done nothing, and the statement runs the
/// general way.
extension Interpreter {
    /// `base.name op= valueExpr` (target `target`, `op` one of `+ - *`) when `base` is a
    /// variable holding a plain instance whose `name`, read and stored through the target's
    /// caches, is a float, and `valueExpr` is float arithmetic (`floatValue`): stores the
    /// result and returns true; false (nothing done) otherwise.
    @inline(__always)
    func floatAugmentedAttribute(_ target: Expr, _ base: Expr, _ op: BinaryOp, _ valueExpr: Expr, _ ctx: Context) -> Bool {
        guard op == .add || op == .sub || op == .mul,
              let p = slotAddress(of: base, ctx), let u = Interpreter.borrowedInstance(p),
              case .float(let current)? = u._withUnsafeGuaranteedRef({ $0.cachedPlainAttribute(target) }),
              let rhs = floatValue(valueExpr, ctx),
              let i = u._withUnsafeGuaranteedRef({ $0.cachedPlainPosition(forStoreAt: target) }) else { return false }
        // (The instance is borrowed from its variable's slot: `floatValue` changes no slot.)
        let result: Double
        switch op {
        case .add: result = current + rhs
        case .sub: result = current - rhs
        default: result = current * rhs
        }
        u._withUnsafeGuaranteedRef { $0.storeShared(.float(result), at: i) }
        return true
    }

    /// The value of `e` when it is a float computed from float variables (locals or free
    /// variables whose slots are known), float attributes of plain instances read through
    /// their sites' caches, float literals, unary `-` and binary `+ - *` (an int literal may
    /// be one operand of a binary operator whose other operand is a float, as in `1 - t * t`:
    /// Python converts it to float first); nil when any part is something else.
    func floatValue(_ e: Expr, _ ctx: Context) -> Double? {
        switch e.kind {
        case .name:
            guard let p = slotAddress(of: e, ctx), case .some(.float(let d)) = p.pointee else { return nil }
            return d
        case .attribute(let base, _):
            guard case .float(let d)? = borrowedAttribute(base, site: e, ctx) else { return nil }
            return d
        case .literal(.float(let d)):
            return d
        case .unary(.neg, let operand):
            return floatValue(operand, ctx).map { -$0 }
        case .binary(let op, let l, let r):
            guard op == .add || op == .sub || op == .mul else { return nil }
            let a: Double, b: Double
            if case .literal(.int(let i)) = l.kind {
                guard let y = floatValue(r, ctx) else { return nil }
                (a, b) = (Double(i), y)
            } else if case .literal(.int(let i)) = r.kind {
                guard let x = floatValue(l, ctx) else { return nil }
                (a, b) = (x, Double(i))
            } else {
                guard let x = floatValue(l, ctx), let y = floatValue(r, ctx) else { return nil }
                (a, b) = (x, y)
            }
            switch op {
            case .add: return a + b
            case .sub: return a - b
            default: return a * b
            }
        default:
            return nil
        }
    }
}
