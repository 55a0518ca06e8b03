import Foundation

/// `math`: CPython 3.11's math module, every function and constant, with its results (the C
/// library's for the elementary functions, as CPython calls it) and its error messages.
enum MathModule {
    static func install(in m: PyModule) {
        m.attributes["pi"] = .float(Double.pi)
        m.attributes["e"] = .float(M_E)
        m.attributes["tau"] = .float(2 * Double.pi)
        m.attributes["inf"] = .float(.infinity)
        m.attributes["nan"] = .float(.nan)
        // CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite
        // argument is an overflow for functions that can overflow, else a singularity.
        func unary(_ name: String, canOverflow: Bool = false, _ f: @escaping (Double) -> Double) {
            m.def(name) { interp, args in
                let x = try real(interp, oneArgument(name, args))
                let r = f(x)
                if r.isNaN && !x.isNaN { throw domainError }
                if r.isInfinite && x.isFinite { throw canOverflow ? rangeError : domainError }
                return .float(r)
            }
        }
        unary("acos", Foundation.acos)
        unary("acosh", Foundation.acosh)
        unary("asin", Foundation.asin)
        unary("asinh", Foundation.asinh)
        unary("atan", Foundation.atan)
        unary("atanh", Foundation.atanh)
        unary("cbrt", Foundation.cbrt)
        unary("cos", Foundation.cos)
        unary("cosh", canOverflow: true, Foundation.cosh)
        unary("erf", Foundation.erf)
        unary("erfc", Foundation.erfc)
        unary("exp", canOverflow: true, Foundation.exp)
        unary("exp2", canOverflow: true, Foundation.exp2)
        unary("expm1", canOverflow: true, Foundation.expm1)
        unary("fabs", Swift.abs)
        unary("log1p", Foundation.log1p)
        unary("sin", Foundation.sin)
        unary("sinh", canOverflow: true, Foundation.sinh)
        unary("sqrt", Foundation.sqrt)
        unary("tan", Foundation.tan)
        unary("tanh", Foundation.tanh)
        m.def("gamma") { interp, args in
            let x = try real(interp, oneArgument("gamma", args))
            return .float(try MathSpecial.gamma(x))
        }
        m.def("lgamma") { interp, args in
            let x = try real(interp, oneArgument("lgamma", args))
            return .float(try MathSpecial.lgamma(x))
        }
        m.def("degrees") { interp, args in .float(try real(interp, oneArgument("degrees", args)) * (180.0 / Double.pi)) }
        m.def("radians") { interp, args in .float(try real(interp, oneArgument("radians", args)) * (Double.pi / 180.0)) }
        for name in ["log", "log2", "log10"] {
            m.def(name) { interp, args in
                if name == "log" {
                    let a = try args.positionalOnly("log", 1...2)
                    let num = try logarithm(interp, a[0], Foundation.log)
                    guard a.count == 2 else { return .float(num) }
                    let den = try logarithm(interp, a[1], Foundation.log)
                    if den == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
                    return .float(num / den)
                }
                return .float(try logarithm(interp, oneArgument(name, args), name == "log2" ? Foundation.log2 : Foundation.log10))
            }
        }
        for name in ["floor", "ceil"] {
            m.def(name) { interp, args in
                let v = try oneArgument(name, args)
                switch v {
                case .int, .bool, .object(is PyBigInt): return v.boolAsInt
                default: break
                }
                let x = try real(interp, v)
                return try integral(interp, name == "floor" ? x.rounded(.down) : x.rounded(.up))
            }
        }
        m.def("trunc") { interp, args in
            let v = try oneArgument("trunc", args)
            switch v {
            case .int, .bool, .object(is PyBigInt): return v.boolAsInt
            case .float(let x): return try integral(interp, x.rounded(.towardZero))
            default: throw PyError("TypeError", "type \(v.typeName) doesn't define __trunc__ method")
            }
        }
        for name in ["isnan", "isinf", "isfinite"] {
            m.def(name) { interp, args in
                let x = try real(interp, oneArgument(name, args))
                return .bool(name == "isnan" ? x.isNaN : name == "isinf" ? x.isInfinite : x.isFinite)
            }
        }
        m.def("pow") { interp, args in
            let a = try twoArguments("pow", args)
            return .float(try power(real(interp, a.0), real(interp, a.1)))
        }
        m.def("atan2") { interp, args in
            let a = try twoArguments("atan2", args)
            return .float(Foundation.atan2(try real(interp, a.0), try real(interp, a.1)))
        }
        m.def("copysign") { interp, args in
            let a = try twoArguments("copysign", args)
            return .float(Foundation.copysign(try real(interp, a.0), try real(interp, a.1)))
        }
        m.def("fmod") { interp, args in
            let a = try twoArguments("fmod", args)
            let x = try real(interp, a.0), y = try real(interp, a.1)
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = Foundation.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError }
            return .float(r)
        }
        m.def("remainder") { interp, args in
            let a = try twoArguments("remainder", args)
            let x = try real(interp, a.0), y = try real(interp, a.1)
            if x.isNaN { return .float(x) }
            if y.isNaN { return .float(y) }
            if x.isInfinite || y == 0 { throw domainError }
            if y.isInfinite { return .float(x) }
            return .float(Foundation.remainder(x, y))
        }
        m.def("ldexp") { interp, args in
            let a = try twoArguments("ldexp", args)
            let x = try real(interp, a.0)
            guard case .int(let e) = a.1.boolAsInt else {
                if case .object(let b as PyBigInt) = a.1 {
                    if x == 0 || !x.isFinite { return .float(x) }
                    if b.value.negative { return .float(Foundation.copysign(0, x)) }
                    throw rangeError
                }
                throw PyError("TypeError", "Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            let r = Foundation.scalbn(x, Int(clamping: max(-100_000, min(100_000, e))))
            if r.isInfinite { throw rangeError }
            return .float(r)
        }
        m.def("frexp") { interp, args in
            let x = try real(interp, oneArgument("frexp", args))
            if x.isNaN || x.isInfinite || x == 0 { return .tuple(.pair(.float(x), .int(0))) }
            let r = Foundation.frexp(x)
            return .tuple(.pair(.float(r.0), .int(r.1)))
        }
        m.def("modf") { interp, args in
            let x = try real(interp, oneArgument("modf", args))
            if x.isInfinite { return .tuple(.pair(.float(Foundation.copysign(0, x)), .float(x))) }
            let i = x.rounded(.towardZero)
            return .tuple(.pair(.float(Foundation.copysign(x - i, x)), .float(i)))
        }
        m.def("nextafter") { interp, args in
            let a = try twoArguments("nextafter", args)
            return .float(Foundation.nextafter(try real(interp, a.0), try real(interp, a.1)))
        }
        m.def("ulp") { interp, args in
            var x = try real(interp, oneArgument("ulp", args))
            if x.isNaN { return .float(x) }
            x = Swift.abs(x)
            if x.isInfinite { return .float(x) }
            let up = Foundation.nextafter(x, .infinity)
            if up.isInfinite { return .float(x - Foundation.nextafter(x, -.infinity)) }
            return .float(up - x)
        }
        m.def("hypot") { interp, args in
            if let k = args.keywords.first { throw PyError("TypeError", "hypot() takes no keyword arguments" + (k.0.isEmpty ? "" : "")) }
            return .float(VectorNorm.norm(try args.positional.map { try real(interp, $0) }))
        }
        m.def("dist") { interp, args in
            let a = try twoArguments("dist", args)
            let p = try interp.collect(a.0), q = try interp.collect(a.1)
            guard p.count == q.count else { throw PyError("ValueError", "both points must have the same number of dimensions") }
            var diffs: [Double] = []
            for i in 0..<p.count { diffs.append(Swift.abs(try real(interp, p[i]) - real(interp, q[i]))) }
            return .float(VectorNorm.norm(diffs))
        }
        m.def("isclose") { interp, args in
            if args.positional.count > 2 {
                throw PyError("TypeError", "isclose() takes exactly 2 positional arguments (\(args.positional.count) given)")
            }
            let a = try args.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
            let x = try real(interp, a[0]!), y = try real(interp, a[1]!)
            let rel = try a[2].map { try real(interp, $0) } ?? 1e-9
            let absTol = try a[3].map { try real(interp, $0) } ?? 0
            if rel < 0 || absTol < 0 { throw PyError("ValueError", "tolerances must be non-negative") }
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = Swift.abs(y - x)
            return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= absTol)
        }
        m.def("fsum") { interp, args in
            let a = try oneArgument("fsum", args)
            var values: [Double] = []
            try interp.iterate(a) { values.append(try real(interp, $0)); return true }
            return .float(try ExactSum.fsum(values))
        }
        m.def("prod") { interp, args in
            guard args.positional.count == 1 else {
                throw PyError("TypeError", "prod() takes exactly 1 positional argument (\(args.positional.count) given)")
            }
            let a = try Arguments([], keywords: args.keywords).bind("prod", ["start"])
            var total = a[0] ?? .int(1)
            try interp.iterate(args.positional[0]) { v in
                total = try interp.binary(.mul, total, v)
                return true
            }
            return total
        }
        MathIntegers.install(in: m)
    }

