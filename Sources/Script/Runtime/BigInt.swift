/// An integer beyond 64 bits: sign and magnitude in base-2³² limbs, least significant first.
///
/// Ints stay Swift `Int`s; an operation that overflows continues here, and results that fit
/// again become `Int`s, so Python's unbounded ints print and compare as in CPython.
struct BigInt: Equatable {
    var negative: Bool
    /// Magnitude limbs, no trailing zero limbs; empty for zero.
    var limbs: [UInt32]

    init(_ n: Int) {
        negative = n < 0
        var m = n.magnitude
        limbs = []
        while m > 0 {
            limbs.append(UInt32(truncatingIfNeeded: m))
            m >>= 32
        }
    }

    init(negative: Bool, limbs: [UInt32]) {
        var l = limbs
        while l.last == 0 { l.removeLast() }
        self.limbs = l
        self.negative = l.isEmpty ? false : negative
    }

    /// An exact integer-valued double (`int(1e20)`).
    init?(exactly d: Double) {
        guard d.isFinite, d == d.rounded() else { return nil }
        if let i = Int(exactly: d) { self.init(i); return }
        let exponent = Int(d.exponent) - 52
        let significand = BigInt(Int(d.significandBitPattern | (1 << 52)))
        var m = significand
        m = exponent >= 0 ? m.shiftedLeft(exponent) : m
        self.init(negative: d < 0, limbs: m.limbs)
    }

    /// Parses decimal digits with an optional sign.
    init?(_ text: String) {
        var s = Substring(text)
        var neg = false
        if s.first == "-" || s.first == "+" { neg = s.first == "-"; s = s.dropFirst() }
        guard let value = BigInt(magnitude: s, radix: 10) else { return nil }
        self.init(negative: neg, limbs: value.limbs)
    }

    /// Parses unsigned digits in `radix` (2...36, either case), nil when any character is not
    /// such a digit or there is none. Takes the digits in groups that fit a limb, so the work
    /// is one limb-wide multiply-add per group rather than per digit.
    init?(magnitude s: Substring, radix: Int) {
        guard !s.isEmpty, (2...36).contains(radix) else { return nil }
        var group = 1, scale: UInt64 = UInt64(radix)
        while scale * UInt64(radix) <= UInt64(UInt32.max) { scale *= UInt64(radix); group += 1 }
        var limbs: [UInt32] = []
        var chunk: UInt64 = 0, chunkScale: UInt64 = 1, inChunk = 0
        func flush() {
            // limbs = limbs * chunkScale + chunk
            var carry = chunk
            for i in 0..<limbs.count {
                let cur = UInt64(limbs[i]) * chunkScale + carry
                limbs[i] = UInt32(truncatingIfNeeded: cur)
                carry = cur >> 32
            }
            if carry > 0 { limbs.append(UInt32(carry)) }
            chunk = 0; chunkScale = 1; inChunk = 0
        }
        for c in s.utf8 {
            let d: Int
            switch c {
            case 48...57: d = Int(c) - 48
            case 97...122: d = Int(c) - 87
            case 65...90: d = Int(c) - 55
            default: return nil
            }
            guard d < radix else { return nil }
            chunk = chunk * UInt64(radix) + UInt64(d)
            chunkScale *= UInt64(radix)
            inChunk += 1
            if inChunk == group { flush() }
        }
        if inChunk > 0 { flush() }
        self.init(negative: false, limbs: limbs)
    }

    var isZero: Bool { limbs.isEmpty }

    /// The value as an `Int` when it fits.
    var asInt: Int? {
        if limbs.count > 2 { return nil }
        var m: UInt = 0
        for (i, l) in limbs.enumerated() { m |= UInt(l) << (32 * i) }
        if negative {
            if m <= UInt(Int.max) { return -Int(m) }
            if m == UInt(Int.max) + 1 { return Int.min }
            return nil
        }
        return m <= UInt(Int.max) ? Int(m) : nil
    }

    static func compareMagnitude(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return 0
    }

