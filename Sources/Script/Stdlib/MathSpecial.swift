import Foundation

/// CPython's own `gamma` and `lgamma` (Lanczos' approximation, N = 13, as in mathmodule.c),
/// which it uses instead of the C library's, so results match to the last bit.
enum MathSpecial {
    static let lanczosG = 6.024680040776729583740234375
    static let lanczosGMinusHalf = 5.524680040776729583740234375
    static let numerator: [Double] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    static let denominator: [Double] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
    static let pi = 3.141592653589793238462643383279502884197
    static let logPi = 1.144729885849400174143427351353058711647

    static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5.0 {
            for i in stride(from: 12, through: 0, by: -1) {
                num = num * x + numerator[i]
                den = den * x + denominator[i]
            }
        } else {
            for i in 0..<13 {
                num = num / x + numerator[i]
                den = den / x + denominator[i]
            }
        }
        return num / den
    }

    static func sinpi(_ x: Double) -> Double {
        let y = Foundation.fmod(Swift.abs(x), 2.0)
        let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
        let r: Double
        switch n {
        case 0: r = Foundation.sin(pi * y)
        case 1: r = Foundation.cos(pi * (y - 0.5))
        case 2: r = Foundation.sin(pi * (1.0 - y))
        case 3: r = -Foundation.cos(pi * (y - 1.5))
        default: r = Foundation.sin(pi * (y - 2.0))
        }
        return Foundation.copysign(1.0, x) * r
    }

    static func gamma(_ x: Double) throws -> Double {
        if !x.isFinite {
            if x.isNaN || x > 0 { return x }
            throw MathModule.domainError
        }
        if x == 0 { throw MathModule.domainError }
        if x == x.rounded(.down) {
            if x < 0 { throw MathModule.domainError }
            if x <= 23 {
                var f = 1.0
                var k = 2.0
                while k < x { f *= k; k += 1 }
                return f
            }
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            if r.isInfinite { throw MathModule.rangeError }
            return r
        }
        if absx > 200.0 {
            if x < 0 { return 0.0 / sinpi(x) }
            throw MathModule.rangeError
        }
        let y = absx + lanczosGMinusHalf
        var z: Double
        if absx > lanczosGMinusHalf {
            let q = y - absx
            z = q - lanczosGMinusHalf
        } else {
            let q = y - lanczosGMinusHalf
            z = q - absx
        }
        z = z * lanczosG / y
        var r: Double
        if x < 0 {
            r = -pi / sinpi(absx) / absx * Foundation.exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140 {
                r /= Foundation.pow(y, absx - 0.5)
            } else {
                let s = Foundation.pow(y, absx / 2.0 - 0.25)
                r /= s
                r /= s
            }
        } else {
            r = lanczosSum(absx) / Foundation.exp(y)
            r += z * r
            if absx < 140 {
                r *= Foundation.pow(y, absx - 0.5)
            } else {
                let s = Foundation.pow(y, absx / 2.0 - 0.25)
                r *= s
                r *= s
            }
        }
        if r.isInfinite { throw MathModule.rangeError }
        return r
    }

    static func lgamma(_ x: Double) throws -> Double {
        if !x.isFinite { return x.isNaN ? x : .infinity }
        if x == x.rounded(.down) && x <= 2 {
            if x <= 0 { throw MathModule.domainError }
            return 0
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 { return -Foundation.log(absx) }
        var r = Foundation.log(lanczosSum(absx)) - lanczosG
        r += (absx - 0.5) * (Foundation.log(absx + lanczosG - 0.5) - 1)
        if x < 0 { r = logPi - Foundation.log(Swift.abs(sinpi(absx))) - Foundation.log(absx) - r }
        if r.isInfinite { throw MathModule.rangeError }
        return r
    }
}

/// CPython 3.11's `vector_norm` for `hypot` and `dist`: scaled, with exact squares and a
/// final correction, so the result is almost always correctly rounded.
enum VectorNorm {
    static func split(_ x: Double) -> (Double, Double) {
        let t = x * 134217729.0
        let hi = t - (t - x)
        return (hi, x - hi)
    }

    static func multiply(_ x: Double, _ y: Double) -> (hi: Double, lo: Double) {
        let (xh, xl) = split(x), (yh, yl) = split(y)
        let p = xh * yh
        let q = xh * yl + xl * yh
        let hi = p + q
        return (hi, p - hi + q + xl * yl)
    }

    static func fastSum(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
        let hi = a + b
        return (hi, (a - hi) + b)
    }

    /// The Euclidean norm of `values`.
    static func norm(_ values: [Double]) -> Double {
        var vec = values.map { Swift.abs($0) }
        var maxValue = 0.0
        var foundNaN = false
        for x in vec {
            if x.isNaN { foundNaN = true }
            if x > maxValue { maxValue = x }
        }
        return norm(&vec, maxValue, foundNaN)
    }

    static func norm(_ vec: inout [Double], _ maxValue: Double, _ foundNaN: Bool) -> Double {
        if maxValue.isInfinite { return maxValue }
        if foundNaN { return .nan }
        if maxValue == 0 || vec.count <= 1 { return maxValue }
        let maxE = Foundation.frexp(maxValue).1
        if maxE < -1023 {
            for i in vec.indices { vec[i] /= Double.leastNormalMagnitude }
            return Double.leastNormalMagnitude * norm(&vec, maxValue / Double.leastNormalMagnitude, foundNaN)
        }
        let scale = Foundation.ldexp(1.0, -maxE)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0
        for v in vec {
            let x = v * scale
            let pr = multiply(x, x)
            let sm = fastSum(csum, pr.hi)
            csum = sm.hi
            frac1 += pr.lo
            frac2 += sm.lo
        }
        var h = Foundation.sqrt(csum - 1.0 + (frac1 + frac2))
        let pr = multiply(-h, h)
        let sm = fastSum(csum, pr.hi)
        csum = sm.hi
        frac1 += pr.lo
        frac2 += sm.lo
        let x = csum - 1.0 + (frac1 + frac2)
        h += x / (2.0 * h)
        return h / scale
    }
}

/// `math.fsum`: Shewchuk's exact summation with CPython's half-even correction.
enum ExactSum {
    static func fsum(_ values: [Double]) throws -> Double {
        var partials: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        for item in values {
            var x = item
            let xsave = x
            var i = 0
            for j in 0..<partials.count {
                var y = partials[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let yr = hi - x
                let lo = y - yr
                if lo != 0 { partials[i] = lo; i += 1 }
                x = hi
            }
            partials.removeSubrange(i...)
            if x != 0 {
                if !x.isFinite {
                    if xsave.isFinite { throw PyError("OverflowError", "intermediate overflow in fsum") }
                    if xsave.isInfinite { infSum += xsave }
                    specialSum += xsave
                    partials = []
                } else {
                    partials.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw PyError("ValueError", "-inf + inf in fsum") }
            return specialSum
        }
        var hi = 0.0
        var n = partials.count
        if n > 0 {
            n -= 1
            hi = partials[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = partials[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }
}
