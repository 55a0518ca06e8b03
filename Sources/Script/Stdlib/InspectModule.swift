/// `inspect`: the predicates course code uses to look at objects (`isclass`, `isfunction`,
/// `ismethod`, `isgeneratorfunction`, `isgenerator`, `isbuiltin`, `isroutine`, `ismodule`)
/// and `signature(f)` of a script function, printed as CPython's `Signature.__str__`
/// prints it: `(x: int, y: float = 0.5, *args, scale=1, **kwargs) -> list[int]`.
/// Limits: signatures of built-in functions and classes, and `getsource` (lessons keep no
/// source files), are not provided.
enum InspectModule {
    static let signatureClass = PyClass("Signature", module: "inspect", base: CoreClasses.object)

    static func install(in m: PyModule) {
        func predicate(_ name: String, _ test: @escaping (Value) -> Bool) {
            m.def(name) { _, args in .bool(test(try args.positionalOnly(name, 1...1)[0])) }
        }
        predicate("isclass") { if case .type = $0 { return true } else { return false } }
        predicate("isfunction") { if case .function = $0 { return true } else { return false } }
        predicate("ismethod") { if case .object(let m as PyMethod) = $0, case .function = m.function { return true } else { return false } }
        predicate("isgeneratorfunction") { v in
            var f = v
            if case .object(let m as PyMethod) = v { f = m.function }
            if case .function(let fn) = f { return fn.def.isGenerator }
            return false
        }
        predicate("isgenerator") { if case .object(is PyGenerator) = $0 { return true } else { return false } }
        predicate("isbuiltin") { if case .builtin = $0 { return true } else { return false } }
        predicate("isroutine") { v in
            switch v {
            case .function, .builtin, .object(is PyMethod), .object(is PyMethodDescriptor): return true
            default: return false
            }
        }
        predicate("ismodule") { if case .object(is PyModule) = $0 { return true } else { return false } }
        m.def("signature") { interp, args in
            let a = try args.positionalOnly("signature", 1...1)
            return .object(try PySignature(of: a[0], interp))
        }
    }

    /// `inspect.formatannotation`: a class by its qualified name (a built-in's bare), a
    /// `typing` form without its `typing.` prefixes, anything else by its repr.
    static func annotationText(_ v: Value, _ interp: Interpreter) throws -> String {
        switch v {
        case .type(let c): return c.module == "builtins" ? c.qualname : "\(c.module).\(c.qualname)"
        case .object(is PyTypingForm): return try interp.repr(v).replacingOccurrences(of: "typing.", with: "")
        default: return try interp.repr(v)
        }
    }
}

/// `inspect.signature(f)` of a script function (or a method bound to an instance): what
/// `str()` and `repr()` show. Its `parameters` and `bind` are not provided.
final class PySignature: PyObject {
    let text: String

    init(of callable: Value, _ interp: Interpreter) throws {
        var target = callable
        var skipFirst = false
        if case .object(let m as PyMethod) = callable {
            target = m.function
            skipFirst = true
        }
        guard case .function(let fn) = target else {
            throw PyError("ValueError", "no signature found for \(try interp.repr(callable)) (Descent gives signatures of script functions only)")
        }
        let p = fn.def.parameters
        var annotations: [String: Value] = [:]
        if case .dict(let d) = try interp.getAttribute(target, "__annotations__") {
            for (k, v) in d.pairs { if case .str(let name) = k { annotations[name] = v } }
        }
        func parameter(_ name: String, prefix: String = "", _ defaultValue: Value?) throws -> String {
            var s = prefix + name
            if let a = annotations[name] { s += ": " + (try InspectModule.annotationText(a, interp)) }
            if let d = defaultValue { s += (annotations[name] == nil ? "=" : " = ") + (try interp.repr(d)) }
            return s
        }
        var parts: [String] = []
        let defaults = fn.defaults, keywordDefaults = fn.keywordDefaults
        for (i, param) in p.positional.enumerated() {
            if skipFirst && i == 0 { continue }
            parts.append(try parameter(param.name, i < defaults.count ? defaults[i] : nil))
            if i == p.positionalOnlyCount - 1 { parts.append("/") }
        }
        if let v = p.varArgs {
            parts.append(try parameter(v, prefix: "*", nil))
        } else if !p.keywordOnly.isEmpty {
            parts.append("*")
        }
        for (i, param) in p.keywordOnly.enumerated() {
            parts.append(try parameter(param.name, i < keywordDefaults.count ? keywordDefaults[i] : nil))
        }
        if let v = p.varKeywords {
            parts.append(try parameter(v, prefix: "**", nil))
        }
        var text = "(" + parts.joined(separator: ", ") + ")"
        if let r = annotations["return"] { text += " -> " + (try InspectModule.annotationText(r, interp)) }
        self.text = text
    }

    var pyClass: PyClass { InspectModule.signatureClass }

    func repr(_ interp: Interpreter) throws -> String { "<Signature \(text)>" }
    func str(_ interp: Interpreter) throws -> String { text }
}
