import Foundation

/// `random`: CPython 3.11's Lib/random.py over its Mersenne Twister, so that after
/// `random.seed(n)` every function draws exactly CPython's values.
///
/// An unseeded generator starts as `random.seed(0)` would leave it (CPython seeds from the
/// operating system, which would make pages differ on every build).
enum RandomModule {
    static let randomClass = PyClass("Random", module: "random", base: CoreClasses.object) { interp, args in
        let a = try args.positionalOnly("Random", 0...1)
        let r = PyRandom()
        if let s = a.first { try r.seed(s, interp) }
        return .object(r)
    }

    static func install(in m: PyModule, _ interp: Interpreter) {
        let generator = PyRandom()
        for name in PyRandom.methods {
            if let f = generator.method(name) { m.attributes[name] = f }
        }
        m.attributes["Random"] = .type(randomClass)
    }
}

/// A `random.Random` instance: one generator and its cached second Gaussian.
final class PyRandom: PyObject {
    var twister = PythonRandomState(key: [0])
    var gaussNext: Double?

    var pyClass: PyClass { RandomModule.randomClass }

    static let methods = ["seed", "random", "uniform", "randint", "randrange", "choice", "choices", "shuffle",
                          "sample", "gauss", "normalvariate", "lognormvariate", "expovariate", "triangular",
                          "gammavariate", "betavariate", "paretovariate", "weibullvariate",
                          "getrandbits", "getstate", "setstate"]

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { method(name) }

    /// The bound method `name`.
    func method(_ name: String) -> Value? {
        guard PyRandom.methods.contains(name) else { return nil }
        return .builtin(PyBuiltin(name, boundSelf: .object(self)) { interp, args in
            try self.call(name, args, interp)
        })
    }

