/// The iterator types the builtins make (`zip`, `enumerate`, `map`, `filter`, `reversed`,
/// `list_reverseiterator`…): one class per kind, so `type(zip(a, b))` prints `<class 'zip'>`
/// and `isinstance(z, zip)` holds, as in CPython where these builtins are the types.
extension PyIterator {
    /// The class of each iterator kind, made once per process.
    static let kindClasses: [String: PyClass] = {
        var classes: [String: PyClass] = [:]
        for kind in ["zip", "enumerate", "map", "filter", "reversed", "list_reverseiterator", "range_iterator",
                     "dict_reversekeyiterator", "iterator", "set_iterator", "_collections._deque_iterator",
                     "list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "dict_keyiterator"] {
            classes[kind] = PyClass(kind, base: CoreClasses.object)
        }
        classes["generator"] = PyGenerator.generatorClass
        return classes
    }()

    /// The class of iterators of `kind` (a new one for a kind not listed above).
    static func kindClass(_ kind: String) -> PyClass {
        kindClasses[kind] ?? PyClass(kind, base: CoreClasses.object)
    }
}

extension Interpreter {
    /// Makes `zip`, `enumerate`, `map`, `filter` and `reversed` types whose constructors are
    /// the builtins already installed under those names; installs `zip(…, strict=True)`.
    func installIteratorTypes() {
        def("zip") { interp, args in try interp.zip(args) }
        for name in ["zip", "enumerate", "map", "filter", "reversed"] {
            guard case .builtin(let b)? = builtins[name], let cls = PyIterator.kindClasses[name] else { continue }
            cls.construct = { interp, args in try b.body(interp, args) }
            builtins[name] = .type(cls)
        }
    }

    /// `zip(*iterables, strict=False)`: tuples of the iterables' items, up to the shortest;
    /// with `strict=True`, CPython's ValueError when their lengths differ.
    private func zip(_ args: Arguments) throws -> Value {
        let a = try args.bind("zip", [], allowing: ["strict"])
        let strict = try a["strict"].map { try truthy($0) } ?? false
        let iterators = try args.positional.map { try iteratorOver($0) }
        var done = false
        return .object(PyIterator(kind: "zip") { [self] in
            if iterators.isEmpty || done { return nil }
            if iterators.count == 2 {
                // The usual `zip(a, b)`: the pair without an intermediate array.
                guard let a = try iterators[0]() else {
                    done = true
                    if strict { try checkStrictEnd(iterators, exhausted: 0) }
                    return nil
                }
                guard let b = try iterators[1]() else {
                    done = true
                    if strict { try checkStrictEnd(iterators, exhausted: 1) }
                    return nil
                }
                return .tuple(PyTuple.pair(a, b))
            }
            var row: [Value] = []
            row.reserveCapacity(iterators.count)
            for (i, it) in iterators.enumerated() {
                guard let v = try it() else {
                    done = true
                    if strict { try checkStrictEnd(iterators, exhausted: i) }
                    return nil
                }
                row.append(v)
            }
            return .tuple(PyTuple.of(row))
        })
    }

    /// The ValueError of a strict `zip` whose iterator `exhausted` ended first: shorter than
    /// the ones before it, or (the first one ended) the first later one that still has items.
    private func checkStrictEnd(_ iterators: [() throws -> Value?], exhausted: Int) throws {
        func those(_ n: Int) -> String { n == 1 ? "argument 1" : "arguments 1-\(n)" }
        if exhausted > 0 {
            throw PyError("ValueError", "zip() argument \(exhausted + 1) is shorter than \(those(exhausted))")
        }
        for i in 1..<iterators.count where try iterators[i]() != nil {
            throw PyError("ValueError", "zip() argument \(i + 1) is longer than \(those(i))")
        }
    }
}
