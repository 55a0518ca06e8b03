import Foundation

/// The gamma-family draws of CPython 3.11's Lib/random.py (`gammavariate`, `betavariate`,
/// `paretovariate`, `weibullvariate`), step for step so that they consume the generator
/// and round exactly as CPython does.
extension PyRandom {
    /// `gammavariate(alpha, beta)`: Cheng's rejection method for alpha > 1, an exponential
    /// draw for alpha == 1, algorithm GS (Kennedy & Gentle) below 1.
    func gammavariate(_ alpha: Double, _ beta: Double, _ interp: Interpreter) throws -> Double {
        guard alpha > 0, beta > 0 else { throw PyError("ValueError", "gammavariate: alpha and beta must be > 0.0") }
        if alpha > 1 {
            let ainv = Foundation.sqrt(2.0 * alpha - 1.0)
            let bbb = alpha - Foundation.log(4.0)
            let ccc = alpha + ainv
            let sgMagic = 1.0 + Foundation.log(4.5)
            while true {
                let u1 = random()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1.0 - random()
                let v = Foundation.log(u1 / (1.0 - u1)) / ainv
                let x = alpha * Foundation.exp(v)
                let z = u1 * u1 * u2
                let r = bbb + ccc * v - x
                if r + sgMagic - 4.5 * z >= 0.0 || r >= Foundation.log(z) { return x * beta }
            }
        }
        if alpha == 1 { return -Foundation.log(1.0 - random()) * beta }
        let e = M_E
        var x: Double
        while true {
            let u = random()
            let b = (e + alpha) / e
            let p = b * u
            x = p <= 1.0 ? try power(p, 1.0 / alpha, interp) : -Foundation.log((b - p) / alpha)
            let u1 = random()
            if p > 1.0 {
                if u1 <= (try power(x, alpha - 1.0, interp)) { break }
            } else if u1 <= Foundation.exp(-x) {
                break
            }
        }
        return x * beta
    }

    /// `betavariate(alpha, beta)`: two gamma draws, `y / (y + z)`.
    func betavariate(_ alpha: Double, _ beta: Double, _ interp: Interpreter) throws -> Double {
        let y = try gammavariate(alpha, 1.0, interp)
        if y == 0 { return 0.0 }
        return y / (y + (try gammavariate(beta, 1.0, interp)))
    }

    /// Python's float `**` and `/`, with their errors.
    private func power(_ x: Double, _ y: Double, _ interp: Interpreter) throws -> Double {
        guard case .float(let r) = try interp.floatBinary(.pow, x, y) else { return .nan }
        return r
    }

    private func quotient(_ x: Double, _ y: Double, _ interp: Interpreter) throws -> Double {
        guard case .float(let r) = try interp.floatBinary(.div, x, y) else { return .nan }
        return r
    }

    /// The continuous draws of this file by name, with CPython's argument binding.
    func distributionDraw(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "gammavariate", "betavariate", "weibullvariate":
            let a = try args.bind(name, ["alpha", "beta"], required: 2)
            let alpha = try interp.toDouble(a[0]!), beta = try interp.toDouble(a[1]!)
            switch name {
            case "gammavariate": return .float(try gammavariate(alpha, beta, interp))
            case "betavariate": return .float(try betavariate(alpha, beta, interp))
            default:
                let u = 1.0 - random()
                return .float(alpha * (try power(-Foundation.log(u), try quotient(1.0, beta, interp), interp)))
            }
        case "paretovariate":
            let a = try args.bind(name, ["alpha"], required: 1)
            let alpha = try interp.toDouble(a[0]!)
            let u = 1.0 - random()
            return .float(try power(u, try quotient(-1.0, alpha, interp), interp))
        default:
            return nil
        }
    }
}
