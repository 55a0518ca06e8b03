/// The methods `@dataclass` adds, made as CPython's `dataclasses._create_fn` makes them: the
/// text of a `def` inside a `__create_fn__(locals…)` that returns it, compiled from the file
/// `<string>` and called with the locals (field types, defaults, factories, sentinels). So
/// the methods are ordinary functions: their argument errors are the interpreter's
/// (`Run.__init__() missing 1 required positional argument: 'name'`) and a traceback through
/// them shows CPython's `File "<string>", line 5, in __init__` frame, without a source line.
extension Interpreter {
    /// The function `name(args)` with `body` (lines, indented by the caller's block), its
    /// `__qualname__` `Class.name`; `locals` become the names it closes over, in order.
    func dataclassFunction(_ cls: PyClass, _ name: String, _ args: [String], _ body: [String],
                           locals: [(String, Value)], returnType: Value? = nil, wrapsInner: Bool = false) throws -> Value {
        var locals = locals
        var returnAnnotation = ""
        if let returnType {
            locals.append(("_return_type", returnType))
            returnAnnotation = "->_return_type"
        }
        let inner = " def \(name)(\(args.joined(separator: ",")))\(returnAnnotation):\n" + body.map { "  " + $0 }.joined(separator: "\n")
        let text = "def __create_fn__(\(locals.map(\.0).joined(separator: ", "))):\n\(inner)\n return \(name)"
        let statements: [Stmt]
        do {
            statements = try Parser.parseModule(text)
        } catch {
            throw PyError("SystemError", "dataclasses made a method it cannot compile: \(error.message)")
        }
        guard let first = statements.first, case .functionDef(let def, _) = first.kind else {
            throw PyError("SystemError", "dataclasses made a method it cannot compile")
        }
        // `<string>` has no source lines to show, as CPython's linecache finds none.
        let code = CodeUnit(file: "<string>", lineOffset: 0, source: "")
        let maker = try makeFunction(def, lambdaBody: nil, name: "__create_fn__", Context(frame: nil, code: code, name: "<module>"))
        guard case .function(let made) = try call(.function(maker), Arguments(locals.map(\.1))) else {
            throw PyError("SystemError", "dataclasses made a method that is not a function")
        }
        // CPython's `_set_qualname`: the method is `Class.name`, which its argument errors name.
        let f = PyFunction(name: made.name, qualname: "\(cls.qualname).\(name)", def: made.def, lambdaBody: nil,
                           defaults: made.defaults, keywordDefaults: made.keywordDefaults, enclosing: made.enclosing,
                           code: made.code, classCell: made.classCell)
        f.attributes = made.attributes
        // `__repr__` is CPython's `_recursive_repr` wrapper, whose `__wrapped__` is the
        // function `__create_fn__` made (how `pprint` knows a dataclass's own repr).
        if wrapsInner { f.setAttribute("__wrapped__", .function(made)) }
        return .function(f)
    }

    /// `(self.a,self.b,)`: the fields of `obj_name` as a tuple expression.
    static func dataclassTuple(_ object: String, _ fields: [DataclassField]) -> String {
        fields.isEmpty ? "()" : "(" + fields.map { "\(object).\($0.fieldName)" }.joined(separator: ",") + ",)"
    }

