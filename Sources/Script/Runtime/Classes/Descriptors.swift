/// Classes of the objects that class bodies and attribute lookups create.
enum DescriptorClasses {
    static let property = PyClass("property")
    static let staticmethod = PyClass("staticmethod")
    static let classmethod = PyClass("classmethod")
    static let method = PyClass("method")
    static let superType = PyClass("super")
    static let notImplementedType = PyClass("NotImplementedType")
}

/// `property(fget, fset, fdel)`, as `@property` and `@x.setter` build it.
final class PyProperty: PyObject {
    let getter: Value?
    let setter: Value?
    let deleter: Value?

    init(getter: Value?, setter: Value?, deleter: Value?) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
    }

    var pyClass: PyClass { DescriptorClasses.property }

    /// The name CPython's messages use: the getter's `__name__`.
    private var name: String? {
        if case .function(let f) = getter { return f.name }
        return nil
    }

    private func owner(_ obj: Value, _ interp: Interpreter) -> String { interp.classOf(obj).name }

    func get(_ obj: Value, _ interp: Interpreter) throws -> Value {
        guard let getter else {
            throw PyError("AttributeError", "property \(name.map { "'\($0)' " } ?? "")of '\(owner(obj, interp))' object has no getter")
        }
        return try interp.call(getter, Arguments([obj]))
    }

    func set(_ obj: Value, _ value: Value, _ interp: Interpreter) throws {
        guard let setter else {
            throw PyError("AttributeError", "property \(name.map { "'\($0)' " } ?? "")of '\(owner(obj, interp))' object has no setter")
        }
        _ = try interp.call(setter, Arguments([obj, value]))
    }

    func delete(_ obj: Value, _ interp: Interpreter) throws {
        guard let deleter else {
            throw PyError("AttributeError", "property \(name.map { "'\($0)' " } ?? "")of '\(owner(obj, interp))' object has no deleter")
        }
        _ = try interp.call(deleter, Arguments([obj]))
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        func rebuild(_ body: @escaping (Value) -> PyProperty) -> Value {
            .builtin(PyBuiltin(name) { _, args in
                let a = try args.positionalOnly(name, 1...1)
                return .object(body(a[0]))
            })
        }
        switch name {
        case "fget": return getter ?? Value.none
        case "fset": return setter ?? Value.none
        case "fdel": return deleter ?? Value.none
        // Without a `doc` argument (which Descent's `property` does not take), the getter's.
        case "__doc__": return try getter.map { try interp.getAttributeIfPresent($0, "__doc__") ?? .none } ?? Value.none
        case "getter": return rebuild { PyProperty(getter: $0, setter: self.setter, deleter: self.deleter) }
        case "setter": return rebuild { PyProperty(getter: self.getter, setter: $0, deleter: self.deleter) }
        case "deleter": return rebuild { PyProperty(getter: self.getter, setter: self.setter, deleter: $0) }
        case "__get__", "__set__", "__delete__":
            return DescriptorClasses.property.attributes[name].map { interp.bindAttribute($0, to: .object(self), cls: DescriptorClasses.property) }
        default: return nil
        }
    }
}

/// `staticmethod(f)`: a class attribute that does not bind.
final class PyStaticMethod: PyObject, PyCallable {
    let function: Value
    init(_ function: Value) { self.function = function }
    var pyClass: PyClass { DescriptorClasses.staticmethod }
    func repr(_ interp: Interpreter) throws -> String { "<staticmethod(\(try interp.repr(function)))>" }
    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value { try interp.call(function, args) }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        name == "__func__" ? function : nil
    }
}

/// `classmethod(f)`: a class attribute that binds to the class.
final class PyClassMethod: PyObject {
    let function: Value
    init(_ function: Value) { self.function = function }
    var pyClass: PyClass { DescriptorClasses.classmethod }
    func repr(_ interp: Interpreter) throws -> String { "<classmethod(\(try interp.repr(function)))>" }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        name == "__func__" ? function : nil
    }
}

/// A function bound to its first argument: `obj.method`, or `Cls.method` of a classmethod.
final class PyMethod: PyObject, PyCallable {
    let function: Value
    let receiver: Value

