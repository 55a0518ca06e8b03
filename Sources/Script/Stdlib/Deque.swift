/// `collections.deque`: a double-ended queue with an optional `maxlen`.
final class PyDeque: PyObject, PyIterableObject, PySizedObject, PySubscriptableObject, PyOperandObject, PyHashableObject {
    static let dequeClass = PyClass("deque", module: "collections", base: CoreClasses.object) { interp, args in
        let a = try args.bind("deque", ["iterable", "maxlen"])
        var maxlen: Int?
        if let m = a[1], !m.isNone {
            let n = try interp.toInt(m, "deque")
            if n < 0 { throw PyError("ValueError", "maxlen must be non-negative") }
            maxlen = n
        }
        let d = PyDeque(maxlen: maxlen)
        if let it = a[0] { try interp.iterate(it) { d.append($0); return true } }
        return .object(d)
    }

    /// The items live in `storage[head...]`; popping from the left moves `head` on.
    private var storage: [Value] = [] { didSet { state &+= 1 } }
    /// Bumped by every change of the items, as CPython's `deque.state`: an iterator that
    /// sees it change raises "deque mutated during iteration".
    private var state = 0
    private var head = 0
    private(set) var maxlen: Int?

    init(maxlen: Int?) { self.maxlen = maxlen }

    var pyClass: PyClass { PyDeque.dequeClass }

    /// `deque.__init__` on an existing deque: takes `made`'s items and `maxlen`.
    func reinitialize(from made: PyDeque) {
        maxlen = made.maxlen
        storage = Array(made.items)
        head = 0
    }
    var items: ArraySlice<Value> { storage[head...] }
    var count: Int { storage.count - head }
    var truthValue: Bool? { count > 0 }

    func append(_ v: Value) {
        if maxlen == 0 { return }
        storage.append(v)
        if let m = maxlen, count > m { _ = popLeft() }
    }

    func appendLeft(_ v: Value) {
        if maxlen == 0 { return }
        if head > 0 { head -= 1; storage[head] = v } else { storage.insert(v, at: 0) }
        if let m = maxlen, count > m { storage.removeLast() }
    }

    func popLeft() -> Value? {
        guard count > 0 else { return nil }
        let v = storage[head]
        storage[head] = .none
        head += 1
        if head > 32 && head * 2 > storage.count {
            storage.removeFirst(head)
            head = 0
        }
        return v
    }

    private func replace(_ items: [Value]) {
        storage = items
        head = 0
    }

    func repr(_ interp: Interpreter) throws -> String {
        guard interp.reprInProgress.insert(ObjectIdentifier(self)).inserted else { return "[...]" }
        defer { interp.reprInProgress.remove(ObjectIdentifier(self)) }
        let body = try interp.repr(.list(PyList(Array(items))))
        if let m = maxlen { return "deque(\(body), maxlen=\(m))" }
        return "deque(\(body))"
    }

    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? {
        var i = 0
        let snapshot = Array(items)
        let start = state
        return { [self] in
            if state != start { throw PyError("RuntimeError", "deque mutated during iteration") }
            guard i < snapshot.count else { return nil }
            defer { i += 1 }
            return snapshot[i]
        }
    }

    func length(_ interp: Interpreter) throws -> Int { count }
    func hashKey() throws -> HashKey { throw PyError("TypeError", "unhashable type: 'deque'") }

    private func index(_ i: Value, _ interp: Interpreter) throws -> Int {
        guard case .int(var n) = i.boolAsInt else {
            throw PyError("TypeError", "sequence index must be integer, not '\(i.typeName)'")
        }
        if n < 0 { n += count }
        guard n >= 0 && n < count else { throw PyError("IndexError", "deque index out of range") }
        return head + n
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value { storage[try self.index(index, interp)] }
    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool {
        // Replacing an item is no mutation to iterators, as in CPython.
        let kept = state
        storage[try self.index(index, interp)] = value
        state = kept
        return true
    }
    func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool {
        storage.remove(at: try self.index(index, interp))
        return true
    }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard case .object(let o as PyDeque) = other else { return false }
        return try interp.equals(.list(PyList(Array(items))), .list(PyList(Array(o.items))))
    }

