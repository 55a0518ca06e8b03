/// `x.__sizeof__()` where CPython 3.11's answer (64-bit build) follows from the value alone.
///
/// Ints (24 bytes and four per 30-bit digit, at least one), floats, `None`, `object()`, ranges, strings
/// (CPython's compact layouts: 49 bytes and one per character when ASCII, else 72 bytes and
/// 1, 2 or 4 per character and terminator by the widest character), tuples (24 bytes and a
/// pointer per item) and instances of plain script classes (16 bytes, a pointer per slot, one
/// more for the weak-reference slot a class without `__slots__` has). Lists, dicts and sets
/// are left without it: their size is the capacity CPython's growth policy reached through
/// the value's history, which Descent's containers do not model.
extension Interpreter {
    /// The size CPython reports for `v`, or nil when it is not a value this covers.
    func exactSize(of v: Value) -> Int? {
        func intSize(bits: Int) -> Int { 24 + 4 * max(1, (bits + 29) / 30) }
        switch v {
        case .none, .object(is PyBareObject): return 16
        case .bool: return 28
        case .int(let i): return intSize(bits: i == 0 ? 0 : Int.bitWidth - i.magnitude.leadingZeroBitCount)
        case .object(let b as PyBigInt):
            guard let top = b.value.limbs.last else { return intSize(bits: 0) }
            return intSize(bits: 32 * (b.value.limbs.count - 1) + 32 - top.leadingZeroBitCount)
        case .float: return 24
        case .str(let s):
            var widest: UInt32 = 0
            var count = 0
            for u in s.unicodeScalars {
                widest = max(widest, u.value)
                count += 1
            }
            if widest < 0x80 { return 49 + count }
            let width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4
            return 72 + width * (count + 1)
        case .tuple(let t): return 24 + 8 * t.count
        case .object(is PyRange), .object(is PyBigRange): return 48
        case .object(let i as PyInstance) where !(i is BuiltinSubclassInstance):
            guard i.cls.mro.allSatisfy({ $0.isUserDefined || $0 === CoreClasses.object }) else { return nil }
            let layout = i.cls.slotLayout
            if layout.count == 0 && !layout.noDict { return 24 }
            guard layout.noDict else { return nil }
            return 16 + 8 * layout.count + (layout.noWeakref ? 0 : 8)
        default: return nil
        }
    }

    /// `x.__sizeof__`, bound to `obj`, when `exactSize` covers it.
    func sizeofMethod(_ obj: Value) -> Value? {
        guard exactSize(of: obj) != nil else { return nil }
        let b = PyBuiltin.method("__sizeof__") { interp, receiver, args in
            _ = try args.positionalOnly("__sizeof__", 0...0)
            return .int(interp.exactSize(of: receiver) ?? 0)
        }
        return .object(PyMethod(function: .builtin(b), receiver: obj))
    }
}