    static var domainError: PyError { PyError("ValueError", "math domain error") }
    static var rangeError: PyError { PyError("OverflowError", "math range error") }

    /// A float argument (`PyFloat_AsDouble`): ints, bools and floats.
    static func real(_ interp: Interpreter, _ v: Value) throws -> Double {
        if case .object(let b as PyBigInt) = v {
            guard let d = b.value.double else { throw PyError("OverflowError", "int too large to convert to float") }
            return d
        }
        return try interp.mathArg(v)
    }

    /// The argument of a one-argument function (`METH_O`).
    static func oneArgument(_ name: String, _ args: Arguments) throws -> Value {
        if !args.keywords.isEmpty { throw PyError("TypeError", "math.\(name)() takes no keyword arguments") }
        guard args.positional.count == 1 else {
            throw PyError("TypeError", "math.\(name)() takes exactly one argument (\(args.positional.count) given)")
        }
        return args.positional[0]
    }

    /// The arguments of a two-argument function (`METH_FASTCALL`).
    static func twoArguments(_ name: String, _ args: Arguments) throws -> (Value, Value) {
        if !args.keywords.isEmpty { throw PyError("TypeError", "\(name)() takes no keyword arguments") }
        guard args.positional.count == 2 else {
            throw PyError("TypeError", "\(name) expected 2 arguments, got \(args.positional.count)")
        }
        return (args.positional[0], args.positional[1])
    }

