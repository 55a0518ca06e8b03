/// The decimal digits of a finite double, as `0.d1d2…dn × 10^decimalPoint`.
///
/// This is what David Gay's `_Py_dg_dtoa` hands to CPython's float formatter: `digits` has no
/// trailing zeros; zero is `"0"` with `decimalPoint` 1; a value that rounds away entirely in
/// fixed mode has no digits and `decimalPoint == -precision`. Rounding is done on the exact
/// binary value, half to even, so `format(2.675, '.2f')` is `2.67` and `format(0.125, '.2f')`
/// is `0.12` as in CPython.
struct DecimalDigits: Equatable {
    var digits: [UInt8]
    var decimalPoint: Int

    /// The shortest digits that read back as `x` (dtoa mode 0, `repr`). `x` finite, sign ignored.
    static func shortest(_ x: Double) -> DecimalDigits {
        let a = abs(x)
        if a == 0 { return DecimalDigits(digits: [0], decimalPoint: 1) }
        // Swift's description prints the shortest round-tripping digits, choosing the closest
        // when several qualify, as Gay's mode 0 does; only its layout differs, so re-read it.
        var digits: [UInt8] = []
        var exponent = 0
        var seenPoint = false
        var pointOffset = 0
        var iterator = a.description.utf8.makeIterator()
        while let c = iterator.next() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(c - UInt8(ascii: "0"))
                if seenPoint { pointOffset -= 1 }
            case UInt8(ascii: "."):
                seenPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                var negative = false
                var value = 0
                while let e = iterator.next() {
                    if e == UInt8(ascii: "-") { negative = true } else if e != UInt8(ascii: "+") {
                        value = value * 10 + Int(e - UInt8(ascii: "0"))
                    }
                }
                exponent = negative ? -value : value
            default:
                break
            }
        }
        // value = digits × 10^(pointOffset + exponent)
        var leading = 0
        while leading < digits.count - 1 && digits[leading] == 0 { leading += 1 }
        digits.removeFirst(leading)
        while digits.count > 1 && digits.last == 0 {
            digits.removeLast()
            pointOffset += 1
        }
        return DecimalDigits(digits: digits, decimalPoint: digits.count + pointOffset + exponent)
    }

    /// `count` significant digits, correctly rounded (dtoa mode 2). `x` finite, sign ignored.
    static func significant(_ x: Double, count: Int) -> DecimalDigits {
        let exact = DecimalDigits.exact(x)
        if exact.digits == [0] { return exact }
        return exact.rounded(keeping: max(count, 1))
    }

    /// `places` digits after the decimal point, correctly rounded (dtoa mode 3).
    static func fixed(_ x: Double, places: Int) -> DecimalDigits {
        if let scaled = fixedByScaling(x, places: places) { return scaled }
        let exact = DecimalDigits.exact(x)
        if exact.digits == [0] { return exact }
        let keep = exact.decimalPoint + places
        if keep < 0 { return DecimalDigits(digits: [], decimalPoint: -places) }
        let r = exact.rounded(keeping: keep)
        return r.digits.isEmpty ? DecimalDigits(digits: [], decimalPoint: -places) : r
    }

    /// `fixed` without the exact expansion, when `x × 10^places` (x = m × 2^e) fits 128 bits
    /// and its integer part 64: that product's integer part rounded half to even on the exact
    /// remainder is the digits. Nil when it does not fit (the caller expands exactly).
    private static func fixedByScaling(_ x: Double, places: Int) -> DecimalDigits? {
        let a = abs(x)
        guard a != 0, a.exponentBitPattern != 0, places >= 0, places <= 19 else { return nil }
        var mantissa = a.significandBitPattern | 1 << 52
        var exponent2 = Int(a.exponentBitPattern) - 1075
        let zeros = mantissa.trailingZeroBitCount
        mantissa >>= UInt64(zeros)
        exponent2 += zeros
        var power: UInt64 = 1
        for _ in 0..<places { power *= 10 }
        let (hi, lo) = mantissa.multipliedFullWidth(by: power)
        var q: UInt64
        if exponent2 >= 0 {
            guard hi == 0, exponent2 < 64, lo.leadingZeroBitCount > exponent2 else { return nil }
            q = lo << UInt64(exponent2)
        } else {
            let k = -exponent2
            // q = (hi, lo) >> k; the remainder against half of 2^k decides the rounding.
            let above: Bool, tie: Bool
            if k < 64 {
                guard hi >> UInt64(k) == 0 else { return nil }
                q = hi << UInt64(64 - k) | lo >> UInt64(k)
                let rest = lo & (UInt64(1) << UInt64(k) - 1), half = UInt64(1) << UInt64(k - 1)
                above = rest > half
                tie = rest == half
            } else if k == 64 {
                q = hi
                above = lo > UInt64(1) << 63
                tie = lo == UInt64(1) << 63
            } else if k < 128 {
                let s = k - 64
                q = hi >> UInt64(s)
                let restHi = hi & (UInt64(1) << UInt64(s) - 1), halfHi = UInt64(1) << UInt64(s - 1)
                above = restHi > halfHi || (restHi == halfHi && lo > 0)
                tie = restHi == halfHi && lo == 0
            } else {
                return nil
            }
            if above || (tie && q & 1 == 1) {
                guard q < UInt64.max else { return nil }
                q += 1
            }
        }
        if q == 0 { return DecimalDigits(digits: [], decimalPoint: -places) }
        var digits: [UInt8] = []
        while q > 0 {
            digits.append(UInt8(q % 10))
            q /= 10
        }
        digits.reverse()
        let point = digits.count - places
        while let last = digits.last, last == 0 { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: point)
    }

    /// Keeps the first `keep` digits, rounding half to even on the exact remainder.
    func rounded(keeping keep: Int) -> DecimalDigits {
        if keep >= digits.count { return self }
        let next = digits[keep]
        var roundUp = next > 5
        if next == 5 {
            let restNonZero = digits[(keep + 1)...].contains { $0 != 0 }
            let previousOdd = keep > 0 && digits[keep - 1] % 2 == 1
            roundUp = restNonZero || previousOdd
        }
        var kept = Array(digits[..<keep])
        var point = decimalPoint
        if roundUp {
            var i = kept.count - 1
            while i >= 0 && kept[i] == 9 {
                kept[i] = 0
                i -= 1
            }
            if i >= 0 {
                kept[i] += 1
            } else {
                kept = [1]
                point += 1
            }
        }
        while let last = kept.last, last == 0 { kept.removeLast() }
        return DecimalDigits(digits: kept, decimalPoint: point)
    }

    /// Every decimal digit of the binary value of `x` (finite; sign ignored).
    static func exact(_ x: Double) -> DecimalDigits {
        let a = abs(x)
        if a == 0 { return DecimalDigits(digits: [0], decimalPoint: 1) }
        var mantissa = a.significandBitPattern
        var exponent2: Int
        if a.exponentBitPattern == 0 {
            exponent2 = -1074
        } else {
            mantissa |= 1 << 52
            exponent2 = Int(a.exponentBitPattern) - 1075
        }
        let zeros = mantissa.trailingZeroBitCount
        mantissa >>= UInt64(zeros)
        exponent2 += zeros
        var big = BigDecimalInteger(mantissa)
        var scale = 0
        if exponent2 >= 0 {
            var e = exponent2
            while e > 0 {
                let step = min(e, 29)
                big.multiply(by: UInt64(1) << UInt64(step))
                e -= step
            }
        } else {
            // m × 2^-k = m × 5^k / 10^k
            var k = -exponent2
            scale = k
            while k > 0 {
                let step = min(k, 13)
                var factor: UInt64 = 1
                for _ in 0..<step { factor *= 5 }
                big.multiply(by: factor)
                k -= step
            }
        }
        var digits = big.decimalDigits()
        let point = digits.count - scale
        while let last = digits.last, last == 0 { digits.removeLast() }
        return DecimalDigits(digits: digits, decimalPoint: point)
    }
}

