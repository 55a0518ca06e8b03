/// CPython's attribute protocol for script classes: a class's own `__getattribute__`,
/// `__setattr__` and `__delattr__`, `object`'s generic versions they reach through
/// `object.__setattr__(self, …)` or `super().__setattr__(…)`, and descriptors written in
/// Python (a class with `__get__`, and `__set__` or `__delete__` for a data descriptor).
/// Which hooks of the attribute protocol a script class's MRO defines: its own
/// `__getattribute__` or `__setattr__` (not `object`'s), a `__getattr__`. Instances of a
/// class with none read and write attributes the generic way after checking one word,
/// instead of looking the hooks up on every access.
struct AttributeHooks: OptionSet {
    let rawValue: UInt8
    static let getattribute = AttributeHooks(rawValue: 1)
    static let getattr = AttributeHooks(rawValue: 2)
    static let setattr = AttributeHooks(rawValue: 4)
}

extension PyClass {
    /// The script's own `__getattribute__`, `__setattr__` or `__delattr__` (`m`) when the
    /// class's MRO finds one before `object`'s; nil otherwise (library classes never have one).
    @inline(__always) func attributeHook(_ m: SpecialMethod) -> Value? {
        guard isUserDefined, let f = lookup(m) else { return nil }
        if case .builtin(let b) = f, b.slotOwner != nil { return nil }  // `object`'s slot wrapper
        return f
    }

    /// Which attribute hooks a script class's MRO defines (see `AttributeHooks`), remembered
    /// until any class changes; nil for library classes, which threads share and which
    /// therefore remember nothing.
    @inline(__always) var scriptAttributeHooks: AttributeHooks? {
        guard isUserDefined else { return nil }
        if hooksGeneration == PyClass.generation { return hooks }
        return refreshAttributeHooks()
    }

    private func refreshAttributeHooks() -> AttributeHooks {
        let generation = PyClass.generation
        var found = AttributeHooks()
        if attributeHook(.getattribute) != nil { found.insert(.getattribute) }
        if lookup(SpecialMethod.getattr) != nil { found.insert(.getattr) }
        if attributeHook(.setattr) != nil { found.insert(.setattr) }
        hooks = found
        hooksGeneration = generation
        return found
    }

    /// Whether instances of this class are data descriptors (`__set__` or `__delete__`), which
    /// take precedence over the instance's `__dict__`.
    var isDataDescriptor: Bool { lookup(SpecialMethod.set) != nil || lookup(SpecialMethod.delete) != nil }
}

extension Interpreter {
    /// `object.__getattribute__`, `object.__setattr__` and `object.__delattr__`.
    nonisolated(unsafe) static let objectAttributeSlots: [PyBuiltin] = [
        PyBuiltin.method("__getattribute__", owner: "object") { interp, receiver, args in
            let name = try attributeName(args, "__getattribute__", count: 1)
            if let inst = receiver.instance {
                if let v = try inst.genericGetAttribute(name, interp, classAttribute: inst.cls.lookup(name)) { return v }
                throw interp.attributeError(receiver, name)
            }
            return try interp.getAttribute(receiver, name)
        },
        PyBuiltin.method("__setattr__", owner: "object") { interp, receiver, args in
            let name = try attributeName(args, "__setattr__", count: 2)
            if let inst = receiver.instance {
                try inst.genericSetAttribute(name, args.positional[1], interp, classAttribute: inst.cls.lookup(name))
                return .none
            }
            if case .type = receiver { throw PyError("TypeError", "can't apply this __setattr__ to type object") }
            try interp.setAttribute(receiver, name, args.positional[1])
            return .none
        },
        PyBuiltin.method("__delattr__", owner: "object") { interp, receiver, args in
            let name = try attributeName(args, "__delattr__", count: 1)
            if let inst = receiver.instance {
                try inst.genericDeleteAttribute(name, interp)
                return .none
            }
            if case .type = receiver { throw PyError("TypeError", "can't apply this __delattr__ to type object") }
            try interp.deleteAttribute(receiver, name)
            return .none
        },
    ]

