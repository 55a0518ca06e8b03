import Foundation

/// `statistics`: averages and measures of spread as CPython 3.11's Lib/statistics.py computes
/// them, with the same results bit for bit and the same `StatisticsError` messages.
///
/// `mean`, `variance`, `pvariance`, `stdev` and `pstdev` sum the data exactly (as CPython's
/// fractions do, see `ExactRational`) and round once; an int result stays an int when it is
/// whole (`mean([1, 2, 3])` is `2`). `fmean` and `geometric_mean` work in floats with
/// `math.fsum`; `harmonic_mean` sums its quotients exactly; the medians, `mode`, `multimode` and `quantiles` use the script's own
/// ordering, equality and arithmetic, so they accept what CPython accepts.
enum StatisticsModule {
    /// `statistics.StatisticsError`, a `ValueError`.
    static let errorClass: PyClass = {
        let c = PyClass("StatisticsError", module: "statistics", base: Interpreter.exceptionClasses["ValueError"])
        c.construct = { _, args in .object(PyExceptionObject(cls: c, args: args.positional)) }
        return c
    }()

    static func error(_ message: String, _ interp: Interpreter) -> Error {
        let instance = Value.object(PyExceptionObject(cls: errorClass, args: [.str(message)]))
        return (try? interp.makeRaisedError(instance)) ?? PyError("ValueError", message)
    }

    static func install(in m: PyModule) {
        m.attributes["StatisticsError"] = .type(errorClass)
        installBivariate(in: m)
        m.def("mean") { interp, args in
            let data = try interp.collect(try args.positionalOnly("mean", 1...1)[0])
            let s = try ExactData(data, interp)
            guard s.count >= 1 else { throw error("mean requires at least one data point", interp) }
            if let special = s.nonFinite { return .float(special / Double(s.count)) }
            let (n, d) = s.sum.fraction
            return try convert(n, d * BigInt(s.count), floatResult: s.isFloat, interp)
        }
        m.def("fmean") { interp, args in
            let a = try args.bind("fmean", ["data", "weights"], required: 1)
            let data = try interp.collect(a[0]!).map { try interp.toDouble($0) }
            guard let weightsValue = a[1], !weightsValue.isNone else {
                let total = try ExactSum.fsum(data)
                guard !data.isEmpty else { throw error("fmean requires at least one data point", interp) }
                return .float(total / Double(data.count))
            }
            let weights = try interp.collect(weightsValue).map { try interp.toDouble($0) }
            let products = zip(data, weights).map { $0 * $1 }
            let num = try ExactSum.fsum(products)
            guard data.count == weights.count else {
                throw error("data and weights must be the same length", interp)
            }
            let den = try ExactSum.fsum(weights)
            guard den != 0 else { throw error("sum of weights must be non-zero", interp) }
            return .float(num / den)
        }
        m.def("geometric_mean") { interp, args in
            let data = try interp.collect(try args.positionalOnly("geometric_mean", 1...1)[0])
            var logs: [Double] = []
            for v in data {
                let x = try interp.toDouble(v)
                guard x > 0 || x.isNaN else {
                    throw error("geometric mean requires a non-empty dataset containing positive numbers", interp)
                }
                logs.append(Foundation.log(x))
            }
            guard !logs.isEmpty else {
                throw error("geometric mean requires a non-empty dataset containing positive numbers", interp)
            }
            return .float(Foundation.exp(try ExactSum.fsum(logs) / Double(logs.count)))
        }
        m.def("harmonic_mean") { interp, args in
            try harmonicMean(args, interp)
        }
        m.def("median") { interp, args in
            let data = try sortedData("median", args, interp)
            let n = data.count
            if n % 2 == 1 { return data[n / 2] }
            return try interp.binary(.div, try interp.binary(.add, data[n / 2 - 1], data[n / 2]), .int(2))
        }
        m.def("median_low") { interp, args in
            let data = try sortedData("median_low", args, interp)
            return data[data.count % 2 == 1 ? data.count / 2 : data.count / 2 - 1]
        }
        m.def("median_high") { interp, args in
            let data = try sortedData("median_high", args, interp)
            return data[data.count / 2]
        }
        m.def("mode") { interp, args in
            let counts = try tally(try args.positionalOnly("mode", 1...1)[0], interp)
            guard let top = counts.max(by: { $0.1 < $1.1 }) else {
                throw error("no mode for empty data", interp)
            }
            // `max` keeps the first of equal counts, as Counter.most_common(1) does.
            return counts.first { $0.1 == top.1 }!.0
        }
        m.def("multimode") { interp, args in
            let counts = try tally(try args.positionalOnly("multimode", 1...1)[0], interp)
            guard let top = counts.map(\.1).max() else { return .list(PyList([])) }
            return .list(PyList(counts.filter { $0.1 == top }.map(\.0)))
        }
        m.def("quantiles") { interp, args in
            try quantiles(args, interp)
        }
        spread(m, "variance", center: "xbar", sample: true, root: false)
        spread(m, "pvariance", center: "mu", sample: false, root: false)
        spread(m, "stdev", center: "xbar", sample: true, root: true)
        spread(m, "pstdev", center: "mu", sample: false, root: true)
    }

