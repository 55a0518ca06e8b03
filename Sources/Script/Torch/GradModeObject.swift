import Engine

/// `torch.no_grad()`, `torch.enable_grad()` and `torch.inference_mode()`: the one grad-mode
/// switch, a context manager (and decorator) that sets grad mode on or off for its body.
final class GradModeObject: PyCallable {
    let enabled: Bool
    let cls: PyClass
    private var saved: [(grad: Bool, inference: Bool)] = []
    /// `torch.inference_mode()`: also makes new tensors inference tensors.
    var isInference: Bool { cls === GradModeObject.inferenceModeClass }
    init(enabled: Bool, cls: PyClass) {
        self.enabled = enabled
        self.cls = cls
    }
    static let noGradClass: PyClass = {
        let c = PyClass("no_grad", module: "torch.autograd.grad_mode")
        c.construct = { _, args in
            _ = try args.positionalOnly("no_grad", 0...0)
            return .object(GradModeObject(enabled: false, cls: c))
        }
        return c
    }()
    static let enableGradClass: PyClass = {
        let c = PyClass("enable_grad", module: "torch.autograd.grad_mode")
        c.construct = { _, args in
            _ = try args.positionalOnly("enable_grad", 0...0)
            return .object(GradModeObject(enabled: true, cls: c))
        }
        return c
    }()
    static let inferenceModeClass: PyClass = {
        let c = PyClass("inference_mode", module: "torch.autograd.grad_mode")
        c.construct = { interp, args in
            let a = try args.bind("inference_mode", ["mode"])
            return .object(GradModeObject(enabled: !(try TorchLibrary.bool(a[0], interp, default: true)), cls: c))
        }
        return c
    }()
    var pyClass: PyClass { cls }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let a = try args.positionalOnly(cls.name, 1...1)
        let function = a[0]
        let enabled = self.enabled
        let name = ((try? interp.getAttributeIfPresent(function, "__name__")) ?? nil).flatMap { v -> String? in
            if case .str(let s) = v { return s }
            return nil
        } ?? "decorated"
        return .builtin(PyBuiltin(name) { interp, args in
            let previous = GradMode.isEnabled
            let previousInference = GradMode.isInferenceMode
            GradMode.setEnabled(enabled)
            if self.isInference { GradMode.setInferenceMode(!enabled) }
            defer {
                GradMode.setEnabled(previous)
                if self.isInference { GradMode.setInferenceMode(previousInference) }
            }
            return try interp.call(function, args)
        })
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "__enter__":
            return .builtin(PyBuiltin("__enter__") { _, _ in
                self.saved.append((GradMode.isEnabled, GradMode.isInferenceMode))
                GradMode.setEnabled(self.enabled)
                if self.isInference { GradMode.setInferenceMode(!self.enabled) }
                return .none
            })
        case "__exit__":
            return .builtin(PyBuiltin("__exit__") { _, _ in
                let previous = self.saved.popLast() ?? (true, false)
                GradMode.setEnabled(previous.grad)
                if self.isInference { GradMode.setInferenceMode(previous.inference) }
                return .bool(false)
            })
        default: return nil
        }
    }
}

extension TorchLibrary {
    /// `create_graph=True` asks for gradients that are differentiable again (second-order
    /// gradients); the engine's backward functions are not recorded, so this is refused
    /// rather than answered with gradients that silently lack a graph.
    static func refuseCreateGraph(_ v: Value?, _ interp: Interpreter) throws {
        guard let v, try interp.truthy(v) else { return }
        throw PyError("NotImplementedError", "create_graph=True (gradients of gradients) is not supported in the script language")
    }
}
