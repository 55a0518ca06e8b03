/// `heapq`: a binary min-heap kept in a plain list, as CPython 3.11's `_heapq` keeps it
/// (the same sift order, so the list's layout after each call is CPython's), with
/// `heappush`, `heappop`, `heapreplace`, `heappushpop`, `heapify`, and `nlargest`/`nsmallest`
/// as their documented equivalents (`sorted(iterable, key=key)[:n]`, stable), and `merge`
/// (lazy, stable: equal items come in the order of their iterables).
enum HeapqModule {
    static func install(in m: PyModule) {
        m.def("heappush") { interp, args in
            let a = try args.positionalOnly("heappush", 2...2)
            let heap = try list(a[0], "heappush() argument 1")
            heap.items.append(a[1])
            try siftDown(heap, 0, heap.items.count - 1, interp)
            return .none
        }
        m.def("heappop") { interp, args in
            let a = try args.positionalOnly("heappop", 1...1)
            let heap = try list(a[0], "heappop() argument")
            guard let last = heap.items.popLast() else { throw PyError("IndexError", "index out of range") }
            guard !heap.items.isEmpty else { return last }
            let top = heap.items[0]
            heap.items[0] = last
            try siftUp(heap, 0, interp)
            return top
        }
        m.def("heapreplace") { interp, args in
            let a = try args.positionalOnly("heapreplace", 2...2)
            let heap = try list(a[0], "heapreplace() argument 1")
            guard !heap.items.isEmpty else { throw PyError("IndexError", "index out of range") }
            let top = heap.items[0]
            heap.items[0] = a[1]
            try siftUp(heap, 0, interp)
            return top
        }
        m.def("heappushpop") { interp, args in
            let a = try args.positionalOnly("heappushpop", 2...2)
            let heap = try list(a[0], "heappushpop() argument 1")
            guard let first = heap.items.first, try interp.truthy(try interp.compare(.lt, first, a[1])) else { return a[1] }
            heap.items[0] = a[1]
            try siftUp(heap, 0, interp)
            return first
        }
        m.def("heapify") { interp, args in
            let a = try args.positionalOnly("heapify", 1...1)
            let heap = try list(a[0], "heapify() argument")
            // CPython's cache-friendly order for long lists builds the same heap.
            var i = heap.items.count / 2 - 1
            while i >= 0 {
                try siftUp(heap, i, interp)
                i -= 1
            }
            return .none
        }
        for (name, reverse) in [("nsmallest", false), ("nlargest", true)] {
            m.def(name) { interp, args in
                let a = try args.bind(name, ["n", "iterable", "key"], required: 2)
                let n = try interp.indexValue(a[0]!).asInt ?? Int.max
                var keywords: [(String, Value)] = [("reverse", .bool(reverse))]
                if let key = a[2], !key.isNone { keywords.append(("key", key)) }
                let sorted = try interp.call(interp.builtins["sorted"]!, Arguments([a[1]!], keywords: keywords))
                guard case .list(let l) = sorted else { return sorted }
                return .list(PyList(Array(l.items.prefix(max(0, n)))))
            }
        }
        m.def("merge") { interp, args in
            var key: Value = .none
            var reverse = false
            for (k, v) in args.keywords {
                switch k {
                case "key": key = v
                case "reverse": reverse = try interp.truthy(v)
                default: throw PyError("TypeError", "merge() got an unexpected keyword argument '\(k)'")
                }
            }
            return .object(try merge(args.positional, key: key, reverse: reverse, interp))
        }
    }

