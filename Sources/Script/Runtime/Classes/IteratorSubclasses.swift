/// The iterator types as classes with CPython's `__iter__` and `__next__`, so a script reads
/// and calls them (`zip(a, b).__next__()`, `"ab".__iter__().__next__()`) and derives from
/// the five that are builtins: `class Pairs(zip)`, `class Numbered(enumerate)` (overriding
/// `__next__` and calling `super().__next__()`), `map`, `filter`, `reversed`.
///
/// An instance of such a subclass is a `BuiltinSubclassInstance` whose value is the iterator
/// the built-in type's `__new__` made from the arguments; the instance iterates through the
/// class's `__iter__` (itself) and `__next__` (the iterator's next item), found in the MRO
/// as any script class's special methods are.
extension PyClass {
    /// The iterator types a script class may derive from (CPython's others, such as
    /// `list_iterator`, are not reachable by name).
    static var subclassableIterators: [PyClass] {
        ["zip", "enumerate", "map", "filter", "reversed"].compactMap { PyIterator.kindClasses[$0] }
    }
}

extension Interpreter {
    /// Gives every iterator class `__iter__` and `__next__`, and the subclassable ones
    /// `__new__`, once per process.
    static let iteratorTypeMethods: Void = {
        for (kind, k) in PyIterator.kindClasses where kind != "generator" {
            put(k, "__iter__", arity: 0) { _, _, receiver, _ in receiver }
            put(k, "__next__", arity: 0) { _, v, _, _ in
                guard case .object(let it as PyIterator) = v else {
                    throw PyError("TypeError", "'\(v.typeName)' object is not an iterator")
                }
                if let item = try it.next() { return item }
                throw PyError("StopIteration", "")
            }
        }
        for k in PyClass.subclassableIterators {
            k.attributes["__new__"] = .builtin(PyBuiltin("__new__") { interp, args in
                try interp.builtinNew(k, immutable: true, args)
            })
        }
    }()
}