    /// An integral float as an int (of any size), as `floor`/`ceil`/`trunc` return it.
    static func integral(_ interp: Interpreter, _ d: Double) throws -> Value {
        if d.isNaN { throw PyError("ValueError", "cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError("OverflowError", "cannot convert float infinity to integer") }
        if let i = Int(exactly: d) { return .int(i) }
        return interp.integer(BigInt(exactly: d)!)
    }

    /// CPython's `loghelper`: ints too large for a float are logged through their bit length.
    static func logarithm(_ interp: Interpreter, _ v: Value, _ f: (Double) -> Double) throws -> Double {
        if case .object(let b as PyBigInt) = v {
            if b.value.negative { throw domainError }
            if let d = b.value.double { return f(d) }
            // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e * log(2).
            let shift = b.value.bitWidth - 60
            let top = Double(BigInt.floorDivMod(b.value, BigInt(1).shiftedLeft(shift)).0.asInt!)
            let (m, e) = Foundation.frexp(top)
            return f(m) + Double(e + shift) * f(2.0)
        }
        if case .int(let i) = v.boolAsInt, i <= 0 { throw domainError }
        let x = try real(interp, v)
        if x.isNaN { return x }
        if x.isInfinite { if x > 0 { return x }; throw domainError }
        if x <= 0 { throw domainError }
        return f(x)
    }

    /// CPython's `math.pow`: C99's pow with Python's errors.
    static func power(_ x: Double, _ y: Double) throws -> Double {
        if !x.isFinite || !y.isFinite {
            if x.isNaN { return y == 0 ? 1 : x }
            if y.isNaN { return x == 1 ? 1 : y }
            if x.isInfinite {
                let odd = y.isFinite && Foundation.fmod(Swift.abs(y), 2) == 1
                if y > 0 { return odd ? x : Swift.abs(x) }
                if y == 0 { return 1 }
                return odd ? Foundation.copysign(0, x) : 0
            }
            if Swift.abs(x) == 1 { return 1 }
            if (y > 0) == (Swift.abs(x) > 1) { return .infinity }
            return 0
        }
        let r = Foundation.pow(x, y)
        if r.isNaN { throw domainError }
        if r.isInfinite {
            if x == 0 { throw domainError }
            throw rangeError
        }
        return r
    }
}
