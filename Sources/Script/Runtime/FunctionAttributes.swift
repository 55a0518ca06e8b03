extension PyFunction {
    /// The attribute the script set under `name`.
    func attribute(_ name: String) -> Value? {
        attributes.first { $0.name == name }?.value
    }

    /// Sets (or, with nil, removes) an attribute, keeping the order they were first set in.
    func setAttribute(_ name: String, _ value: Value?) {
        if let i = attributes.firstIndex(where: { $0.name == name }) {
            if let value { attributes[i].value = value } else { attributes.remove(at: i) }
        } else if let value {
            attributes.append((name, value))
        }
    }

    /// `__qualname__` as the script sees it (repr shows it): set by `functools.wraps`, or the
    /// function's own.
    var displayQualname: String {
        if case .str(let s)? = attribute("__qualname__") { return s }
        return qualname
    }

    /// The docstring: the string literal the body starts with, else None.
    var docstring: Value {
        guard lambdaBody == nil, let first = def.body.first, case .expr(let e) = first.kind,
              case .literal(.string(let s)) = e.kind else { return .none }
        return .str(s)
    }
}

extension Interpreter {
    /// `f.name` for a `def` or `lambda` function: the attributes the script set, then
    /// `__name__`, `__qualname__`, `__doc__`, `__module__`, `__dict__`, `__defaults__`.
    func functionAttribute(_ f: PyFunction, _ name: String) -> Value? {
        if let v = f.attribute(name) { return v }
        switch name {
        case "__name__": return .str(f.name)
        case "__qualname__": return .str(f.qualname)
        case "__doc__": return f.docstring
        case "__module__": return .str("__main__")
        case "__annotations__":
            // Made empty on first read and kept, as CPython's.
            let d = Value.dict(PyDict())
            f.setAttribute(name, d)
            return d
        case "__defaults__":
            // The trailing positional parameters' defaults, None when there are none.
            let given = f.defaults.compactMap { $0 }
            // (`Value.none`: a bare `.none` here would be the optional's, "no such attribute".)
            return given.isEmpty ? Value.none : .tuple(PyTuple.of(given))
        case "__kwdefaults__":
            let d = PyDict()
            for (p, v) in zip(f.def.parameters.keywordOnly, f.keywordDefaults) {
                if let v { try? d.set(.str(p.name), v) }
            }
            return d.count == 0 ? Value.none : .dict(d)
        case "__dict__":
            let d = PyDict()
            for (k, v) in f.attributes where !PyFunction.overridable.contains(k) {
                try? d.set(.str(k), v)
            }
            return .dict(d)
        default: return nil
        }
    }

    /// `f.name = value`: `__name__` and `__qualname__` must be strs, as in CPython.
    func setFunctionAttribute(_ f: PyFunction, _ name: String, _ value: Value) throws {
        if name == "__name__" || name == "__qualname__" {
            guard case .str = value else {
                throw PyError("TypeError", "\(name) must be set to a string object")
            }
        }
        if name == "__dict__" {
            guard case .dict(let d) = value else {
                throw PyError("TypeError", "__dict__ must be set to a dictionary, not a '\(value.typeName)'")
            }
            f.attributes.removeAll { !PyFunction.overridable.contains($0.name) }
            for (k, v) in d.pairs { if case .str(let key) = k { f.setAttribute(key, v) } }
            return
        }
        f.setAttribute(name, value)
    }
}

extension PyFunction {
    /// Attributes that override a built-in one rather than living in `__dict__`.
    static let overridable: Set<String> = ["__name__", "__qualname__", "__doc__", "__module__", "__annotations__"]
}