    /// `random.seed(a)`: ints by their absolute value, floats by their hash, strs by their
    /// UTF-8 bytes followed by their SHA-512 digest read as one big-endian int (version 2) or
    /// by CPython's old string hash (version 1), as CPython.
    func seed(_ a: Value, version: Int = 2, _ interp: Interpreter) throws {
        gaussNext = nil
        switch a {
        case .none:
            twister.seed(key: [0])
        case .int, .bool, .object(is PyBigInt):
            let n = try interp.indexValue(a)
            twister.seed(key: n.limbs)
        case .float(let d):
            let h = UInt64(bitPattern: Int64(PyHash.float(d)))
            twister.seed(key: h >> 32 == 0 ? [UInt32(truncatingIfNeeded: h)] : [UInt32(truncatingIfNeeded: h), UInt32(truncatingIfNeeded: h >> 32)])
        case .str(let s) where version == 1:
            let scalars = s.unicodeScalars.map { UInt64($0.value) }
            var x: UInt64 = scalars.first.map { $0 << 7 } ?? 0
            for c in scalars { x = (1_000_003 &* x) ^ c }
            x ^= UInt64(scalars.count)
            try seed(.object(PyBigInt(BigInt(negative: false, limbs: [UInt32(truncatingIfNeeded: x), UInt32(truncatingIfNeeded: x >> 32)]))), interp)
        case .str(let s):
            let bytes = Array(s.utf8)
            let all = bytes + SHA512.digest(bytes)
            var limbs: [UInt32] = []
            var end = all.count
            while end > 0 {
                let start = max(0, end - 4)
                var limb: UInt32 = 0
                for b in all[start..<end] { limb = limb << 8 | UInt32(b) }
                limbs.append(limb)
                end = start
            }
            while limbs.count > 1 && limbs.last == 0 { limbs.removeLast() }
            twister.seed(key: limbs)
        default:
            throw PyError("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
    }

    func random() -> Double { twister.nextDouble() }

    func call(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        switch name {
        case "seed":
            let a = try args.bind("seed", ["a", "version"])
            try seed(a[0] ?? .none, version: try a[1].map { try interp.toInt($0, "seed") } ?? 2, interp)
            return .none
        case "random":
            _ = try args.positionalOnly("random", 0...0)
            return .float(random())
        case "uniform":
            let a = try args.bind("uniform", ["a", "b"], required: 2)
            let lo = try interp.toDouble(a[0]!), hi = try interp.toDouble(a[1]!)
            return .float(lo + (hi - lo) * random())
        case "randint":
            let a = try args.bind("randint", ["a", "b"], required: 2)
            return try randrange(a[0]!, try interp.binary(.add, a[1]!, .int(1)), .int(1), interp)
        case "randrange":
            let a = try args.bind("randrange", ["start", "stop", "step"], required: 1)
            return try randrange(a[0]!, a[1] ?? .none, a[2], interp)
        case "getstate":
            _ = try args.positionalOnly("getstate", 0...0)
            let (words, position) = twister.cpythonState
            let inner = PyTuple.of(words.map { .int(Int($0)) } + [.int(position)])
            return .tuple(PyTuple.of([.int(3), .tuple(inner), gaussNext.map { .float($0) } ?? .none]))
        case "setstate":
            let a = try args.positionalOnly("setstate", 1...1)
            guard case .tuple(let state) = a[0], state.count >= 1 else {
                throw PyError("TypeError", "'\(a[0].typeName)' object is not subscriptable")
            }
            // Version 2 (Python 2's pickles) holds the words as numbers of any kind.
            let version2: Bool
            if case .int(2) = state[0] { version2 = true } else { version2 = false }
            guard version2 || { if case .int(3) = state[0] { return true } else { return false } }() else {
                throw PyError("ValueError", "state with version \(try interp.str(state[0])) passed to Random.setstate() of version 3")
            }
            guard state.count == 3 else {
                throw PyError("ValueError", state.count > 3 ? "too many values to unpack (expected 3)" : "not enough values to unpack (expected 3, got \(state.count))")
            }
            guard case .tuple(var inner) = state[1] else { throw PyError("TypeError", "state vector must be a tuple") }
            if version2 {
                inner = PyTuple.of(try inner.items.map { v in
                    let n = try interp.indexValue(try interp.call(.type(CoreClasses.int), Arguments([v])))
                    return .int(Int(n.limbs.first ?? 0) * (n.negative && n.limbs.first ?? 0 != 0 ? -1 : 1) & 0xffff_ffff)
                })
            }
            guard inner.count == 625 else { throw PyError("ValueError", "state vector is the wrong size") }
            var words: [UInt32] = []
            for i in 0..<624 {
                guard case .int(let w) = inner[i], w >= 0, w <= Int(UInt32.max) else {
                    throw PyError("OverflowError", "Python int too large to convert to C unsigned long")
                }
                words.append(UInt32(w))
            }
            guard case .int(let position) = inner[624], position >= 0, position <= 624 else {
                throw PyError("ValueError", "invalid state")
            }
            let gauss: Double?
            switch state[2] {
            case .none: gauss = nil
            case .float(let d): gauss = d
            case .int(let i): gauss = Double(i)
            default: gauss = try interp.toDouble(state[2])
            }
            twister = PythonRandomState(cpythonWords: words, position: position)
            gaussNext = gauss
            return .none
        case "getrandbits":
            let a = try args.positionalOnly("getrandbits", 1...1)
            let k = try interp.toInt(a[0], "getrandbits")
            if k < 0 { throw PyError("ValueError", "number of bits must be non-negative") }
            if k <= 64 {
                let r = twister.bits(k)
                return r <= UInt64(Int.max) ? .int(Int(r)) : interp.integer(BigInt(negative: false, limbs: [UInt32(truncatingIfNeeded: r), UInt32(truncatingIfNeeded: r >> 32)]))
            }
            var words: [UInt32] = []
            var left = k
            while left > 0 {
                var w = twister.next()
                if left < 32 { w >>= UInt32(32 - left) }
                words.append(w)
                left -= 32
            }
            return interp.integer(BigInt(negative: false, limbs: words))
        case "choice":
            let a = try args.positionalOnly("choice", 1...1)
            let n = try interp.length(a[0])
            if n == 0 { throw PyError("IndexError", "Cannot choose from an empty sequence") }
            return try interp.getItem(a[0], .int(twister.below(n)))
        case "shuffle":
            let a = try args.positionalOnly("shuffle", 1...1)
            guard case .list(let l) = a[0] else {
                let n = try interp.length(a[0])
                for i in stride(from: n - 1, through: 1, by: -1) {
                    let j = twister.below(i + 1)
                    let x = try interp.getItem(a[0], .int(i)), y = try interp.getItem(a[0], .int(j))
                    try interp.setItem(a[0], .int(i), y)
                    try interp.setItem(a[0], .int(j), x)
                }
                return .none
            }
            for i in stride(from: l.items.count - 1, through: 1, by: -1) {
                let j = twister.below(i + 1)
                l.items.swapAt(i, j)
            }
            return .none
        case "sample":
            return try sample(args, interp)
        case "choices":
            return try choices(args, interp)
        case "gauss":
            let a = try args.bind("gauss", ["mu", "sigma"])
            let mu = try a[0].map { try interp.toDouble($0) } ?? 0, sigma = try a[1].map { try interp.toDouble($0) } ?? 1
            var z: Double
            if let g = gaussNext {
                z = g
                gaussNext = nil
            } else {
                let x2pi = random() * 2 * Double.pi
                let g2rad = Foundation.sqrt(-2.0 * Foundation.log(1.0 - random()))
                z = Foundation.cos(x2pi) * g2rad
                gaussNext = Foundation.sin(x2pi) * g2rad
            }
            return .float(mu + z * sigma)
        case "normalvariate", "lognormvariate":
            let a = try args.bind(name, ["mu", "sigma"], required: name == "lognormvariate" ? 2 : 0)
            let mu = try a[0].map { try interp.toDouble($0) } ?? 0, sigma = try a[1].map { try interp.toDouble($0) } ?? 1
            let magic = 4 * Foundation.exp(-0.5) / Foundation.sqrt(2.0)
            var z: Double
            while true {
                let u1 = random()
                let u2 = 1.0 - random()
                z = magic * (u1 - 0.5) / u2
                let zz = z * z / 4.0
                if zz <= -Foundation.log(u2) { break }
            }
            let r = mu + z * sigma
            return .float(name == "normalvariate" ? r : Foundation.exp(r))
        case "gammavariate", "betavariate", "paretovariate", "weibullvariate":
            return try distributionDraw(name, args, interp) ?? .none
        case "expovariate":
            let a = try args.bind("expovariate", ["lambd"])
            let lambd = try a[0].map { try interp.toDouble($0) } ?? 1
            if lambd == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
            return .float(-Foundation.log(1.0 - random()) / lambd)
        case "triangular":
            let a = try args.bind("triangular", ["low", "high", "mode"])
            var low = try a[0].map { try interp.toDouble($0) } ?? 0, high = try a[1].map { try interp.toDouble($0) } ?? 1
            var u = random()
            var c = 0.5
            if let mode = a[2], !mode.isNone {
                if high - low == 0 { return .float(low) }
                c = (try interp.toDouble(mode) - low) / (high - low)
            }
            if u > c {
                u = 1.0 - u
                c = 1.0 - c
                swap(&low, &high)
            }
            return .float(low + (high - low) * Foundation.sqrt(u * c))
        default:
            return .none
        }
    }

    /// An int argument of `randrange`: ints, or floats that are whole (deprecated in 3.11).
    private func rangeArgument(_ v: Value, _ which: String, _ interp: Interpreter) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            guard d == d.rounded(.towardZero), d.isFinite else { throw PyError("ValueError", "non-integer \(which) for randrange()") }
            return try interp.floatToInt(d)
        case .object(is PyBigInt): throw PyError("OverflowError", "Python int too large to convert to C ssize_t")
        default:
            throw PyError("TypeError", "'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    private func randrange(_ start: Value, _ stop: Value, _ step: Value?, _ interp: Interpreter) throws -> Value {
        let istart = try rangeArgument(start, "arg 1", interp)
        if stop.isNone {
            if step != nil { throw PyError("TypeError", "Missing a non-None stop argument") }
            if istart > 0 { return .int(twister.below(istart)) }
            throw PyError("ValueError", "empty range for randrange()")
        }
        let istop = try rangeArgument(stop, "stop", interp)
        let (width, o) = istop.subtractingReportingOverflow(istart)
        if o { throw PyError("OverflowError", "Python int too large to convert to C ssize_t") }
        let istep = try step.map { try rangeArgument($0, "step", interp) } ?? 1
        if istep == 1 {
            if width > 0 { return .int(istart + twister.below(width)) }
            throw PyError("ValueError", "empty range for randrange() (\(istart), \(istop), \(width))")
        }
        func floorDiv(_ a: Int, _ b: Int) -> Int { let q = a / b; return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q }
        let n: Int
        if istep > 0 {
            n = floorDiv(width + istep - 1, istep)
        } else if istep < 0 {
            n = floorDiv(width + istep + 1, istep)
        } else {
            throw PyError("ValueError", "zero step for randrange()")
        }
        if n <= 0 { throw PyError("ValueError", "empty range for randrange()") }
        return .int(istart + istep * twister.below(n))
    }

    private func sample(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try args.bind("sample", ["population", "k", "counts"], required: 1)
        let population = a[0]!
        switch population {
        case .list, .tuple, .str, .object(is PyRange): break
        default: throw PyError("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        guard let kv = a[1] else { throw PyError("TypeError", "Random.sample() missing 1 required positional argument: 'k'") }
        let k = try interp.toInt(kv, "sample")
        let n = try interp.length(population)
        if let counts = a[2], !counts.isNone {
            var cum: [Int] = []
            var total = 0
            for c in try interp.collect(counts) {
                guard case .int(let i) = c.boolAsInt else { throw PyError("TypeError", "Counts must be integers") }
                total += i
                cum.append(total)
            }
            if cum.count != n { throw PyError("ValueError", "The number of counts does not match the population") }
            cum.removeLast()
            if total <= 0 { throw PyError("ValueError", "Total of counts must be greater than zero") }
            guard case .list(let picks) = try sample(Arguments([.object(PyRange(start: 0, stop: total, step: 1))], keywords: [("k", .int(k))]), interp) else { return .none }
            return .list(PyList(try picks.items.map { s in
                guard case .int(let v) = s else { return .none }
                let idx = cum.firstIndex { $0 > v } ?? cum.count
                return try interp.getItem(population, .int(idx))
            }))
        }
        if !(0 <= k && k <= n) { throw PyError("ValueError", "Sample larger than population or is negative") }
        var result = [Value](repeating: .none, count: k)
        var setsize = 21
        if k > 5 {
            let e = (Foundation.log(Double(k * 3)) / Foundation.log(4.0)).rounded(.up)
            setsize += Int(Foundation.pow(4.0, e))
        }
        if n <= setsize {
            var pool = try interp.collect(population)
            for i in 0..<k {
                let j = twister.below(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected: Set<Int> = []
            for i in 0..<k {
                var j = twister.below(n)
                while selected.contains(j) { j = twister.below(n) }
                selected.insert(j)
                result[i] = try interp.getItem(population, .int(j))
            }
        }
        return .list(PyList(result))
    }

    private func choices(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try args.bind("choices", ["population", "weights", "cum_weights", "k"], required: 1)
        let population = a[0]!
        let n = try interp.length(population)
        let k = try a[3].map { try interp.toInt($0, "choices") } ?? 1
        var cum: [Value]
        if let cw = a[2], !cw.isNone {
            if let w = a[1], !w.isNone { throw PyError("TypeError", "Cannot specify both weights and cumulative weights") }
            cum = try interp.collect(cw)
        } else if let w = a[1], !w.isNone {
            if case .int(let kk) = w { throw PyError("TypeError", "The number of choices must be a keyword argument: k=\(kk)") }
            cum = []
            var total: Value?
            try interp.iterate(w) { v in
                total = try total.map { try interp.binary(.add, $0, v) } ?? v
                cum.append(total!)
                return true
            }
        } else {
            let nf = Double(n)
            return .list(PyList(try (0..<max(0, k)).map { _ in try interp.getItem(population, .int(Int((random() * nf).rounded(.down)))) }))
        }
        if cum.count != n { throw PyError("ValueError", "The number of weights does not match the population") }
        let total = try interp.toDouble(cum[n - 1]) + 0.0
        if total <= 0 { throw PyError("ValueError", "Total of weights must be greater than zero") }
        if !total.isFinite { throw PyError("ValueError", "Total of weights must be finite") }
        let hi = n - 1
        var out: [Value] = []
        for _ in 0..<max(0, k) {
            let x = Value.float(random() * total)
            var lo = 0, h = hi
            while lo < h {
                let mid = (lo + h) / 2
                if try interp.order(x, cum[mid], .lt) < 0 { h = mid } else { lo = mid + 1 }
            }
            out.append(try interp.getItem(population, .int(lo)))
        }
        return .list(PyList(out))
    }
}
