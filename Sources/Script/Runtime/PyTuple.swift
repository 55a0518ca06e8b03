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

    /// Whether some item is a list, tuple or dict, which could nest deeply; tuples of scalars,
    /// the usual kind, skip the release loop.
    let holdsContainers: Bool

    public init(_ items: [Value]) {
        self.items = items
        holdsContainers = items.contains { item in
            switch item {
            case .list, .tuple, .dict: return true
            default: return false
            }
        }
    }

    /// Frees deeply nested tuples in a loop (see `PyDict.releaseNested`).
    deinit {
        guard holdsContainers else { return }
        var work = items
        items = []
        PyDict.releaseNested(&work)
    }
}
