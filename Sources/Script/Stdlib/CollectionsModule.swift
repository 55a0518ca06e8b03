/// `collections`: `defaultdict`, `Counter`, `OrderedDict`, `namedtuple`, `deque` and `ChainMap`.
enum CollectionsModule {
    static func install(in m: PyModule) {
        m.attributes["defaultdict"] = .type(DictFlavor.defaultDictClass)
        m.attributes["Counter"] = .type(DictFlavor.counterClass)
        m.attributes["OrderedDict"] = .type(DictFlavor.orderedDictClass)
        m.attributes["deque"] = .type(PyDeque.dequeClass)
        m.attributes["ChainMap"] = .type(PyChainMap.chainMapClass)
        m.def("namedtuple") { interp, args in try NamedTupleType.define(interp, args) }
    }
}
