extension Interpreter {
    // MARK: The class statement

    /// Runs a `class` statement: evaluates the bases, runs the body in a namespace of its own,
    /// creates the class, applies the decorators and binds the name. `evaluated` holds the
    /// decorators and bases when they were evaluated already (resumably, in a generator).
    func execClassDef(_ def: ClassDef, decorators: [Expr], _ ctx: Context, evaluated: ([Value], Arguments)? = nil) throws {
        let wrappers = try evaluated?.0 ?? decorators.map { try eval($0, ctx) }
        var args = try evaluated?.1 ?? evalArguments(def.bases, ctx)
        var explicitMeta: Value?
        if let i = args.keywords.firstIndex(where: { $0.0 == "metaclass" }) {
            explicitMeta = args.keywords.remove(at: i).1
        }
        var bases: [PyClass] = []
        for b in args.positional {
            guard case .type(let c) = b else {
                throw PyError("TypeError", "bases must be types")
            }
            if bases.contains(where: { $0 === c }) { throw PyError("TypeError", "duplicate base class \(c.name)") }
            try checkSubclassable(c)
            bases.append(c)
        }
        let writtenBases = bases
        if bases.isEmpty { bases = [CoreClasses.object] }
        var metaclass: PyClass?
        if let explicitMeta {
            guard case .type(let m) = explicitMeta else {
                // Any callable may stand for the metaclass: it gets the name, bases and namespace.
                let body = try runClassBody(def, ctx, initial: [:])
                let ns = PyDict()
                for key in ["__module__", "__qualname__"] + body.order { if let v = body.namespace[key] { try ns.set(.str(key), v) } }
                let made = try call(explicitMeta, Arguments([.str(def.name), .tuple(PyTuple.of(args.positional)), .dict(ns)], keywords: args.keywords))
                return try finishClassStatement(def, wrappers, made, ctx)
            }
            metaclass = try winningMetaclass(m, bases)
        } else if bases.contains(where: { $0.metaclass != nil }) {
            metaclass = try winningMetaclass(nil, bases)
        }
        if let metaclass {
            let made = try makeClassWithMetaclass(metaclass, name: def.name, bases: writtenBases, keywords: args.keywords, usesClassCell: def.usesClassCell) { initial in
                let body = try runClassBody(def, ctx, initial: initial)
                return (body.namespace, body.order, body.cell)
            }
            return try finishClassStatement(def, wrappers, made, ctx)
        }
        let body = try runClassBody(def, ctx, initial: [:])
        // A body may set its own `__qualname__` and `__module__`, as in CPython.
        var qualname = body.qualname
        if case .str(let q)? = body.namespace["__qualname__"] { qualname = q }
        var module = "__main__"
        if case .str(let m)? = body.namespace["__module__"] { module = m }
        let cls = try createClass(def.name, qualname: qualname, module: module, bases: bases, namespace: body.namespace, bindingOrder: body.order,
                                  hasDocstring: body.hasDocstring, keywords: args.keywords, cell: body.cell)
        try finishClassStatement(def, wrappers, .type(cls), ctx)
    }

    /// Applies a class statement's decorators to the class it made and binds its name.
    private func finishClassStatement(_ def: ClassDef, _ wrappers: [Value], _ made: Value, _ ctx: Context) throws {
        var value = made
        for d in wrappers.reversed() { value = try call(d, Arguments([value])) }
        try bind(def.name, value, ctx)
    }

    /// What running a class body gave: its namespace, the names in the order first bound,
    /// the `__class__` cell its methods share, its qualified name and whether it has a docstring.
    struct ClassBody {
        var namespace: [String: Value]
        var order: [String]
        var cell: ClassCell
        var qualname: String
        var hasDocstring: Bool
    }

