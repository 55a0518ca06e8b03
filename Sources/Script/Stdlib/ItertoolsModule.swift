/// `itertools`: lazy iterators, so they work on infinite inputs (`count`, `cycle`, `repeat`)
/// and produce items in CPython's order.
enum ItertoolsModule {
    static func iterator(_ kind: String, _ next: @escaping () throws -> Value?) -> Value {
        .object(PyIterator(kind: "itertools.\(kind)", producer: next))
    }

    static let chainClass: PyClass = {
        let c = PyClass("chain", module: "itertools", base: CoreClasses.object) { interp, args in
            if !args.keywords.isEmpty { throw PyError("TypeError", "chain() takes no keyword arguments") }
            return chain(try args.positional.map { try interp.iteratorOver($0) }.makeIterator(), interp)
        }
        c.attributes["from_iterable"] = .builtin(PyBuiltin("from_iterable") { interp, args in
            let a = try args.positionalOnly("from_iterable", 1...1)
            let outer = try interp.iteratorOver(a[0])
            let sources = AnyIterator<() throws -> Value?> {
                guard let next = try? outer() else { return nil }
                return try? interp.iteratorOver(next)
            }
            return chain(sources.makeIterator(), interp)
        })
        return c
    }()

    static func chain<I: IteratorProtocol>(_ sources: I, _ interp: Interpreter) -> Value where I.Element == () throws -> Value? {
        var sources = sources
        var current: (() throws -> Value?)?
        return iterator("chain") {
            while true {
                if current == nil { current = sources.next(); if current == nil { return nil } }
                if let v = try current!() { return v }
                current = nil
            }
        }
    }

