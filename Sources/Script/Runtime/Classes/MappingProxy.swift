/// `C.__dict__` and `vars(C)`: a read-only, live view of a class's namespace (CPython's
/// `mappingproxy`), or of a dict a library object keeps (`Pattern.groupindex`).
///
/// A script class's entries come in CPython's order: `__module__`, the body's names in the
/// order the body first bound them (its docstring as `__doc__` first), then the `__dict__`
/// and `__weakref__` descriptors a class adds when no base has them, then `__doc__: None`
/// when the body has no docstring; attributes set on the class later follow. Every read
/// takes a fresh snapshot, so the view follows later changes as CPython's does.
final class PyMappingProxy: PyObject, PyIterableObject, PySizedObject, PyContainerObject, PySubscriptableObject, PyOperandObject {
    /// The class whose namespace this shows; nil for a view of `mapping`.
    let cls: PyClass?
    private let mapping: PyDict?

    init(_ cls: PyClass) {
        self.cls = cls
        mapping = nil
    }

    /// A read-only view of a dict (`Pattern.groupindex`).
    init(viewing mapping: PyDict) {
        cls = nil
        self.mapping = mapping
    }

    static let proxyClass = PyClass("mappingproxy")
    var pyClass: PyClass { PyMappingProxy.proxyClass }

    /// The namespace as a dict, in CPython's order.
    func snapshot() throws -> PyDict {
        guard let cls else { return mapping ?? PyDict() }
        let d = PyDict()
        guard cls.isUserDefined else {
            // With what the running script set on the class (`LibraryClassPatches`).
            let own = cls.attributes.merging(LibraryClassPatches.active?.attributes(of: cls) ?? [:]) { $1 }
            for k in own.keys.sorted() { try d.set(.str(k), own[k]!) }
            return d
        }
        if cls.attributes["__module__"] == nil { try d.set(.str("__module__"), .str(cls.module)) }
        for name in cls.attributeOrder {
            if let v = cls.attributes[name] {
                try d.set(.str(name), v)
            } else if name == "__dict__" || name == "__weakref__" {
                let descriptor = cls.namespaceDescriptors[name] ?? .object(PyAttributeDescriptor(name: name, owner: cls))
                cls.namespaceDescriptors[name] = descriptor
                try d.set(.str(name), descriptor)
            }
        }
        return d
    }

    func repr(_ interp: Interpreter) throws -> String {
        "mappingproxy(\(try interp.repr(.dict(try snapshot()))))"
    }

    func str(_ interp: Interpreter) throws -> String { try interp.str(.dict(try snapshot())) }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        guard ["keys", "values", "items", "get", "copy"].contains(name) else { return nil }
        return try interp.method(.dict(try snapshot()), name)
    }

    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? {
        try interp.iteratorOver(.list(PyList(try snapshot().keys)))
    }

    func length(_ interp: Interpreter) throws -> Int { try snapshot().count }

    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool { try snapshot().get(item) != nil }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        try interp.getItem(.dict(try snapshot()), index)
    }

    func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool {
        throw PyError("TypeError", "'mappingproxy' object does not support item deletion")
    }

    func equals(_ other: Value, _ interp: Interpreter) throws -> Bool? {
        var rhs = other
        if case .object(let p as PyMappingProxy) = other { rhs = .dict(try p.snapshot()) }
        return try interp.equals(.dict(try snapshot()), rhs)
    }
}

/// The `__dict__` and `__weakref__` entries of a class's namespace (CPython's
/// `getset_descriptor`), shown by `C.__dict__`.
final class PyAttributeDescriptor: PyObject {
    let name: String
    /// Unowned: the class holds its descriptors.
    unowned let owner: PyClass

    init(name: String, owner: PyClass) {
        self.name = name
        self.owner = owner
    }

    static let descriptorClass = PyClass("getset_descriptor")
    var pyClass: PyClass { PyAttributeDescriptor.descriptorClass }

    func repr(_ interp: Interpreter) throws -> String { "<attribute '\(name)' of '\(owner.name)' objects>" }
}

extension PyClass {
    /// The names a new script class's namespace holds besides its body's, in CPython's order
    /// after them: `__dict__` and `__weakref__` when no base provides them, and `__doc__`.
    func addedNamespaceEntries(hasDocstring: Bool) -> [String] {
        var out: [String] = []
        let base = bestBase ?? CoreClasses.object
        if slotLayout.declared {
            // `__slots__` naming `__dict__` or `__weakref__` adds them; else neither comes.
            if !slotLayout.noDict && !base.instancesHaveDict { out.append("__dict__") }
            if !slotLayout.noWeakref && !base.instancesHaveWeakref { out.append("__weakref__") }
        } else {
            if !base.instancesHaveDict { out.append("__dict__") }
            if !base.instancesHaveWeakref { out.append("__weakref__") }
        }
        if !hasDocstring { out.append("__doc__") }
        return out
    }

    /// Whether instances of this class (and so of its subclasses) have a `__dict__` already.
    var instancesHaveDict: Bool {
        if isUserDefined { return !slotLayout.noDict }
        if module != "builtins" { return true }
        if self === CoreClasses.object { return false }
        if let root = mro.last(where: { $0.name == "BaseException" }), root.module == "builtins" { return true }
        return false
    }

    /// Whether instances of this class support weak references already, or cannot (CPython
    /// adds no `__weakref__` to subclasses of `int` and `tuple`).
    var instancesHaveWeakref: Bool {
        if isUserDefined { return !slotLayout.noWeakref }
        if self === CoreClasses.int || self === CoreClasses.tuple || self === CoreClasses.bool { return true }
        if module == "collections" { return name != "defaultdict" }
        if module != "builtins" { return true }
        return false
    }
}
