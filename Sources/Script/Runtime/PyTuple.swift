/// An immutable Python tuple, its items stored in the object's own allocation.
///
/// A class rather than an inline `[Value]` for two reasons: freeing a deeply nested chain
/// (`t = (t,)` a hundred thousand times, or tuples mixed with lists and dicts) goes through
/// `PyDict.releaseNested` in a loop instead of one recursive deinit per level, which would
/// overflow the stack; and a tuple has an identity, so `t is t` holds as in CPython. The items
/// are tail-allocated (a `ManagedBuffer`), so a tuple costs one allocation, as an array does.
public final class PyTuple: ManagedBuffer<PyTuple.Header, Value> {
    public struct Header {
        /// How many items are initialized: all of them, except while `build` fills the tuple
        /// or after `takeItems` moved them out.
        var count: Int
        /// Whether some item could nest deeply (see `mayNest`); tuples of scalars and tensors,
        /// the usual kind, skip the release loop.
        var holdsNesting: Bool
        /// The tuple's place in the cycle collector's registry: only tuples that may hold a
        /// container (`holdsNesting`) are tracked, as CPython untracks tuples of atoms.
        var gcLink = GCLink()
    }

    /// A tuple of `items`.
    public static func of(_ items: [Value]) -> PyTuple {
        build(count: items.count) { items[$0] }
    }

    /// A tuple of two items, without an intermediate array (`enumerate`, `dict.items()`).
    static func pair(_ a: Value, _ b: Value) -> PyTuple {
        build(count: 2) { $0 == 0 ? a : b }
    }

    /// A tuple of `count` items, item `i` being `item(i)`, computed in order; if `item` throws,
    /// the items made so far are freed.
    static func build(count: Int, _ item: (Int) throws -> Value) rethrows -> PyTuple {
        let tuple = unsafeDowncast(create(minimumCapacity: count) { _ in Header(count: 0, holdsNesting: false) }, to: PyTuple.self)
        try tuple.withUnsafeMutablePointers { header, items in
            for i in 0..<count {
                let value = try item(i)
                if !header.pointee.holdsNesting && PyTuple.mayNest(value) { header.pointee.holdsNesting = true }
                (items + i).initialize(to: value)
                header.pointee.count = i + 1
            }
        }
        if tuple.holdsNesting { GCRegistry.track(tuple) }
        return tuple
    }

    /// Frees the items, nested containers in a loop (see `PyDict.releaseNested`).
    deinit {
        GCRegistry.untrack(self)
        if holdsNesting {
            var work: [Value] = []
            takeItems(into: &work)
            PyDict.releaseNested(&work)
        } else {
            withUnsafeMutablePointers { header, items in
                _ = items.deinitialize(count: header.pointee.count)
                header.pointee.count = 0
            }
        }
    }

    /// Moves the items to the end of `work`, leaving this tuple empty (to free it).
    func takeItems(into work: inout [Value]) {
        withUnsafeMutablePointers { header, items in
            let n = header.pointee.count
            // Grown geometrically: an exact reservation per tuple would copy `work` each time
            // (the collector clears tens of thousands of tuples into one `work`).
            if work.capacity < work.count + n { work.reserveCapacity(Swift.max(work.count + n, 2 * work.capacity)) }
            for i in 0..<n { work.append((items + i).move()) }
            header.pointee.count = 0
        }
    }

    // The header is read through its pointer: `header` itself is a class's stored `var`, whose
    // every access would pay a runtime exclusivity check.

    /// Whether `value` can hold further values that `PyDict.releaseNested` frees in its loop:
    /// a list, tuple, dict, function (its defaults) or exception (its args).
    static func mayNest(_ value: Value) -> Bool {
        switch value {
        case .list, .tuple, .dict, .function, .object(is PyInstance): return true
        default: return false
        }
    }

    /// Whether some item could nest deeply (see `mayNest`).
    var holdsNesting: Bool { withUnsafeMutablePointerToHeader { $0.pointee.holdsNesting } }

    /// The items as an array (a copy: indexing and iterating the tuple itself avoid it).
    public var items: [Value] {
        withUnsafeMutablePointers { header, items in
            Array(UnsafeBufferPointer(start: items, count: header.pointee.count))
        }
    }
}

extension PyTuple: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }

    /// The item at `i`, which must be in `0..<count`.
    public subscript(i: Int) -> Value {
        withUnsafeMutablePointers { header, items in
            precondition(i >= 0 && i < header.pointee.count, "tuple index out of range")
            return items[i]
        }
    }
}
