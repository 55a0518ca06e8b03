import Foundation

/// CPython 3.11's `hash()` of ints, floats, strs and tuples, with the string hash keyed as
/// `PYTHONHASHSEED=0` keys it (SipHash-1-3 with a zero key), so that sets iterate in the
/// order CPython's do when run that way (as the conformance corpus is recorded).
enum PyHash {
    static let modulus: UInt64 = (1 << 61) - 1

    /// The hash of `v`, or nil for values whose CPython hash depends on their address.
    static func hash(_ v: Value) throws -> Int? {
        switch v {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return int(i)
        case .float(let d): return d.isNaN ? nil : float(d)
        case .str(let s): return string(s)
        case .object(let b as PyBigInt): return big(b.value)
        case .tuple(let t):
            return try tuple(t) { try hash($0) }
        case .object(let n as PyNamedTuple):
            return try tuple(n.tuple) { try hash($0) }
        case .object(let s as PySet) where s.frozen:
            return s.frozenHash()
        case .list, .dict: _ = try HashKey(v); return nil
        case .object(let s as PySet): _ = try s.hashKey(); return nil
        default: return nil
        }
    }

    /// CPython's `tuplehash` (xxHash's round over the item hashes) of `root`, the hash of each
    /// item that is not a tuple given by `leaf` (nil: the tuple is hashed by identity). Nested
    /// tuples are walked with an explicit stack, so a tuple nested a million deep hashes
    /// without recursing (CPython's own recursion overflows its C stack there); `tick` runs
    /// every few thousand items, so the script's time limit stops a walk of shared structure
    /// (`t = (t, t)`) that would take forever.
    static func tuple(_ root: PyTuple, tick: () throws -> Void = {}, _ leaf: (Value) throws -> Int?) throws -> Int? {
        struct Level { let items: PyTuple; var next: Int; var acc: UInt64 }
        let seed: UInt64 = 2870177450012600261
        func combine(_ acc: inout UInt64, _ h: Int) {
            acc = acc &+ UInt64(bitPattern: Int64(h)) &* 14029467366897019727
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* 11400714785074694791
        }
        var stack = [Level(items: root, next: 0, acc: seed)]
        var walked = 0
        while let top = stack.last {
            if top.next == top.items.count {
                var acc = top.acc &+ (UInt64(top.items.count) ^ (seed ^ 3527539))
                if acc == UInt64.max { acc = 1546275796 }
                stack.removeLast()
                let h = Int(Int64(bitPattern: acc))
                if stack.isEmpty { return h }
                combine(&stack[stack.count - 1].acc, h)
                continue
            }
            let item = top.items[top.next]
            stack[stack.count - 1].next += 1
            walked += 1
            if walked & 4095 == 0 { try tick() }
            switch item {
            case .tuple(let inner): stack.append(Level(items: inner, next: 0, acc: seed))
            case .object(let n as PyNamedTuple): stack.append(Level(items: n.tuple, next: 0, acc: seed))
            default:
                guard let h = try leaf(item) else { return nil }
                combine(&stack[stack.count - 1].acc, h)
            }
        }
        return nil
    }

    static func int(_ i: Int) -> Int {
        let m = Int(modulus)
        var r = i.magnitude % UInt(m)
        if i < 0 { r = UInt(bitPattern: -Int(r)) }
        let h = Int(bitPattern: r)
        return h == -1 ? -2 : h
    }

    static func big(_ b: BigInt) -> Int {
        var x: UInt64 = 0
        for limb in b.limbs.reversed() {
            // x = (x * 2^32 + limb) mod (2^61 - 1)
            x = ((x << 32) & modulus) | (x >> 29)
            x += UInt64(limb)
            if x >= modulus { x -= modulus }
        }
        var h = Int64(bitPattern: x)
        if b.negative { h = -h }
        return h == -1 ? -2 : Int(h)
    }

    static func float(_ v: Double) -> Int {
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        var (m, e) = Foundation.frexp(v)
        var sign: UInt64 = 1
        if m < 0 { sign = UInt64.max; m = -m }
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(ee)) & modulus) | x >> UInt64(61 - ee)
        x = x &* sign
        if x == UInt64.max { x = UInt64.max - 1 }
        return Int(Int64(bitPattern: x))
    }

    /// SipHash-1-3 of the string's code points as CPython stores them (1, 2 or 4 bytes each).
    static func string(_ s: String) -> Int {
        let scalars = s.unicodeScalars
        if scalars.isEmpty { return 0 }
        let maxValue = scalars.reduce(0) { max($0, $1.value) }
        var bytes: [UInt8] = []
        if maxValue < 256 {
            bytes = scalars.map { UInt8($0.value) }
        } else if maxValue < 65536 {
            for u in scalars { bytes.append(UInt8(u.value & 0xff)); bytes.append(UInt8(u.value >> 8)) }
        } else {
            for u in scalars { for k in 0..<4 { bytes.append(UInt8((u.value >> (8 * UInt32(k))) & 0xff)) } }
        }
        let h = Int64(bitPattern: sipHash13(bytes))
        return h == -1 ? -2 : Int(h)
    }

    static func sipHash13(_ data: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f6d6570736575
        var v1: UInt64 = 0x646f72616e646f6d
        var v2: UInt64 = 0x6c7967656e657261
        var v3: UInt64 = 0x7465646279746573
        func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x << b) | (x >> (64 - b)) }
        func round() {
            v0 = v0 &+ v1; v2 = v2 &+ v3
            v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
            v0 = rotl(v0, 32)
            v2 = v2 &+ v1; v0 = v0 &+ v3
            v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
            v2 = rotl(v2, 32)
        }
        var i = 0
        while data.count - i >= 8 {
            var m: UInt64 = 0
            for k in 0..<8 { m |= UInt64(data[i + k]) << (8 * UInt64(k)) }
            v3 ^= m
            round()
            v0 ^= m
            i += 8
        }
        var b = UInt64(data.count) << 56
        var k: UInt64 = 0
        while i < data.count { b |= UInt64(data[i]) << (8 * k); i += 1; k += 1 }
        v3 ^= b
        round()
        v0 ^= b
        v2 ^= 0xff
        round(); round(); round()
        return (v0 ^ v1) ^ (v2 ^ v3)
    }
}