    /// `heapq.merge(*iterables, key=None, reverse=False)`: CPython's generator step by step.
    /// Each iterable's next item waits in a heap entry `[item or key(item), order]` (the
    /// order, negated with `reverse`, breaks ties so the earliest iterable goes first); the
    /// top entry is yielded, then refilled and sifted (`heapreplace`), or dropped when its
    /// iterable ends; the last iterable left is then passed through.
    private static func merge(_ iterables: [Value], key: Value, reverse: Bool, _ interp: Interpreter) throws -> PyIterator {
        let iterators = try iterables.map { try interp.iteratorOver($0) }
        let heap = PyList([])
        /// The item each entry holds, by the entry's iterable (its index in `iterators`).
        var pending: [Int: Value] = [:]
        var started = false, advance = false, single = false
        func entry(_ index: Int, _ item: Value) throws -> Value {
            pending[index] = item
            let k = key.isNone ? item : try interp.call(key, Arguments([item]))
            return .list(PyList([k, .int(reverse ? -index : index)]))
        }
        func index(_ e: Value) -> Int {
            guard case .list(let l) = e, case .int(let o) = l.items[1] else { return 0 }
            return abs(o)
        }
        let generator = PyIterator(kind: "generator") {
            if !started {
                started = true
                for (i, next) in iterators.enumerated() {
                    if let item = try next() { heap.items.append(try entry(i, item)) }
                }
                var i = heap.items.count / 2 - 1
                while i >= 0 {
                    try siftUp(heap, i, interp, max: reverse)
                    i -= 1
                }
            }
            if single {
                guard let top = heap.items.first else { return nil }
                return try iterators[index(top)]()
            }
            if advance, let top = heap.items.first {
                advance = false
                let i = index(top)
                if let item = try iterators[i]() {
                    heap.items[0] = try entry(i, item)
                    try siftUp(heap, 0, interp, max: reverse)
                } else {
                    let last = heap.items.removeLast()
                    if !heap.items.isEmpty {
                        heap.items[0] = last
                        try siftUp(heap, 0, interp, max: reverse)
                    }
                }
            }
            guard let top = heap.items.first else { return nil }
            if heap.items.count > 1 { advance = true } else { single = true }
            return pending[index(top)]
        }
        generator.describe = { [unowned generator] interp in "<generator object merge at \(interp.address(of: generator))>" }
        return generator
    }

    /// The list a heap function works on, or CPython's argument error.
    private static func list(_ v: Value, _ what: String) throws -> PyList {
        guard case .list(let l) = v.unwrappingBuiltin else {
            throw PyError("TypeError", "\(what) must be list, not \(v.isNone ? "None" : v.typeName)")
        }
        return l
    }

    /// CPython's `siftdown`: the item at `pos` moves up while it is less than its parent.
    /// With `max`, the max-heap's `siftdown_max` (the parent compared as less than the item).
    private static func siftDown(_ heap: PyList, _ start: Int, _ position: Int, _ interp: Interpreter, max: Bool = false) throws {
        var pos = position
        while pos > start {
            let parent = (pos - 1) >> 1
            let size = heap.items.count
            let (a, b) = max ? (heap.items[parent], heap.items[pos]) : (heap.items[pos], heap.items[parent])
            let less = try interp.truthy(try interp.compare(.lt, a, b))
            if size != heap.items.count { throw PyError("RuntimeError", "list changed size during iteration") }
            if !less { break }
            heap.items.swapAt(pos, parent)
            pos = parent
        }
    }

    /// CPython's `siftup`: the smaller child rises until a leaf is reached, then that leaf's
    /// item sifts back down. With `max`, the max-heap's `siftup_max`.
    private static func siftUp(_ heap: PyList, _ position: Int, _ interp: Interpreter, max: Bool = false) throws {
        let end = heap.items.count
        var pos = position
        let limit = end >> 1
        while pos < limit {
            var child = 2 * pos + 1
            if child + 1 < end {
                let (a, b) = max ? (heap.items[child + 1], heap.items[child]) : (heap.items[child], heap.items[child + 1])
                let less = try interp.truthy(try interp.compare(.lt, a, b))
                if end != heap.items.count { throw PyError("RuntimeError", "list changed size during iteration") }
                if !less { child += 1 }
            }
            heap.items.swapAt(child, pos)
            pos = child
        }
        try siftDown(heap, position, pos, interp, max: max)
    }
}
