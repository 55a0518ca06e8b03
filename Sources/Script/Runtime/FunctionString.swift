extension Interpreter {
    /// How CPython names a callable in its argument errors (`_PyObject_FunctionStr`):
    /// `__main__.train()` for a script function or method (by qualified name), `list.append()`
    /// for a method of a built-in value, `print()` for a built-in function, `__main__.Point()`
    /// or `int()` for a class, else `Vector object` for a callable instance.
    func functionString(_ callee: Value) -> String {
        switch callee {
        case .function(let f):
            return "__main__.\(f.displayQualname)()"
        case .builtin(let b):
            if let owner = b.boundSelf { return "\(owner.typeName).\(b.name)()" }
            return "\(b.name)()"
        case .type(let c):
            return "\(c.qualifiedName)()"
        case .object(let m as PyMethod):
            return functionString(m.function)
        case .object(let d as PyMethodDescriptor):
            return "\(d.cls.name).\(d.name)()"
        default:
            return "\(callee.typeName) object"
        }
    }
}