    /// Runs a class statement's body in a namespace of its own, starting from `initial` (what
    /// a metaclass's `__prepare__` returned).
    private func runClassBody(_ def: ClassDef, _ ctx: Context, initial: [String: Value]) throws -> ClassBody {
        var qualname = def.name
        if let outer = ctx.frame?.classQualname, ctx.frame?.classCell != nil {
            qualname = "\(outer).\(def.name)"
        } else if let f = ctx.function {
            qualname = "\(f.qualname).<locals>.\(def.name)"
        }
        let cell = ClassCell()
        let frame = Frame.classBody(def.names, enclosing: ctx.frame)
        frame.classCell = cell
        frame.classQualname = qualname
        frame.classGlobals = def.globals
        for (k, v) in initial { frame.locals[k] = v }
        frame.locals["__module__"] = .str("__main__")
        frame.locals["__qualname__"] = .str(qualname)
        // CPython's SETUP_ANNOTATIONS: a body with annotations starts with an empty `__annotations__`.
        if Interpreter.containsAnnotation(def.body) {
            frame.locals["__annotations__"] = .dict(PyDict())
            cell.bindingOrder.append("__annotations__")
        }
        // The docstring is the namespace's `__doc__`, bound before the body runs.
        var hasDocstring = false
        if let first = def.body.first, case .expr(let e) = first.kind, case .literal(.string(let s)) = e.kind {
            frame.locals["__doc__"] = .str(s)
            cell.bindingOrder.append("__doc__")
            hasDocstring = true
        }
        let body = Context(frame: frame, code: ctx.code, name: def.name, function: nil)
        if callDepth >= recursionLimit { throw PyError("RecursionError", "maximum recursion depth exceeded") }
        callDepth += 1
        enterFrame()
        do {
            defer {
                callDepth -= 1
                leaveFrame()
            }
            _ = try execBlock(def.body, body)
        } catch var e as PyError {
            e = record(e, body)
            throw e
        }
        let namespace = frame.locals
        frame.locals = [:]
        return ClassBody(namespace: namespace, order: cell.bindingOrder, cell: cell, qualname: qualname, hasDocstring: hasDocstring)
    }

    /// Makes a script class from its namespace, as CPython's `type_new` does after a `class`
    /// body ran (or for `type(name, bases, dict)`): the special entries it adds, `__slots__`,
    /// `__set_name__` and `__init_subclass__`.
    func createClass(_ name: String, qualname: String, module: String = "__main__", bases: [PyClass], namespace: [String: Value], bindingOrder: [String],
                     hasDocstring: Bool, keywords: [(String, Value)], cell: ClassCell, metaclass: PyClass? = nil) throws -> PyClass {
        let cls = try PyClass(scriptClass: name, qualname: qualname, module: module, bases: bases)
        cls.interpreter = self
        cls.metaclass = metaclass
        var attributes = namespace
        attributes["__module__"] = nil
        attributes["__qualname__"] = nil
        if case .function(let f) = attributes["__init_subclass__"] { attributes["__init_subclass__"] = .object(PyClassMethod(.function(f))) }
        if case .function(let f) = attributes["__class_getitem__"] { attributes["__class_getitem__"] = .object(PyClassMethod(.function(f))) }
        // As CPython's type_new: `__new__` is a static method, and a class that defines
        // `__eq__` without `__hash__` is unhashable.
        if case .function(let f) = attributes["__new__"] { attributes["__new__"] = .object(PyStaticMethod(.function(f))) }
        var order: [String] = []
        for (i, name) in bindingOrder.enumerated() where !bindingOrder[(i + 1)...].contains(name) { order.append(name) }
        // A body that assigns `__doc__` keeps it, as CPython's type_new sets it only when absent.
        let hasDoc = hasDocstring || attributes["__doc__"] != nil
        let slotNames = try layOutSlots(cls, attributes: &attributes)
        order = order.filter { attributes[$0] != nil } + slotNames + cls.addedNamespaceEntries(hasDocstring: hasDoc)
        if !hasDoc { attributes["__doc__"] = Value.none }
        if attributes["__eq__"] != nil && attributes["__hash__"] == nil {
            attributes["__hash__"] = Value.none
            order.append("__hash__")
        }
        cls.attributeOrder = order
        cls.attributes = attributes
        if metaclass != nil {
            // A metaclass's `__call__` makes the instances (its `super().__call__` is `type`'s).
            cls.construct = { [unowned cls] interp, args in
                if let hook = interp.metaclassMethod(cls, "__call__") { return try interp.callUnbound(hook, self: .type(cls), args) }
                return try interp.instantiate(cls, args)
            }
        } else {
            cls.construct = { interp, args in try interp.instantiate(cls, args) }
            cls.makesPlainInstances = cls.nativeFactory == nil
        }
        cell.cls = cls
        try setNames(cls)
        try initSubclass(cls, keywords: keywords)
        return cls
    }

