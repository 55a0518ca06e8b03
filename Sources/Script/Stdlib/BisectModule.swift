/// `bisect`: binary search in a sorted sequence, as CPython 3.11's `_bisect` searches
/// (the same midpoints and comparisons, `key=` applied to the items only):
/// `bisect_left`, `bisect_right` (`bisect`), `insort_left`, `insort_right` (`insort`).
enum BisectModule {
    static func install(in m: PyModule) {
        for (name, right) in [("bisect_left", false), ("bisect_right", true), ("bisect", true)] {
            m.def(name) { interp, args in
                let (a, x, lo, hi, key) = try arguments(name, args, interp)
                return .int(try search(a, x, lo, hi, key, right: right, interp))
            }
        }
        for (name, right) in [("insort_left", false), ("insort_right", true), ("insort", true)] {
            m.def(name) { interp, args in
                let (a, x, lo, hi, key) = try arguments(name, args, interp)
                let probe = key.isNone ? x : try interp.call(key, Arguments([x]))
                let index = try search(a, probe, lo, hi, key, right: right, interp)
                if case .list(let l) = a {
                    l.items.insert(x, at: index)
                } else {
                    _ = try interp.call(try interp.getAttribute(a, "insert"), Arguments([.int(index), x]))
                }
                return .none
            }
        }
    }

    /// `(a, x, lo=0, hi=len(a), *, key=None)` with CPython's checks.
    private static func arguments(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> (Value, Value, Int, Int?, Value) {
        var call = args
        var key: Value = .none
        if let i = call.keywords.firstIndex(where: { $0.0 == "key" }) {
            key = call.keywords[i].1
            call.keywords.remove(at: i)
        }
        let a = try call.bind(name, ["a", "x", "lo", "hi"], required: 2)
        let lo = try a[2].map { try interp.indexValue($0).asInt ?? Int.max } ?? 0
        if lo < 0 { throw PyError("ValueError", "lo must be non-negative") }
        var hi: Int?
        if let h = a[3], !h.isNone { hi = try interp.indexValue(h).asInt ?? Int.max }
        return (a[0]!, a[1]!, lo, hi, key)
    }

    /// The insertion point of `x` in `a[lo:hi]`: before equal items, or after them (`right`).
    private static func search(_ a: Value, _ x: Value, _ lo: Int, _ hi: Int?, _ key: Value, right: Bool, _ interp: Interpreter) throws -> Int {
        var lo = lo
        var hi = try hi ?? interp.length(a)
        while lo < hi {
            let mid = Int(UInt(lo + hi) / 2)
            var item = try interp.getItem(a, .int(mid))
            if !key.isNone { item = try interp.call(key, Arguments([item])) }
            if right {
                if try interp.truthy(try interp.compare(.lt, x, item)) { hi = mid } else { lo = mid + 1 }
            } else {
                if try interp.truthy(try interp.compare(.lt, item, x)) { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }
}
