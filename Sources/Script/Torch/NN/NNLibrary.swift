import Engine

/// `torch.nn`: `Module` and its methods, `Parameter`, the library layers, containers and
/// losses, `torch.nn.functional` and `torch.nn.init`.
enum NNLibrary {
    static let parameterClass: PyClass = {
        let c = PyClass("Parameter", module: "torch.nn.parameter", base: TensorObject.tensorClass)
        c.construct = { interp, args in
            let a = try args.bind("Parameter", ["data", "requires_grad"])
            let data = try a[0].map { try TorchLibrary.tensor($0, "data") } ?? Tensor.zeros([0])
            return .object(try makeParameter(data, requiresGrad: try a[1].map { try interp.truthy($0) } ?? true))
        }
        return c
    }()

    /// A parameter holding a copy of `data`'s values (a leaf that requires grad).
    static func makeParameter(_ data: Tensor, requiresGrad: Bool = true) throws -> TensorObject {
        let t = data.detach()
        if requiresGrad { try t.setRequiresGrad(true) }
        let p = TensorObject(t)
        p.isParameter = true
        return p
    }

    static let moduleClass: PyClass = {
        let c = PyClass("Module", module: "torch.nn.modules.module")
        c.instanceFactory = { cls, _, _ in ModuleObject(cls: cls) }
        c.construct = { interp, args in try interp.instantiate(c, args) }
        installModuleMethods(c)
        return c
    }()

    /// A library layer class deriving from `Module` whose `__init__` is `initialize`.
    static func layerClass(_ name: String, module moduleName: String, base: PyClass? = nil,
                           _ initialize: @escaping (Interpreter, ModuleObject, Arguments) throws -> Void) -> PyClass {
        let c = PyClass(name, module: moduleName, base: base ?? moduleClass)
        c.construct = { interp, args in try interp.instantiate(c, args) }
        c.attributes["__init__"] = .builtin(PyBuiltin.method("__init__") { interp, receiver, args in
            let m = try module(receiver)
            m.initialized = true
            try initialize(interp, m, args)
            return .none
        })
        return c
    }

    /// Stores a library method on a class.
    static func method(_ c: PyClass, _ name: String, _ body: @escaping (Interpreter, ModuleObject, Arguments) throws -> Value) {
        c.attributes[name] = .builtin(PyBuiltin.method(name) { interp, receiver, args in
            try body(interp, try module(receiver), args)
        })
    }

    /// Sets a layer's `forward`.
    static func forward(_ c: PyClass, _ body: @escaping (Interpreter, ModuleObject, Tensor) throws -> Tensor) {
        method(c, "forward") { interp, m, args in
            let a = try args.bind("forward", ["input"], required: 1)
            return TorchLibrary.wrap(try body(interp, m, try TorchLibrary.tensor(a[0]!, "input")))
        }
        registerNative(c, .tensor(body))
    }

    static func module(_ v: Value) throws -> ModuleObject {
        guard case .object(let m as ModuleObject) = v else {
            throw PyError("TypeError", "descriptor requires a 'torch.nn.Module' object but received a '\(v.typeName)'")
        }
        return m
    }

    static let moduleListClass: PyClass = containerClasses["ModuleList"]!

    /// Creates `torch.nn`'s attributes in the given modules.
    static func install(nn: PyModule, functional: PyModule, torch: PyModule, interp: Interpreter) {
        nn.attributes["Module"] = .type(moduleClass)
        nn.attributes["Parameter"] = .type(parameterClass)
        for (name, c) in layerClasses { nn.attributes[name] = .type(c) }
        for (name, c) in activationLayerClasses { nn.attributes[name] = .type(c) }
        for (name, c) in containerClasses { nn.attributes[name] = .type(c) }
        for (name, c) in lossClasses { nn.attributes[name] = .type(c) }
        for (name, c) in normalizationLayerClasses { nn.attributes[name] = .type(c) }
        nn.attributes["Embedding"] = .type(embeddingClass)
        for (name, c) in batchNormClasses { nn.attributes[name] = .type(c) }
        installFunctional(functional, torch: torch)
        let initModule = PyModule("torch.nn.init", file: "/opt/torchenv/lib/python3.11/site-packages/torch/nn/init.py")
        installInit(initModule)
        nn.attributes["init"] = .object(initModule)
        interp.modules["torch.nn.init"] = .object(initModule)
        let parameterModule = PyModule("torch.nn.parameter", file: "/opt/torchenv/lib/python3.11/site-packages/torch/nn/parameter.py")
        parameterModule.attributes["Parameter"] = .type(parameterClass)
        nn.attributes["parameter"] = .object(parameterModule)
    }
}

extension TorchLibrary {
    /// `torch.typename(value)` as torch's assignment errors print it.
    static func legacyTypeName(_ v: Value) -> String {
        if case .object(let t as TensorObject) = v { return "torch.\(t.tensor.dtype.legacyTensorName)" }
        return v.typeName
    }
}
