/// An instance of a script class, or of a library class a script class may derive from.
///
/// Holds the class and the instance's `__dict__`. Attribute reads follow CPython: a property
/// found through the class wins, then the instance's `__dict__`, then the other class
/// attributes (functions bind to the instance), then `nativeAttribute`, then a `__getattr__`
/// the class defines. Assignments go to a property's setter, else to `setNativeAttribute`,
/// else into `__dict__`.
///
/// Library classes that scripts may subclass (`torch.nn.Module`, `Dataset`, `Exception`)
/// subclass `PyInstance` in Swift, return their instances from `PyClass.instanceFactory`,
/// and override the `native…` hooks below; see `PyClass` for the whole mechanism.
open class PyInstance: PyObject {
    /// The instance's class (a script class, or the library class itself).
    public let cls: PyClass
    /// The instance's `__dict__`, shared with what `vars(obj)` and `obj.__dict__` return.
    public let dict: PyDict

    public init(cls: PyClass) {
        self.cls = cls
        self.dict = PyDict()
        dict.initialCapacity = 8
    }

    /// Frees chains of instances (`node.next = Node()` a hundred thousand times) in a loop.
    /// (A subclass holding values of its own frees them the same way in its own deinit, and
    /// hands them over in `takeReferences`.)
    deinit {
        var work = dict.values
        dict.removeAll()
        PyDict.releaseNested(&work)
    }

    // MARK: Hooks for library classes

    /// An attribute the Swift side provides (registered parameters, submodules…), consulted
    /// after the class attributes and `__dict__`; nil when there is none.
    open func nativeAttribute(_ name: String, _ interp: Interpreter) throws -> Value? { nil }

    /// Takes `obj.name = value` before `__dict__` does; returns false to let `__dict__` store it.
    open func setNativeAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool { false }

    /// Takes `del obj.name` before `__dict__` does; returns false when the Swift side holds no such attribute.
    open func deleteNativeAttribute(_ name: String, _ interp: Interpreter) throws -> Bool { false }

    /// Names `nativeAttribute` answers, for "Did you mean" hints.
    open var nativeAttributeNames: [String] { [] }

    /// `repr(obj)` when the class defines no `__repr__`: `<__main__.Point object at 0x…>`.
    open func nativeRepr(_ interp: Interpreter) throws -> String {
        "<\(cls.qualifiedName) object at \(interp.address(of: self))>"
    }

    /// `str(obj)` when the class defines no `__str__`: its repr.
    open func nativeStr(_ interp: Interpreter) throws -> String { try repr(interp) }

    /// Moves every value the instance holds to `work`, leaving it empty (to free it without
    /// recursion). Subclasses holding values of their own add them and call `super`.
    open func takeReferences(into work: inout [Value]) {
        work.append(contentsOf: dict.values)
        dict.removeAll()
    }

    // MARK: PyObject

    public final var pyClass: PyClass { cls }

    public final func repr(_ interp: Interpreter) throws -> String {
        if let f = cls.lookup("__repr__") { return try interp.stringResult(of: f, on: self, "__repr__") }
        return try nativeRepr(interp)
    }

    public final func str(_ interp: Interpreter) throws -> String {
        if let f = cls.lookup("__str__") { return try interp.stringResult(of: f, on: self, "__str__") }
        if cls.lookup("__repr__") != nil { return try repr(interp) }
        return try nativeStr(interp)
    }

    public final func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        try getAttribute(name, interp, classAttribute: cls.lookup(name))
    }

    /// `getAttribute` with the class attribute `name` already looked up (an inline cache's);
    /// `site`, the attribute expression, remembers where `__dict__` held the name.
    final func getAttribute(_ name: String, _ interp: Interpreter, classAttribute: Value?, site: Expr? = nil) throws -> Value? {
        if let classAttribute, case .object(let p as PyProperty) = classAttribute {
            return try p.get(.object(self), interp)
        }
        if let site {
            if let v = dict.get(name, hint: &site.dictHint) { return v }
        } else if let v = dict.get(name) { return v }
        if let classAttribute { return interp.bindAttribute(classAttribute, to: .object(self), cls: cls) }
        if name == "__dict__" { return .dict(dict) }
        if let v = try nativeAttribute(name, interp) { return v }
        if let getattr = cls.lookup(SpecialMethod.getattr) {
            return try interp.callUnbound(getattr, self: .object(self), Arguments([.str(name)]))
        }
        return nil
    }

    public final func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        try setAttribute(name, value, interp, classAttribute: cls.lookup(name))
        return true
    }

    /// `setAttribute` with the class attribute `name` already looked up (an inline cache's);
    /// `site`, the target expression, remembers where `__dict__` holds the name.
    final func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter, classAttribute: Value?, site: Expr? = nil) throws {
        if let classAttribute, case .object(let p as PyProperty) = classAttribute {
            try p.set(.object(self), value, interp)
            return
        }
        if try setNativeAttribute(name, value, interp) { return }
        if let site { try dict.set(name, value, hint: &site.dictHint) } else { try dict.set(.str(name), value) }
    }

    public final var truthValue: Bool? { nil }

    /// `del obj.name`.
    final func deleteAttribute(_ name: String, _ interp: Interpreter) throws {
        if let classAttribute = cls.lookup(name), case .object(let p as PyProperty) = classAttribute {
            try p.delete(.object(self), interp)
            return
        }
        if try deleteNativeAttribute(name, interp) { return }
        if try dict.remove(.str(name)) == nil {
            throw PyError("AttributeError", "'\(cls.name)' object has no attribute '\(name)'")
        }
    }

    /// Every attribute name visible on the instance, for "Did you mean" hints.
    final var attributeNames: [String] {
        var names: [String] = dict.keys.compactMap { if case .str(let s) = $0 { return s } else { return nil } }
        for k in cls.mro { names.append(contentsOf: k.attributes.keys.sorted()) }
        return names + nativeAttributeNames
    }
}

extension Value {
    /// The instance, when this is one of a script or subclassable class.
    @inline(__always) var instance: PyInstance? {
        if case .object(let o) = self { return o as? PyInstance }
        return nil
    }
}
