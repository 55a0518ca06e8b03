/// The numeric conversion protocols of script instances, as CPython's abstract layer runs
/// them: `int(x)` (`__int__`, then `__index__`, then `__trunc__`), `float(x)` (`__float__`,
/// then `__index__`), `divmod(a, b)` (`__divmod__`, `__rdivmod__`)
/// and sequence indices (`__index__`), each with CPython's error when the method returns a
/// value of the wrong type.
extension Interpreter {
    /// `int(x)` for an instance: nil when it defines none of the conversion methods.
    func instanceToInt(_ i: PyInstance) throws -> Value? {
        let v = Value.object(i)
        if let f = special(i, "__int__") {
            let r = try callUnbound(f, self: v, Arguments())
            guard bigInt(r) != nil else { throw PyError("TypeError", "__int__ returned non-int (type \(r.typeName))") }
            return r.boolAsInt
        }
        if special(i, "__index__") != nil { return integer(try indexInteger(v)) }
        if let f = special(i, "__trunc__") {
            let r = try callUnbound(f, self: v, Arguments())
            guard bigInt(r) != nil else { throw PyError("TypeError", "__trunc__ returned non-Integral (type \(r.typeName))") }
            return r.boolAsInt
        }
        return nil
    }

    /// `float(x)` for an instance: nil when it defines neither `__float__` nor `__index__`.
    func instanceToFloat(_ i: PyInstance) throws -> Double? {
        let v = Value.object(i)
        if let f = special(i, "__float__") {
            let r = try callUnbound(f, self: v, Arguments())
            guard case .float(let d) = r else {
                throw PyError("TypeError", "\(i.cls.name).__float__ returned non-float (type \(r.typeName))")
            }
            return d
        }
        if special(i, "__index__") != nil {
            let n = try indexInteger(v)
            if let small = n.asInt { return Double(small) }
            guard let d = n.double else { throw PyError("OverflowError", "int too large to convert to float") }
            return d
        }
        return nil
    }

    /// `divmod(a, b)` with an instance on either side: `a.__divmod__(b)`, then
    /// `b.__rdivmod__(a)`; nil when neither is an instance.
    func instanceDivmod(_ a: Value, _ b: Value) throws -> Value? {
        let ai = a.instance, bi = b.instance
        guard ai != nil || bi != nil else { return nil }
        if let ai, let f = special(ai, "__divmod__") {
            let r = try callUnbound(f, self: a, b)
            if !r.isNotImplemented { return r }
        }
        if let bi, bi.cls !== ai?.cls, let f = special(bi, "__rdivmod__") {
            let r = try callUnbound(f, self: b, a)
            if !r.isNotImplemented { return r }
        }
        // Subclasses of int and float divide as their builtin values.
        if (ai == nil || a.builtinValue != nil) && (bi == nil || b.builtinValue != nil) { return nil }
        throw PyError("TypeError", "unsupported operand type(s) for divmod(): '\(a.typeName)' and '\(b.typeName)'")
    }

    /// A sequence index given by an instance's `__index__` (nil without one): CPython's
    /// IndexError when it does not fit in 64 bits.
    func instanceIndex(_ v: Value) throws -> Int? {
        guard let i = v.instance, special(i, "__index__") != nil else { return nil }
        guard let n = try indexInteger(v).asInt else {
            throw PyError("IndexError", "cannot fit '\(i.cls.name)' into an index-sized integer")
        }
        return n
    }
}
