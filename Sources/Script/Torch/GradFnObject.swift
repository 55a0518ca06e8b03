import Engine

/// A tensor's `grad_fn` (`<MulBackward0 object at 0x…>`): an autograd node, with
/// `name()`, `next_functions` and, for `AccumulateGrad`, `variable`.
///
/// One object stands for one node while it lives, so `t.grad_fn is t.grad_fn` and the
/// parts of `unbind` share theirs, as in PyTorch.
final class GradFnObject: PyObject {
    let node: Node

    private init(_ node: Node) { self.node = node }

    /// The script object for `node`, made on first use.
    static func value(of node: Node) -> Value {
        if let existing = node.scriptObject as? GradFnObject { return .object(existing) }
        let object = GradFnObject(node)
        node.scriptObject = object
        return .object(object)
    }

    var name: String { node.name }
    var pyClass: PyClass { PyClass(name) }
    func repr(_ interp: Interpreter) throws -> String { "<\(name) object at \(interp.address(of: self))>" }

    /// `name()`: C++ nodes that are not generated from derivatives.yaml print their namespace.
    var qualifiedName: String {
        name == "CopySlices" || name == "AccumulateGrad" ? "torch::autograd::" + name : name
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "name":
            return .builtin(PyBuiltin("name") { _, args in
                _ = try args.positionalOnly("name", 0...0)
                return .str(self.qualifiedName)
            })
        case "next_functions":
            return .tuple(PyTuple.of(node.nextFunctions.map { entry in
                .tuple(PyTuple.of([entry.node.map { GradFnObject.value(of: $0) } ?? .none, .int(entry.index)]))
            }))
        case "variable":
            guard let v = node.accumulatedVariable else { return nil }
            return TorchLibrary.wrap(v)
        case "metadata":
            return .dict(PyDict())
        default:
            return nil
        }
    }
}