    func compare(_ op: CompareOp, _ other: Value, _ interp: Interpreter) throws -> Bool? {
        guard case .object(let o as PyDeque) = other else { return nil }
        return try interp.truthy(try interp.compare(op, .list(PyList(Array(items))), .list(PyList(Array(o.items)))))
    }

    func binary(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: Interpreter) throws -> Value? {
        switch (op, other) {
        case (.add, .object(let o as PyDeque)) where !reflected:
            let d = PyDeque(maxlen: maxlen)
            for v in items { d.append(v) }
            for v in o.items { d.append(v) }
            return .object(d)
        case (.mul, .int(let n)):
            let d = PyDeque(maxlen: maxlen)
            for _ in 0..<max(0, n) { for v in items { d.append(v) } }
            return .object(d)
        default:
            return nil
        }
    }

    func inPlace(_ op: BinaryOp, _ other: Value, _ interp: Interpreter) throws -> Value? {
        guard op == .add else { return try binary(op, other, reflected: false, interp) }
        for v in try interp.collect(other) { append(v) }
        return .object(self)
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        if name == "maxlen" { return maxlen.map { .int($0) } ?? Value.none }
        guard PyDeque.methods.contains(name) else { return nil }
        return .builtin(PyBuiltin(name, boundSelf: .object(self)) { interp, args in
            try self.call(name, args, interp)
        })
    }

    static let methods = ["append", "appendleft", "clear", "copy", "count", "extend", "extendleft", "index", "insert",
                          "pop", "popleft", "remove", "reverse", "rotate"]

    func call(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        switch name {
        case "append": append(try args.positionalOnly("deque.append", 1...1)[0])
        case "appendleft": appendLeft(try args.positionalOnly("deque.appendleft", 1...1)[0])
        case "extend": for v in try interp.collect(try args.positionalOnly("deque.extend", 1...1)[0]) { append(v) }
        case "extendleft": for v in try interp.collect(try args.positionalOnly("deque.extendleft", 1...1)[0]) { appendLeft(v) }
        case "pop":
            _ = try args.positionalOnly("deque.pop", 0...0)
            guard count > 0 else { throw PyError("IndexError", "pop from an empty deque") }
            return storage.removeLast()
        case "popleft":
            _ = try args.positionalOnly("deque.popleft", 0...0)
            guard let v = popLeft() else { throw PyError("IndexError", "pop from an empty deque") }
            return v
        case "clear": replace([])
        case "copy":
            let d = PyDeque(maxlen: maxlen)
            d.replace(Array(items))
            return .object(d)
        case "count":
            let a = try args.positionalOnly("deque.count", 1...1)
            return .int(try items.filter { try interp.equals($0, a[0]) }.count)
        case "index":
            let a = try args.positionalOnly("deque.index", 1...3)
            guard let i = try items.firstIndex(where: { try interp.equals($0, a[0]) }) else {
                throw PyError("ValueError", "\(try interp.repr(a[0])) is not in deque")
            }
            return .int(i - head)
        case "insert":
            let a = try args.positionalOnly("deque.insert", 2...2)
            if let m = maxlen, count >= m { throw PyError("IndexError", "deque already at its maximum size") }
            var i = try interp.toInt(a[0], "insert")
            if i < 0 { i = max(0, i + count) }
            var all = Array(items)
            all.insert(a[1], at: min(i, all.count))
            replace(all)
        case "remove":
            let a = try args.positionalOnly("deque.remove", 1...1)
            guard let i = try items.firstIndex(where: { try interp.equals($0, a[0]) }) else {
                throw PyError("ValueError", "deque.remove(x): x not in deque")
            }
            storage.remove(at: i)
        case "reverse": replace(items.reversed())
        case "rotate":
            let a = try args.positionalOnly("deque.rotate", 0...1)
            let n = try a.first.map { try interp.toInt($0, "rotate") } ?? 1
            let all = Array(items)
            if all.count > 1 {
                let k = ((n % all.count) + all.count) % all.count
                replace(Array(all[(all.count - k)...] + all[..<(all.count - k)]))
            }
        default: break
        }
        return .none
    }
}
