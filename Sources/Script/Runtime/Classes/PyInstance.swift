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

    /// The values of the slots `__slots__` declares, by `PySlotDescriptor.index` (nil: unset).
    var slotValues: [Value?]

    public init(cls: PyClass) {
        self.cls = cls
        self.dict = PyDict()
        let slots = cls.slotLayout.count
        slotValues = slots == 0 ? [] : Array(repeating: nil, count: slots)
        dict.initialCapacity = 8
    }

    /// Frees chains of instances (`node.next = Node()` a hundred thousand times) in a loop.
    /// (A subclass holding values of its own frees them the same way in its own deinit, and
    /// hands them over in `takeReferences`.)
    deinit {
        var work = dict.values
        dict.removeAll()
        for case let v? in slotValues { work.append(v) }
        slotValues = []
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
        for case let v? in slotValues { work.append(v) }
        slotValues = []
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

    /// `obj.name` as CPython's `type(obj).__getattribute__` answers it: a script class's own
    /// `__getattribute__` when it defines one, else `genericGetAttribute`; either falls back to
    /// the class's `__getattr__` on an AttributeError (or a miss). `classAttribute` is `name`
    /// already looked up on the class (an inline cache's); `site`, the attribute expression,
    /// remembers where `__dict__` held the name.
    final func getAttribute(_ name: String, _ interp: Interpreter, classAttribute: Value?, site: Expr? = nil) throws -> Value? {
        if let hooks = cls.scriptAttributeHooks, hooks.isEmpty {
            return try genericGetAttribute(name, interp, classAttribute: classAttribute, site: site)
        }
        if let custom = cls.attributeHook(.getattribute) {
            return try interp.customGetAttribute(self, name, custom)
        }
        guard cls.isUserDefined, cls.lookup(SpecialMethod.getattr) != nil else {
            if let v = try genericGetAttribute(name, interp, classAttribute: classAttribute, site: site) { return v }
            guard let getattr = cls.lookup(SpecialMethod.getattr) else { return nil }
            return try interp.callUnbound(getattr, self: .object(self), .str(name))
        }
        do {
            if let v = try genericGetAttribute(name, interp, classAttribute: classAttribute, site: site) { return v }
        } catch let e as PyError where e.matches("AttributeError", interp) {}
        return try interp.callUnbound(cls.lookup(SpecialMethod.getattr)!, self: .object(self), .str(name))
    }

    /// `object.__getattribute__(obj, name)`: a data descriptor found through the class
    /// (a property, a slot, a script class's `__get__` with `__set__` or `__delete__`) wins,
    /// then the instance's `__dict__`, then the other class attributes (functions bind,
    /// descriptors' `__get__` runs), then `nativeAttribute`; nil when none has it.
    final func genericGetAttribute(_ name: String, _ interp: Interpreter, classAttribute: Value?, site: Expr? = nil) throws -> Value? {
        var descriptor: PyInstance?
        if let classAttribute, case .object(let o) = classAttribute {
            if let p = o as? PyProperty { return try p.get(.object(self), interp) }
            if let slot = o as? PySlotDescriptor, isInstance(of: slot.owner) { return try slot.get(self, interp) }
            if let d = o as? PyInstance, d.cls.lookup(SpecialMethod.get) != nil {
                if d.cls.isDataDescriptor { return try interp.descriptorGet(d, .object(self), owner: cls) }
                descriptor = d
            }
        }
        if hasDict {
            if let site {
                if let v = dict.get(name, hint: &site.dictHint) { return v }
            } else if let v = dict.get(name) { return v }
        }
        if let descriptor { return try interp.descriptorGet(descriptor, .object(self), owner: cls) }
        if let classAttribute { return interp.bindAttribute(classAttribute, to: .object(self), cls: cls) }
        if name == "__dict__", hasDict { return .dict(dict) }
        if name == "__class__" { return .type(cls) }
        return try nativeAttribute(name, interp)
    }

    public final func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        try setAttribute(name, value, interp, classAttribute: cls.lookup(name))
        return true
    }

    /// `obj.name = value`: a script class's own `__setattr__` when it defines one, else
    /// `genericSetAttribute`. (`classAttribute` and `site` as for `getAttribute`.)
    final func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter, classAttribute: Value?, site: Expr? = nil) throws {
        if let hooks = cls.scriptAttributeHooks, !hooks.contains(.setattr) {
            return try genericSetAttribute(name, value, interp, classAttribute: classAttribute, site: site)
        }
        if let custom = cls.attributeHook(.setattr) {
            _ = try interp.callUnbound(custom, self: .object(self), Arguments([.str(name), value]))
            return
        }
        try genericSetAttribute(name, value, interp, classAttribute: classAttribute, site: site)
    }

    /// `object.__setattr__(obj, name, value)`: a data descriptor's setter (a property's, a
    /// slot's, a script descriptor's `__set__`), else `setNativeAttribute`, else `__dict__`
    /// (an AttributeError when `__slots__` leave the instance without one).
    final func genericSetAttribute(_ name: String, _ value: Value, _ interp: Interpreter, classAttribute: Value?, site: Expr? = nil) throws {
        if let classAttribute, case .object(let o) = classAttribute {
            if let p = o as? PyProperty {
                try p.set(.object(self), value, interp)
                return
            }
            if let slot = o as? PySlotDescriptor, isInstance(of: slot.owner) { return slot.set(self, value) }
            if let d = o as? PyInstance, try interp.descriptorSet(d, .object(self), value) { return }
        }
        if try setNativeAttribute(name, value, interp) { return }
        guard hasDict else { throw interp.unnamedAttributeError("'\(cls.name)' object has no attribute '\(name)'") }
        if let site { try dict.set(name, value, hint: &site.dictHint) } else { try dict.set(.str(name), value) }
    }

    public final var truthValue: Bool? { nil }

    /// `del obj.name`: a script class's own `__delattr__` when it defines one, else `genericDeleteAttribute`.
    final func deleteAttribute(_ name: String, _ interp: Interpreter) throws {
        if let custom = cls.attributeHook(.delattr) {
            _ = try interp.callUnbound(custom, self: .object(self), .str(name))
            return
        }
        try genericDeleteAttribute(name, interp)
    }

    /// `object.__delattr__(obj, name)`: a data descriptor's deleter, else the Swift side's
    /// attribute, else the `__dict__` entry.
    final func genericDeleteAttribute(_ name: String, _ interp: Interpreter) throws {
        if let classAttribute = cls.lookup(name), case .object(let o) = classAttribute {
            if let p = o as? PyProperty {
                try p.delete(.object(self), interp)
                return
            }
            if let slot = o as? PySlotDescriptor, isInstance(of: slot.owner) { return try slot.delete(self) }
            if let d = o as? PyInstance, try interp.descriptorDelete(d, .object(self)) { return }
        }
        if try deleteNativeAttribute(name, interp) { return }
        let removed = hasDict ? try dict.remove(.str(name)) : nil
        if removed == nil { throw interp.unnamedAttributeError("'\(cls.name)' object has no attribute '\(name)'") }
    }

    /// Whether the instance has a `__dict__` (not when every class of a script's hierarchy
    /// declares `__slots__`).
    final var hasDict: Bool { !cls.slotLayout.noDict }

    /// Whether the instance's class is `owner` or derives from it (a slot applies only then).
    @inline(__always) private func isInstance(of owner: PyClass) -> Bool { cls === owner || cls.isSubclass(of: owner) }

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
