/// `itertools.tee(iterable, n=2)`: `n` independent iterators over one source. Items read
/// from the source wait in a shared buffer until every copy has passed them.
final class TeeBuffer {
    private let source: () throws -> Value?
    private var items: [Value] = []
    /// The source position of `items[0]`.
    private var base = 0
    private var exhausted = false
    /// Each copy's next source position.
    private var positions: [Int]

    init(_ source: @escaping () throws -> Value?, copies: Int) {
        self.source = source
        positions = Array(repeating: 0, count: copies)
    }

    /// The next item for copy `i`, nil when the source is exhausted.
    func next(_ i: Int) throws -> Value? {
        let p = positions[i]
        if p - base == items.count {
            if exhausted { return nil }
            guard let v = try source() else { exhausted = true; return nil }
            items.append(v)
        }
        let v = items[p - base]
        positions[i] = p + 1
        let oldest = positions.min() ?? p + 1
        // Drop what every copy has read, in batches so reads stay O(1) amortized.
        if oldest - base >= 64, oldest - base >= items.count / 2 {
            items.removeFirst(oldest - base)
            base = oldest
        }
        return v
    }

    static func tee(_ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try args.positionalOnly("tee", 1...2)
        let n = try a.count > 1 ? interp.toInt(a[1], "tee") : 2
        if n < 0 { throw PyError("ValueError", "n must be >= 0") }
        let buffer = TeeBuffer(try interp.iteratorOver(a[0]), copies: n)
        return .tuple(PyTuple.of((0..<n).map { i in
            .object(PyIterator(kind: "itertools._tee") { try buffer.next(i) })
        }))
    }
}