    /// Calls `__set_name__(cls, name)` on each attribute whose class defines it (a descriptor
    /// learning its name), in namespace order, as CPython's `type_new` does.
    private func setNames(_ cls: PyClass) throws {
        for name in cls.attributeOrder {
            guard let v = cls.attributes[name], case .object(let o) = v, let d = o as? PyInstance,
                  let hook = d.cls.lookup("__set_name__") else { continue }
            do {
                _ = try callUnbound(hook, self: v, Arguments([.type(cls), .str(name)]))
            } catch var e as PyError {
                // CPython 3.11 reports the failing attribute as a note-free RuntimeError cause.
                let cause = e
                e = PyError("RuntimeError", "Error calling __set_name__ on '\(d.cls.name)' instance '\(name)' in '\(cls.name)'")
                e.cause = ChainedError(cause)
                throw e
            }
        }
    }

    /// `super(cls, cls).__init_subclass__(**keywords)`, as CPython's `type_new` calls it once
    /// the class exists: a base's classmethod, or `object`'s, which takes no keywords.
    private func initSubclass(_ cls: PyClass, keywords: [(String, Value)]) throws {
        guard let hook = cls.lookup("__init_subclass__", after: cls) else {
            if !keywords.isEmpty { throw PyError("TypeError", "\(cls.name).__init_subclass__() takes no keyword arguments") }
            return
        }
        let function: Value
        switch hook {
        case .object(let cm as PyClassMethod): function = cm.function
        case .function: function = hook
        default:
            if !keywords.isEmpty { throw PyError("TypeError", "\(cls.name).__init_subclass__() takes no keyword arguments") }
            return
        }
        _ = try call(function, Arguments([.type(cls)], keywords: keywords))
    }

    /// Whether a class body annotates a name (`x: int`), at its top level or inside its
    /// `if`, loops, `with` and `try` (not in the functions and classes it defines).
    static func containsAnnotation(_ body: [Stmt]) -> Bool {
        body.contains { stmt in
            switch stmt.kind {
            case .annAssign: return true
            case .ifElse(_, let a, let b), .whileLoop(_, let a, let b), .forLoop(_, _, let a, let b):
                return containsAnnotation(a) || containsAnnotation(b)
            case .with(_, let a): return containsAnnotation(a)
            case .tryExcept(let a, let handlers, let b, let c):
                return containsAnnotation(a) || handlers.contains { containsAnnotation($0.body) } || containsAnnotation(b) || containsAnnotation(c)
            case .match(_, let cases): return cases.contains { containsAnnotation($0.body) }
            default: return false
            }
        }
    }

    /// Refuses bases whose instances the interpreter cannot make (`int`, `list`, library classes without a factory).
    func checkSubclassable(_ c: PyClass) throws {
        // CPython's final types (no Py_TPFLAGS_BASETYPE).
        if c === CoreClasses.bool || c === CoreClasses.noneType || c === CoreClasses.function || c === CoreClasses.range
            || c === CoreClasses.slice || c === EllipsisObject.ellipsisClass || c === PyGenerator.generatorClass {
            throw PyError("TypeError", "type '\(c.name)' is not an acceptable base type")
        }
        if c.isUserDefined || c === CoreClasses.object || c === CoreClasses.type || c.nativeFactory != nil || c.builtinValueBase != nil { return }
        throw PyError("TypeError", "subclassing '\(c.qualifiedName)' is not supported in the script language")
    }