    init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
    }

    var pyClass: PyClass { DescriptorClasses.method }

    func repr(_ interp: Interpreter) throws -> String {
        if case .builtin(let b) = function, b.slotOwner != nil {
            if b.isMethodDescriptor {
                let owner: AnyObject
                if case .object(let o) = receiver { owner = o } else { owner = self }
                return "<built-in method \(b.name) of \(interp.classOf(receiver).qualname) object at \(interp.address(of: owner))>"
            }
            // A core value (`(1).__add__`) has no object of its own: the wrapper's address stands in.
            let owner: AnyObject
            if case .object(let o) = receiver { owner = o } else { owner = self }
            return "<method-wrapper '\(b.name)' of \(interp.classOf(receiver).qualname) object at \(interp.address(of: owner))>"
        }
        let name: String
        switch function {
        case .function(let f): name = f.qualname
        case .builtin(let b): name = b.name
        default: name = "?"
        }
        return "<bound method \(name) of \(try interp.repr(receiver))>"
    }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        if case .function(let f) = function { return try interp.callFunction(f, args, receiver: receiver) }
        var all = args
        all.positional.insert(receiver, at: 0)
        return try interp.call(function, all)
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "__self__": return receiver
        case "__func__": return function
        case "__name__", "__qualname__", "__doc__": return try interp.getAttributeIfPresent(function, name)
        default: return nil
        }
    }
}

/// `super()` and `super(Cls, obj)`: looks attributes up after `start` in the receiver's MRO.
final class PySuper: PyObject {
    let start: PyClass
    let receiver: Value
    /// The class whose MRO is searched: the receiver's class, or the receiver for class methods.
    let searched: PyClass

    init(start: PyClass, receiver: Value, searched: PyClass) {
        self.start = start
        self.receiver = receiver
        self.searched = searched
    }

    var pyClass: PyClass { DescriptorClasses.superType }

    func repr(_ interp: Interpreter) throws -> String {
        "<super: <class '\(start.name)'>, <\(searched.name) object>>"
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        if name == "__class__" { return .type(DescriptorClasses.superType) }
        guard let v = searched.lookup(name, after: start) else {
            // A built-in base's named method (`super().append(x)` in a list subclass).
            if let value = receiver.builtinValue, let base = searched.builtinValueBase,
               start === searched || searched.mro.drop(while: { $0 !== start }).dropFirst().contains(where: { $0 === base }),
               let m = try interp.nativeMethod(value, name) {
                return m
            }
            // `object`'s own slots, last in every MRO (`super().__eq__(other)`, `super().__hash__()`).
            guard name.hasPrefix("__"), let slot = interp.objectSlot(name) else { return nil }
            if case .type(let rc) = receiver, rc.isSubclass(of: searched) { return slot }
            return .object(PyMethod(function: slot, receiver: receiver))
        }
        if case .type(let rc) = receiver, rc.isSubclass(of: searched) {
            // super() in a classmethod: functions stay unbound, classmethods bind to the class.
            // (A class receiving `super()` in its metaclass's method is an instance there.)
            if case .object(let cm as PyClassMethod) = v { return .object(PyMethod(function: cm.function, receiver: receiver)) }
            if case .object(let sm as PyStaticMethod) = v { return sm.function }
            return v
        }
        if case .object(let o) = v {
            if let p = o as? PyProperty { return try p.get(receiver, interp) }
            if let d = o as? PyInstance, d.cls.lookup(SpecialMethod.get) != nil { return try interp.descriptorGet(d, receiver, owner: searched) }
        }
        return interp.bindAttribute(v, to: receiver, cls: searched)
    }
}

/// The `NotImplemented` singleton that binary special methods return to decline.
final class PyNotImplemented: PyObject {
    nonisolated(unsafe) static let shared = PyNotImplemented()
    var pyClass: PyClass { DescriptorClasses.notImplementedType }
    func repr(_ interp: Interpreter) throws -> String { "NotImplemented" }
}

/// The class a `class` body's functions belong to, filled in once the class exists: what
/// zero-argument `super()` uses (CPython's `__class__` cell).
final class ClassCell {
    var cls: PyClass?
    /// The names the class body bound, in the order it first bound them (a name deleted and
    /// bound again appears again), for the namespace's order (`C.__dict__`).
    var bindingOrder: [String] = []
}

extension Value {
    /// Whether this is `NotImplemented`.
    var isNotImplemented: Bool {
        if case .object(let o) = self { return o === PyNotImplemented.shared }
        return false
    }
}