/// A non-negative integer in base 10^9 limbs, least significant first; just enough arithmetic
/// to expand a double exactly.
struct BigDecimalInteger {
    private static let base: UInt64 = 1_000_000_000
    private var limbs: [UInt64]

    init(_ value: UInt64) {
        limbs = []
        var v = value
        repeat {
            limbs.append(v % Self.base)
            v /= Self.base
        } while v > 0
    }

    /// Multiplies in place by `factor` (< 2^32).
    mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for i in limbs.indices {
            let product = limbs[i] * factor + carry
            limbs[i] = product % Self.base
            carry = product / Self.base
        }
        while carry > 0 {
            limbs.append(carry % Self.base)
            carry /= Self.base
        }
    }

    /// The digits, most significant first, without leading zeros.
    func decimalDigits() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(limbs.count * 9)
        for (index, limb) in limbs.reversed().enumerated() {
            var chunk = [UInt8](repeating: 0, count: 9)
            var v = limb
            for j in stride(from: 8, through: 0, by: -1) {
                chunk[j] = UInt8(v % 10)
                v /= 10
            }
            if index == 0 {
                let first = chunk.firstIndex { $0 != 0 } ?? 8
                out.append(contentsOf: chunk[first...])
            } else {
                out.append(contentsOf: chunk)
            }
        }
        return out
    }
}
