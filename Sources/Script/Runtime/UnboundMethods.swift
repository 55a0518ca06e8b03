extension Interpreter {
    /// `str.upper`, `list.append`, `dict.get`…: a built-in type's method taken from the type,
    /// called with the receiver first (`map(str.strip, lines)`, `str.join(", ", names)`), as
    /// CPython's method descriptors; nil when the type has no such method.
    /// Also `cls.mro()`, the method every class has from `type`.
    func unboundMethod(_ cls: PyClass, _ name: String) -> Value? {
        if name == "mro" {
            return .builtin(PyBuiltin("mro", boundSelf: .type(cls)) { _, args in
                _ = try args.positionalOnly("type.mro", 0...0)
                return .list(PyList(cls.mro.map { .type($0) }))
            })
        }
        if cls === CoreClasses.str, name == "maketrans" { return .builtin(Interpreter.maketransFunction) }
        let tables: [(PyClass, [String])] = [
            (CoreClasses.str, Interpreter.strMethods), (CoreClasses.list, Interpreter.listMethods),
            (CoreClasses.dict, Interpreter.dictMethods), (CoreClasses.float, Interpreter.floatMethods),
            (CoreClasses.int, Interpreter.intMethods), (PySet.setClass, PySet.setMethods),
            (PySet.frozensetClass, PySet.frozensetMethods), (PyDeque.dequeClass, PyDeque.methods),
        ]
        let attributes: Set = ["real", "imag", "numerator", "denominator"]  // data descriptors, not methods
        guard let names = tables.first(where: { $0.0 === cls })?.1, names.contains(name), !attributes.contains(name) else { return nil }
        return .object(PyMethodDescriptor(cls: cls, name: name))
    }
}

/// A built-in type's method taken from the type (`str.join`): called with its receiver first.
final class PyMethodDescriptor: PyObject, PyCallable {
    let cls: PyClass
    let name: String

    init(cls: PyClass, name: String) {
        self.cls = cls
        self.name = name
    }

    static let descriptorClass = PyClass("method_descriptor")
    var pyClass: PyClass { PyMethodDescriptor.descriptorClass }

    func repr(_ interp: Interpreter) throws -> String {
        "<method '\(name)' of '\(cls.name)' objects>"
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "__name__": return .str(name)
        case "__qualname__": return .str("\(cls.name).\(name)")
        default: return nil
        }
    }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        guard let receiver = args.positional.first else {
            throw PyError("TypeError", "unbound method \(cls.name).\(name)() needs an argument")
        }
        guard interp.classOf(receiver).isSubclass(of: cls) else {
            throw PyError("TypeError", "descriptor '\(name)' for '\(cls.name)' objects doesn't apply to a '\(receiver.typeName)' object")
        }
        guard let bound = try interp.nativeMethod(receiver.unwrappingBuiltin, name) else {
            throw PyError("AttributeError", "'\(receiver.typeName)' object has no attribute '\(name)'")
        }
        return try interp.call(bound, Arguments(Array(args.positional.dropFirst()), keywords: args.keywords))
    }
}
