extension Interpreter {
    /// `str(v)`.
    public func str(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s
        case .object(let o): return try o.str(self)
        case .type(let c) where c.metaclass != nil:
            if let r = try callMetaclassMethod(c, "__str__", []) {
                guard case .str(let s) = r else { throw PyError("TypeError", "__str__ returned non-string (type \(r.typeName))") }
                return s
            }
            return try repr(v)
        default: return try repr(v)
        }
    }

    /// `repr(v)`, with containers showing each element's repr.
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .list, .tuple, .dict, .object:
            // Deeply nested containers and objects whose repr holds themselves (a module
            // that is its own submodule) end as in CPython instead of overflowing the stack.
            return try withRecursionCheck(.repr) { try containerRepr(v) }
        default:
            return try containerRepr(v)
        }
    }

    /// `dict.__repr__` of `d` whatever its flavor: `{...}` for a dict already being shown
    /// (one that holds itself), as CPython's `Py_ReprEnter` makes it.
    func plainDictRepr(_ d: PyDict) throws -> String {
        guard reprInProgress.insert(ObjectIdentifier(d)).inserted else { return "{...}" }
        defer { reprInProgress.remove(ObjectIdentifier(d)) }
        return "{" + (try d.pairs.map { "\(try repr($0.0)): \(try repr($0.1))" }).joined(separator: ", ") + "}"
    }

    private func containerRepr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PyFormat.repr(d)
        case .str(let s): return PyFormat.reprString(s)
        case .list(let l):
            // A list that contains itself prints as [...], as in CPython.
            guard reprInProgress.insert(ObjectIdentifier(l)).inserted else { return "[...]" }
            defer { reprInProgress.remove(ObjectIdentifier(l)) }
            return "[" + (try l.items.map { try repr($0) }).joined(separator: ", ") + "]"
        case .tuple(let t):
            // A tuple holding a list that holds the tuple shows `(...)` there, as in CPython.
            if t.holdsNesting {
                guard reprInProgress.insert(ObjectIdentifier(t)).inserted else { return "(...)" }
            }
            defer { if t.holdsNesting { reprInProgress.remove(ObjectIdentifier(t)) } }
            if t.count == 1 { return "(" + (try repr(t[0])) + ",)" }
            return "(" + (try t.map { try repr($0) }).joined(separator: ", ") + ")"
        case .dict(let d):
            if let flavor = d.flavor { return try flavor.repr(d, self) }
            return try plainDictRepr(d)
        case .function(let f):
            return "<function \(f.displayQualname) at \(address(of: f))>"
        case .builtin(let b):
            if let s = b.boundSelf {
                if b.slotOwner != nil, !b.isMethodDescriptor {
                    let owner: AnyObject
                    if case .object(let o) = s { owner = o } else { owner = b }
                    return "<method-wrapper '\(b.name)' of \(s.typeName) object at \(address(of: owner))>"
                }
                if case .object(let o) = s {
                    return "<bound method \(o.pyClass.name).\(b.name) of \(try repr(s))>"
                }
                return "<built-in method \(b.name) of \(s.typeName) object at \(address(of: b))>"
            }
            if let owner = b.slotOwner {
                return b.isMethodDescriptor ? "<method '\(b.name)' of '\(owner)' objects>" : "<slot wrapper '\(b.name)' of '\(owner)' objects>"
            }
            return "<built-in function \(b.name)>"
        case .type(let c):
            if c.metaclass != nil, let r = try callMetaclassMethod(c, "__repr__", []) {
                guard case .str(let s) = r else { throw PyError("TypeError", "__repr__ returned non-string (type \(r.typeName))") }
                return s
            }
            return "<class '\(c.qualifiedName)'>"
        case .object(let o):
            return try o.repr(self)
        }
    }

    /// `format(v, spec)`: numbers and strings through PyFormat, tensors by their item.
    func format(_ v: Value, spec: String) throws -> String {
        switch v {
        case .int(let i): return try PyFormat.format(i, spec: spec)
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try PyFormat.format(b ? 1 : 0, spec: spec)
        case .float(let d): return try PyFormat.format(d, spec: spec)
        case .str(let s): return try PyFormat.format(s, spec: spec)
        case .object(let b as PyBigInt):
            if spec.isEmpty { return try IntStringLimit.decimal(b.value) }
            // Decimal presentations convert the whole int to a string: CPython's limit applies.
            if !"bcoxXeEfFgG%".unicodeScalars.contains(spec.unicodeScalars.last!) { _ = try IntStringLimit.decimal(b.value) }
            return try PyFormat.format(negative: b.value.negative, magnitude: { b.value.magnitudeText(radix: $0) },
                                       spec: spec) { b.value.double }
        case .object(let i as PyInstance):
            guard let f = special(i, "__format__") else {
                if spec.isEmpty { return try str(v) }
                throw PyError("TypeError", "unsupported format string passed to \(i.cls.name).__format__")
            }
            let result = try callUnbound(f, self: v, Arguments([.str(spec)]))
            guard case .str(let s) = result else {
                throw PyError("TypeError", "__format__ must return a str, not \(result.typeName)")
            }
            return s
        case .object(let t as TensorObject):
            // torch's Tensor.__format__ formats a 0-d tensor's item, even with an empty spec.
            if spec.isEmpty && t.tensor.rank != 0 { return try t.str(self) }
            return try TorchLibrary.formatTensor(t, spec: spec, self)
        default:
            if spec.isEmpty { return try str(v) }
            throw PyError("TypeError", "unsupported format string passed to \(v.typeName).__format__")
        }
    }
}
