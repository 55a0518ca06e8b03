import Notebook

extension Interpreter {
    // MARK: Iteration

    func isIterable(_ v: Value) -> Bool {
        switch v {
        case .str, .list, .tuple, .dict: return true
        case .object(let i as PyInstance): return instanceIsIterable(i)
        case .object(is PyGenerator): return true
        case .object(let o): return o is PyRange || o is PyIterator || o is TensorObject || o is PyDictView || o is ParamGroupObject || o is TupleBacked || o is PyIterableObject
        case .type(let c): return metaclassMethod(c, "__iter__") != nil
        default: return false
        }
    }

    /// Calls `body` with each item; `body` returns false to stop early.
    ///
    /// Every 4096 items it checks the script's limits, so builtins that loop over an iterable
    /// (`sum(range(10**12))`, `max`, `sorted`, `any`, ...) stop at the time limit too.
    func iterate(_ v: Value, _ visit: (Value) throws -> Bool) throws {
        var ticks = 0
        func body(_ item: Value) throws -> Bool {
            ticks &+= 1
            if ticks & 0xFFF == 0 { try checkLimits() }
            return try visit(item)
        }
        switch v {
        case .list(let l):
            var i = 0
            while i < l.items.count {
                if !(try body(l.items[i])) { return }
                i += 1
            }
        case .tuple(let t):
            for item in t where !(try body(item)) { return }
        case .str(let s):
            for c in s where !(try body(.str(String(c)))) { return }
        case .dict(let d):
            let keys = d.keys
            for k in keys {
                try d.checkUnchangedSize(keys.count)
                if !(try body(k)) { return }
            }
            try d.checkUnchangedSize(keys.count)
        case .object(let r as PyRange):
            var i = r.start
            if r.step > 0 {
                while i < r.stop {
                    if !(try body(.int(i))) { return }
                    let (next, overflow) = i.addingReportingOverflow(r.step)
                    if overflow { return }
                    i = next
                }
            } else {
                while i > r.stop {
                    if !(try body(.int(i))) { return }
                    let (next, overflow) = i.addingReportingOverflow(r.step)
                    if overflow { return }
                    i = next
                }
            }
        case .object(let it as PyIterator):
            while let item = try it.next() { if !(try body(item)) { return } }
        case .object(let view as PyDictView):
            let items = view.items()
            for item in items {
                try view.dict.checkUnchangedSize(items.count)
                if !(try body(item)) { return }
            }
            try view.dict.checkUnchangedSize(items.count)
        case .object(let g as ParamGroupObject):
            try iterate(.dict(g.asDict), body)
        case .object(let s as TupleBacked):
            try iterate(s.tuple, body)
        case .object(let t as TensorObject):
            for item in try TorchLibrary.rows(t, self) where !(try body(item)) { return }
        case .object(let g as PyGenerator):
            while true {
                let next: Value?
                do {
                    next = try generatorStep(g)
                } catch var e as PyError {
                    e.raisedByIterator = true
                    throw e
                }
                guard let item = next, try body(item) else { return }
            }
        case .object(let i as PyInstance):
            let next = try instanceIterator(i)
            while let item = try next() { if !(try body(item)) { return } }
        case .object(let o as PyIterableObject):
            let next = try o.makeIterator(self)
            while let item = try next() { if !(try body(item)) { return } }
        default:
            // A class whose metaclass defines `__iter__` (`for member in Color`).
            if case .type(let c) = v, let it = try callMetaclassMethod(c, "__iter__", []) { return try iterate(it, body) }
            throw PyError("TypeError", "'\(v.typeName)' object is not iterable")
        }
    }

    /// All items of an iterable.
    func collect(_ v: Value) throws -> [Value] {
        if case .object(let r as PyRange) = v, r.count > Interpreter.maxContainerSize { throw PyError("MemoryError", "") }
        switch v {
        case .list(let l): return l.items
        case .tuple(let t): return t.items
        default:
            var out: [Value] = []
            try iterate(v) { out.append($0); return true }
            return out
        }
    }

