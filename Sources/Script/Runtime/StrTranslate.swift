/// `str.maketrans` and `str.translate`, as CPython's Objects/unicodeobject.c words them.
extension Interpreter {
    /// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None.
    /// A static method: `str.maketrans(…)` and `"".maketrans(…)` alike.
    nonisolated(unsafe) static let maketransFunction = PyBuiltin("maketrans") { interp, args in
        let a = try args.positionalOnly("maketrans", 1...3)
        let table = PyDict()
        if a.count == 1 {
            guard case .dict(let d) = a[0] else {
                throw PyError("TypeError", "if you give only one argument to maketrans it must be a dict")
            }
            for (key, value) in d.pairs {
                switch key {
                case .str(let k):
                    guard k.unicodeScalars.count == 1, let c = k.unicodeScalars.first else {
                        throw PyError("ValueError", "string keys in translate table must be of length 1")
                    }
                    try table.set(.int(Int(c.value)), value)
                case .int, .bool: try table.set(.int(try interp.toInt(key, "maketrans")), value)
                default: throw PyError("TypeError", "keys in translate table must be strings or integers")
                }
            }
            return .dict(table)
        }
        guard case .str(let x) = a[0] else { throw PyError("TypeError", "maketrans() argument 1 must be str, not \(a[0].typeName)") }
        guard case .str(let y) = a[1] else { throw PyError("TypeError", "maketrans() argument 2 must be str, not \(a[1].typeName)") }
        let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
        guard xs.count == ys.count else { throw PyError("ValueError", "the first two maketrans arguments must have equal length") }
        for (c, d) in zip(xs, ys) { try table.set(.int(Int(c.value)), .int(Int(d.value))) }
        if a.count == 3 {
            guard case .str(let z) = a[2] else { throw PyError("TypeError", "maketrans() argument 3 must be str, not \(a[2].typeName)") }
            for c in z.unicodeScalars { try table.set(.int(Int(c.value)), .none) }
        }
        return .dict(table)
    }

    /// `s.translate(table)`: each character looked up by its code point with `table[…]`; a
    /// miss (`LookupError`) keeps it, None deletes it, an int or a str replaces it.
    func strTranslate(_ s: String, _ args: Arguments) throws -> Value {
        let a = try args.positionalOnly("translate", 1...1)
        let table = a[0]
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            let mapped: Value
            do {
                mapped = try getItem(table, .int(Int(c.value)))
            } catch let e as PyError where errorClass(e).isSubclass(of: exceptionClass(named: "LookupError")) {
                out.append(c)
                continue
            }
            switch mapped {
            case .none: continue
            case .str(let r): out.append(contentsOf: r.unicodeScalars)
            case .int(let i):
                guard i >= 0, i < 0x110000, let scalar = Unicode.Scalar(UInt32(i)) else {
                    throw PyError("ValueError", "character mapping must be in range(0x110000)")
                }
                out.append(scalar)
            default: throw PyError("TypeError", "character mapping must return integer, None or str")
            }
        }
        return .str(String(out))
    }
}