    /// Puts `object`'s attribute slots in its namespace, once per process.
    static let objectAttributeMethods: Void = {
        for b in objectAttributeSlots {
            b.slotOwner = "object"
            CoreClasses.object.attributes[b.name] = .builtin(b)
        }
    }()

    /// The attribute name argument of an attribute slot, checked as CPython's wrappers check it.
    private static func attributeName(_ args: Arguments, _ slot: String, count: Int) throws -> String {
        if !args.keywords.isEmpty { throw PyError("TypeError", "\(slot)() takes no keyword arguments") }
        guard args.positional.count == count else {
            // `__setattr__` unpacks with an empty function name: CPython's message starts with a space.
            let lead = count == 2 ? " " : ""
            throw PyError("TypeError", "\(lead)expected \(count) argument\(count == 1 ? "" : "s"), got \(args.positional.count)")
        }
        guard case .str(let name) = args.positional[0] else {
            throw PyError("TypeError", "attribute name must be string, not '\(args.positional[0].typeName)'")
        }
        return name
    }

    /// An AttributeError whose `name` and `obj` stay None, as CPython 3.11's failed
    /// assignments and deletions raise it (only reads record them, for the "Did you mean" hint).
    func unnamedAttributeError(_ message: String) -> PyError {
        var e = PyError("AttributeError", message)
        e.instance = .object(PyExceptionObject(cls: exceptionClass(named: "AttributeError"), args: [.str(message)]))
        return e
    }

    /// `obj.name` through the class's own `__getattribute__`, then its `__getattr__` when that
    /// raised AttributeError.
    func customGetAttribute(_ inst: PyInstance, _ name: String, _ hook: Value) throws -> Value {
        do {
            return try callUnbound(hook, self: .object(inst), .str(name))
        } catch let e as PyError where e.matches("AttributeError", self) {
            guard let getattr = inst.cls.lookup(SpecialMethod.getattr) else { throw e }
            return try callUnbound(getattr, self: .object(inst), .str(name))
        }
    }

    /// A descriptor's `__get__(obj, owner)` (`obj` is None when read through the class).
    func descriptorGet(_ descriptor: PyInstance, _ obj: Value, owner: PyClass) throws -> Value {
        guard let get = descriptor.cls.lookup(SpecialMethod.get) else { return .object(descriptor) }
        return try callUnbound(get, self: .object(descriptor), Arguments([obj, .type(owner)]))
    }

    /// A data descriptor's `__set__(obj, value)`; false when `descriptor` is none.
    func descriptorSet(_ descriptor: PyInstance, _ obj: Value, _ value: Value) throws -> Bool {
        guard let set = descriptor.cls.lookup(SpecialMethod.set) else {
            if descriptor.cls.lookup(SpecialMethod.delete) != nil { throw PyError("AttributeError", "__set__") }
            return false
        }
        _ = try callUnbound(set, self: .object(descriptor), Arguments([obj, value]))
        return true
    }

    /// A data descriptor's `__delete__(obj)`; false when `descriptor` is none.
    func descriptorDelete(_ descriptor: PyInstance, _ obj: Value) throws -> Bool {
        guard let delete = descriptor.cls.lookup(SpecialMethod.delete) else {
            if descriptor.cls.lookup(SpecialMethod.set) != nil { throw PyError("AttributeError", "__delete__") }
            return false
        }
        _ = try callUnbound(delete, self: .object(descriptor), obj)
        return true
    }
}

extension Value {
    /// Whether this class attribute is a descriptor (a property, a slot, an instance of a
    /// script class) that must be read through the attribute protocol, not called as a method.
    var isDescriptorInstance: Bool {
        if case .object(let o) = self { return o is PyProperty || o is PySlotDescriptor || o is PyInstance }
        return false
    }
}