    func length(_ v: Value) throws -> Int {
        switch v {
        case .str(let s): return s.unicodeScalars.count
        case .list(let l): return l.items.count
        case .tuple(let t): return t.count
        case .dict(let d): return d.count
        case .object(let r as PyRange):
            guard r.length <= UInt(Int.max) else { throw PyError("OverflowError", "Python int too large to convert to C ssize_t") }
            return r.count
        case .object(let view as PyDictView): return view.dict.count
        case .object(let g as ParamGroupObject): return g.asDict.count
        case .object(let i as PyInstance): return try instanceLength(i)
        case .object(let s as TupleBacked): return try length(s.tuple)
        case .object(let t as TensorObject):
            guard let first = t.tensor.shape.first else { throw PyError("TypeError", "len() of a 0-d tensor") }
            return first
        case .object(let o as PySizedObject): return try o.length(self)
        default:
            if case .type(let c) = v, let n = try callMetaclassMethod(c, "__len__", []) {
                guard case .int(let count) = n.boolAsInt else {
                    throw PyError("TypeError", "'\(n.typeName)' object cannot be interpreted as an integer")
                }
                if count < 0 { throw PyError("ValueError", "__len__() should return >= 0") }
                return count
            }
            throw PyError("TypeError", "object of type '\(v.typeName)' has no len()")
        }
    }

    // MARK: Items

    private func index(_ i: Value, count: Int, kind: String) throws -> Int {
        guard case .int(var n) = i.boolAsInt else {
            if let b = i.builtinValue, b.isInteger { return try index(b, count: count, kind: kind) }
            if case .object(is PyBigInt) = i { throw PyError("IndexError", "cannot fit 'int' into an index-sized integer") }
            if let n = try instanceIndex(i) { return try index(.int(n), count: count, kind: kind) }
            throw PyError("TypeError", "\(kind) indices must be integers or slices, not \(i.typeName)")
        }
        if n < 0 { n += count }
        guard n >= 0 && n < count else { throw PyError("IndexError", "\(kind) index out of range") }
        return n
    }

    /// The slice with the bounds that objects give through `__index__` replaced by their
    /// integers (`xs[Idx(1):Idx(3)]`), as CPython's `_PyEval_SliceIndex` reads them; the
    /// slice itself when every bound is an int or None.
    func integerBounds(_ s: PySlice) throws -> PySlice {
        guard s.lower.instance != nil || s.upper.instance != nil || s.step.instance != nil else { return s }
        func resolve(_ v: Value) throws -> Value {
            guard let i = v.instance else { return v }
            guard special(i, "__index__") != nil else {
                throw PyError("TypeError", "slice indices must be integers or None or have an __index__ method")
            }
            return integer(try indexInteger(v))
        }
        return PySlice(lower: try resolve(s.lower), upper: try resolve(s.upper), step: try resolve(s.step))
    }

    func getItem(_ obj: Value, _ i: Value) throws -> Value {
        switch obj {
        case .list(let l):
            if case .object(let s as PySlice) = i { return .list(PyList(try integerBounds(s).indices(count: l.items.count).map { l.items[$0] })) }
            return l.items[try index(i, count: l.items.count, kind: "list")]
        case .tuple(let t):
            if case .object(let s as PySlice) = i { return .tuple(PyTuple.of(try integerBounds(s).indices(count: t.count).map { t[$0] })) }
            return t[try index(i, count: t.count, kind: "tuple")]
        case .str(let s):
            let scalars = Array(s.unicodeScalars)
            if case .object(let sl as PySlice) = i {
                var out = String.UnicodeScalarView()
                for k in try integerBounds(sl).indices(count: scalars.count) { out.append(scalars[k]) }
                return .str(String(out))
            }
            guard case .int = i.boolAsInt else { throw PyError("TypeError", "string indices must be integers, not '\(i.typeName)'") }
            return .str(String(scalars[try index(i, count: scalars.count, kind: "string")]))
        case .dict(let d):
            guard let v = try d.get(i) else {
                if let flavor = d.flavor, let v = try flavor.missing(i, in: d, self) { return v }
                throw keyError(i)
            }
            return v
        case .object(let r as PyRange):
            if case .object(let s as PySlice) = i {
                return .object(try r.sliced(try integerBounds(s)))
            }
            if case .int(let n) = i, r.length > UInt(Int.max) {
                // Wider than Int: index in 128 bits (every element itself fits in Int).
                let k = n < 0 ? Int128(r.length) + Int128(n) : Int128(n)
                guard k >= 0, k < Int128(r.length) else { throw PyError("IndexError", "range object index out of range") }
                return .int(Int(Int128(r.start) + k * Int128(r.step)))
            }
            return .int(r.element(try index(i, count: r.count, kind: "range object")))
        case .object(let t as TensorObject):
            return try TorchLibrary.checked(try TorchLibrary.getItem(t, i, self))
        case .object(let g as ParamGroupObject):
            return try g.item(i)
        case .object(let s as TupleBacked):
            let item = try getItem(s.tuple, i)
            if s is SizeObject, case .tuple(let t) = item { return .object(SizeObject(try t.items.map { try toInt($0, "Size") })) }
            return item
        case .object(let inst as PyInstance):
            return try instanceGetItem(inst, i)
        case .type(let c) where PyGenericAlias.isGenericBuiltin(c):
            if case .tuple(let t) = i { return .object(PyGenericAlias(origin: c, arguments: t.items)) }
            return .object(PyGenericAlias(origin: c, arguments: [i]))
        case .object(let o as PySubscriptableObject):
            return try o.item(i, self)
        case .type(let c) where c.isUserDefined:
            // `Color['RED']` through the metaclass, else `Box[int]` through `__class_getitem__`.
            if let v = try callMetaclassMethod(c, "__getitem__", [i]) { return v }
            if let hook = c.lookup("__class_getitem__") { return try call(classAttribute(hook, of: c), Arguments([i])) }
            throw PyError("TypeError", "type '\(c.name)' is not subscriptable")
        default:
            throw PyError("TypeError", "'\(obj.typeName)' object is not subscriptable")
        }
    }