    /// `__init__`: parameters in field order (keyword-only ones after `*`), each field stored,
    /// factories called when their parameter was left out, then `__post_init__`.
    func dataclassInit(_ cls: PyClass, _ fields: [DataclassField], frozen: Bool, hasPostInit: Bool) throws -> Value {
        let selfName = fields.contains { $0.fieldName == "self" } ? "__dataclass_self__" : "self"
        let initFields = fields.filter { $0.kind != .classVar }
        var locals: [(String, Value)] = initFields.map { ("_type_\($0.fieldName)", $0.type) }
        locals += [("MISSING", .object(DataclassSentinel.missing)), ("_HAS_DEFAULT_FACTORY", .object(DataclassSentinel.factory)),
                   ("__dataclass_builtins_object__", .type(CoreClasses.object))]
        func assign(_ name: String, _ value: String) -> String {
            frozen ? "__dataclass_builtins_object__.__setattr__(\(selfName),\(PyFormat.reprString(name)),\(value))" : "\(selfName).\(name)=\(value)"
        }
        var body: [String] = []
        for f in initFields {
            let name = f.fieldName
            let takesInit = (try? truthy(f.initFlag)) ?? true
            var value: String?
            if f.hasFactory {
                locals.append(("_dflt_\(name)", f.defaultFactory))
                value = takesInit ? "_dflt_\(name)() if \(name) is _HAS_DEFAULT_FACTORY else \(name)" : "_dflt_\(name)()"
            } else if takesInit {
                if f.hasDefault { locals.append(("_dflt_\(name)", f.defaultValue)) }
                value = name
            }
            if let value, f.kind != .initVar { body.append(assign(name, value)) }
        }
        if hasPostInit {
            let initVars = initFields.filter { $0.kind == .initVar }.map(\.fieldName)
            body.append("\(selfName).__post_init__(\(initVars.joined(separator: ",")))")
        }
        if body.isEmpty { body = ["pass"] }
        func parameter(_ f: DataclassField) -> String {
            let name = f.fieldName
            if f.hasDefault { return "\(name):_type_\(name)=_dflt_\(name)" }
            if f.hasFactory { return "\(name):_type_\(name)=_HAS_DEFAULT_FACTORY" }
            return "\(name):_type_\(name)"
        }
        let takes = initFields.filter { (try? truthy($0.initFlag)) ?? true }
        let keywordOnly = takes.filter { (try? truthy($0.kwOnly)) ?? false }
        var parameters = [selfName] + takes.filter { !((try? truthy($0.kwOnly)) ?? false) }.map(parameter)
        if !keywordOnly.isEmpty { parameters += ["*"] + keywordOnly.map(parameter) }
        return try dataclassFunction(cls, "__init__", parameters, body, locals: locals, returnType: Value.none)
    }

    /// `__repr__`: `Class(a=1, b=2)` from the class's `__qualname__` and the fields' reprs,
    /// `...` for an instance already being printed (CPython's `_recursive_repr`, here inside
    /// the generated function, so the method prints as `<function Class.__repr__ at …>`).
    func dataclassRepr(_ cls: PyClass, _ fields: [DataclassField]) throws -> Value {
        let parts = fields.map { "\($0.fieldName)={self.\($0.fieldName)!r}" }.joined(separator: ", ")
        return try dataclassFunction(cls, "__repr__", ["self"], [
            "key = id(self)",
            "if key in _repr_running:",
            " return '...'",
            "_repr_running.add(key)",
            "try:",
            " return self.__class__.__qualname__ + f\"(\(parts))\"",
            "finally:",
            " _repr_running.discard(key)",
        ], locals: [("_repr_running", .object(PySet(frozen: false)))], wrapsInner: true)
    }

    /// `__eq__`, `__lt__`…: the fields compared as tuples when both are of the same class.
    func dataclassComparison(_ cls: PyClass, _ name: String, _ op: String, _ fields: [DataclassField]) throws -> Value {
        try dataclassFunction(cls, name, ["self", "other"], [
            "if other.__class__ is self.__class__:",
            " return \(Interpreter.dataclassTuple("self", fields))\(op)\(Interpreter.dataclassTuple("other", fields))",
            "return NotImplemented",
        ], locals: [])
    }

    /// `__hash__`: the hash of the fields' tuple.
    func dataclassHash(_ cls: PyClass, _ fields: [DataclassField]) throws -> Value {
        try dataclassFunction(cls, "__hash__", ["self"], ["return hash(\(Interpreter.dataclassTuple("self", fields)))"], locals: [])
    }

    /// A frozen class's `__setattr__` and `__delattr__`, raising `FrozenInstanceError`.
    func dataclassFrozenMethods(_ cls: PyClass, _ fields: [DataclassField]) throws -> [(String, Value)] {
        let names = fields.isEmpty ? "()" : "(" + fields.map { PyFormat.reprString($0.fieldName) }.joined(separator: ",") + ",)"
        let locals: [(String, Value)] = [("cls", .type(cls)), ("FrozenInstanceError", .type(DataclassesModule.frozenInstanceError))]
        let set = try dataclassFunction(cls, "__setattr__", ["self", "name", "value"], [
            "if type(self) is cls or name in \(names):",
            " raise FrozenInstanceError(f\"cannot assign to field {name!r}\")",
            "super(cls, self).__setattr__(name, value)",
        ], locals: locals)
        let delete = try dataclassFunction(cls, "__delattr__", ["self", "name"], [
            "if type(self) is cls or name in \(names):",
            " raise FrozenInstanceError(f\"cannot delete field {name!r}\")",
            "super(cls, self).__delattr__(name)",
        ], locals: locals)
        return [("__setattr__", set), ("__delattr__", delete)]
    }
}
