/// `property` as a class scripts may subclass (`class typed(property)`, whose `__get__`
/// calls `super().__get__(obj, objtype)`), and `functools.cached_property`.
///
/// A plain `property(...)` stays a `PyProperty`, which attribute lookup handles directly; an
/// instance of a subclass is a `PropertyInstance` holding one, and takes part in lookups as
/// any descriptor written in Python: through `__get__`, `__set__` and `__delete__`, found on
/// the subclass or on `property` itself.
final class PropertyInstance: PyInstance {
    var property = PyProperty(getter: nil, setter: nil, deleter: nil)

    override func nativeAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "fget", "fset", "fdel": return try property.getAttribute(name, interp)
        case "getter", "setter", "deleter":
            // CPython's `property_copy`: `type(self)(fget, fset, fdel, doc)` with one replaced.
            let cls = self.cls
            let p = property
            return .builtin(PyBuiltin(name) { interp, args in
                let a = try args.positionalOnly(name, 1...1)
                let parts = [name == "getter" ? a[0] : p.getter ?? .none, name == "setter" ? a[0] : p.setter ?? .none,
                             name == "deleter" ? a[0] : p.deleter ?? .none, .none]
                return try interp.call(.type(cls), Arguments(parts))
            })
        default: return nil
        }
    }
}

extension Interpreter {
    /// Gives `property` its `__init__`, `__get__`, `__set__` and `__delete__` and lets script
    /// classes derive from it, once per process.
    static let propertyTypeMethods: Void = {
        let c = DescriptorClasses.property
        c.instanceFactory = { cls, _, _ in PropertyInstance(cls: cls) }
        func property(_ v: Value) throws -> PyProperty {
            if case .object(let p as PyProperty) = v { return p }
            if case .object(let i as PropertyInstance) = v { return i.property }
            throw PyError("TypeError", "descriptor requires a 'property' object but received a '\(v.typeName)'")
        }
        c.attributes["__init__"] = .builtin(PyBuiltin.method("__init__", owner: "property") { _, receiver, args in
            let a = try args.bind("property", ["fget", "fset", "fdel", "doc"])
            func given(_ v: Value?) -> Value? { v.flatMap { $0.isNone ? nil : $0 } }
            guard case .object(let i as PropertyInstance) = receiver else { return .none }
            i.property = PyProperty(getter: given(a[0]), setter: given(a[1]), deleter: given(a[2]))
            return .none
        })
        c.attributes["__get__"] = .builtin(PyBuiltin.method("__get__", owner: "property") { interp, receiver, args in
            let a = try args.positionalOnly("__get__", 1...2)
            if a[0].isNone { return receiver }
            return try property(receiver).get(a[0], interp)
        })
        c.attributes["__set__"] = .builtin(PyBuiltin.method("__set__", owner: "property") { interp, receiver, args in
            let a = try args.positionalOnly("__set__", 2...2)
            try property(receiver).set(a[0], a[1], interp)
            return .none
        })
        c.attributes["__delete__"] = .builtin(PyBuiltin.method("__delete__", owner: "property") { interp, receiver, args in
            let a = try args.positionalOnly("__delete__", 1...1)
            try property(receiver).delete(a[0], interp)
            return .none
        })
    }()
}

/// `functools.cached_property(func)`: a non-data descriptor whose first read on an instance
/// calls `func` and stores the result in the instance's `__dict__` under the attribute's
/// name (learned from `__set_name__`), where later reads find it first.
enum CachedProperty {
    static let cls: PyClass = {
        let c = PyClass("cached_property", module: "functools")
        c.instanceFactory = { cls, _, _ in PyInstance(cls: cls) }
        c.construct = { interp, args in try interp.instantiate(c, args) }
        c.attributes["__init__"] = .builtin(PyBuiltin.method("__init__") { interp, receiver, args in
            let a = try args.positionalOnly("cached_property", 1...1)
            guard let i = receiver.instance else { return .none }
            try i.dict.set(.str("func"), a[0])
            try i.dict.set(.str("attrname"), .none)
            try i.dict.set(.str("__doc__"), try interp.getAttributeIfPresent(a[0], "__doc__") ?? .none)
            try i.dict.set(.str("__module__"), try interp.getAttributeIfPresent(a[0], "__module__") ?? .none)
            return .none
        })
        c.attributes["__set_name__"] = .builtin(PyBuiltin.method("__set_name__") { interp, receiver, args in
            let a = try args.positionalOnly("__set_name__", 2...2)
            guard let i = receiver.instance, case .str(let name) = a[1] else { return .none }
            switch i.dict.get("attrname") {
            case .str(let old)? where old != name:
                throw PyError("TypeError", "Cannot assign the same cached_property to two different names ('\(old)' and '\(name)').")
            default:
                try i.dict.set(.str("attrname"), a[1])
            }
            return .none
        })
        c.attributes["__get__"] = .builtin(PyBuiltin.method("__get__") { interp, receiver, args in
            let a = try args.positionalOnly("__get__", 1...2)
            if a[0].isNone { return receiver }
            guard let i = receiver.instance, case .str(let name)? = i.dict.get("attrname") else {
                throw PyError("TypeError", "Cannot use cached_property instance without calling __set_name__ on it.")
            }
            guard let target = a[0].instance, target.hasDict else {
                throw PyError("TypeError", "No '__dict__' attribute on '\(a[0].typeName)' instance to cache '\(name)' property.")
            }
            if let cached = target.dict.get(name) { return cached }
            // CPython 3.11's cached_property takes its RLock first (`with self.lock:`), a C
            // call one level deeper that a runaway recursion through the property hits first.
            try interp.withRecursionCheck(.call) {}
            let value = try interp.call(i.dict.get("func") ?? .none, Arguments([a[0]]))
            try target.dict.set(.str(name), value)
            return value
        })
        return c
    }()
}
