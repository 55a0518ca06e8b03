/// `heapq`: a binary min-heap kept in a plain list, as CPython 3.11's `_heapq` keeps it
/// (the same sift order, so the list's layout after each call is CPython's), with
/// `heappush`, `heappop`, `heapreplace`, `heappushpop`, `heapify`, and `nlargest`/`nsmallest`
/// as their documented equivalents (`sorted(iterable, key=key)[:n]`, stable). `merge` is not
/// provided.
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
    }

    /// The list a heap function works on, or CPython's argument error.
    private static func list(_ v: Value, _ what: String) throws -> PyList {
        guard case .list(let l) = v.unwrappingBuiltin else {
            throw PyError("TypeError", "\(what) must be list, not \(v.isNone ? "None" : v.typeName)")
        }
        return l
    }

    /// CPython's `siftdown`: the item at `pos` moves up while it is less than its parent.
    private static func siftDown(_ heap: PyList, _ start: Int, _ position: Int, _ interp: Interpreter) throws {
        var pos = position
        while pos > start {
            let parent = (pos - 1) >> 1
            let size = heap.items.count
            let less = try interp.truthy(try interp.compare(.lt, heap.items[pos], heap.items[parent]))
            if size != heap.items.count { throw PyError("RuntimeError", "list changed size during iteration") }
            if !less { break }
            heap.items.swapAt(pos, parent)
            pos = parent
        }
    }

    /// CPython's `siftup`: the smaller child rises until a leaf is reached, then that leaf's
    /// item sifts back down.
    private static func siftUp(_ heap: PyList, _ position: Int, _ interp: Interpreter) throws {
        let end = heap.items.count
        var pos = position
        let limit = end >> 1
        while pos < limit {
            var child = 2 * pos + 1
            if child + 1 < end {
                let less = try interp.truthy(try interp.compare(.lt, heap.items[child], heap.items[child + 1]))
                if end != heap.items.count { throw PyError("RuntimeError", "list changed size during iteration") }
                if !less { child += 1 }
            }
            heap.items.swapAt(child, pos)
            pos = child
        }
        try siftDown(heap, position, pos, interp)
    }
}
