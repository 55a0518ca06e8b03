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
    /// The instance's `__dict__`, shared with what `vars(obj)` and `obj.__dict__` return:
    /// made from the shared-key values on first use (see `InstanceLayout`), after which the
    /// instance keeps its attributes there.
    public final var dict: PyDict { storedDict ?? materializeDict() }

    /// The `__dict__` once it exists (always for library classes and `PyInstance` subclasses).
    private var storedDict: PyDict?
    /// While `storedDict` is nil: the class's shared attribute names, and this instance's
    /// values of the first `splitValues.count` of them.
    private var layout: InstanceLayout?
    // (Accesses never overlap: no script code runs while one is open, so they skip the
    // runtime exclusivity check.)
    @exclusivity(unchecked) private var splitValues = SharedValues()
    /// `layout`'s serial (0: no layout), so the cached paths compare it without touching
    /// (and retaining) the layout.
    private var layoutSerial = 0

    /// The values of the slots `__slots__` declares, by `PySlotDescriptor.index` (nil: unset).
    var slotValues: [Value?]
    /// Its place in the cycle collector's registry (see `GCTracked`).
    final var gcLink = GCLink()

    public init(cls: PyClass) {
        self.cls = cls
        let slots = cls.slotLayout.count
        slotValues = slots == 0 ? [] : Array(repeating: nil, count: slots)
        if cls.isUserDefined && ObjectIdentifier(type(of: self)) == ObjectIdentifier(PyInstance.self) {
            let shared = cls.instanceLayout
            layout = shared
            layoutSerial = shared.serial
        } else {
            let d = PyDict()
            d.initialCapacity = 8
            storedDict = d
        }
        GCRegistry.track(self)
    }

    /// Frees chains of instances (`node.next = Node()` a hundred thousand times) in a loop.
    /// (A subclass holding values of its own frees them the same way in its own deinit, and
    /// hands them over in `takeReferences`.)
    deinit {
        GCRegistry.untrack(self)
        // Scalars and strings only (no chain to free): released at once, with no work list.
        if storedDict == nil, slotValues.isEmpty, !splitValues.holdsNesting {
            splitValues.removeAll()
            return
        }
        var work: [Value] = []
        takeOwnReferences(into: &work)
        PyDict.releaseNested(&work)
    }

    /// Moves the attribute and slot values to `work`; a `__dict__` that something else still
    /// holds (`d = vars(obj)`) keeps its entries.
    private func takeOwnReferences(into work: inout [Value]) {
        splitValues.moveAll(into: &work)
        if storedDict != nil, isKnownUniquelyReferenced(&storedDict!) {
            work.append(contentsOf: storedDict!.values)
            storedDict!.removeAll()
        }
        for case let v? in slotValues { work.append(v) }
        slotValues = []
    }

    /// Visits the references the instance itself holds: its `__dict__` (the dict object, which
    /// traverses its own entries) or its shared-key values, and its slot values. (A library
    /// subclass's own fields are not visited: they count as outside holders.)
    final func traverseOwnReferences(_ visitor: GCVisitor) {
        if let storedDict { visitor.visit(storedDict.gcLink) }
        splitValues.visitEach(visitor)
        if !slotValues.isEmpty { visitor.visitElements(of: slotValues) }
    }

    /// Moves every reference the instance holds to `work`, its `__dict__` object included
    /// (the collector's `clear`; the instance is unreachable, so nothing reads it again).
    final func clearReferences(into work: inout [Value]) {
        if let d = storedDict {
            storedDict = nil
            work.append(.dict(d))
        }
        takeReferences(into: &work)
    }

    /// `obj.__dict__ = d`: the instance's attributes become the dict `d` itself (shared, as
    /// in CPython), with CPython's TypeError for anything but a dict.
    private func replaceDict(_ value: Value) throws {
        guard case .dict(let d) = value else {
            throw PyError("TypeError", "__dict__ must be set to a dictionary, not a '\(value.typeName)'")
        }
        splitValues.removeAll()
        layout = nil
        layoutSerial = 0
        storedDict = d
    }

    /// Turns the shared-key values into the instance's own `PyDict` (see `dict`).
    private func materializeDict() -> PyDict {
        let d = PyDict()
        d.initialCapacity = 8
        if let layout {
            let names = layout.names
            for i in 0..<splitValues.count { try? d.set(.str(names[i]), splitValues[i]) }
        }
        splitValues.removeAll()
        layout = nil
        layoutSerial = 0
        storedDict = d
        return d
    }

    /// The value `name` has in the instance's `__dict__` (nil: none), without making the dict.
    final func ownAttribute(_ name: String) -> Value? {
        if let layout {
            guard let i = layout.position(name), i < splitValues.count else { return nil }
            return splitValues[i]
        }
        return storedDict?.get(name)
    }

    /// Removes `name` from the instance's `__dict__`; the value it had, nil when none.
    @discardableResult
    final func removeOwnAttribute(_ name: String) -> Value? {
        if layout != nil, ownAttribute(name) == nil { return nil }
        return try? dict.remove(.str(name))
    }

    /// The names in the instance's `__dict__`, in order, without making the dict.
    final var ownAttributeNames: [String] {
        if let layout { return Array(layout.names.prefix(splitValues.count)) }
        return storedDict?.keys.compactMap { if case .str(let s) = $0 { return s } else { return nil } } ?? []
    }

    /// `obj.name` at the attribute expression `site` when its caches alone answer it: the
    /// site last saw this class (`Interpreter.cachedLookup`) with no class attribute of that
    /// name, so no descriptor, and no `__getattribute__`; and this instance has the name at
    /// the position the site remembers in the class's layout. Nil: take the general path.
    @inline(__always) final func cachedPlainAttribute(_ site: Expr) -> Value? {
        guard layoutSerial != 0, site.layoutSerial == layoutSerial, site.cachedClass == ObjectIdentifier(cls),
              site.cachedGeneration == PyClass.generation, !site.cachedFound else { return nil }
        let i = site.layoutPosition
        guard i < splitValues.count, let hooks = cls.scriptAttributeHooks, !hooks.contains(.getattribute) else { return nil }
        return splitValues[i]
    }

    /// Where `obj.name = value` at `site` goes when its caches alone answer it (as for
    /// `cachedPlainAttribute`, with no `__setattr__`): the name's position among the
    /// shared-key values, which is at most one past the last (then the value comes next);
    /// nil: take the general path. (`storeShared` stores it.)
    @inline(__always) final func cachedPlainPosition(forStoreAt site: Expr) -> Int? {
        guard layoutSerial != 0, site.layoutSerial == layoutSerial, site.cachedClass == ObjectIdentifier(cls),
              site.cachedGeneration == PyClass.generation, !site.cachedFound,
              let hooks = cls.scriptAttributeHooks, !hooks.contains(.setattr) else { return nil }
        let i = site.layoutPosition
        return i <= splitValues.count ? i : nil
    }

    /// Stores `value` at position `i` of the shared-key values, as `cachedPlainPosition`
    /// gave it (moving the value in, with no copy).
    @inline(__always) final func storeShared(_ value: consuming Value, at i: Int) {
        if i < splitValues.count {
            splitValues.store(value, at: i)
            return
        }
        // (The first value makes room for every shared name: one allocation.)
        splitValues.append(value, expected: layout?.names.count ?? 0)
    }

    /// `name`'s position in the shared layout, through `site`'s cache when it has one.
    @inline(__always) private func layoutPosition(_ name: String, _ layout: InstanceLayout, _ site: Expr?) -> Int? {
        if let site, site.layoutSerial == layout.serial { return site.layoutPosition }
        guard let i = layout.position(name) else { return nil }
        if let site {
            site.layoutSerial = layout.serial
            site.layoutPosition = i
        }
        return i
    }

    /// Stores `obj.name = value` among the shared-key values; false when the name does not
    /// come next in the class's order (the caller then makes the dict).
    @inline(__always) private func setSplit(_ name: String, _ value: Value, _ layout: InstanceLayout, _ site: Expr?) -> Bool {
        let n = splitValues.count
        var found = layoutPosition(name, layout, site)
        if found == nil, n == layout.names.count, let i = layout.append(name) {
            found = i
            if let site {
                site.layoutSerial = layout.serial
                site.layoutPosition = i
            }
        }
        guard let i = found else { return false }
        if i < n {
            splitValues.store(value, at: i)
            return true
        }
        guard i == n else { return false }
        splitValues.append(value, expected: layout.names.count)
        return true
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

    /// Whether a built-in base defines `__str__` of its own (`BaseException.__str__`), which
    /// a script class's `__repr__` does not replace: only `object.__str__` calls `__repr__`.
    open var hasNativeStr: Bool { false }

    /// Moves every value the instance holds to `work`, leaving it empty (to free it without
    /// recursion). Subclasses holding values of their own add them and call `super`.
    open func takeReferences(into work: inout [Value]) {
        takeOwnReferences(into: &work)
    }

    // MARK: PyObject

    public final var pyClass: PyClass { cls }

    public final func repr(_ interp: Interpreter) throws -> String {
        if let f = cls.lookup("__repr__") { return try interp.stringResult(of: f, on: self, "__repr__") }
        return try nativeRepr(interp)
    }

    public final func str(_ interp: Interpreter) throws -> String {
        if let f = cls.lookup("__str__") { return try interp.stringResult(of: f, on: self, "__str__") }
        if !hasNativeStr, cls.lookup("__repr__") != nil { return try repr(interp) }
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
            if let layout {
                if let i = layoutPosition(name, layout, site), i < splitValues.count { return splitValues[i] }
            } else if let site {
                if let v = storedDict!.get(name, hint: &site.dictHint) { return v }
            } else if let v = storedDict!.get(name) { return v }
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
        if let layout, setSplit(name, value, layout, site) { return }
        if name == "__dict__" { return try replaceDict(value) }
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
        let removed = hasDict ? removeOwnAttribute(name) : nil
        if removed == nil { throw interp.unnamedAttributeError("'\(cls.name)' object has no attribute '\(name)'") }
    }

    /// Whether the instance has a `__dict__` (not when every class of a script's hierarchy
    /// declares `__slots__`).
    final var hasDict: Bool { !cls.slotLayout.noDict }

    /// Whether the instance's class is `owner` or derives from it (a slot applies only then).
    @inline(__always) private func isInstance(of owner: PyClass) -> Bool { cls === owner || cls.isSubclass(of: owner) }

    /// Every attribute name visible on the instance, for "Did you mean" hints.
    final var attributeNames: [String] {
        var names = ownAttributeNames
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