    static func install(in m: PyModule) {
        m.attributes["chain"] = .type(chainClass)
        m.def("count") { interp, args in
            let a = try args.bind("count", ["start", "step"])
            var n = a[0] ?? .int(0)
            let step = a[1] ?? .int(1)
            for v in [n, step] where !v.isNumber {
                throw PyError("TypeError", "a number is required")
            }
            let it = PyIterator(kind: "itertools.count") {
                defer { n = (try? interp.binary(.add, n, step)) ?? n }
                return n
            }
            // CPython leaves out an int step of 1.
            it.describe = { interp in
                if case .int(1) = step { return "count(\(try interp.repr(n)))" }
                return "count(\(try interp.repr(n)), \(try interp.repr(step)))"
            }
            return .object(it)
        }
        m.def("repeat") { interp, args in
            let a = try args.bind("repeat", ["object", "times"], required: 1)
            var left = try a[1].map { try interp.toInt($0, "repeat") }
            let v = a[0]!
            let it = PyIterator(kind: "itertools.repeat") {
                if let l = left { if l <= 0 { return nil }; left = l - 1 }
                return v
            }
            it.describe = { interp in
                guard let l = left else { return "repeat(\(try interp.repr(v)))" }
                return "repeat(\(try interp.repr(v)), \(max(l, 0)))"
            }
            return .object(it)
        }
        m.def("cycle") { interp, args in
            let a = try args.positionalOnly("cycle", 1...1)
            let source = try interp.iteratorOver(a[0])
            var saved: [Value] = []
            var exhausted = false
            var i = 0
            return iterator("cycle") {
                if !exhausted {
                    if let v = try source() { saved.append(v); return v }
                    exhausted = true
                }
                if saved.isEmpty { return nil }
                defer { i = (i + 1) % saved.count }
                return saved[i]
            }
        }
        m.def("islice") { interp, args in
            let a = try args.positionalOnly("islice", 2...4)
            let source = try interp.iteratorOver(a[0])
            func bound(_ v: Value, _ what: String) throws -> Int? {
                if v.isNone { return nil }
                guard case .int(let i) = v.boolAsInt, i >= 0 else {
                    throw PyError("ValueError", "\(what) for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
                }
                return i
            }
            var start = 0, stop: Int?, step = 1
            if a.count == 2 {
                stop = try bound(a[1], "Stop argument")
            } else {
                start = try bound(a[1], "Indices") ?? 0
                stop = try bound(a[2], "Indices")
                if a.count == 4 {
                    if !a[3].isNone {
                        guard case .int(let s) = a[3].boolAsInt, s > 0 else {
                            throw PyError("ValueError", "Step for islice() must be a positive integer or None.")
                        }
                        step = s
                    }
                }
            }
            var position = 0
            var nextIndex = start
            return iterator("islice") {
                if let stop, nextIndex >= stop { return nil }
                while position < nextIndex {
                    guard try source() != nil else { nextIndex = Int.max; return nil }
                    position += 1
                }
                guard let v = try source() else { nextIndex = Int.max; return nil }
                position += 1
                nextIndex += step
                return v
            }
        }
        m.def("accumulate") { interp, args in
            let a = try args.bind("accumulate", ["iterable", "func", "initial"], required: 1)
            let source = try interp.iteratorOver(a[0]!)
            let fn = a[1].flatMap { $0.isNone ? nil : $0 }
            var total: Value? = a[2].flatMap { $0.isNone ? nil : $0 }
            var pendingInitial = total != nil
            return iterator("accumulate") {
                if pendingInitial { pendingInitial = false; return total }
                guard let v = try source() else { return nil }
                if let t = total {
                    total = try fn.map { try interp.call($0, Arguments([t, v])) } ?? interp.binary(.add, t, v)
                } else {
                    total = v
                }
                return total
            }
        }
        m.def("product") { interp, args in
            let a = try Arguments([], keywords: args.keywords).bind("product", ["repeat"])
            let times = try a[0].map { try interp.toInt($0, "product") } ?? 1
            if times < 0 { throw PyError("ValueError", "repeat argument cannot be negative") }
            let once = try args.positional.map { try interp.collect($0) }
            var pools: [[Value]] = []
            for _ in 0..<times { pools += once }
            var indices = [Int](repeating: 0, count: pools.count)
            var done = pools.contains { $0.isEmpty }
            var first = true
            return iterator("product") {
                if done { return nil }
                if first {
                    first = false
                } else {
                    var i = pools.count - 1
                    while i >= 0 {
                        indices[i] += 1
                        if indices[i] < pools[i].count { break }
                        indices[i] = 0
                        i -= 1
                    }
                    if i < 0 { done = true; return nil }
                }
                return .tuple(PyTuple.build(count: pools.count) { pools[$0][indices[$0]] })
            }
        }
        m.def("combinations") { interp, args in
            let a = try args.bind("combinations", ["iterable", "r"], required: 2)
            let pool = try interp.collect(a[0]!)
            let r = try interp.toInt(a[1]!, "combinations")
            if r < 0 { throw PyError("ValueError", "r must be non-negative") }
            return combinations(pool, r, replacement: false)
        }
        m.def("combinations_with_replacement") { interp, args in
            let a = try args.bind("combinations_with_replacement", ["iterable", "r"], required: 2)
            let pool = try interp.collect(a[0]!)
            let r = try interp.toInt(a[1]!, "combinations_with_replacement")
            if r < 0 { throw PyError("ValueError", "r must be non-negative") }
            return combinations(pool, r, replacement: true)
        }
        m.def("permutations") { interp, args in
            let a = try args.bind("permutations", ["iterable", "r"], required: 1)
            let pool = try interp.collect(a[0]!)
            let n = pool.count
            let r = try a[1].flatMap { $0.isNone ? nil : $0 }.map { try interp.toInt($0, "permutations") } ?? n
            if r < 0 { throw PyError("ValueError", "r must be non-negative") }
            var indices = Array(0..<n)
            var cycles = Array(stride(from: n, to: n - r, by: -1))
            var first = true
            var done = r > n
            return iterator("permutations") {
                if done { return nil }
                if first {
                    first = false
                    return .tuple(PyTuple.build(count: r) { pool[indices[$0]] })
                }
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let moved = indices.remove(at: i)
                        indices.append(moved)
                        cycles[i] = n - i
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        return .tuple(PyTuple.build(count: r) { pool[indices[$0]] })
                    }
                    i -= 1
                }
                done = true
                return nil
            }
        }
        m.def("zip_longest") { interp, args in
            let a = try Arguments([], keywords: args.keywords).bind("zip_longest", ["fillvalue"])
            let fill = a[0] ?? .none
            let sources = try args.positional.map { try interp.iteratorOver($0) }
            var active = [Bool](repeating: true, count: sources.count)
            return iterator("zip_longest") {
                if sources.isEmpty { return nil }
                var row: [Value] = []
                for (i, s) in sources.enumerated() {
                    if active[i], let v = try s() { row.append(v) } else { active[i] = false; row.append(fill) }
                }
                if !active.contains(true) { return nil }
                return .tuple(PyTuple.of(row))
            }
        }
        m.def("starmap") { interp, args in
            let a = try args.positionalOnly("starmap", 2...2)
            let source = try interp.iteratorOver(a[1])
            return iterator("starmap") {
                guard let v = try source() else { return nil }
                return try interp.call(a[0], Arguments(try interp.collect(v)))
            }
        }
        for name in ["takewhile", "dropwhile", "filterfalse"] {
            m.def(name) { interp, args in
                let a = try args.positionalOnly(name, 2...2)
                let source = try interp.iteratorOver(a[1])
                var stopped = false
                return iterator(name) {
                    switch name {
                    case "takewhile":
                        if stopped { return nil }
                        guard let v = try source() else { return nil }
                        if try interp.truthy(try interp.call(a[0], Arguments([v]))) { return v }
                        stopped = true
                        return nil
                    case "dropwhile":
                        while !stopped {
                            guard let v = try source() else { return nil }
                            if !(try interp.truthy(try interp.call(a[0], Arguments([v])))) { stopped = true; return v }
                        }
                        return try source()
                    default:
                        while let v = try source() {
                            let keep = a[0].isNone ? try interp.truthy(v) : try interp.truthy(try interp.call(a[0], Arguments([v])))
                            if !keep { return v }
                        }
                        return nil
                    }
                }
            }
        }
        m.def("compress") { interp, args in
            let a = try args.bind("compress", ["data", "selectors"], required: 2)
            let data = try interp.iteratorOver(a[0]!), selectors = try interp.iteratorOver(a[1]!)
            return iterator("compress") {
                while let v = try data() {
                    guard let s = try selectors() else { return nil }
                    if try interp.truthy(s) { return v }
                }
                return nil
            }
        }
        m.def("pairwise") { interp, args in
            let a = try args.positionalOnly("pairwise", 1...1)
            let source = try interp.iteratorOver(a[0])
            var previous: Value?
            return iterator("pairwise") {
                if previous == nil { previous = try source(); if previous == nil { return nil } }
                guard let v = try source() else { return nil }
                defer { previous = v }
                return .tuple(.pair(previous!, v))
            }
        }
        m.def("tee") { interp, args in try TeeBuffer.tee(args, interp) }
        m.def("groupby") { interp, args in
            let a = try args.bind("groupby", ["iterable", "key"], required: 1)
            return GroupBy(try interp.iteratorOver(a[0]!), key: a[1].flatMap { $0.isNone ? nil : $0 }, interp).outer()
        }
    }

    static func combinations(_ pool: [Value], _ r: Int, replacement: Bool) -> Value {
        let n = pool.count
        var indices = replacement ? [Int](repeating: 0, count: r) : Array(0..<r)
        var first = true
        var done = replacement ? (n == 0 && r > 0) : r > n
        return iterator(replacement ? "combinations_with_replacement" : "combinations") {
            if done { return nil }
            if first {
                first = false
                return .tuple(PyTuple.build(count: r) { pool[indices[$0]] })
            }
            var i = r - 1
            if replacement {
                while i >= 0 && indices[i] == n - 1 { i -= 1 }
                if i < 0 { done = true; return nil }
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
            } else {
                while i >= 0 && indices[i] == i + n - r { i -= 1 }
                if i < 0 { done = true; return nil }
                indices[i] += 1
                for j in (i + 1)..<max(i + 1, r) { indices[j] = indices[j - 1] + 1 }
            }
            return .tuple(PyTuple.build(count: r) { pool[indices[$0]] })
        }
    }
}

