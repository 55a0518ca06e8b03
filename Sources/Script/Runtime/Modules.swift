import Foundation

extension Interpreter {
    static let torchFile = "/opt/torchenv/lib/python3.11/site-packages/torch/__init__.py"

    func moduleFile(_ name: String) -> String {
        if let file = Interpreter.standardModuleFiles[name] { return file }
        let path = name.split(separator: ".").dropFirst().joined(separator: "/")
        return "/opt/torchenv/lib/python3.11/site-packages/torch/" + (path.isEmpty ? "" : path + "/") + "__init__.py"
    }

    /// The module named by a dotted path, created on first import.
    func importModule(_ name: String) throws -> Value {
        if let m = modules[name] { return m }
        let module: Value
        if let m = makeStandardModule(name) {
            module = .object(m)
        } else {
            if name == "matplotlib" || name.hasPrefix("matplotlib.") {
                PyplotLibrary.install(self)
                if let m = modules[name] { return m }
            }
            if name == "torch" || name.hasPrefix("torch.") {
                TorchLibrary.install(self)
                if let m = modules[name] { return m }
            }
            throw Interpreter.moduleNotFound(name)
        }
        modules[name] = module
        return module
    }

    func mathArg(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .object(let t as TensorObject): return try t.floatValue(self)
        case .object(is PyBigInt): return try toDouble(v)
        case .object(let b as BuiltinSubclassInstance) where b.value.isNumber || b.value.isBigInt: return try mathArg(b.value)
        default: throw PyError("TypeError", "must be real number, not \(v.typeName)")
        }
    }
}
