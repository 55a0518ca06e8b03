import Foundation

extension Interpreter {
    static let torchFile = "/opt/torchenv/lib/python3.11/site-packages/torch/__init__.py"

    func moduleFile(_ name: String) -> String {
        if name == "math" { return "built-in" }
        let path = name.split(separator: ".").dropFirst().joined(separator: "/")
        return "/opt/torchenv/lib/python3.11/site-packages/torch/" + (path.isEmpty ? "" : path + "/") + "__init__.py"
    }

    /// The module named by a dotted path, created on first import.
    func importModule(_ name: String) throws -> Value {
        if let m = modules[name] { return m }
        let module: Value
        switch name {
        case "math": module = .object(makeMathModule())
        default:
            if name == "matplotlib" || name.hasPrefix("matplotlib.") {
                PyplotLibrary.install(self)
                if let m = modules[name] { return m }
            }
            if name == "torch" || name.hasPrefix("torch.") {
                TorchLibrary.install(self)
                if let m = modules[name] { return m }
            }
            throw PyError("ModuleNotFoundError", "No module named '\(name)'")
        }
        modules[name] = module
        return module
    }

    private func makeMathModule() -> PyModule {
        let m = PyModule("math", file: "built-in")
        m.attributes["pi"] = .float(Double.pi)
        m.attributes["e"] = .float(M_E)
        m.attributes["tau"] = .float(2 * Double.pi)
        m.attributes["inf"] = .float(.infinity)
        m.attributes["nan"] = .float(.nan)
        func unary(_ name: String, domain: @escaping (Double) -> Bool = { _ in true }, _ f: @escaping (Double) -> Double) {
            m.attributes[name] = .builtin(PyBuiltin(name) { interp, args in
                let a = try args.positionalOnly(name, 1...1)
                let x = try interp.mathArg(a[0])
                guard domain(x) else { throw PyError("ValueError", "math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite { throw PyError("OverflowError", "math range error") }
                return .float(r)
            })
        }
        unary("sqrt", domain: { $0 >= 0 || $0.isNaN }, Foundation.sqrt)
        unary("exp", Foundation.exp)
        unary("sin", domain: { !$0.isInfinite }, Foundation.sin)
        unary("cos", domain: { !$0.isInfinite }, Foundation.cos)
        unary("tan", domain: { !$0.isInfinite }, Foundation.tan)
        unary("atan", Foundation.atan)
        unary("asin", domain: { abs($0) <= 1 }, Foundation.asin)
        unary("acos", domain: { abs($0) <= 1 }, Foundation.acos)
        unary("tanh", Foundation.tanh)
        unary("log10", domain: { $0 > 0 }, Foundation.log10)
        unary("log2", domain: { $0 > 0 }, Foundation.log2)
        unary("fabs", Swift.abs)
        m.attributes["log"] = .builtin(PyBuiltin("log") { interp, args in
            let a = try args.positionalOnly("log", 1...2)
            let x = try interp.mathArg(a[0])
            guard x > 0 else { throw PyError("ValueError", "math domain error") }
            if a.count == 2 {
                let b = try interp.mathArg(a[1])
                guard b > 0 else { throw PyError("ValueError", "math domain error") }
                return .float(Foundation.log(x) / Foundation.log(b))
            }
            return .float(Foundation.log(x))
        })
        for name in ["floor", "ceil", "trunc"] {
            m.attributes[name] = .builtin(PyBuiltin(name) { interp, args in
                let a = try args.positionalOnly(name, 1...1)
                if case .int = a[0].boolAsInt { return a[0].boolAsInt }
                let x = try interp.mathArg(a[0])
                let r = name == "floor" ? x.rounded(.down) : name == "ceil" ? x.rounded(.up) : x.rounded(.towardZero)
                return .int(try interp.floatToInt(r))
            })
        }
        for name in ["isnan", "isinf", "isfinite"] {
            m.attributes[name] = .builtin(PyBuiltin(name) { interp, args in
                let x = try interp.mathArg(try args.positionalOnly(name, 1...1)[0])
                return .bool(name == "isnan" ? x.isNaN : name == "isinf" ? x.isInfinite : x.isFinite)
            })
        }
        m.attributes["pow"] = .builtin(PyBuiltin("pow") { interp, args in
            let a = try args.positionalOnly("pow", 2...2)
            return .float(Foundation.pow(try interp.mathArg(a[0]), try interp.mathArg(a[1])))
        })
        m.attributes["atan2"] = .builtin(PyBuiltin("atan2") { interp, args in
            let a = try args.positionalOnly("atan2", 2...2)
            return .float(Foundation.atan2(try interp.mathArg(a[0]), try interp.mathArg(a[1])))
        })
        m.attributes["hypot"] = .builtin(PyBuiltin("hypot") { interp, args in
            .float(Foundation.sqrt(try args.positional.reduce(0.0) { let x = try interp.mathArg($1); return $0 + x * x }))
        })
        m.attributes["isclose"] = .builtin(PyBuiltin("isclose") { interp, args in
            let a = try args.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
            let x = try interp.mathArg(a[0]!), y = try interp.mathArg(a[1]!)
            let rel = try a[2].map { try interp.mathArg($0) } ?? 1e-9
            let absTol = try a[3].map { try interp.mathArg($0) } ?? 0
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = Swift.abs(x - y)
            return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= absTol)
        })
        return m
    }

    func mathArg(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .object(let t as TensorObject): return try t.scalarValue()
        case .object(is PyBigInt): return try toDouble(v)
        default: throw PyError("TypeError", "must be real number, not \(v.typeName)")
        }
    }
}
