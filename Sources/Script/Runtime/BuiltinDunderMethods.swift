/// The container protocol's special methods on built-in values, read as attributes:
/// `d.__getitem__` (a common `key=` for `max`/`sorted`), `xs.__len__()`, `s.__contains__(x)`.
/// Each runs the interpreter's own operation, so results and errors are the operator's.
extension Interpreter {
    /// Which of the protocol's methods a built-in type has, as CPython's type slots give them.
    private static func hasDunder(_ obj: Value, _ name: String) -> Bool {
        switch (obj, name) {
        case (.list, "__getitem__"), (.list, "__setitem__"), (.list, "__delitem__"),
             (.dict, "__getitem__"), (.dict, "__setitem__"), (.dict, "__delitem__"),
             (.tuple, "__getitem__"), (.str, "__getitem__"), (.object(is PyRange), "__getitem__"):
            return true
        case (.list, "__len__"), (.dict, "__len__"), (.tuple, "__len__"), (.str, "__len__"),
             (.object(is PyRange), "__len__"), (.object(is PySet), "__len__"),
             (.list, "__contains__"), (.dict, "__contains__"), (.tuple, "__contains__"), (.str, "__contains__"),
             (.object(is PyRange), "__contains__"), (.object(is PySet), "__contains__"),
             (.list, "__iter__"), (.dict, "__iter__"), (.tuple, "__iter__"), (.str, "__iter__"),
             (.object(is PyRange), "__iter__"), (.object(is PySet), "__iter__"):
            return true
        default:
            return false
        }
    }

    /// `obj.name` for a container special method of a built-in value; nil when it has none.
    func builtinDunder(_ obj: Value, _ name: String) -> Value? {
        guard Interpreter.hasDunder(obj, name) else { return nil }
        let owner = obj.typeName
        func arity(_ args: Arguments, _ n: Int) throws -> [Value] {
            if !args.keywords.isEmpty { throw PyError("TypeError", "\(owner).\(name)() takes no keyword arguments") }
            guard args.positional.count == n else {
                if n == 1 {
                    throw PyError("TypeError", "\(owner).\(name)() takes exactly one argument (\(args.positional.count) given)")
                }
                throw PyError("TypeError", "expected \(n) argument\(n == 1 ? "" : "s"), got \(args.positional.count)")
            }
            return args.positional
        }
        let b = PyBuiltin(name, boundSelf: obj) { interp, args in
            switch name {
            case "__getitem__": return try interp.getItem(obj, try arity(args, 1)[0])
            case "__setitem__":
                let a = try arity(args, 2)
                try interp.setItem(obj, a[0], a[1])
                return .none
            case "__delitem__":
                try interp.deleteItem(obj, try arity(args, 1)[0])
                return .none
            case "__len__":
                _ = try arity(args, 0)
                return .int(try interp.length(obj))
            case "__contains__": return .bool(try interp.contains(obj, try arity(args, 1)[0]))
            default:
                _ = try arity(args, 0)
                return try interp.call(interp.builtins["iter"]!, Arguments([obj]))
            }
        }
        // Type slots print as `<method-wrapper '__len__' of list object at 0x…>`; the few that
        // CPython defines as methods as well stay `<built-in method __getitem__ of …>`.
        switch (obj, name) {
        case (.list, "__getitem__"), (.dict, "__getitem__"), (.dict, "__contains__"), (.object(is PySet), "__contains__"): break
        default: b.slotOwner = owner
        }
        return .builtin(b)
    }
}
