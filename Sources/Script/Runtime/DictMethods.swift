/// `dict`'s methods (`get`, `setdefault`, `update`, `pop`, …).
extension Interpreter {
    func dictMethod(_ d: PyDict, _ name: String, _ args: Arguments) throws -> Value {
        switch name {
        case "get":
            let a = try args.positionalOnly("get", 1...2)
            return try d.get(a[0]) ?? (a.count > 1 ? a[1] : .none)
        case "keys": return .object(PyDictView(d, .keys))
        case "values": return .object(PyDictView(d, .values))
        case "items": return .object(PyDictView(d, .items))
        case "update":
            if args.positional.count > 1 { throw PyError("TypeError", "update expected at most 1 argument, got \(args.positional.count)") }
            let a = args.positional
            if let other = a.first {
                if case .dict(let o) = other.unwrappingBuiltin {
                    for (k, v) in o.pairs { try d.set(k, v) }
                } else if case .object = other, let keys = try getAttributeIfPresent(other, "keys") {
                    // a mapping (CPython's test: it has `keys`), e.g. a module's `state_dict()`
                    for k in try collect(try call(keys, Arguments())) { try d.set(k, try getItem(other, k)) }
                } else {
                    for item in try collect(other) {
                        let pair = try collect(item)
                        guard pair.count == 2 else {
                            throw PyError("ValueError", "dictionary update sequence element #0 has length \(pair.count); 2 is required")
                        }
                        try d.set(pair[0], pair[1])
                    }
                }
            }
            for (k, v) in args.keywords { try d.set(.str(k), v) }
            return .none
        case "pop":
            let a = try args.positionalOnly("pop", 1...2)
            if let v = try d.remove(a[0]) { return v }
            if a.count > 1 { return a[1] }
            throw keyError(a[0])
        case "popitem":
            guard let k = d.keys.last else { throw keyError(.str("popitem(): dictionary is empty")) }
            let v = try d.remove(k) ?? .none
            return .tuple(.pair(k, v))
        case "setdefault":
            let a = try args.positionalOnly("setdefault", 1...2)
            if let v = try d.get(a[0]) { return v }
            let v = a.count > 1 ? a[1] : .none
            try d.set(a[0], v)
            return v
        case "clear": d.removeAll(); return .none
        case "copy": return .dict(d.copy())
        default:
            throw PyError("AttributeError", "'dict' object has no attribute '\(name)'")
        }
    }
}
