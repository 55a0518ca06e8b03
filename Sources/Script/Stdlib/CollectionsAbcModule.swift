/// `collections.abc`: the container ABCs, for `isinstance`/`issubclass` checks and as bases.
///
/// As in CPython, the one-method ABCs (`Iterable`, `Iterator`, `Sized`, `Container`,
/// `Callable`, `Hashable`, `Reversible`, and `Collection`, `Generator`) accept any class
/// whose MRO provides their methods (a script class's own `__iter__`, or a built-in type's),
/// with `__hash__ = None` (or `__eq__` without `__hash__`) making a class unhashable; the
/// others (`Sequence`, `MutableSequence`, `Mapping`, `MutableMapping`, `Set`, `MutableSet`,
/// `MappingView` and its three views) accept the built-in types CPython registers and
/// classes that derive from them. A script class may derive from any of them; their mixin
/// methods (`Sequence.index`, `Mapping.get`…) and abstract-method checks are not provided.
enum CollectionsAbcModule {
    /// The ABC names in CPython's `collections.abc.__all__` order that Descent provides.
    static let names = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
                        "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
                        "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence"]

    /// The methods a one-method ABC asks for.
    static let structural: [String: [String]] = [
        "Hashable": ["__hash__"], "Iterable": ["__iter__"], "Iterator": ["__iter__", "__next__"],
        "Reversible": ["__reversed__", "__iter__"], "Generator": ["__iter__", "__next__", "send", "throw", "close"],
        "Sized": ["__len__"], "Container": ["__contains__"], "Callable": ["__call__"],
        "Collection": ["__len__", "__iter__", "__contains__"],
    ]

    /// The built-in types each nominal ABC has registered (by `__name__`), its own subclasses
    /// aside; a type registered for an ABC counts for the ABCs it derives from.
    static let registered: [String: Set<String>] = [
        "MutableSequence": ["list", "deque"],
        "Sequence": ["tuple", "str", "range", "memoryview", "bytes"],
        "MutableMapping": ["dict", "defaultdict", "OrderedDict", "Counter", "ChainMap"],
        "Mapping": ["mappingproxy"],
        "MutableSet": ["set"],
        "Set": ["frozenset", "dict_keys", "dict_items", "KeysView", "ItemsView"],
        "KeysView": ["dict_keys", "KeysView"], "ItemsView": ["dict_items", "ItemsView"],
        "ValuesView": ["dict_values", "ValuesView"],
        "MappingView": ["dict_keys", "dict_items", "dict_values", "KeysView", "ItemsView", "ValuesView"],
    ]

    /// Each ABC's bases among the ABCs (CPython's class hierarchy of Lib/_collections_abc.py).
    static let bases: [String: [String]] = [
        "Iterator": ["Iterable"], "Reversible": ["Iterable"], "Generator": ["Iterator"],
        "Collection": ["Sized", "Iterable", "Container"], "Set": ["Collection"], "MutableSet": ["Set"],
        "Mapping": ["Collection"], "MutableMapping": ["Mapping"], "MappingView": ["Sized"],
        "KeysView": ["MappingView", "Set"], "ItemsView": ["MappingView", "Set"], "ValuesView": ["MappingView", "Collection"],
        "Sequence": ["Reversible", "Collection"], "MutableSequence": ["Sequence"],
    ]

    /// The ABC `name` and every ABC it derives from.
    static func lineage(_ name: String) -> Set<String> {
        var out: Set<String> = [name]
        for b in bases[name] ?? [] { out.formUnion(lineage(b)) }
        return out
    }

    /// The methods each ABC's class (with its ABC bases) defines: the abstract ones and the
    /// mixins, so a script class deriving from it provides them.
    static let abcMethods: [String: Set<String>] = {
        let own: [String: Set<String>] = [
            "Hashable": ["__hash__"], "Iterable": ["__iter__"], "Iterator": ["__next__", "__iter__"],
            "Reversible": ["__reversed__"], "Generator": ["send", "throw", "close"], "Sized": ["__len__"],
            "Container": ["__contains__"], "Callable": ["__call__"], "Collection": [],
            "Set": ["__le__", "__lt__", "__ge__", "__gt__", "__eq__", "__and__", "__or__", "__sub__", "__xor__", "isdisjoint"],
            "MutableSet": ["add", "discard", "remove", "pop", "clear", "__ior__", "__iand__", "__ixor__", "__isub__"],
            "Mapping": ["__getitem__", "get", "__contains__", "keys", "items", "values", "__eq__"],
            "MutableMapping": ["__setitem__", "__delitem__", "pop", "popitem", "clear", "update", "setdefault"],
            "MappingView": ["__repr__"], "KeysView": ["__contains__", "__iter__"], "ItemsView": ["__contains__", "__iter__"],
            "ValuesView": ["__contains__", "__iter__"],
            "Sequence": ["__getitem__", "__iter__", "__contains__", "__reversed__", "index", "count"],
            "MutableSequence": ["__setitem__", "__delitem__", "insert", "append", "clear", "reverse", "extend", "pop", "remove", "__iadd__"],
        ]
        var all: [String: Set<String>] = [:]
        for name in names { all[name] = lineage(name).reduce(into: Set<String>()) { $0.formUnion(own[$1] ?? []) } }
        return all
    }()

    /// The ABCs whose `__eq__` leaves them `__hash__ = None`.
    static let unhashable: Set<String> = ["Set", "MutableSet", "Mapping", "MutableMapping", "KeysView", "ItemsView"]

    /// The special methods of built-in types, by type name, as CPython's type slots give them.
    static let nativeMethods: [String: Set<String>] = {
        let sequence: Set<String> = ["__iter__", "__len__", "__contains__", "__getitem__"]
        let iterator: Set<String> = ["__iter__", "__next__", "__hash__"]
        var t: [String: Set<String>] = [
            "object": ["__hash__"],
            "list": sequence.union(["__reversed__", "__setitem__", "__delitem__"]),
            "tuple": sequence.union(["__hash__"]), "str": sequence.union(["__hash__"]),
            "range": sequence.union(["__hash__", "__reversed__"]),
            "dict": sequence.union(["__reversed__", "__setitem__", "__delitem__"]),
            "set": ["__iter__", "__len__", "__contains__"], "frozenset": ["__iter__", "__len__", "__contains__", "__hash__"],
            "deque": sequence.union(["__reversed__", "__setitem__", "__delitem__"]),
            "dict_keys": ["__iter__", "__len__", "__contains__", "__reversed__"],
            "dict_items": ["__iter__", "__len__", "__contains__", "__reversed__"],
            "dict_values": ["__iter__", "__len__", "__reversed__", "__hash__"],
            "ChainMap": sequence, "KeysView": ["__iter__", "__len__", "__contains__"],
            "ItemsView": ["__iter__", "__len__", "__contains__"], "ValuesView": ["__iter__", "__len__", "__contains__"],
            "generator": iterator.union(["send", "throw", "close"]),
            "function": ["__call__", "__hash__"], "builtin_function_or_method": ["__call__", "__hash__"],
            "type": ["__call__", "__hash__"], "method": ["__call__", "__hash__"],
            "Tensor": sequence.union(["__hash__", "__reversed__", "__setitem__"]),
        ]
        for name in ["list_iterator", "list_reverseiterator", "tuple_iterator", "str_ascii_iterator", "str_iterator",
                     "range_iterator", "set_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
                     "dict_reversekeyiterator", "map", "filter", "zip", "enumerate", "reversed", "iterator",
                     "callable_iterator", "count", "cycle", "repeat", "chain", "islice", "accumulate", "product",
                     "combinations", "permutations", "compress", "dropwhile", "takewhile", "starmap", "zip_longest",
                     "groupby", "pairwise", "combinations_with_replacement", "filterfalse", "_tee", "deque_iterator"] {
            t[name] = iterator
        }
        t["reversed"]?.insert("__length_hint__")
        return t
    }()

    /// Whether `cls` (through its MRO) provides `method`: a script class's attribute that is
    /// not None, an ABC's method, or a built-in type's slot.
    static func provides(_ cls: PyClass, _ method: String) -> Bool {
        for c in cls.mro {
            if c.isUserDefined {
                if let v = c.attributes[method] { return !v.isNone }
                // A class that defines `__eq__` without `__hash__` gets `__hash__ = None`.
                if method == "__hash__", c.attributes["__eq__"] != nil { return false }
                continue
            }
            if c.module == "collections.abc", let methods = abcMethods[c.name] {
                if methods.contains(method) { return true }
                if method == "__hash__", unhashable.contains(c.name) { return false }
                continue
            }
            if let v = c.attributes[method] { return !v.isNone }
            if let methods = nativeMethods[c.name] { return methods.contains(method) }
        }
        return false
    }

    /// Whether `cls` counts as a subclass of the ABC `name`: it derives from (or is a built-in
    /// type registered with) an ABC that is `name` or derives from it, or, for a one-method
    /// ABC, its MRO provides the methods.
    static func accepts(_ name: String, _ cls: PyClass) -> Bool {
        for c in cls.mro {
            let kinds: [String]
            if c.module == "collections.abc", abcMethods[c.name] != nil {
                kinds = [c.name]
            } else {
                kinds = registered.compactMap { $0.value.contains(c.name) ? $0.key : nil }
            }
            if kinds.contains(where: { lineage($0).contains(name) }) { return true }
        }
        if let methods = structural[name] { return methods.allSatisfy { provides(cls, $0) } }
        return false
    }

    static func install(in m: PyModule) {
        for name in names { m.attributes[name] = .type(abcClasses[name]!) }
    }

    /// The ABC classes, made once per process (shared by interpreters, as built-in types are).
    static let abcClasses: [String: PyClass] = {
        var all: [String: PyClass] = [:]
        for name in names {
            let cls = PyClass(name, module: "collections.abc", base: CoreClasses.object)
            cls.instanceCheck = { v in accepts(name, Interpreter.classOf(v)) }
            cls.subclassCheck = { c in accepts(name, c) }
            // A script class deriving from it makes plain instances.
            cls.instanceFactory = { cls, _, _ in PyInstance(cls: cls) }
            cls.construct = { _, _ in
                guard let methods = abstractMethods[name] else {
                    throw PyError("NotImplementedError", "collections.abc.\(name)(mapping) is not provided by Descent: use the mapping's keys(), values() or items()")
                }
                let plural = methods.contains(",") ? "methods" : "method"
                throw PyError("TypeError", "Can't instantiate abstract class \(name) with abstract \(plural) \(methods)")
            }
            all[name] = cls
        }
        return all
    }()

    /// CPython's abstract methods of each ABC, as its instantiation error lists them.
    static let abstractMethods: [String: String] = [
        "Hashable": "__hash__", "Iterable": "__iter__", "Iterator": "__next__", "Reversible": "__iter__, __reversed__",
        "Generator": "send, throw", "Sized": "__len__", "Container": "__contains__", "Callable": "__call__",
        "Collection": "__contains__, __iter__, __len__", "Set": "__contains__, __iter__, __len__",
        "MutableSet": "__contains__, __iter__, __len__, add, discard", "Mapping": "__getitem__, __iter__, __len__",
        "MutableMapping": "__delitem__, __getitem__, __iter__, __len__, __setitem__",
        "Sequence": "__getitem__, __len__", "MutableSequence": "__delitem__, __getitem__, __len__, __setitem__, insert",
    ]
}