    static func addMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let s = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            out.append(UInt32(truncatingIfNeeded: s))
            carry = s >> 32
        }
        if carry > 0 { out.append(UInt32(carry)) }
        return out
    }

    /// a - b for |a| >= |b|.
    static func subtractMagnitude(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var d = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            borrow = d < 0 ? 1 : 0
            if d < 0 { d += 1 << 32 }
            out.append(UInt32(d))
        }
        return out
    }

    static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return BigInt(negative: a.negative, limbs: addMagnitude(a.limbs, b.limbs)) }
        if compareMagnitude(a.limbs, b.limbs) >= 0 {
            return BigInt(negative: a.negative, limbs: subtractMagnitude(a.limbs, b.limbs))
        }
        return BigInt(negative: b.negative, limbs: subtractMagnitude(b.limbs, a.limbs))
    }

    static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, limbs: a.limbs) }

    static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }

    static func * (a: BigInt, b: BigInt) -> BigInt {
        if a.isZero || b.isZero { return BigInt(0) }
        var out = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let t = UInt64(x) * UInt64(y) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            var k = i + b.limbs.count
            while carry > 0 {
                let t = UInt64(out[k]) + carry
                out[k] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
                k += 1
            }
        }
        return BigInt(negative: a.negative != b.negative, limbs: out)
    }

    func multipliedSmall(_ m: UInt32) -> BigInt { self * BigInt(Int(m)) }
    func addingSmall(_ m: UInt32) -> BigInt { self + BigInt(Int(m)) }

    func shiftedLeft(_ bits: Int) -> BigInt {
        if isZero || bits == 0 { return self }
        let whole = bits / 32, part = bits % 32
        var out = [UInt32](repeating: 0, count: whole) + limbs + [0]
        if part > 0 {
            var carry: UInt32 = 0
            for i in whole..<out.count {
                let v = out[i]
                out[i] = (v << part) | carry
                carry = v >> (32 - part)
            }
        }
        return BigInt(negative: negative, limbs: out)
    }

    var bitWidth: Int { limbs.isEmpty ? 0 : (limbs.count - 1) * 32 + (32 - limbs.last!.leadingZeroBitCount) }

    func bit(_ i: Int) -> Bool { (limbs[i / 32] >> (i % 32)) & 1 == 1 }

    /// Truncated quotient and remainder of magnitudes (binary long division).
    static func divideMagnitude(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
        var quotient = [UInt32](repeating: 0, count: a.limbs.count)
        var remainder = BigInt(0)
        let divisor = BigInt(negative: false, limbs: b.limbs)
        for i in stride(from: a.bitWidth - 1, through: 0, by: -1) {
            remainder = remainder.shiftedLeft(1)
            if a.bit(i) { remainder = remainder + BigInt(1) }
            if compareMagnitude(remainder.limbs, divisor.limbs) >= 0 {
                remainder = remainder - divisor
                quotient[i / 32] |= 1 << (i % 32)
            }
        }
        return (BigInt(negative: false, limbs: quotient), remainder)
    }

    /// Python's floor division and modulo (remainder has the divisor's sign).
    static func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
        var (q, r) = divideMagnitude(a, b)
        q = BigInt(negative: a.negative != b.negative, limbs: q.limbs)
        r = BigInt(negative: a.negative, limbs: r.limbs)
        if !r.isZero && (r.negative != b.negative) {
            q = q - BigInt(1)
            r = r + b
        }
        return (q, r)
    }

    static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let m = compareMagnitude(a.limbs, b.limbs)
        return a.negative ? -m : m
    }

    /// Decimal digits, as `str(n)`.
    var description: String {
        if isZero { return "0" }
        var parts: [String] = []
        var m = limbs
        while !m.isEmpty {
            var rem: UInt64 = 0
            for i in stride(from: m.count - 1, through: 0, by: -1) {
                let cur = (rem << 32) | UInt64(m[i])
                m[i] = UInt32(cur / 1_000_000_000)
                rem = cur % 1_000_000_000
            }
            while m.last == 0 { m.removeLast() }
            parts.append(String(rem))
        }
        var text = parts.last!
        for p in parts.dropLast().reversed() { text += String(repeating: "0", count: 9 - p.count) + p }
        return (negative ? "-" : "") + text
    }

    /// The magnitude's digits in `radix` (2...36), lowercase, no sign or prefix.
    func magnitudeText(radix: Int) -> String {
        if radix == 10 { return negative ? String(description.dropFirst()) : description }
        if isZero { return "0" }
        var m = limbs
        var digits: [UInt8] = []
        let r = UInt64(radix)
        while !m.isEmpty {
            var rem: UInt64 = 0
            for i in stride(from: m.count - 1, through: 0, by: -1) {
                let cur = (rem << 32) | UInt64(m[i])
                m[i] = UInt32(cur / r)
                rem = cur % r
            }
            while m.last == 0 { m.removeLast() }
            digits.append(UInt8(rem < 10 ? 48 + rem : 87 + rem))
        }
        return String(decoding: digits.reversed(), as: UTF8.self)
    }

    /// The nearest double (Python's `float(n)`), correctly rounded; nil when it overflows.
    var double: Double? {
        let d = Double(description) ?? .infinity
        return d.isFinite ? d : nil
    }
}

