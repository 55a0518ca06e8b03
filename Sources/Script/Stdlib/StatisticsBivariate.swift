/// `statistics.covariance`, `correlation` and `linear_regression` (Python 3.10+), computed
/// as CPython 3.11's Lib/statistics.py computes them: means by `fsum`, sums of products of
/// deviations by `fsum`, in floats, with its `StatisticsError` messages.
extension StatisticsModule {
    /// `LinearRegression(slope, intercept)`, the named tuple `linear_regression` returns.
    nonisolated(unsafe) static let linearRegressionType = NamedTupleType(name: "LinearRegression", module: "statistics",
                                                                         fields: ["slope", "intercept"], defaults: [])

    static func installBivariate(in m: PyModule) {
        m.attributes["LinearRegression"] = .type(linearRegressionType.cls)
        m.def("covariance") { interp, args in
            let (x, y) = try pair("covariance", "covariance", args, interp)
            let (xbar, ybar) = (try ExactSum.fsum(x) / Double(x.count), try ExactSum.fsum(y) / Double(y.count))
            let sxy = try ExactSum.fsum(zip(x, y).map { ($0 - xbar) * ($1 - ybar) })
            return .float(sxy / Double(x.count - 1))
        }
        m.def("correlation") { interp, args in
            let (x, y) = try pair("correlation", "correlation", args, interp)
            let (xbar, ybar) = (try ExactSum.fsum(x) / Double(x.count), try ExactSum.fsum(y) / Double(y.count))
            let sxy = try ExactSum.fsum(zip(x, y).map { ($0 - xbar) * ($1 - ybar) })
            let sxx = try ExactSum.fsum(x.map { ($0 - xbar) * ($0 - xbar) })
            let syy = try ExactSum.fsum(y.map { ($0 - ybar) * ($0 - ybar) })
            let denominator = (sxx * syy).squareRoot()
            if denominator == 0 { throw error("at least one of the inputs is constant", interp) }
            return .float(sxy / denominator)
        }
        m.def("linear_regression") { interp, args in
            var proportional = false
            var rest = args
            if let i = rest.keywords.firstIndex(where: { $0.0 == "proportional" }) {
                proportional = try interp.truthy(rest.keywords.remove(at: i).1)
            }
            let (x, y) = try pair("linear_regression", "linear regression", rest, interp)
            let sxy: Double, sxx: Double
            var xbar = 0.0, ybar = 0.0
            if proportional {
                sxy = try ExactSum.fsum(zip(x, y).map { $0 * $1 })
                sxx = try ExactSum.fsum(x.map { $0 * $0 })
            } else {
                (xbar, ybar) = (try ExactSum.fsum(x) / Double(x.count), try ExactSum.fsum(y) / Double(y.count))
                sxy = try ExactSum.fsum(zip(x, y).map { ($0 - xbar) * ($1 - ybar) })
                sxx = try ExactSum.fsum(x.map { ($0 - xbar) * ($0 - xbar) })
            }
            if sxx == 0 { throw error("x is constant", interp) }
            let slope = sxy / sxx
            let intercept = proportional ? 0.0 : ybar - slope * xbar
            return .object(PyNamedTuple(linearRegressionType, PyTuple.of([.float(slope), .float(intercept)])))
        }
    }

    /// The two data sequences of `name(x, y, /)` as floats, with the length checks.
    private static func pair(_ name: String, _ what: String, _ args: Arguments, _ interp: Interpreter) throws -> ([Double], [Double]) {
        if let k = args.keywords.first {
            throw PyError("TypeError", "\(name)() got some positional-only arguments passed as keyword arguments: '\(k.0)'")
        }
        let a = try args.positionalOnly(name, 2...2)
        let x = try interp.collect(a[0]).map { try interp.mathArg($0) }
        let y = try interp.collect(a[1]).map { try interp.mathArg($0) }
        if x.count != y.count { throw error("\(what) requires that both inputs have same number of data points", interp) }
        if x.count < 2 { throw error("\(what) requires at least two data points", interp) }
        return (x, y)
    }
}
