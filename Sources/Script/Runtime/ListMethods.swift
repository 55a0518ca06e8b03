/// `list`'s methods, and the stable keyed sort `list.sort` and `sorted` share.
extension Interpreter {
    func listMethod(_ l: PyList, _ name: String, _ args: Arguments) throws -> Value {
        if l.items.count >= Interpreter.maxContainerSize, ["append", "extend", "insert"].contains(name) {
            throw PyError("MemoryError", "")
        }
        switch name {
        case "append":
            let a = try args.positionalOnly("list.append", 1...1)
            l.items.append(a[0])
        case "extend":
            let a = try args.positionalOnly("list.extend", 1...1)
            l.items.append(contentsOf: try collect(a[0]))
        case "insert":
            let a = try args.positionalOnly("insert", 2...2)
            guard case .int(var i) = a[0].boolAsInt else { throw PyError("TypeError", "'\(a[0].typeName)' object cannot be interpreted as an integer") }
            if i < 0 { i = max(0, i + l.items.count) }
            l.items.insert(a[1], at: min(i, l.items.count))
        case "pop":
            let a = try args.positionalOnly("pop", 0...1)
            if l.items.isEmpty { throw PyError("IndexError", "pop from empty list") }
            var i = l.items.count - 1
            if let v = a.first {
                guard case .int(let n) = v.boolAsInt else { throw PyError("TypeError", "'\(v.typeName)' object cannot be interpreted as an integer") }
                i = n < 0 ? n + l.items.count : n
                guard i >= 0 && i < l.items.count else { throw PyError("IndexError", "pop index out of range") }
            }
            return l.items.remove(at: i)
        case "remove":
            let a = try args.positionalOnly("list.remove", 1...1)
            guard let i = try l.items.firstIndex(where: { try equals($0, a[0]) }) else {
                throw PyError("ValueError", "list.remove(x): x not in list")
            }
            l.items.remove(at: i)
        case "index":
            let a = try args.positionalOnly("index", 1...1)
            guard let i = try l.items.firstIndex(where: { try equals($0, a[0]) }) else {
                throw PyError("ValueError", "\(try repr(a[0])) is not in list")
            }
            return .int(i)
        case "count":
            let a = try args.positionalOnly("count", 1...1)
            return .int(try l.items.filter { try equals($0, a[0]) }.count)
        case "clear": l.items.removeAll()
        case "copy": return .list(PyList(l.items))
        case "reverse": l.items.reverse()
        case "sort":
            let a = try args.bind("sort", ["key", "reverse"], builtin: true)
            if !args.positional.isEmpty { throw PyError("TypeError", "sort() takes no positional arguments") }
            // As CPython: the list looks empty while it sorts, and one that the key or a
            // comparison changed meanwhile is a ValueError (its sorted items are kept).
            let items = l.items
            l.items = []
            let sorted: [Value]
            do {
                sorted = try sortValues(items, key: a[0], reverse: a[1].map { try truthy($0) } ?? false)
            } catch {
                l.items = items
                throw error
            }
            let modified = !l.items.isEmpty
            l.items = sorted
            if modified { throw PyError("ValueError", "list modified during sort") }
        default:
            throw PyError("AttributeError", "'list' object has no attribute '\(name)'")
        }
        return .none
    }

    /// A stable sort with an optional key function, as `sorted` and `list.sort` do.
    func sortValues(_ items: [Value], key: Value?, reverse: Bool) throws -> [Value] {
        var keys = items
        if let key, !(key.isNone) { keys = try items.map { try call(key, Arguments([$0])) } }
        var indices = Array(items.indices)
        var error: Error?
        // Keys of one class compare without a recursion check, as in CPython's sort.
        let firstClass = keys.first?.instance?.cls
        let checked = !(firstClass != nil && keys.allSatisfy { $0.instance?.cls === firstClass })
        // Merge sort keeps equal items in order (Swift's sort is not guaranteed stable).
        func less(_ i: Int, _ j: Int) -> Bool {
            if error != nil { return false }
            do {
                return reverse ? try order(keys[j], keys[i], .lt, checked: checked) < 0 : try order(keys[i], keys[j], .lt, checked: checked) < 0
            } catch let e {
                error = e
                return false
            }
        }
        indices = mergeSort(indices, less)
        if let error { throw error }
        return indices.map { items[$0] }
    }

    private func mergeSort(_ a: [Int], _ less: (Int, Int) -> Bool) -> [Int] {
        if a.count <= 1 { return a }
        let mid = a.count / 2
        let l = mergeSort(Array(a[..<mid]), less), r = mergeSort(Array(a[mid...]), less)
        var out: [Int] = []
        out.reserveCapacity(a.count)
        var i = 0, j = 0
        while i < l.count && j < r.count {
            if less(r[j], l[i]) { out.append(r[j]); j += 1 } else { out.append(l[i]); i += 1 }
        }
        out.append(contentsOf: l[i...])
        out.append(contentsOf: r[j...])
        return out
    }
}
