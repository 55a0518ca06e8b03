extension Interpreter {
    /// `dataclass(slots=True)`: CPython 3.11's `_add_slots`. The class is made again (as
    /// `type(name, bases, namespace)`) with `__slots__` naming its fields (less those a base's
    /// `__slots__` has, plus `__weakref__` with `weakref_slot=True`) and without the fields'
    /// defaults as class attributes, so its instances have no `__dict__`.
    func dataclassWithSlots(_ cls: PyClass, weakrefSlot: Bool) throws -> PyClass {
        if cls.attributes["__slots__"] != nil { throw PyError("TypeError", "\(cls.name) already specifies __slots__") }
        let fieldNames = (dataclassFields(of: cls) ?? []).filter { $0.1.kind == .field }.map(\.0)
        var inherited: Set<String> = []
        for base in cls.mro.dropFirst().dropLast() {
            switch base.attributes["__slots__"] {
            case .str(let s)?: inherited.insert(s)
            case let v? where v.isIterableContainer: for case .str(let s) in try collect(v) { inherited.insert(s) }
            default: break
            }
        }
        let slots = (fieldNames + (weakrefSlot ? ["__weakref__"] : [])).filter { !inherited.contains($0) }
        var namespace = cls.attributes
        for name in fieldNames { namespace[name] = nil }
        namespace["__slots__"] = .tuple(PyTuple.of(slots.map { .str($0) }))
        let order = cls.attributeOrder.filter { namespace[$0] != nil && $0 != "__slots__" } + ["__slots__"]
        return try createClass(cls.name, qualname: cls.qualname, module: cls.module, bases: cls.bases, namespace: namespace,
                               bindingOrder: order, hasDocstring: false, keywords: [], cell: ClassCell())
    }
}

extension Value {
    /// A tuple or list (what `__slots__` may hold besides a single name).
    fileprivate var isIterableContainer: Bool {
        switch self {
        case .tuple, .list: return true
        default: return false
        }
    }
}
