import Testing
@testable import Engine

/// Construction by name with Python's argument binding and PyTorch's validation messages.
@Suite struct FactoryTests {
    func message(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch let e as EngineError { return e.description } catch { return "\(error)" }
    }

    let w = Tensor(1.0, requiresGrad: true)

    @Test func pythonArgumentErrors() {
        #expect(message { try OptimizerFactory.make(name: "SGD", params: [w], keywords: [("lrr", .int(1))]) }
                == "TypeError: SGD.__init__() got an unexpected keyword argument 'lrr'")
        #expect(message { try OptimizerFactory.make(name: "SGD", params: [w], positional: [.double(0.1), .double(0.1), .double(0.1), .double(0.1), .bool(false), .int(1)]) }
                == "TypeError: SGD.__init__() takes from 2 to 7 positional arguments but 8 were given")
        #expect(message { try OptimizerFactory.make(name: "SGD", params: nil) }
                == "TypeError: SGD.__init__() missing 1 required positional argument: 'params'")
        #expect(message { try OptimizerFactory.make(name: "SGD", params: [w], positional: [.double(0.1)], keywords: [("lr", .double(0.2))]) }
                == "TypeError: SGD.__init__() got multiple values for argument 'lr'")
        #expect(message { try SchedulerFactory.make(name: "StepLR", optimizer: try SGD([w])) }
                == "TypeError: StepLR.__init__() missing 1 required positional argument: 'step_size'")
    }

    @Test func pyTorchValidationMessages() {
        #expect(message { try SGD([w], ["lr": .double(-0.5)]) } == "ValueError: Invalid learning rate: -0.5")
        #expect(message { try SGD([w], ["lr": .double(0.1), "nesterov": .bool(true)]) } == "ValueError: Nesterov momentum requires a momentum and zero dampening")
        #expect(message { try Adam([w], ["betas": .tuple([.double(0.9), .int(1)])]) } == "ValueError: Invalid beta parameter at index 1: 1")
        #expect(message { try RMSprop([w], ["alpha": .double(-1)]) } == "ValueError: Invalid alpha value: -1.0")
        #expect(message { try Adadelta([w], ["rho": .double(1.5)]) } == "ValueError: Invalid rho value: 1.5")
        #expect(message { try SGD([], ["lr": .double(0.1)]) } == "ValueError: optimizer got an empty parameter list")
        #expect(message { try SchedulerFactory.make(name: "ReduceLROnPlateau", optimizer: try SGD([w]), keywords: [("factor", .double(1.5))]) }
                == "ValueError: Factor should be < 1.0.")
    }

    @Test func unknownNamesSuggest() {
        #expect(message { try OptimizerFactory.make(name: "SDG", params: [w]) }
                == "AttributeError: module 'torch.optim' has no attribute 'SDG'. Did you mean: 'SGD'?")
        #expect(message { try SchedulerFactory.make(name: "StepRL", optimizer: try SGD([w])) }
                == "AttributeError: module 'torch.optim.lr_scheduler' has no attribute 'StepRL'. Did you mean: 'StepLR'?")
    }

    @Test func paramGroupsInPyTorchKeyOrder() throws {
        let opt = try OptimizerFactory.make(name: "SGD", params: [w], keywords: [("lr", .double(0.01)), ("momentum", .double(0.6))])
        let group = opt.paramGroups[0]
        #expect(group.options.map(\.key) == ["lr", "momentum", "dampening", "weight_decay", "nesterov", "maximize", "foreach", "differentiable", "fused"])
        #expect(group.options.map(\.value.repr) == ["0.01", "0.6", "0", "0", "False", "False", "None", "False", "None"])
        _ = try SchedulerFactory.make(name: "ExponentialLR", optimizer: opt, keywords: [("gamma", .double(0.95))])
        #expect(group.options.last?.key == "initial_lr")
        let adam = try Adam([w])
        #expect(adam.paramGroups[0]["betas"]?.repr == "(0.9, 0.999)")
        #expect(adam.paramGroups[0].options.map(\.key) == ["lr", "betas", "eps", "weight_decay", "amsgrad", "maximize", "foreach", "capturable", "differentiable", "fused", "decoupled_weight_decay"])
        #expect(adam.paramGroups[0]["eps"]?.repr == "1e-08")
    }

    @Test func reduceLROnPlateauNeedsAMetric() throws {
        let s = try SchedulerFactory.make(name: "ReduceLROnPlateau", optimizer: try SGD([w]))
        #expect(s.takesMetric)
        #expect(message { try s.step() } == "TypeError: ReduceLROnPlateau.step() missing 1 required positional argument: 'metrics'")
    }

    @Test func pythonFloatRepr() {
        #expect(EngineValue.pythonFloatRepr(0.001) == "0.001")
        #expect(EngineValue.pythonFloatRepr(1e-8) == "1e-08")
        #expect(EngineValue.pythonFloatRepr(1e16) == "1e+16")
        #expect(EngineValue.pythonFloatRepr(123456789.0) == "123456789.0")
        #expect(EngineValue.pythonFloatRepr(-0.5) == "-0.5")
        #expect(EngineValue.pythonFloatRepr(0.0001) == "0.0001")
        #expect(EngineValue.pythonFloatRepr(2.5e-05) == "2.5e-05")
    }
}