    /// Calls a script class: makes the instance (through a library base's factory, if any)
    /// and runs `__init__`.
    func instantiate(_ cls: PyClass, _ args: Arguments) throws -> Value {
        // A class made by a metaclass (`ABCMeta`) may still have abstract methods.
        if cls.metaclass != nil, cls.lookup("__abstractmethods__") != nil { try AbcModule.refuseAbstract(cls, self) }
        let obj: Value
        let newMethod = cls.lookup(SpecialMethod.new)
        let ownNew = newMethod.map { !Interpreter.isObjectNew($0) } ?? false
        if let newMethod, ownNew {
            // A class with its own `__new__` (or a built-in base's): `__init__` runs only
            // when it returned an instance of the class.
            obj = try callNew(newMethod, cls, args)
            guard classOf(obj).isSubclass(of: cls) else { return obj }
        } else {
            obj = .object(try cls.nativeFactory?(cls, self, args) ?? PyInstance(cls: cls))
        }
        let initializer = cls.lookup(SpecialMethod.`init`)
        if let initializer, !Interpreter.isObjectInit(initializer) {
            let r = try callUnbound(initializer, self: obj, args)
            guard case .none = r else {
                throw PyError("TypeError", "__init__() should return None, not '\(r.typeName)'")
            }
        } else if !ownNew, !args.positional.isEmpty || !args.keywords.isEmpty {
            throw PyError("TypeError", "\(cls.name)() takes no arguments")
        }
        return obj
    }

    /// Calls script class `cls` (one whose instances are plain `PyInstance`s, see
    /// `PyClass.makesPlainInstances`) from a call whose arguments are plain positional
    /// expressions: they are evaluated straight into `__init__`'s frame. Nil (nothing
    /// evaluated) when the call needs the general path (`__new__` overridden, `__init__`
    /// not a script function or taking other parameters).
    func instantiate(_ cls: PyClass, positional argExprs: [Argument], _ ctx: Context) throws -> Value? {
        guard let f = cls.plainInitializer else { return nil }
        let obj = Value.object(PyInstance(cls: cls))
        guard let r = try callFunction(f, positional: argExprs, ctx, receiver: obj) else { return nil }
        guard case .none = r else {
            throw PyError("TypeError", "__init__() should return None, not '\(r.typeName)'")
        }
        return obj
    }

    /// `object.__init__`, which accepts only the instance.
    nonisolated(unsafe) static let objectInit: PyBuiltin = {
        let b = PyBuiltin.method("__init__", owner: "object") { _, _, args in
            if !args.positional.isEmpty || !args.keywords.isEmpty {
                throw PyError("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)")
            }
            return .none
        }
        b.slotOwner = "object"
        return b
    }()

    static func isObjectInit(_ v: Value) -> Bool {
        if case .builtin(let b) = v { return b === objectInit }
        return false
    }

    // MARK: Binding and calling

    /// A class attribute read through `receiver` (an instance of `cls`): functions and library
    /// methods bind, class methods bind to the class, static methods and properties unwrap.
    func bindAttribute(_ v: Value, to receiver: Value, cls: PyClass) -> Value {
        switch v {
        case .function:
            return .object(PyMethod(function: v, receiver: receiver))
        case .builtin(let b) where b.isMethod:
            return .object(PyMethod(function: v, receiver: receiver))
        case .object(let o):
            if let sm = o as? PyStaticMethod { return sm.function }
            if let cm = o as? PyClassMethod { return .object(PyMethod(function: cm.function, receiver: .type(cls))) }
            return v
        default:
            return v
        }
    }

    /// A class attribute read through the class itself (`Cls.name`).
    func classAttribute(_ v: Value, of cls: PyClass) -> Value {
        if case .object(let o) = v {
            if let sm = o as? PyStaticMethod { return sm.function }
            if let cm = o as? PyClassMethod { return .object(PyMethod(function: cm.function, receiver: .type(cls))) }
        }
        return v
    }

