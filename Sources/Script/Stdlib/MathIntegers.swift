/// The integer functions of `math`: `factorial`, `isqrt`, `comb`, `perm`, `gcd`, `lcm`,
/// exact for ints of any size.
enum MathIntegers {
    static func install(in m: PyModule) {
        m.def("factorial") { interp, args in
            let v = try MathModule.oneArgument("factorial", args)
            if case .float = v { throw PyError("TypeError", "'float' object cannot be interpreted as an integer") }
            let n = try interp.indexValue(v)
            if n.negative { throw PyError("ValueError", "factorial() not defined for negative values") }
            guard let k = n.asInt, k <= 1_000_000 else { throw PyError("OverflowError", "factorial() argument should not exceed 9223372036854775807") }
            return interp.integer(product(from: 2, through: k))
        }
        m.def("isqrt") { interp, args in
            let n = try interp.indexValue(try MathModule.oneArgument("isqrt", args))
            if n.negative { throw PyError("ValueError", "isqrt() argument must be nonnegative") }
            return interp.integer(isqrt(n))
        }
        m.def("comb") { interp, args in
            let a = try MathModule.twoArguments("comb", args)
            let n = try interp.indexValue(a.0), k = try interp.indexValue(a.1)
            if n.negative { throw PyError("ValueError", "n must be a non-negative integer") }
            if k.negative { throw PyError("ValueError", "k must be a non-negative integer") }
            guard let ni = n.asInt, let ki = k.asInt else { throw PyError("OverflowError", "min(n - k, k) must not exceed 9223372036854775807") }
            if ki > ni { return .int(0) }
            let r = min(ki, ni - ki)
            var c = BigInt(1)
            for i in 0..<r {
                c = BigInt.floorDivMod(c * BigInt(ni - i), BigInt(i + 1)).0
            }
            return interp.integer(c)
        }
        m.def("perm") { interp, args in
            if !args.keywords.isEmpty { throw PyError("TypeError", "perm() takes no keyword arguments") }
            guard (1...2).contains(args.positional.count) else {
                throw PyError("TypeError", "perm expected at \(args.positional.count == 0 ? "least 1 argument" : "most 2 arguments"), got \(args.positional.count)")
            }
            let n = try interp.indexValue(args.positional[0])
            if args.positional.count == 1 || args.positional[1].isNone {
                if n.negative { throw PyError("ValueError", "n must be a non-negative integer") }
                guard let k = n.asInt else { throw PyError("OverflowError", "n must not exceed 9223372036854775807") }
                return interp.integer(product(from: 2, through: k))
            }
            let k = try interp.indexValue(args.positional[1])
            if n.negative { throw PyError("ValueError", "n must be a non-negative integer") }
            if k.negative { throw PyError("ValueError", "k must be a non-negative integer") }
            guard let ni = n.asInt, let ki = k.asInt else { throw PyError("OverflowError", "k must not exceed 9223372036854775807") }
            if ki > ni { return .int(0) }
            return interp.integer(product(from: ni - ki + 1, through: ni))
        }
        m.def("gcd") { interp, args in
            if !args.keywords.isEmpty { throw PyError("TypeError", "gcd() takes no keyword arguments") }
            var g = BigInt(0)
            for v in args.positional { g = gcd(g, try interp.indexValue(v)) }
            return interp.integer(g)
        }
        m.def("lcm") { interp, args in
            if !args.keywords.isEmpty { throw PyError("TypeError", "lcm() takes no keyword arguments") }
            var l = BigInt(1)
            for v in args.positional {
                let x = try interp.indexValue(v)
                if x.isZero || l.isZero { l = BigInt(0); continue }
                let g = gcd(l, x)
                l = BigInt(negative: false, limbs: (BigInt.floorDivMod(l, g).0 * x).limbs)
            }
            return interp.integer(l)
        }
    }

    /// lo × (lo+1) × … × hi (1 when the range is empty), multiplying in 64 bits while it fits.
    static func product(from lo: Int, through hi: Int) -> BigInt {
        var result = BigInt(1)
        var chunk = 1
        var i = max(lo, 1)
        while i <= hi {
            let (p, o) = chunk.multipliedReportingOverflow(by: i)
            if o {
                result = result * BigInt(chunk)
                chunk = i
            } else {
                chunk = p
            }
            i += 1
        }
        return result * BigInt(chunk)
    }

    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = BigInt(negative: false, limbs: a.limbs), y = BigInt(negative: false, limbs: b.limbs)
        while !y.isZero {
            if let xi = x.asInt, let yi = y.asInt {
                var p = xi, q = yi
                while q != 0 { (p, q) = (q, p % q) }
                return BigInt(p)
            }
            (x, y) = (y, BigInt.floorDivMod(x, y).1)
        }
        return x
    }

    /// The integer square root: the largest r with r*r <= n.
    static func isqrt(_ n: BigInt) -> BigInt {
        if let i = n.asInt {
            var r = Int(Double(i).squareRoot())
            while r > 0 && r.multipliedReportingOverflow(by: r).overflow { r -= 1 }
            while r * r > i { r -= 1 }
            while case let (s, o) = (r + 1).multipliedReportingOverflow(by: r + 1), !o, s <= i { r += 1 }
            return BigInt(r)
        }
        // Newton's iteration from above.
        var x = BigInt(1).shiftedLeft((n.bitWidth + 1) / 2 + 1)
        while true {
            let y = BigInt.floorDivMod(x + BigInt.floorDivMod(n, x).0, BigInt(2)).0
            if BigInt.compare(y, x) >= 0 { return x }
            x = y
        }
    }
}