    /// `variance`, `pvariance`, `stdev`, `pstdev`: the exact sum of squared deviations over
    /// n - 1 (sample) or n, rounded once; the standard deviations take a correctly rounded root.
    private static func spread(_ m: PyModule, _ name: String, center: String, sample: Bool, root: Bool) {
        m.def(name) { interp, args in
            let a = try args.bind(name, ["data", center], required: 1)
            let data = try interp.collect(a[0]!)
            let deviations: ExactDeviations
            if let c = a[1], !c.isNone {
                deviations = try ExactDeviations(data, center: c, interp)
            } else {
                deviations = try ExactDeviations(data, interp)
            }
            let n = deviations.count
            let needed = sample ? 2 : 1
            guard n >= needed else {
                let what = sample ? "at least two data points" : "at least one data point"
                throw error("\(name) requires \(what)", interp)
            }
            let divisor = BigInt(sample ? n - 1 : n)
            if let special = deviations.nonFinite {
                let v = special / Double(sample ? n - 1 : n)
                if root { throw PyError("AttributeError", "'float' object has no attribute 'numerator'") }
                return .float(v)
            }
            let (num, den) = deviations.ssd
            if root { return .float(try ExactRational.sqrt(num, den * divisor)) }
            return try convert(num, den * divisor, floatResult: deviations.isFloat, interp)
        }
    }

    /// CPython's `_convert`: an int when every datum was an int and the value is whole, else
    /// the correctly rounded float.
    static func convert(_ n: BigInt, _ d: BigInt, floatResult: Bool, _ interp: Interpreter) throws -> Value {
        if !floatResult, let q = ExactRational.exactQuotient(n, d) { return interp.integer(q) }
        return .float(try ExactRational.double(n, d))
    }

    /// CPython's `harmonic_mean(data, weights=None)`: the exact weighted sum of `w / x`
    /// (each quotient in the script's arithmetic, so a float) divided into the weights' sum,
    /// rounded once; a zero datum makes it 0.
    private static func harmonicMean(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try args.bind("harmonic_mean", ["data", "weights"], required: 1)
        let data = try interp.collect(a[0]!)
        let negative = "harmonic mean does not support negative values"
        guard !data.isEmpty else { throw error("harmonic_mean requires at least one data point", interp) }
        let weightsValue = a[1].flatMap { $0.isNone ? nil : $0 }
        if data.count == 1, weightsValue == nil {
            switch data[0] {
            case .int, .bool, .float, .object(is PyBigInt):
                if try interp.toDouble(data[0]) < 0 { throw error(negative, interp) }
                return data[0]
            default:
                throw PyError("TypeError", "unsupported type")
            }
        }
        var weights: [Value] = Array(repeating: .int(1), count: data.count)
        var weightSum: (BigInt, BigInt) = (BigInt(data.count), BigInt(1))
        if let weightsValue {
            weights = try interp.collect(weightsValue)
            guard weights.count == data.count else { throw error("Number of weights does not match data size", interp) }
            for w in weights where try interp.toDouble(w) < 0 { throw error(negative, interp) }
            weightSum = try ExactData(weights, interp).sum.fraction
        }
        var terms: [Value] = []
        for (w, x) in zip(weights, data) {
            if try interp.toDouble(x) < 0 { throw error(negative, interp) }
            guard try interp.truthy(w) else { terms.append(.int(0)); continue }
            do {
                terms.append(try interp.binary(.div, w, x))
            } catch let e as PyError where e.matches("ZeroDivisionError", interp) {
                return .int(0)
            }
        }
        let total = try ExactData(terms, interp)
        let (tn, td) = total.sum.fraction
        guard !tn.isZero, !tn.negative else { throw error("Weighted sum must be positive", interp) }
        return try convert(weightSum.0 * td, weightSum.1 * tn, floatResult: total.isFloat, interp)
    }