    func setItem(_ obj: Value, _ i: Value, _ v: Value) throws {
        switch obj {
        case .list(let l):
            if case .object(let written as PySlice) = i {
                let s = try integerBounds(written)
                let idx = try s.indices(count: l.items.count)
                let newItems = try collect(v)
                if case .none = s.step, let first = idx.first ?? (try? s.indices(count: l.items.count + 1).first) {
                    let end = idx.last.map { $0 + 1 } ?? first
                    l.items.replaceSubrange(first..<end, with: newItems)
                } else if case .none = s.step {
                    l.items.append(contentsOf: newItems)
                } else {
                    guard idx.count == newItems.count else {
                        throw PyError("ValueError", "attempt to assign sequence of size \(newItems.count) to extended slice of size \(idx.count)")
                    }
                    for (k, item) in zip(idx, newItems) { l.items[k] = item }
                }
                return
            }
            switch i.boolAsInt {
            case .int, .object(is PyBigInt): break
            default:
                guard let inst = i.instance, special(inst, "__index__") != nil else {
                    throw PyError("TypeError", "list indices must be integers or slices, not \(i.typeName)")
                }
            }
            l.items[try index(i, count: l.items.count, kind: "list assignment")] = v
        case .dict(let d):
            try d.set(i, v)
        case .object(let t as TensorObject):
            try TorchLibrary.setItem(t, i, v, self)
            try TorchLibrary.raisePendingAutogradError()
        case .object(let g as ParamGroupObject):
            try g.setItem(i, v, self)
        case .object(let inst as PyInstance):
            try instanceSetItem(inst, i, v)
        case .object(let o as PySubscriptableObject):
            if try o.setItem(i, v, self) { return }
            throw PyError("TypeError", "'\(obj.typeName)' object does not support item assignment")
        default:
            throw PyError("TypeError", "'\(obj.typeName)' object does not support item assignment")
        }
    }

    func deleteItem(_ obj: Value, _ i: Value) throws {
        switch obj {
        case .list(let l):
            if case .object(let s as PySlice) = i {
                let idx = Set(try integerBounds(s).indices(count: l.items.count))
                l.items = l.items.enumerated().filter { !idx.contains($0.offset) }.map(\.element)
                return
            }
            l.items.remove(at: try index(i, count: l.items.count, kind: "list assignment"))
        case .dict(let d):
            if try d.remove(i) == nil { throw keyError(i) }
        case .object(let inst as PyInstance):
            try instanceDeleteItem(inst, i)
        case .object(let o as PySubscriptableObject):
            if try o.deleteItem(i, self) { return }
            throw PyError("TypeError", "'\(obj.typeName)' object doesn't support item deletion")
        default:
            throw PyError("TypeError", "'\(obj.typeName)' object doesn't support item deletion")
        }
    }

    // MARK: Attributes