    /// Calls a class attribute (found through the MRO, unbound) as a method of `receiver`.
    func callUnbound(_ f: Value, self receiver: Value, _ args: Arguments) throws -> Value {
        switch f {
        case .function(let fn):
            return try callFunction(fn, args, receiver: receiver)
        case .builtin(let b) where b.isMethod:
            var all = args
            all.positional.insert(receiver, at: 0)
            return try b.body(self, all)
        default:
            return try call(bindAttribute(f, to: receiver, cls: classOf(receiver)), args)
        }
    }

    /// `callUnbound` with at most one positional argument (a special method's): a plain
    /// script function gets them bound straight into its frame, with no `Arguments` array.
    func callUnbound(_ f: Value, self receiver: Value, _ argument: Value?) throws -> Value {
        if case .function(let fn) = f, let r = try callFunction(fn, receiver: receiver, argument) { return r }
        return try callUnbound(f, self: receiver, Arguments(argument.map { [$0] } ?? []))
    }

    /// Calls `obj.name(*args)`: how Swift code calls a method a script class may override
    /// (`forward`, `__getitem__`), with Python's attribute lookup.
    public func callMethod(_ obj: Value, _ name: String, _ args: Arguments) throws -> Value {
        if let i = obj.instance, i.cls.attributeHook(.getattribute) == nil, i.ownAttribute(name) == nil, let f = i.cls.lookup(name), !f.isDescriptorInstance {
            return try callUnbound(f, self: obj, args)
        }
        return try call(try getAttribute(obj, name), args)
    }

    /// The special method `name` of an instance's class (special methods are looked up on the
    /// type, never in the instance's `__dict__`), or nil.
    @inline(__always) func special(_ i: PyInstance, _ name: String) -> Value? {
        i.cls.lookup(name)
    }

    /// The special method `m` of an instance's class, from the class's table.
    @inline(__always) func special(_ i: PyInstance, _ m: SpecialMethod) -> Value? {
        i.cls.lookup(m)
    }

    /// Calls `__repr__` or `__str__` and checks that it returned a string.
    func stringResult(of f: Value, on instance: PyInstance, _ name: String) throws -> String {
        let r = try callUnbound(f, self: .object(instance), Arguments())
        guard case .str(let s) = r else {
            throw PyError("TypeError", "\(name) returned non-string (type \(r.typeName))")
        }
        return s
    }

    // MARK: super()

    /// Zero-argument `super()` inside a method: the method's class and its first argument.
    func zeroArgumentSuper(_ ctx: Context) throws -> Value {
        guard let f = ctx.function, let cls = f.classCell?.cls else {
            throw PyError("RuntimeError", "super(): no arguments")
        }
        guard let first = f.def.parameters.positional.first?.name ?? f.def.parameters.varArgs,
              let receiver = ctx.frame?.get(first) else {
            throw PyError("RuntimeError", "super(): no arguments")
        }
        if f.def.parameters.positional.isEmpty, case .tuple(let t) = receiver {
            guard t.count > 0 else { throw PyError("RuntimeError", "super(): no arguments") }
            return try makeSuper(cls, t[0])
        }
        return try makeSuper(cls, receiver)
    }

