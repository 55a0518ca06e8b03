/// An immutable Python tuple.
///
/// A class rather than an inline `[Value]` for two reasons: freeing a deeply nested chain
/// (`t = (t,)` a hundred thousand times, or tuples mixed with lists and dicts) goes through
/// `PyDict.releaseNested` in a loop instead of one recursive deinit per level, which would
/// overflow the stack; and a tuple has an identity, so `t is t` holds as in CPython.
public final class PyTuple {
    /// The items. Only the deinit and `PyDict.releaseNested` change them (emptying a tuple
    /// nothing else references), so no access can overlap one another: every read skips the
    /// runtime exclusivity check a class's `var` would otherwise cost.
    @exclusivity(unchecked) public internal(set) var items: [Value]

    public init(_ items: [Value]) { self.items = items }

    /// Frees deeply nested tuples in a loop (see `PyDict.releaseNested`); a tuple of scalars,
    /// the usual kind, just lets its items go.
    deinit {
        guard holdsContainers else { return }
        var work = items
        items = []
        PyDict.releaseNested(&work)
    }

    /// Whether some item is a list, tuple or dict, which could nest deeply.
    var holdsContainers: Bool {
        items.contains { item in
            switch item {
            case .list, .tuple, .dict: return true
            default: return false
            }
        }
    }
}