/// An int too large for 64 bits, as a script value (its class is `int`).
final class PyBigInt: PyObject {
    let value: BigInt
    init(_ value: BigInt) { self.value = value }
    var pyClass: PyClass { CoreClasses.int }
    func repr(_ interp: Interpreter) throws -> String { try IntStringLimit.decimal(value) }
    var truthValue: Bool? { !value.isZero }
}

extension Interpreter {
    /// An integer result: an `Int` when it fits, else a big int.
    func integer(_ b: BigInt) -> Value {
        if let i = b.asInt { return .int(i) }
        return .object(PyBigInt(b))
    }

    /// The value as a big int if it is an int of either size.
    func bigInt(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let b as PyBigInt): return b.value
        default: return nil
        }
    }

    /// Integer arithmetic beyond 64 bits (called when an `Int` operation overflows or a big int is involved).
    func bigBinary(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws -> Value {
        switch op {
        case .add: return integer(x + y)
        case .sub: return integer(x - y)
        case .mul:
            if x.limbs.count + y.limbs.count > 4096 { throw PyError("MemoryError", "") }
            return integer(x * y)
        case .floorDiv, .mod:
            if y.isZero { throw PyError("ZeroDivisionError", op == .mod ? "integer modulo by zero" : "integer division or modulo by zero") }
            let (q, r) = BigInt.floorDivMod(x, y)
            return integer(op == .floorDiv ? q : r)
        case .div:
            if y.isZero { throw PyError("ZeroDivisionError", "division by zero") }
            guard let a = x.double, let b = y.double else { throw PyError("OverflowError", "integer division result too large for a float") }
            return .float(a / b)
        case .pow:
            if x.bitWidth <= 1 && !y.negative {
                // 0, 1 and -1 to any power stay small, however large the exponent.
                let odd = (y.limbs.first ?? 0) & 1 == 1
                return integer(y.isZero ? BigInt(1) : x.negative && !odd ? -x : x)
            }
            guard let e = y.asInt, e >= 0 else {
                guard let a = x.double, let b = y.double else { throw PyError("OverflowError", "int too large to convert to float") }
                return try floatBinary(.pow, a, b)
            }
            let (bits, overflow) = x.bitWidth.multipliedReportingOverflow(by: e)
            if overflow || bits > 100_000 { throw PyError("MemoryError", "") }
            var result = BigInt(1), base = x, n = e
            while n > 0 {
                if n & 1 == 1 { result = result * base }
                n >>= 1
                if n > 0 { base = base * base }
            }
            return integer(result)
        case .lshift:
            guard let s = y.asInt, s >= 0 else { throw PyError("ValueError", "negative shift count") }
            if s > 100_000 { throw PyError("MemoryError", "") }
            return integer(x.shiftedLeft(s))
        default:
            throw PyError("TypeError", "unsupported operand type(s) for \(op.rawValue): 'int' and 'int'")
        }
    }
}