    func makeSuper(_ start: PyClass, _ receiver: Value) throws -> Value {
        if case .type(let c) = receiver, c.isSubclass(of: start) {
            return .object(PySuper(start: start, receiver: receiver, searched: c))
        }
        let c = classOf(receiver)
        guard c.isSubclass(of: start) else {
            throw PyError("TypeError", "super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(start: start, receiver: receiver, searched: c))
    }

    // MARK: Builtins for classes

    func installClassBuiltins() {
        _ = Interpreter.installTypeMethods
        builtins["NotImplemented"] = .object(PyNotImplemented.shared)
        builtins["property"] = .type(DescriptorClasses.property)
        builtins["staticmethod"] = .type(DescriptorClasses.staticmethod)
        builtins["classmethod"] = .type(DescriptorClasses.classmethod)
        builtins["super"] = .type(DescriptorClasses.superType)
        builtins["dir"] = .builtin(Interpreter.dirFunction)
        _ = Interpreter.descriptorConstructors
        _ = Interpreter.builtinTypeMethods
        _ = Interpreter.objectAttributeMethods
        _ = Interpreter.propertyTypeMethods
        def("issubclass") { interp, args in
            let a = try args.positionalOnly("issubclass", 2...2)
            guard case .type(let cls) = a[0] else { throw PyError("TypeError", "issubclass() arg 1 must be a class") }
            var classes: [Value]
            if case .tuple(let t) = a[1] { classes = t.items } else { classes = [a[1]] }
            // A union (`int | None`) stands for its classes, alone or in a tuple.
            classes = try classes.flatMap { c -> [Value] in
                if case .object(let u as PyUnionType) = c { return try u.classes() }
                return [c]
            }
            for c in classes {
                guard case .type(let k) = c else {
                    throw PyError("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union")
                }
                if k.metaclass != nil, let r = try interp.callMetaclassMethod(k, "__subclasscheck__", [a[0]]) {
                    if try interp.truthy(r) { return .bool(true) }
                    continue
                }
                if cls.isSubclass(of: k) || k.subclassCheck?(cls) == true { return .bool(true) }
            }
            return .bool(false)
        }
        builtins["vars"] = .builtin(Interpreter.varsFunction)
        def("delattr") { interp, args in
            let a = try args.positionalOnly("delattr", 2...2)
            guard case .str(let n) = a[1] else { throw PyError("TypeError", "attribute name must be string, not '\(a[1].typeName)'") }
            try interp.deleteAttribute(a[0], n)
            return .none
        }
    }

    /// `del obj.name`.
    func deleteAttribute(_ obj: Value, _ name: String) throws {
        if let i = obj.instance { return try i.deleteAttribute(name, self) }
        if case .type(let c) = obj, c.isDefinedInPython {
            let removed = c.isUserDefined ? c.attributes.removeValue(forKey: name) != nil : classPatches.remove(name, from: c)
            guard removed else {
                throw PyError("AttributeError", "type object '\(c.name)' has no attribute '\(name)'")
            }
            c.attributeOrder.removeAll { $0 == name }
            return
        }
        // An attribute in a function's `__dict__`.
        if case .function(let f) = obj, !PyFunction.overridable.contains(name), f.attribute(name) != nil {
            f.setAttribute(name, nil)
            return
        }
        throw unnamedAttributeError("'\(obj.typeName)' object has no attribute '\(name)'")
    }

    /// Sets the descriptor classes' constructors once per process.
    static let descriptorConstructors: Void = {
        CoreClasses.object.attributes["__init__"] = .builtin(Interpreter.objectInit)
        DescriptorClasses.property.construct = { _, args in
            let a = try args.bind("property", ["fget", "fset", "fdel", "doc"])
            func given(_ v: Value?) -> Value? { v.flatMap { $0.isNone ? nil : $0 } }
            return .object(PyProperty(getter: given(a[0]), setter: given(a[1]), deleter: given(a[2])))
        }
        DescriptorClasses.staticmethod.construct = { _, args in
            let a = try args.positionalOnly("staticmethod", 1...1)
            return .object(PyStaticMethod(a[0]))
        }
        DescriptorClasses.classmethod.construct = { _, args in
            let a = try args.positionalOnly("classmethod", 1...1)
            return .object(PyClassMethod(a[0]))
        }
        DescriptorClasses.superType.construct = { interp, args in
            let a = try args.positionalOnly("super", 0...2)
            guard a.count == 2 else {
                throw PyError("RuntimeError", "super(): no arguments")
            }
            guard case .type(let start) = a[0] else {
                throw PyError("TypeError", "super() argument 1 must be a type, not \(a[0].typeName)")
            }
            return try interp.makeSuper(start, a[1])
        }
    }()
}