    func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        if let v = try getAttributeIfPresent(obj, name) { return v }
        throw attributeError(obj, name)
    }

    /// `obj.name` where `site` is the attribute expression: an instance's class attribute
    /// comes from the site's inline cache.
    /// (`obj` is borrowed: its `switch` reads the instance without retaining it, where an
    /// `if case` bound a retained copy.)
    @inline(__always)
    func getAttribute(_ obj: borrowing Value, _ name: String, site: Expr) throws -> Value {
        switch obj {
        case .object(let o) where ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self):
            if let v = unsafeDowncast(o, to: PyInstance.self).cachedPlainAttribute(site) { return v }
        default: break
        }
        return try getAttributeUncached(obj, name, site: site)
    }

    /// `getAttribute(_:_:site:)` past its cached fast path.
    private func getAttributeUncached(_ obj: Value, _ name: String, site: Expr) throws -> Value {
        // (The length first: most names are not `__class__`, and it costs no string comparison.)
        if case .object(let o) = obj, let inst = o as? PyInstance, name.utf8.count != 9 || name != "__class__" || inst.cls.attributeHook(.getattribute) != nil {
            do {
                if let v = try inst.getAttribute(name, self, classAttribute: cachedLookup(site, inst.cls, name), site: site) { return v }
            } catch let e as PyError where inst.cls.isUserDefined {
                throw withAttributeContext(e, obj, name)
            }
            if name.hasPrefix("__"), let m = typeSlot(obj, inst.cls, name) { return m }
            throw attributeError(obj, name)
        }
        return try getAttribute(obj, name)
    }

    /// The class attribute `name` of `cls` (unbound), remembered in `site` until any class changes.
    @inline(__always)
    func cachedLookup(_ site: Expr, _ cls: PyClass, _ name: String) -> Value? {
        let generation = PyClass.generation
        if site.cachedClass == ObjectIdentifier(cls) && site.cachedGeneration == generation {
            return site.cachedFound ? site.cachedValue.value : nil
        }
        let v = cls.lookup(name)
        site.cachedClass = ObjectIdentifier(cls)
        site.cachedGeneration = generation
        site.cachedFound = v != nil
        site.cachedValue = v.map(UnownedValue.init) ?? UnownedValue()
        return v
    }

    /// `obj.name = value` where `site` is the target expression (see `getAttribute(_:_:site:)`).
    /// (`obj` is borrowed, as in `getAttribute(_:_:site:)`, and `value` consumed: the cached
    /// path moves it into the instance without copying it.)
    @inline(__always)
    func setAttribute(_ obj: borrowing Value, _ name: String, _ value: consuming Value, site: Expr) throws {
        switch obj {
        case .object(let o) where ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self):
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if let i = inst.cachedPlainPosition(forStoreAt: site) {
                inst.storeShared(value, at: i)
                return
            }
        default: break
        }
        try setAttributeUncached(obj, name, value, site: site)
    }

    /// `setAttribute(_:_:_:site:)` past its cached fast path.
    private func setAttributeUncached(_ obj: Value, _ name: String, _ value: Value, site: Expr) throws {
        if case .object(let o) = obj, let inst = o as? PyInstance {
            try inst.setAttribute(name, value, self, classAttribute: cachedLookup(site, inst.cls, name), site: site)
            return
        }
        try setAttribute(obj, name, value)
    }

    /// An AttributeError that script code raised while `obj.name` was read (a `__getattr__`,
    /// a property) with `name` and `obj` recorded and the "Did you mean" hint added, as
    /// CPython 3.11's attribute load does for an exception that has neither; others unchanged.
    func withAttributeContext(_ error: PyError, _ obj: Value, _ name: String) -> PyError {
        guard error.matches("AttributeError", self) else { return error }
        var e = error
        let instance = e.instance ?? exceptionInstance(e)
        guard case .object(let o as PyExceptionObject) = instance, o.nameAttribute == nil, o.objAttribute == nil else { return error }
        o.nameAttribute = .str(name)
        o.objAttribute = obj
        if o.hint == nil, let hint = attributeHint(obj, name) {
            o.hint = hint
            e.message += hint
        }
        e.instance = instance
        return e
    }

    /// CPython's ". Did you mean: 'x'?" for a missing `obj.name`, nil when no name is close.
    func attributeHint(_ obj: Value, _ name: String) -> String? {
        let candidates: [String]
        switch obj {
        case .object(let m as PyModule): candidates = m.hasModuleGetattr ? [] : Array(m.attributes.keys).sorted()
        case .type(let c): candidates = c.mro.flatMap { $0.attributes.keys.sorted() }
        case .object(let i as PyInstance): candidates = i.attributeNames
        default: candidates = methodNames(of: obj)
        }
        return CPythonSuggestion.closest(to: name, in: candidates).map { ". Did you mean: '\($0)'?" }
    }

    /// The AttributeError for a missing `obj.name`, with CPython's "Did you mean" hint.
    func attributeError(_ obj: Value, _ name: String) -> PyError {
        var message: String
        var candidates: [String] = []
        switch obj {
        case .object(let m as PyModule):
            message = "module '\(m.name)' has no attribute '\(name)'"
            // torch and torch.optim define a module __getattr__, which gets no hint in 3.11.
            candidates = m.hasModuleGetattr ? [] : Array(m.attributes.keys).sorted()
        case .type(let c):
            message = "type object '\(c.name)' has no attribute '\(name)'"
            candidates = c.mro.flatMap { $0.attributes.keys.sorted() }
        case .object(let i as PyInstance):
            message = "'\(obj.typeName)' object has no attribute '\(name)'"
            candidates = i.attributeNames
        default:
            message = "'\(obj.typeName)' object has no attribute '\(name)'"
            candidates = methodNames(of: obj)
        }
        var hint: String?
        if let s = CPythonSuggestion.closest(to: name, in: candidates) { hint = ". Did you mean: '\(s)'?" }
        var e = PyError("AttributeError", message + (hint ?? ""))
        let o = PyExceptionObject(cls: exceptionClass(named: "AttributeError"), args: [.str(message)])
        o.nameAttribute = .str(name)
        o.objAttribute = obj
        o.hint = hint
        e.instance = .object(o)
        return e
    }

    func getAttributeIfPresent(_ obj: Value, _ name: String) throws -> Value? {
        if name == "__class__" {
            if let i = obj.instance, let hook = i.cls.attributeHook(.getattribute) { return try customGetAttribute(i, name, hook) }
            return .type(classOf(obj))
        }
        switch obj {
        case .object(let o):
            if let v = try o.getAttribute(name, self) { return v }
            if o is PySet || o is PyRange, name.hasPrefix("__"), let m = builtinDunder(obj, name) { return m }
            if name.hasPrefix("__"), let m = typeSlot(obj, o.pyClass, name) { return m }
            return patchedAttribute(of: obj, o.pyClass, name)
        case .type(let c):
            switch name {
            case "__name__": return .str(c.name)
            case "__qualname__": return .str(c.qualname)
            case "__module__": return .str(c.module)
            case "__mro__": return .tuple(PyTuple.of(c.mro.map { .type($0) }))
            case "__bases__": return .tuple(PyTuple.of(c.bases.map { .type($0) }))
            case "__base__": return c.bestBase.map { .type($0) } ?? Value.none
            case "__dict__": return .object(PyMappingProxy(c))
            case "__annotations__" where c.isUserDefined:
                // A class's own, made empty on first read when its body annotated nothing
                // (CPython 3.10+ does not inherit a base's).
                if let v = c.attributes[name] { return v }
                let d = Value.dict(PyDict())
                c.attributes[name] = d
                c.attributeOrder.append(name)
                return d
            default:
                if let v = c.lookup(name) {
                    if case .object(let d as PyInstance) = v, d.cls.lookup(SpecialMethod.get) != nil {
                        return try descriptorGet(d, .none, owner: c)
                    }
                    return classAttribute(v, of: c)
                }
                if c.metaclass != nil, let v = try metaclassAttribute(c, name) { return v }
                return unboundMethod(c, name) ?? (name.hasPrefix("__") ? objectSlot(name) : nil)
            }
        case .function(let f):
            return functionAttribute(f, name)
        case .builtin(let b):
            if name == "__name__" { return .str(b.name) }
            return nil
        default:
            if let v = try method(obj, name) { return v }
            // Only after the named methods, so their lookups pay nothing for it.
            if name.hasPrefix("__"), let m = builtinDunder(obj, name) ?? typeSlot(obj, classOf(obj), name) { return m }
            return patchedAttribute(of: obj, classOf(obj), name)
        }
    }

    /// What a script set on the library class of a library object (`torch.Tensor.f = g`,
    /// then `t.f`), bound to the object; nil when nothing is patched there. (Instances of
    /// `PyInstance` find patches through their class's lookup.)
    private func patchedAttribute(of obj: Value, _ cls: PyClass, _ name: String) -> Value? {
        guard !classPatches.isEmpty else { return nil }
        for k in cls.mro {
            if let v = classPatches.attribute(name, of: k) { return bindAttribute(v, to: obj, cls: cls) }
        }
        return nil
    }

    func setAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
        if case .object(let o) = obj, try o.setAttribute(name, value, self) { return }
        if case .type(let c) = obj {
            if c.isUserDefined {
                if c.attributes.updateValue(value, forKey: name) == nil { c.attributeOrder.append(name) }
            } else if c.isDefinedInPython {
                classPatches.set(name, value, on: c)
            } else {
                throw PyError("TypeError", "cannot set '\(name)' attribute of immutable type '\(c.qualifiedName)'")
            }
            return
        }
        if case .function(let f) = obj {
            try setFunctionAttribute(f, name, value)
            return
        }
        if case .object = obj {
            if try getAttributeIfPresent(obj, name) != nil {
                throw PyError("AttributeError", "attribute '\(name)' of '\(obj.typeName)' objects is not writable")
            }
        }
        throw unnamedAttributeError("'\(obj.typeName)' object has no attribute '\(name)'")
    }
}

