/// The methods of `set` and `frozenset`.
extension PySet {
    static let setMethods = ["add", "clear", "copy", "difference", "difference_update", "discard", "intersection",
                             "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
                             "symmetric_difference", "symmetric_difference_update", "union", "update"]
    static let frozensetMethods = ["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset",
                                   "symmetric_difference", "union"]

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        guard (frozen ? PySet.frozensetMethods : PySet.setMethods).contains(name) else { return nil }
        return .builtin(PyBuiltin(name, boundSelf: .object(self)) { interp, args in
            try self.call(name, args, interp)
        })
    }

    private func one(_ name: String, _ args: Arguments) throws -> Value {
        if !args.keywords.isEmpty { throw PyError("TypeError", "\(kindName).\(name)() takes no keyword arguments") }
        guard args.positional.count == 1 else {
            throw PyError("TypeError", "\(kindName).\(name)() takes exactly one argument (\(args.positional.count) given)")
        }
        return args.positional[0]
    }

    private var kindName: String { frozen ? "frozenset" : "set" }

    private func many(_ name: String, _ args: Arguments) throws -> [Value] {
        if !args.keywords.isEmpty { throw PyError("TypeError", "\(kindName).\(name)() takes no keyword arguments") }
        return args.positional
    }

    func call(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        switch name {
        case "add":
            try add(try one(name, args), interp)
        case "clear":
            _ = try args.positionalOnly("set.clear", 0...0)
            table.removeAll()
        case "copy":
            _ = try args.positionalOnly("\(kindName).copy", 0...0)
            return frozen ? .object(self) : .object(copy())
        case "discard", "remove":
            let v = try one(name, args)
            let (h, k): (Int, HashKey)
            if case .object(let s as PySet) = v, !s.frozen {
                let f = PySet(frozen: true)
                f.table.merge(s.table)
                (h, k) = (f.frozenHash(), try f.hashKey())
            } else {
                (h, k) = try PySet.entry(v, interp)
            }
            if !table.discard(k, hash: h) && name == "remove" { throw DictFlavor.keyError(v, interp) }
        case "pop":
            _ = try args.positionalOnly("set.pop", 0...0)
            guard let v = table.pop() else { throw DictFlavor.keyError(.str("pop from an empty set"), interp) }
            return v
        case "union":
            var r = copy()
            for o in try many(name, args) { r = try r.union(o, interp) }
            return .object(r)
        case "update":
            for o in try many(name, args) { try update(with: o, interp) }
        case "intersection":
            var r = copy()
            for o in try many(name, args) { r = try r.intersection(o, interp) }
            return .object(r)
        case "intersection_update":
            var r = copy()
            for o in try many(name, args) { r = try r.intersection(o, interp) }
            table = r.table
        case "difference":
            let others = try many(name, args)
            guard let first = others.first else { return .object(copy()) }
            let r = try difference(first, interp)
            for o in others.dropFirst() { try r.differenceUpdate(o, interp) }
            return .object(r)
        case "difference_update":
            for o in try many(name, args) { try differenceUpdate(o, interp) }
        case "symmetric_difference":
            return .object(try symmetricDifference(try one(name, args), interp))
        case "symmetric_difference_update":
            try symmetricDifferenceUpdate(try one(name, args), interp)
        case "issubset":
            return .bool(isSubset(of: try asSet(try one(name, args), interp)))
        case "issuperset":
            return .bool(try asSet(try one(name, args), interp).isSubset(of: self))
        case "isdisjoint":
            let o = try one(name, args)
            var disjoint = true
            try interp.iterate(o) { v in
                let (h, k) = try PySet.entry(v, interp)
                if self.table.contains(k, hash: h) { disjoint = false }
                return disjoint
            }
            return .bool(disjoint)
        default:
            break
        }
        return .none
    }
}
