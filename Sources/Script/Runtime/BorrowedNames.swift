/// Borrowed reads of name expressions: where a consumer only looks at a variable's value
/// (the base of `x.attr`, `isinstance(x, C)`'s operands), it reads it in its frame slot
/// instead of copying it out (a retain and a release per read).
///
/// A borrowed value is valid only while nothing can rebind its slot: the fast paths below
/// read it and store into it without running script code; every other path evaluates the
/// expression again, as an owned value.
extension Interpreter {
    /// The address of the frame slot that holds name expression `e`'s value: a local of the
    /// running frame, or a free variable whose enclosing frame `e`'s cache knows; nil for
    /// other expressions (and names not resolved to a slot yet). The slot may be unbound.
    /// (The running frame keeps itself and the frames enclosing it alive.)
    @inline(__always)
    func slotAddress(of e: Expr, _ ctx: Context) -> UnsafeMutablePointer<Value?>? {
        guard let start = ctx.frame else { return nil }
        if e.slot >= 0 {
            guard start.layoutID == e.slotScope else { return nil }
            return start.slots.baseAddress.unsafelyUnwrapped + e.slot
        }
        guard e.freeHops > 0 else { return nil }
        var f = Unmanaged.passUnretained(start)
        var hops = e.freeHops
        while hops > 0, let next = f._withUnsafeGuaranteedRef({ $0.enclosing.map(Unmanaged.passUnretained) }) {
            f = next
            hops -= 1
        }
        guard hops == 0 else { return nil }
        return f._withUnsafeGuaranteedRef { $0.layoutID == e.freeScope ? $0.slots.baseAddress.unsafelyUnwrapped + e.freeSlot : nil }
    }

    /// The plain instance (one `PyInstance` itself made) a slot holds, unretained; nil for
    /// any other value. (Only reads: the caller keeps the slot unchanged while it uses it.)
    @inline(__always)
    static func borrowedInstance(_ p: UnsafeMutablePointer<Value?>) -> Unmanaged<PyInstance>? {
        switch p.pointee {
        case .some(.object(let o)) where ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self):
            return Unmanaged.passUnretained(unsafeDowncast(o, to: PyInstance.self))
        default:
            return nil
        }
    }

    /// `base.name` (attribute expression `site`) when `base` is a variable holding a plain
    /// instance and the site's caches answer: the value, read without copying the instance
    /// out of its slot; nil (nothing done) otherwise.
    @inline(__always)
    func borrowedAttribute(_ base: Expr, site: Expr, _ ctx: Context) -> Value? {
        guard let p = slotAddress(of: base, ctx), let u = Interpreter.borrowedInstance(p) else { return nil }
        return u._withUnsafeGuaranteedRef { $0.cachedPlainAttribute(site) }
    }

    /// `base.name = value` (target `site`) when `base` is a variable holding a plain instance
    /// and the site's caches answer: stores the value and returns nil; otherwise gives the
    /// value back untouched (nothing done).
    @inline(__always)
    func borrowedStore(_ base: Expr, site: Expr, _ value: consuming Value, _ ctx: Context) -> Value? {
        guard let p = slotAddress(of: base, ctx), let u = Interpreter.borrowedInstance(p),
              let i = u._withUnsafeGuaranteedRef({ $0.cachedPlainPosition(forStoreAt: site) }) else { return value }
        // (Moved into the closure through an optional: a captured value passed on is copied.)
        var moving: Value? = consume value
        u._withUnsafeGuaranteedRef { $0.storeShared(moving.take().unsafelyUnwrapped, at: i) }
        return nil
    }

    /// `isinstance(valueExpr, classExpr)` when the value is a variable holding a plain
    /// instance of exactly the class `classExpr` names (a variable or a cached global): true,
    /// with neither copied out; nil (nothing evaluated) otherwise.
    @inline(__always)
    func borrowedIsPlainInstance(_ valueExpr: Expr, _ classExpr: Expr, _ ctx: Context) -> Bool? {
        guard let p = slotAddress(of: valueExpr, ctx), let u = Interpreter.borrowedInstance(p) else { return nil }
        guard let cls = cachedGlobalClass(classExpr) else { return nil }
        return u._withUnsafeGuaranteedRef { ObjectIdentifier($0.cls) == cls } ? true : nil
    }

    /// The identity of the class a global name expression's cache holds (see
    /// `lookupCached`); nil when the cache does not answer or the value is no class.
    @inline(__always)
    private func cachedGlobalClass(_ e: Expr) -> ObjectIdentifier? {
        guard e.freeHops == 0, e.slot < 0, e.globalSerial == serial, e.globalVersion == globals.version,
              e.globalSlot >= 0 else { return nil }
        return globals.classIdentity(at: e.globalSlot)
    }
}

extension Argument {
    /// A positional argument's expression, unretained (the call's node keeps it alive); nil
    /// for other arguments. (`if case .positional(let e)` bound a retained copy.)
    @inline(__always)
    var positionalExpression: Unmanaged<Expr>? {
        switch self {
        case .positional(let e): return Unmanaged.passUnretained(e)
        default: return nil
        }
    }
}