/// `itertools.groupby`'s shared state: a group's iterator stops once the outer one moves on.
final class GroupBy {
    let source: () throws -> Value?
    let key: Value?
    let interp: Interpreter
    var currentKey: Value?
    var currentValue: Value?
    var targetKey: Value?
    var group = 0

    init(_ source: @escaping () throws -> Value?, key: Value?, _ interp: Interpreter) {
        self.source = source
        self.key = key
        self.interp = interp
    }

    /// Reads the next item and its key; false at the end.
    func step() throws -> Bool {
        guard let v = try source() else { return false }
        currentValue = v
        currentKey = try key.map { try interp.call($0, Arguments([v])) } ?? v
        return true
    }

    func outer() -> Value {
        ItertoolsModule.iterator("groupby") { [self] in
            group += 1
            while true {
                if let c = currentKey {
                    guard let t = targetKey else { break }
                    if !(try interp.equals(t, c)) { break }
                }
                if !(try step()) { return nil }
            }
            targetKey = currentKey
            let id = group
            let target = targetKey!
            let grouper = Value.object(PyIterator(kind: "itertools._grouper") { [self] in
                guard group == id else { return nil }
                if currentValue == nil { if !(try step()) { return nil } }
                guard let c = currentKey, try interp.equals(target, c) else { return nil }
                defer { currentValue = nil }
                return currentValue
            })
            return .tuple(.pair(target, grouper))
        }
    }
}