    private static func sortedData(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> [Value] {
        let items = try interp.collect(try args.positionalOnly(name, 1...1)[0])
        let data = try interp.sortValues(items, key: nil, reverse: false)
        guard !data.isEmpty else { throw error("no median for empty data", interp) }
        return data
    }

    /// Each distinct value with its count, in first-seen order (a `Counter`).
    private static func tally(_ data: Value, _ interp: Interpreter) throws -> [(Value, Int)] {
        let index = PyDict()
        var counts: [(Value, Int)] = []
        try interp.iterate(data) { v in
            if case .int(let i)? = try index.get(v) {
                counts[i].1 += 1
            } else {
                try index.set(v, .int(counts.count))
                counts.append((v, 1))
            }
            return true
        }
        return counts
    }

    private static func quantiles(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        guard args.positional.count == 1 else {
            throw PyError("TypeError", "quantiles() takes 1 positional argument but \(args.positional.count) were given")
        }
        let a = try Arguments([], keywords: args.keywords).bind("quantiles", ["n", "method"])
        let n = try a[0].map { try interp.toInt($0, "quantiles") } ?? 4
        guard n >= 1 else { throw error("n must be at least 1", interp) }
        let data = try interp.sortValues(try interp.collect(args.positional[0]), key: nil, reverse: false)
        let ld = data.count
        guard ld >= 2 else { throw error("must have at least two data points", interp) }
        let method = a[1] ?? .str("exclusive")
        func interpolate(_ lo: Value, _ hi: Value, _ delta: Int) throws -> Value {
            let left = try interp.binary(.mul, lo, .int(n - delta))
            let right = try interp.binary(.mul, hi, .int(delta))
            return try interp.binary(.div, try interp.binary(.add, left, right), .int(n))
        }
        var result: [Value] = []
        switch method {
        case .str("inclusive"):
            let m = ld - 1
            for i in 1..<max(n, 1) {
                let (j, delta) = (i * m).quotientAndRemainder(dividingBy: n)
                result.append(try interpolate(data[j], data[j + 1], delta))
            }
        case .str("exclusive"):
            let m = ld + 1
            for i in 1..<max(n, 1) {
                let j = min(max(i * m / n, 1), ld - 1)
                let delta = i * m - j * n
                result.append(try interpolate(data[j - 1], data[j], delta))
            }
        default:
            throw PyError("ValueError", "Unknown method: \(try interp.repr(method))")
        }
        return .list(PyList(result))
    }
}

/// Data as exact values (CPython's `_exact_ratio` on each item): ints and floats; a NaN or
/// infinity makes the sum that float instead, as CPython's `None` partial does.
private func exactValue(_ v: Value, _ interp: Interpreter) throws -> (Dyadic?, Double?, isFloat: Bool) {
    switch v {
    case .int(let i): return (Dyadic(mantissa: BigInt(i), exponent: 0), nil, false)
    case .bool(let b): return (Dyadic(mantissa: BigInt(b ? 1 : 0), exponent: 0), nil, false)
    case .object(let b as PyBigInt): return (Dyadic(mantissa: b.value, exponent: 0), nil, false)
    case .float(let d):
        return d.isFinite ? (Dyadic(d), nil, true) : (nil, d, true)
    default:
        throw PyError("TypeError", "can't convert type '\(v.typeName)' to numerator/denominator")
    }
}

/// The data as exact values, with what CPython's `_sum` notes while it reads them: the
/// count, whether any datum was a float, and the float sum of the NaNs and infinities.
struct ExactValues {
    /// The finite data, exactly.
    var values: [Dyadic] = []
    var count = 0
    var isFloat = false
    /// The float sum of the NaNs and infinities, when there are any.
    var nonFinite: Double?

    init(_ data: [Value], _ interp: Interpreter) throws {
        for v in data {
            let (exact, special, float) = try exactValue(v, interp)
            isFloat = isFloat || float
            if let exact { values.append(exact) }
            if let special { nonFinite = (nonFinite ?? 0) + special }
            count += 1
        }
    }
}

/// CPython's `_sum`: the exact total, the count and whether any datum was a float.
struct ExactData {
    var sum = Dyadic.zero
    var count = 0
    var isFloat = false
    /// The float sum of the NaNs and infinities, when there are any.
    var nonFinite: Double?

    init(_ data: [Value], _ interp: Interpreter) throws {
        let read = try ExactValues(data, interp)
        (count, isFloat, nonFinite) = (read.count, read.isFloat, read.nonFinite)
        sum = Dyadic.sum(read.values)
    }
}

/// CPython's `_ss`: the exact sum of squared deviations from the mean (or from a given center).
struct ExactDeviations {
    /// The sum of squared deviations as a fraction.
    var ssd: (BigInt, BigInt) = (BigInt(0), BigInt(1))
    var count = 0
    var isFloat = false
    var nonFinite: Double?

    /// Deviations from the exact mean: (n·Σx² − (Σx)²) / n.
    init(_ data: [Value], _ interp: Interpreter) throws {
        let read = try ExactValues(data, interp)
        (count, isFloat, nonFinite) = (read.count, read.isFloat, read.nonFinite)
        let values = read.values
        guard nonFinite == nil, count > 0 else { return }
        let low = values.map(\.exponent).min() ?? 0
        var sx = BigInt(0), sxx = BigInt(0)
        for v in values {
            let m = v.mantissa(at: low)
            sx = sx + m
            sxx = sxx + m * m
        }
        // Σx = sx·2^low and Σx² = sxx·2^(2·low).
        let numerator = BigInt(count) * sxx - sx * sx
        let n = BigInt(count)
        if low >= 0 {
            ssd = (numerator.shiftedLeft(2 * low), n)
        } else {
            ssd = (numerator, n.shiftedLeft(-2 * low))
        }
    }

    /// Deviations from `center`, each `(x - c) * (x - c)` in the script's own arithmetic.
    init(_ data: [Value], center: Value, _ interp: Interpreter) throws {
        var squares: [Value] = []
        for x in data {
            let d = try interp.binary(.sub, x, center)
            squares.append(try interp.binary(.mul, d, d))
        }
        let s = try ExactData(squares, interp)
        count = s.count
        isFloat = s.isFloat
        nonFinite = s.nonFinite
        ssd = s.sum.fraction
    }
}
