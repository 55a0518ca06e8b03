/// `bin`, `oct` and `hex`: an integer's digits in base 2, 8 or 16 with CPython's prefixes.
extension Interpreter {
    func installRadixBuiltins() {
        for (name, prefix, bits) in [("bin", "0b", 1), ("oct", "0o", 3), ("hex", "0x", 4)] {
            def(name) { interp, args in
                let a = try args.positionalOnly(name, 1...1)
                let n = try interp.indexInteger(a[0])
                return .str((n.negative ? "-" : "") + prefix + Self.digits(of: n.limbs, bits: bits))
            }
        }
    }

    /// An integer argument as `operator.index` takes it: int, bool, or an `__index__` method.
    func indexInteger(_ v: Value) throws -> BigInt {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let b as PyBigInt): return b.value
        default:
            if let i = v.instance, let f = special(i, "__index__") {
                let r = try callUnbound(f, self: v, Arguments())
                switch r {
                case .int(let n): return BigInt(n)
                case .object(let b as PyBigInt): return b.value
                default: throw PyError("TypeError", "__index__ returned non-int (type \(r.typeName))")
                }
            }
            throw PyError("TypeError", "'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// The magnitude `limbs` (base 2³², least significant first) in base 2^`bits`, lower case.
    static func digits(of limbs: [UInt32], bits: Int) -> String {
        if limbs.isEmpty { return "0" }
        let symbols = Array("0123456789abcdef")
        let total = limbs.count * 32
        var out: [Character] = []
        var start = 0
        while start < total {
            var d = 0
            for k in 0..<bits where start + k < total {
                let bit = Int(limbs[(start + k) / 32] >> UInt32((start + k) % 32)) & 1
                d |= bit << k
            }
            out.append(symbols[d])
            start += bits
        }
        while out.count > 1, out.last == "0" { out.removeLast() }
        return String(out.reversed())
    }
}
